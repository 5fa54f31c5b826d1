"""A body known by the shape of its English name, nineteenth round (issue 11, speakers):
"NHS Grampian", "BBC Scotland" (a word of three capitals or more among its words; "US",
"UN" stand before people too: "US officials"), "Ofgem", "Ofwat" (the way British
regulators' names open). kinds.kind_of read such a name, with no head noun of an office and
no company marker, as a person's; "the board" or "the regulator" then never meant it, and a
person's "she" could.

Words: data/cues/en.json, "speaker19_en" ("regulator_prefix"); the lexicon's post-nominals
("MP", "KC") are a person's letters, not a body's.
"""

from __future__ import annotations

import re
from functools import lru_cache

from annotator.domain.proposals.lexicon import Lexicon, cue_file

KEY = "speaker19_en"
_ROMAN = re.compile(r"^[IVX]+$")


@lru_cache(maxsize=4)
def _prefixes(language: str) -> tuple[str, ...]:
    return tuple(cue_file(language).get(KEY, {}).get("regulator_prefix", ()))


def body_shaped(name: str, lex: Lexicon) -> bool:
    """Whether an English name is a body's by its shape alone."""
    if lex.language != "en":
        return False
    words = name.split()
    if len(words) == 1:
        word = words[0]
        return any(re.fullmatch(rf"{re.escape(p)}[b-dg-hj-np-tv-z][a-z]{{2,}}", word)
                   for p in _prefixes(lex.language))
    return any(len(w) >= 3 and w.isalpha() and w.isupper() and w not in lex.post_nominals
               and not _ROMAN.match(w) for w in words)
