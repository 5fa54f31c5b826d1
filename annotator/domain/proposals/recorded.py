"""A record, a sample, an image or a document as the subject of the article's own sentence,
then a verb of showing, listing, recording or containing: the narration gives checkable
evidence, a claim by the guidelines (data/guidelines.md, "claim": "what was shipped, seen,
counted, found or done, with figures, places or documents").

Read from where the words stand, not from a topic: the record's noun opens the sentence's
subject (Indonesian puts it first, "Foto yang diambil warga ..."; English may put a
modifier or two before it, "The ship's logbook", "Water samples"), its description may run
as long as it likes ("taken downstream of the mine on 3 March"), and the first verb of the
family after it, before any auxiliary, clause link or speech verb, is the sentence's main
verb, not one inside a relative clause ("yang memperlihatkan", "which shows"). Not a
possibility or a rule (``measured._possible``). A negated showing is still what the record
shows ("The log lists no stop"). The families are data, ``context12_recorded`` in
``data/cues/<language>.json``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from annotator.domain.proposals.lexicon import Lexicon, cue_file

VERB_REACH = 20  # words after the record's noun where its verb may stand


@dataclass(frozen=True)
class Recorded:
    nouns: frozenset[str]
    verbs: frozenset[str]
    opens: int  # words before the noun at most (modifiers, determiners)
    not_before: frozenset[str]  # words that, before the noun, put it outside the subject
    relative: frozenset[str]  # "yang", "which": a verb after it is inside a clause
    stops: frozenset[str]  # "was", "setelah", "said": the subject's clause has ended


@lru_cache(maxsize=8)
def recorded(language: str) -> Recorded:
    raw = cue_file(language).get("context12_recorded", {})
    return Recorded(frozenset(raw.get("nouns", ())), frozenset(raw.get("verbs", ())),
                    int(raw.get("opens", 0)), frozenset(raw.get("not_before", ())),
                    frozenset(raw.get("relative", ())), frozenset(raw.get("stops", ())))


def _plural_of(word: str) -> str:
    """The noun an Indonesian plural repeats ("foto-foto" -> "foto"), else ""
    (thirtieth round: "Foto-foto jenazah yang diambil keluarga memperlihatkan lebam")."""
    half, dash, other = word.partition("-")
    return half if dash and half == other else ""


def record_shows(lex: Lexicon, words: list[str], possible) -> str | None:
    """The record's noun and its verb ("samples ... contained", "foto ... memperlihatkan")
    where the sentence's subject is a record that shows, else None. ``possible(lex, words,
    at)``: a rule, a condition or a modal governs the verb at ``at``."""
    fam = recorded(lex.language)
    if not fam.nouns:
        return None
    noun = next((k for k, w in enumerate(words[:fam.opens + 1]) if w in fam.nouns
                 or _plural_of(w) in fam.nouns), None)
    if noun is None or any(w in fam.not_before for w in words[:noun]):
        return None
    for k in range(noun + 1, min(len(words), noun + 1 + VERB_REACH)):
        if words[k] in fam.stops and not month_named(lex.language, words, k):
            return None  # "The report was published a week after ...": another verb
        if words[k] in fam.verbs:
            if words[k - 1] in fam.relative or (words[k - 1] in fam.nouns
                                                and words[k] in fam.nouns):
                return None  # "foto yang memperlihatkan ...": a clause; "data records" a
                # noun; "Shipping manifests list 212 containers" a verb (round 40)
            if possible(lex, words, k):
                return None
            return f"{words[noun]} ... {words[k]}"
    return None


@lru_cache(maxsize=8)
def _months(language: str) -> tuple[frozenset[str], frozenset[str]]:
    raw = cue_file(language).get("claim40_record_month", {})
    return frozenset(raw.get("months", ())), frozenset(raw.get("before", ()))


def month_named(language: str, words: list[str], k: int) -> bool:
    """The stop word at ``k`` is a month's name, not a modal: "The report, published in
    May, identified serial numbers" (one of ``months`` after one of ``before`` or next to a
    figure: "in May", "3 May", "May 2025"; fortieth round, branch w15ctx2, data
    ``claim40_record_month``)."""
    months, before = _months(language)
    if words[k] not in months:
        return False
    return (k > 0 and (words[k - 1] in before or words[k - 1][:1].isdigit())) or (
        k + 1 < len(words) and words[k + 1][:1].isdigit())
