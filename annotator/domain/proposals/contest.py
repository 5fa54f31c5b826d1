"""'Beaten' in a contest is no wrong (issue 11, thirty-third round, bug fix from a try on
articles of the team's own).

"Hoops Australia announced the decision, saying the town's new sports centre had beaten
bids from Geelong and Townsville", "The coach said the team had been beaten by a better
side": a bid, a side, a rival beaten is a contest won or lost, which the guidelines do not
count as wrongdoing; the sentence is a claim (or context). The word list of reported
wrongdoing holds "beaten" and "beat him" for the violent sense ("said he was beaten by
police", "was beaten up", "beat a prisoner"), and the label model, asked wherever the rules
fall to a default, learned the word too. So a form of "beat" (``cues``) whose clause names
a contest (``nouns``: "bids", "rivals", "side", "team", "final", "points"; or a score such
as "3-1") within ``reach`` words after it, or ``before`` words before it, is read as a
contest; never where the clause names violence (``violent``: "up", "police", "death",
"batons", "prisoner", "head") anywhere in it. The clause ends at a comma, semicolon, colon,
dash or full stop.

Indonesian needs no reading: "mengalahkan" and "dikalahkan" are in no list of wrongs
("dipukuli", beaten, is, and stays).

Words: data ``accuse33_contest`` in data/cues/en.json.
"""

from __future__ import annotations

import re
from functools import lru_cache

from annotator.domain.proposals.deeds import clause_breaks
from annotator.domain.proposals.lexicon import cue_file

_SCORE = re.compile(r"\d{1,3}[-–]\d{1,3}")


@lru_cache(maxsize=8)
def _words(language: str) -> tuple[frozenset[str], frozenset[str], frozenset[str], int, int]:
    raw = cue_file(language).get("accuse33_contest", {})
    return (frozenset(raw.get("cues", ())), frozenset(raw.get("nouns", ())),
            frozenset(raw.get("violent", ())), int(raw.get("reach", 0)),
            int(raw.get("before", 0)))


def contested(language: str, tokens, words: list[str], start: int, end: int) -> bool:
    """The wrong's words ``words[start:end]`` open with a form of "beat" whose clause names
    a contest ("had beaten bids from", "beaten by a better side", "beat them 3-1") and no
    violence ("beaten up", "beaten by police", "beat a prisoner")."""
    cues, nouns, violent, reach, before = _words(language)
    if not cues or start >= len(words) or words[start] not in cues:
        return False
    breaks = clause_breaks(tokens) if tokens and len(tokens) == len(words) else ()
    first = start
    while first > 0 and not (breaks and breaks[first]):
        first -= 1
    last = end
    while last < len(words) and not (breaks and breaks[last]):
        last += 1
    clause = words[first:last]
    if any(w in violent for w in clause):
        return False
    near = words[max(first, start - before):start] + words[end:min(last, end + reach)]
    return any(w in nouns or _SCORE.fullmatch(w) for w in near)
