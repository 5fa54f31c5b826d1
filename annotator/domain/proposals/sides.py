""""Pihak X": the side of X in a dispute, which speaks as X; "Majelis hakim", the court's
panel, speaks as the court the article names. "Pihak PT Kereta Api Indonesia
membantah" is PT Kereta Api Indonesia; "Pihak rumah sakit membantah" is the hospital the
article names (the guidelines: a described body takes the name the article gives it), or
"Pihak rumah sakit" as written when the article names none."""

from __future__ import annotations

import re
from functools import lru_cache

from annotator.domain.proposals.lexicon import Lexicon, cue_file
from annotator.domain.proposals.naming import known_or_new

SIDE = {"id": ("pihak", "manajemen")}  # "the side of", "the management of": X speaks


def side_words(lex: Lexicon) -> tuple[str, ...]:
    """The words of a side ("pihak", "manajemen"): "Pihak perusahaan" at a sentence's
    start is a side described, never a name "Pihak" with its noun."""
    return SIDE.get(lex.language, ())


def party_named(text: str, lex: Lexicon) -> str:
    """The sentence with "Pihak" dropped before a name: the name is the speaker."""
    words = SIDE.get(lex.language, ())
    if not words or not any(w[1:] in text for w in words):  # the pattern needs one ("ihak")
        return text
    pattern = _side_pattern(words)
    return pattern.sub("", text) if pattern.search(text) else text


@lru_cache(maxsize=8)
def _side_pattern(words: tuple[str, ...]) -> re.Pattern:
    """A side's word ("Pihak", "pihak") before a capitalised word, compiled once (every
    speaker reading asks it)."""
    written = "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in words)
    return re.compile(rf"\b(?:{written})\s+(?=[A-Z])")


def side_described(name: str | None, lex: Lexicon, table, at: int) -> str | None:
    """The body the article names for "Pihak rumah sakit", "pihak sekolah": the one named
    nearest before (else first after) whose name holds the description's noun, else None."""
    words = SIDE.get(lex.language, ())
    if not name or table is None:
        return None
    parts = name.split()
    if len(parts) < 2 or not all(p.islower() for p in parts[1:]):
        return None
    head = parts[0].casefold()
    if head in words:
        return table.described(parts[1], at) or table.described(parts[-1], at)
    if head in lex.description_heads and parts[1] in lex.titles:
        return table.described(head, at)  # "Majelis hakim": the court the article names
    return None


@lru_cache(maxsize=8)
def _abbreviations(language: str) -> dict[str, str]:
    return cue_file(language).get("speaker_abbreviations", {})


def abbreviation_named(name: str | None, lex: Lexicon, table, at: int) -> str | None:
    """The body the article names for an office's bare abbreviation ("Pemkot menyatakan"
    after "Pemerintah Kota Binjai", "Polres" after "Polres Binjai" or "Kepolisian Resor
    Binjai"): a description, as "the council" is, else None (as written)."""
    if not name or table is None or " " in name.strip():
        return None
    expansion = _abbreviations(lex.language).get(name.casefold())
    if not expansion:
        return None
    key = name.casefold()
    matches = [e for e in table.entities if e.name.casefold() != key and (
        e.name.casefold().startswith(expansion + " ") or e.name.casefold().startswith(
            key + " "))]
    return table.nearest(matches, at)


def side_after(index, words: list[str], at: int, lex: Lexicon, why: str):
    """"menurut pihak rumah sakit", "kata pihak sekolah": the body of that kind the article
    names, after an attribution word; None when it names none."""
    sides = SIDE.get(lex.language, ())
    table = getattr(index, "table", None)
    if not sides or table is None or at + 1 >= len(words) or words[at] not in sides:
        return None
    named = table.described(words[at + 1], index.at)
    if not named:
        return None
    return known_or_new(index, named, f"{why} ('pihak {words[at + 1]}' = {named})")


@lru_cache(maxsize=8)
def _organs(language: str) -> frozenset[str]:
    return frozenset(cue_file(language).get("speaker12_company_organs", {}).get("organs", ()))


def organ_named(name: str | None, lex: Lexicon, table, at: int) -> str | None:
    """The company the article names for its organ standing alone as the speaker
    ("Management rejected the claims", "Manajemen membantah", "Direksi menyatakan"): it
    speaks as that company (the guidelines: staff of one body speak as that body), else
    None (as written)."""
    if not name or table is None or name.casefold() not in _organs(lex.language):
        return None
    return table.described(lex.company_noun, at)
