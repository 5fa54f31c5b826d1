"""An admission reported with its clause is reported speech (issue 11, twenty-first round).

"Mengakui" is kept out of the speech verbs because it also recognises a state or a claim
("Korut mengakui kemerdekaan Republik Rakyat Donetsk": no speech, context). Followed by what
is admitted as a clause ("Direktur X mengakui ada keterlambatan pembayaran", "Ia mengakui
karcis itu memang belum dicetak", "mengakui stok sempat kosong"), it reports what the speaker
says is so: a statement of fact, a claim by the one admitting (the guidelines: a fact a named
speaker asserts is a claim; replies.py already keeps an admission from being read as the
accused side's denial). Read as reported speech, the rest of the dispute's reading applies
to it as to any ("namun menyebutnya kekeliruan cetak" may still deny).

The clause is told by a word that opens or carries one within a few words after the verb
("ada", "bahwa", "memang", "sempat", "belum", "tidak", "sedang", a verb with a prefix:
"diganti", "menyetorkan"). Not a noun phrase alone ("mengakui kemerdekaan Republik Rakyat
Donetsk"), not a negated one ("tidak mengakui klaim": read by the cues as it was), not one
that a speech verb already reports. Readable sets: 6 such sentences, proposed context
("no speech verb"); 5 gold claims, 1 a denial. Words in data/cues/id.json, key
``label21_admitted``.
"""

from __future__ import annotations

from functools import lru_cache

from annotator.domain.proposals.lexicon import Lexicon, cue_file, find
from annotator.domain.proposals.reading import words_of

CLAUSE_REACH = 5  # words after the verb where the admitted clause shows itself


@lru_cache(maxsize=8)
def _cues(language: str) -> tuple[frozenset[str], frozenset[str], tuple[str, ...]]:
    raw = cue_file(language).get("label21_admitted", {})
    return (frozenset(raw.get("verbs", ())), frozenset(raw.get("clause_words", ())),
            tuple(raw.get("verb_prefixes", ())))


def admitted_clause(text: str, lex: Lexicon) -> str | None:
    """The admitting verb when a clause of what is admitted follows it, else None."""
    verbs, clause_words, prefixes = _cues(lex.language)
    if not verbs:
        return None
    words = words_of(text)
    if find(lex.speech, words):
        return None  # a speech verb reports it already
    for k, word in enumerate(words):
        if word not in verbs or any(w in lex.negations for w in words[max(0, k - 2):k]):
            continue
        after = words[k + 1:k + 1 + CLAUSE_REACH]
        if any(w in clause_words or (w.startswith(prefixes) and len(w) > 5) for w in after):
            return word
    return None
