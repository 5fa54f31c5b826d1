"""An office holder's short title and its long form are one title: a person introduced as
"Kepala Kejaksaan Negeri Depok Silvia Rosalina" is the one "Kajari menegaskan" means
later, and "Kajari Depok Silvia Rosalina" the one "Kepala Kejaksaan Negeri itu" means (the
guidelines: a described speaker takes the name the article gives). The pairs are data
(data/cues/<language>.json, "speaker10_short_titles").
"""

from __future__ import annotations

import re
from functools import lru_cache

from annotator.domain.proposals.lexicon import cue_file


@lru_cache(maxsize=8)
def _pairs(language: str) -> tuple[tuple[str, re.Pattern], ...]:
    raw = cue_file(language).get("speaker10_short_titles", {}).get("titles", {})
    return tuple((short, re.compile(r"\b(?:" + "|".join(re.escape(f) for f in forms)
                                    + r")\b"))
                 for short, forms in raw.items() if forms)


def short_titles(before: str, language: str) -> set[str]:
    """The short titles whose long form is written in ``before`` (case-folded words before
    a name, as far back as its clause): "kepala kejaksaan negeri depok" -> {"kajari"}."""
    return {short for short, long_form in _pairs(language) if long_form.search(before)}


@lru_cache(maxsize=8)
def _shorts(language: str) -> frozenset[str]:
    return frozenset(cue_file(language).get("speaker10_short_titles", {}).get("titles", {}))


def is_short_title(word: str, language: str) -> bool:
    """``word`` is an office holder's short title ("sekda", "kajari", "menkes")."""
    return word in _shorts(language)
