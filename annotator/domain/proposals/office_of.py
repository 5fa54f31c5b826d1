"""A body's office as the subject ("The labor board's regional office in Indianapolis
confirmed", "the agency's local office said", "the ministry's district office said"): the
office speaks for the body its possessor means, the one the article names with those words
(the guidelines: a described speaker takes the name the article gives it). Thirty-third
round, issue 11, bug fix on branch w3office."""

from __future__ import annotations

import re

from annotator.domain.proposals.kinds import PERSON
from annotator.domain.proposals.lexicon import Lexicon
from annotator.domain.proposals.name_words import headed

# "the labor board's regional office", "the agency's office": at most two words before the
# body's noun, and an office of a place or of the press, nothing else
_OFFICE = re.compile(
    r"the\s+(?P<owner>(?:[a-z]+\s+){0,2}[a-z]+)['’]s\s+"
    r"(?:(?:regional|local|district|field|area|state|county|provincial|city|branch|press"
    r"|country)\s+)?office")


def office_body(written: str, lex: Lexicon, table, at: int) -> str | None:
    """The named body whose office ``written`` (a description as written) is, else None:
    the body's noun must head a body's name and every word before it ("labor" in "the
    labor board") must be in that name ("National Labor Relations Board")."""
    found = _OFFICE.fullmatch(written)
    if found is None or table is None:
        return None
    owner = found["owner"].split()
    noun = owner[-1]
    if noun in lex.titles or noun in lex.unnamed:
        return None  # "the mayor's office", "the family's office"
    matches = []
    for entity in table.entities:
        words = entity.name.casefold().split()
        bare = {w[:-2] if w.endswith(("'s", "’s")) else w for w in words}
        if entity.kind != PERSON and len(words) > 1 and headed(words, {noun}, lex) and all(
                w in bare for w in owner[:-1]):
            matches.append(entity)
    return table.nearest(matches, at)
