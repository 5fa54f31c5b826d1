"""An "every" that counts time is no rebuttal (issue 11, twenty-fifth round).

dispute.py reads "every" in a reported statement after an allegation as a word that answers
it ("said every blast was monitored", "every batch was tested": the accused side's whole
record). Before a unit of time it tells how often something happened ("the screen changed
image every ten seconds", "sent the data every time a session started"): the complaint's
own fact, which rejects nothing. Words in data/cues/en.json, key ``label25_frequency``.
"""

from __future__ import annotations

from functools import lru_cache

from annotator.domain.proposals.lexicon import Lexicon, cue_file

COUNT_REACH = 2  # words between "every" and its unit of time ("every ten seconds")


@lru_cache(maxsize=8)
def _frequency(language: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    data = cue_file(language).get("label25_frequency", {})
    return (frozenset(data.get("words", ())), frozenset(data.get("units", ())),
            frozenset(data.get("counts", ())))


def how_often(lex: Lexicon, words: list[str], at: int) -> bool:
    """Whether the word at ``at`` ("every") opens a frequency: a unit of time right after
    it, or after a count ("every ten seconds", "every other day", "every 15 minutes")."""
    starts, units, counts = _frequency(lex.language)
    if words[at] not in starts:
        return False
    for k in range(at + 1, min(len(words), at + 2 + COUNT_REACH)):
        if words[k] in units:
            return True
        if not (words[k].isdigit() or words[k] in counts):
            return False
    return False
