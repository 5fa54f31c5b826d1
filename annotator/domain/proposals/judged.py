"""The other side's statement judged by the speaker (forty-second round, issue 11, branch
w18idr2): "Bayu menilai penjelasan itu janggal", "Supriyadi menilai jawaban kontraktor tidak
menjelaskan retakan", "menyebut klaim PDAM soal tarif baru itu keliru". A verb of judging
whose object is another's statement, explanation, answer or excuse rejects that statement:
a denial, whoever says it (the guidelines: a rebuttal of the other side's account), as
``acts.discredited`` reads "data itu menyesatkan" when the word calling it wrong is near.

Data: ``judged42`` in data/cues/<language>.json (Indonesian only so far)."""

from __future__ import annotations

from functools import cache

from annotator.domain.proposals.lexicon import Lexicon, cue_file

JUDGED = "judged42"


@cache
def _judged(language: str) -> tuple:
    """The cue data, read once per language: verbs that judge whatever noun follows them,
    verbs that only name it (judging only with a demonstrative after the noun), the nouns
    of a statement, the nouns that need the demonstrative whatever the verb ("klaim" is
    also an insurance claim), the demonstratives and how far after the noun they stand."""
    raw = cue_file(language).get(JUDGED, {})
    return (frozenset(raw.get("judging", ())), frozenset(raw.get("naming", ())),
            frozenset(raw.get("nouns", ())), frozenset(raw.get("named_nouns", ())),
            frozenset(raw.get("demonstratives", ())), int(raw.get("reach", 6)))


def statement_judged(lex: Lexicon, words: list[str]) -> str | None:
    """The verb and the statement it judges ("menilai penjelasan"), or None. A naming verb
    ("menyebut") and a noun of ``named_nouns`` count only where the statement is pointed
    at ("klaim PDAM soal tarif baru itu"): "menyebut alasan penundaan adalah cuaca" names a
    reason, "klaim obat RSUD" is an insurance claim. Not after a negation."""
    judging, naming, nouns, named_nouns, pointing, reach = _judged(lex.language)
    for k in range(len(words) - 1):
        verb, noun = words[k], words[k + 1]
        if verb not in judging and verb not in naming:
            continue
        if noun not in nouns and noun not in named_nouns:
            continue
        if k > 0 and words[k - 1] in lex.negations:
            continue
        pointed = any(w in pointing for w in words[k + 2:k + 2 + reach])
        if (verb in naming or noun in named_nouns) and not pointed:
            continue
        return f"{verb} {noun}"
    return None
