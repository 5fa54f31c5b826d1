""""Pihak X": the side of X in a dispute, which speaks as X. "Pihak PT Kereta Api Indonesia
membantah" is PT Kereta Api Indonesia; "Pihak rumah sakit membantah" is the hospital the
article names (the guidelines: a described body takes the name the article gives it), or
"Pihak rumah sakit" as written when the article names none."""

from __future__ import annotations

import re

from annotator.domain.proposals.lexicon import Lexicon

SIDE = {"id": ("pihak",)}  # the word, per language, that means "the side of"


def party_named(text: str, lex: Lexicon) -> str:
    """The sentence with "Pihak" dropped before a name: the name is the speaker."""
    words = SIDE.get(lex.language, ())
    if not words:
        return text
    written = "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in words)
    pattern = rf"\b(?:{written})\s+(?=[A-Z])"
    return re.sub(pattern, "", text) if re.search(pattern, text) else text


def side_described(name: str | None, lex: Lexicon, table, at: int) -> str | None:
    """The body the article names for "Pihak rumah sakit", "pihak sekolah": the one named
    nearest before (else first after) whose name holds the description's noun, else None."""
    words = SIDE.get(lex.language, ())
    if not name or table is None or not words:
        return None
    parts = name.split()
    if len(parts) < 2 or parts[0].casefold() not in words or not all(
            p.islower() for p in parts[1:]):
        return None
    return table.described(parts[1], at) or table.described(parts[-1], at)
