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

_HONORIFIC = r"(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?"
_SUFFIX = r"(?:\s+(?:KC|QC|SC))?"
# what may open a sentence before the role ("Opening the case for the prosecution, X said");
# only at the sentence's start, never "The key witness for the prosecution, X,"
_OPENING = r"(?:Opening|Closing|Outlining|Summing up)(?:\s+(?:the|its|her|his))?(?:\s+case)?"


@lru_cache(maxsize=8)
def _roles(language: str) -> tuple[str, tuple[str, ...]]:
    raw = cue_file(language).get("prosecuting36", {})
    return raw.get("noun", ""), tuple(raw.get("roles", ()))


def prosecuting(text: str, names: list[str], lex: Lexicon) -> list[tuple[str, str]]:
    """(noun, name) for each person the sentence names in the role of one who prosecutes:
    the role between commas right after the name ("X, prosecuting,", "X KC, for the
    prosecution,"), or an opening phrase that ends in the role and the comma right before
    the name at the sentence's start ("Prosecuting, X", "Prosecuting for Swindon Borough
    Council, X", "For the prosecution, X", "Opening the case for the prosecution, X")."""
    noun, roles = _roles(lex.language)
    if not noun or not roles:
        return []
    role = "|".join(re.escape(r) for r in roles)
    found = []
    for name in names:
        quoted = re.escape(name)
        after = re.search(rf"\b{quoted}{_SUFFIX},\s+(?:{role})\s*[,.]", text)
        before = re.match(rf"\s*(?:{_OPENING}\s+)?(?i:{role})(?:\s+for\s+[^,.;:\"“”]{{1,60}})?"
                          rf",\s+{_HONORIFIC}{quoted}\b", text)
        if after or before:
            found.append((noun, name))
    return found
