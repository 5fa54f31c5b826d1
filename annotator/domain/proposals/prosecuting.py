"""A person the article names as the one who prosecutes in court is the prosecutor it
names, whom "the prosecution", "the prosecutor" and "Prosecutors" mean (the guidelines'
Sources: a speaker the sentence only describes takes the name the article gives it):
"Helen Ashworth, prosecuting, told the jury", "Prosecuting, Stephen Maddox said",
"Sarah Whitmore KC, for the prosecution, said", "Opening the case for the prosecution, Ruth
Lyle said". "Prosecutor Catrin Hale" is read as any title before a name is (reading.py).
The role phrases and the noun they give are data (data/cues/<language>.json, key
"prosecuting36"); a language without them reads nothing here.
"""

from __future__ import annotations

import re
from functools import lru_cache

from annotator.domain.proposals.lexicon import Lexicon, cue_file
from annotator.domain.proposals.literal import every_place, written_at

_HONORIFIC = r"(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?"
_SUFFIX = r"(?:\s+(?:KC|QC|SC))?"
# what may open a sentence before the role ("Opening the case for the prosecution, X said");
# only at the sentence's start, never "The key witness for the prosecution, X,"
_OPENING = r"(?:Opening|Closing|Outlining|Summing up)(?:\s+(?:the|its|her|his))?(?:\s+case)?"


@lru_cache(maxsize=8)
def _roles(language: str) -> tuple[str, tuple[str, ...]]:
    raw = cue_file(language).get("prosecuting36", {})
    return raw.get("noun", ""), tuple(raw.get("roles", ()))


_BOUNDARY = re.compile(r"\b")


@lru_cache(maxsize=8)
def _patterns(roles: tuple[str, ...]) -> tuple[re.Pattern, re.Pattern]:
    """What follows a name that the role comes after ("X KC, for the prosecution,"), and
    what opens a sentence up to a name the role comes before ("Prosecuting, Mr X"), whole
    (``fullmatch`` up to where the name is written): compiled once, not for each name."""
    role = "|".join(re.escape(r) for r in roles)
    after = re.compile(rf"{_SUFFIX},\s+(?:{role})\s*[,.]")
    before = re.compile(rf"\s*(?:{_OPENING}\s+)?(?i:{role})(?:\s+for\s+[^,.;:\"“”]{{1,60}})?"
                        rf",\s+{_HONORIFIC}")
    return after, before


def prosecuting(text: str, names: list[str], lex: Lexicon) -> list[tuple[str, str]]:
    """(noun, name) for each person the sentence names in the role of one who prosecutes:
    the role between commas right after the name ("X, prosecuting,", "X KC, for the
    prosecution,"), or an opening phrase that ends in the role and the comma right before
    the name at the sentence's start ("Prosecuting, X", "Prosecuting for Swindon Borough
    Council, X", "For the prosecution, X", "Opening the case for the prosecution, X").
    The name is found by ``str.find`` and the patterns are compiled once a language's roles
    (thirty-seventh round: a pattern a name, two for every name of every sentence, were
    most of the compiles a proposal made)."""
    noun, roles = _roles(lex.language)
    if not noun or not roles:
        return []
    after, before = _patterns(roles)
    found = []
    for name in names:
        if any(True for _ in written_at(name, text, _BOUNDARY, after)) or any(
                before.fullmatch(text, 0, at) and _BOUNDARY.match(text, at + len(name))
                for at in every_place(name, text)):
            found.append((noun, name))
    return found

