"""Enforcement dated to an earlier year over its own matter is background (issue 11,
twenty-fifth round).

By the guidelines enforcement against a party to the dispute is an accusation by the body
acting, and enforcement told as background is context. acts.background already reads
"once before", "pernah" and a sentence opening in a past year ("In 2019 the park was
fined") as background. An article also tells a party's record after the act: "X was fined
£120,000 in 2023 over baggage handling delays", "has fined operators more than £60m since
2022", "didenda pada 2022 terkait ...": a year, then the matter of that case ("over",
"for", "terkait"), or a running tally since a year. The article's own case is told with the
day ("on Tuesday", "pada Senin") or without a matter after its year ("A jury convicted him
in 2024 and he was sentenced"): left as it is. Words in data/cues/{en,id}.json, key
``label25_earlier_case``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from annotator.domain.proposals.lexicon import Lexicon, cue_file

REACH = 10  # words after the enforcement word where its year stands
MATTER_REACH = 2  # words after the year where the case's matter opens ("in 2023 over")
_YEAR = re.compile(r"(?:19|20)\d\d")


@lru_cache(maxsize=8)
def _words(language: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    data = cue_file(language).get("label25_earlier_case", {})
    return (frozenset(data.get("at", ())), frozenset(data.get("since", ())),
            frozenset(data.get("matter", ())))


def earlier_case(lex: Lexicon, words: list[str], at: int) -> str | None:
    """The words that date the enforcement at ``at`` to an earlier case of its own ("in 2023
    ... over", "since 2022"), or None."""
    dated, since, matter = _words(lex.language)
    for k in range(at + 1, min(len(words) - 1, at + 1 + REACH)):
        if not _YEAR.fullmatch(words[k + 1]):
            continue
        if words[k] in since:
            return f"{words[k]} {words[k + 1]}"
        if words[k] in dated:
            for m in range(k + 2, min(len(words), k + 2 + MATTER_REACH)):
                if words[m] in matter:
                    return f"{words[k]} {words[k + 1]} ... {words[m]}"
    return None
