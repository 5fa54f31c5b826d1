"""Forty-third round (issue 11; branch w19eden2): another cause offered for the harm.

Reported speech that offers a possible other cause or source of what the party is blamed for
("said an opened container could have been contaminated after purchase", "said the
substance came from contaminated beef he ate at a team hotel", "the carcasses could have
come from anywhere", "the marks could have been left by a storm") is the accused side's
reply: a denial by the guidelines (the reply "gives a fact that would show it did not
happen" as alleged), though a word of wrong may stand in it ("contaminated") and the rules
then read an accusation. The readable sets' English lines of the shape: eight, all gold
denials, two proposed accusations from the word of wrong. Read only where the rules found a
reported wrong inside the offered cause: a modal perfect of possibility ("could have
been", "may have come") within ``reach`` words before the wrong's word, or one of
``sources`` ("came from") right before it; never with one of ``averted`` after the modal
("could have been prevented", "might have been saved": what the accusing side says the
party failed to do). Words: data/cues/en.json, ``deny43_another_cause``.
"""

from __future__ import annotations

from functools import lru_cache

from annotator.domain.proposals.lexicon import Lexicon, _phrases, cue_file, find
from annotator.domain.proposals.wrongs import words_of


@lru_cache(maxsize=4)
def _words(language: str) -> tuple[dict, dict, frozenset[str], int]:
    raw = cue_file(language).get("deny43_another_cause", {})
    return (_phrases(raw.get("possible", [])), _phrases(raw.get("sources", [])),
            frozenset(raw.get("averted", ())), int(raw.get("reach", 0)))


def another_cause(text: str, cue: str, lex: Lexicon) -> str | None:
    """The words that offer another cause around the reported wrong ``cue`` ("could have
    been contaminated", "came from contaminated"), else None."""
    possible, sources, averted, reach = _words(lex.language)
    if not possible or not cue:
        return None
    words = words_of(text)
    cue_words = words_of(cue)
    at = next((i for i in range(len(words)) if words[i:i + len(cue_words)] == cue_words),
              None)
    if at is None:
        return None
    for s, e in find(sources, words):
        if e in (at, at - 1):
            return " ".join(words[s:at + len(cue_words)])
    for s, e in find(possible, words):
        if s < at and at - e <= reach and not averted.intersection(words[e:at + 1]):
            return " ".join(words[s:at + len(cue_words)])
    return None
