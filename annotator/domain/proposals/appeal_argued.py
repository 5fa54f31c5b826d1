"""Fortieth round (issue 11; branch w15deny5): an appeal or a challenge with its grounds
argued.

"SkyHop said it would appeal, arguing that most of the delayed refunds were caused by a
fault at its payment provider", "Maya Thornton has appealed to the Court of Arbitration for
Sport against a four-year doping ban, her lawyers said on Tuesday, arguing that ...",
"Persitan Tanjungpinang will appeal against life bans ..., insisting the club had no part in
the scheme": the plan or the appeal alone is context by the guidelines, but the clause
that argues it gives the grounds that reject the decision or the allegation, a denial. On
the readable sets' English lines the three sentences with such a clause are all gold
denials proposed as context. Not a plan argued without a challenge ("will strike on
Monday, arguing that pay has fallen": a grievance). Words: data/cues/en.json,
``deny40_appeal_argued``; a language without it has none.
"""

from __future__ import annotations

from functools import lru_cache

from annotator.domain.proposals.lexicon import cue_file
from annotator.domain.proposals.wrongs import words_of


@lru_cache(maxsize=4)
def _words(language: str) -> tuple[frozenset[str], frozenset[str]]:
    raw = cue_file(language).get("deny40_appeal_argued", {})
    return frozenset(raw.get("challenges", ())), frozenset(raw.get("markers", ()))


def appeal_argued(text: str, language: str) -> str | None:
    """The argument's word ("arguing", "insisting") after a challenge ("appeal",
    "challenge") in ``text``, else None."""
    challenges, markers = _words(language)
    words = words_of(text)
    for k, w in enumerate(words):
        if w in markers and challenges.intersection(words[:k]):
            return w
    return None
