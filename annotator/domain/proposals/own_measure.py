"""What a speaker says it does with the matter, or who it says handles it (thirty-first round,
issue 11); both read only where the sentence would otherwise be a claim by reported speech.

A measure the speaker says it has taken itself: right after
a speech verb (a "that" may stand between), the speaker's own pronoun, an auxiliary of the
perfect and a verb that stops or holds something back ("Leeds City Council said it had
paused new placements at the home", "said it had banned all e-scooters from its sites",
"said it had terminated the distributor's contract"). The guidelines: procedure and what a
party does while the matter goes on, stated by a named speaker, are context with that
speaker, not a claim.

Narrow by design: only the pronoun ("it", "they", "we"), not a named body ("said the
company had stopped all data sales", an accused side's answer); only the verbs of pausing,
suspending, banning, terminating, halting and freezing, not "removed", "stopped" or
"cancelled", which the accused side uses to answer an allegation ("said it had removed
2,100 of the reviews"). Negated ("had not paused") it is not read. The words are data,
``context31_own_measure`` in ``data/cues/<language>.json``.

A matter said to be another body's: after the speech verb, a word of being, then "a matter
for" ("The Electoral Commission said petitions were a matter for the courts", "said
decisions on restitution were a matter for the museum's trustees", "said advertising was a
matter for the ASA"): the speaker says who handles the matter, procedure, context with the
speaker. Not negated ("was not a matter for the police" argues), not without the word of
being just before it ("raised it as a matter for another day"), not a feeling or a
debate after "for" ("were a matter for concern"). The words are data,
``context31_referred``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from annotator.domain.proposals.lexicon import _phrases, cue_file, find


@dataclass(frozen=True)
class OwnMeasure:
    links: frozenset[str]  # "that": may stand between the speech verb and the pronoun
    selves: frozenset[str]  # "it", "they", "we"
    perfect: frozenset[str]  # "had", "has", "have"
    between: frozenset[str]  # "already", "temporarily": may stand before the verb
    verbs: frozenset[str]  # "paused", "banned", "terminated"


@lru_cache(maxsize=8)
def family(language: str | None) -> OwnMeasure:
    raw = cue_file(language).get("context31_own_measure", {})
    return OwnMeasure(frozenset(raw.get("links", ())), frozenset(raw.get("selves", ())),
                      frozenset(raw.get("perfect", ())), frozenset(raw.get("between", ())),
                      frozenset(raw.get("verbs", ())))


def own_measure(language: str | None, words: list[str], speech_at: list[int]) -> str | None:
    """The words of the speaker's own measure ("it had paused") after a speech verb at one
    of ``speech_at``, else None."""
    fam = family(language)
    if not fam.verbs:
        return None
    for v in speech_at:
        k = v + 1
        if k < len(words) and words[k] in fam.links:
            k += 1
        if k + 2 >= len(words) or words[k] not in fam.selves or \
                words[k + 1] not in fam.perfect:
            continue
        m = k + 2
        while m < len(words) and m - k <= 3 and words[m] in fam.between:
            m += 1
        if m < len(words) and words[m] in fam.verbs:
            return " ".join(words[k:m + 1])
    return None


REFERRED_REACH = 12  # words after the speech verb where "a matter for" may stand


@lru_cache(maxsize=8)
def _referred(language: str | None) -> tuple[frozenset[str], dict[tuple[str, ...], float],
                                              frozenset[str]]:
    raw = cue_file(language).get("context31_referred", {})
    return (frozenset(raw.get("being", ())), _phrases(raw.get("matters", [])),
            frozenset(raw.get("not_bodies", ())))


def referred(language: str | None, words: list[str], speech_at: list[int]) -> str | None:
    """The words that give the matter to another body ("were a matter for"), standing
    after a speech verb at one of ``speech_at``, else None."""
    being, matters, not_bodies = _referred(language)
    for s, e in find(matters, words):
        if s > 0 and words[s - 1] in being and e < len(words) and \
                words[e] not in not_bodies and any(
                0 < s - v <= REFERRED_REACH for v in speech_at):
            return " ".join(words[s - 1:e])
    return None
