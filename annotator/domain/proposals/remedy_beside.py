"""A remedy promised beside an argument that the act was proper (issue 11, thirty-ninth
round, bug fix on branch w14b4; data ``deny39_propriety`` in data/cues/en.json, read in
dispute.py where the accused side goes on answering).

The guidelines: a fact from the accused side that does not bear on the allegation ("it has
co-operated with inspectors") is a claim, so dispute.py reads a remedy (``_remedy``:
co-operating, hiring, installing, ...) as no reply. A sentence that also argues the act was
proper does bear on it: "Everything was done by the book, and I will co-operate fully with
any review," he added (the councillor accused of voting without declaring an interest) was
a claim; it is his denial. The remedy stays no reply where nothing else in the sentence
argues ("I will co-operate fully with any review", he added).

What argues: a phrase of propriety (``phrases``: "by the book", "above board", "acted
properly"), not negated ("was not done by the book" is the wrong). Not the wider
``wrongs.defence``: its "voluntarily" stands beside the remedy itself ("had voluntarily
paused production at the plant", "voluntarily halted sliced products ... and hired an outside
sanitation firm": the readable gold reads both as claims).
"""

from __future__ import annotations

from functools import lru_cache

from annotator.domain.proposals.lexicon import Lexicon, _phrases, cue_file, find
from annotator.domain.proposals.wrongs import negated_at, words_of


@lru_cache(maxsize=8)
def _propriety(language: str) -> dict[tuple[str, ...], float]:
    return _phrases(cue_file(language).get("deny39_propriety", {}).get("phrases", ()))


def argued_beside(text: str, lex: Lexicon) -> str | None:
    """The words that argue the act was proper in a sentence that also promises a remedy
    ("done by the book", "above board"), else None (module docstring)."""
    words = words_of(text)
    for s, e in find(_propriety(lex.language), words):
        if negated_at(lex, words, s) is None:
            return " ".join(words[s:e])
    return None
