"""A titled person's name without the title's last words: "Komisaris Besar Dirmanto" is
Dirmanto, "Inspektur Jenderal Whisnu" is Whisnu. The title's words are read by class (a
title or a rank), never by the person's name.
"""

from __future__ import annotations

import json
from functools import lru_cache

from annotator.base.resources import data_file
from annotator.domain.proposals.lexicon import FALLBACK, Lexicon


@lru_cache(maxsize=8)
def ranks(language: str) -> frozenset[str]:
    """Police and military ranks written before a name ("AKBP", "Kombes", "Brigjen")."""
    path = data_file(f"cues/{language}.json")
    if not path.is_file():
        path = data_file(f"cues/{FALLBACK}.json")
    raw = json.loads(path.read_text(encoding="utf-8"))
    return frozenset(raw.get("speaker_ranks", ()))


def _title_word(words, i: int, lex: Lexicon) -> bool:
    """A title's or a rank's word; not an office's head noun, which opens the body's own
    name ("Kementerian Kesehatan"), nor a short form in capitals ("KPU Medan" is a body,
    "DPR Habiburokhman" a person: the words alone do not tell them apart)."""
    return words[i] in lex.titles or words[i] in ranks(lex.language)


def person_start(words, start: int, end: int, lex: Lexicon) -> int:
    """Where a titled person's name that ends at ``end`` begins when the reading
    chose ``start``: past a title's or a rank's words, or a body's short form, left at its
    front. (A portfolio before a three-word name, "Menteri Kesehatan Budi Gunadi Sadikin",
    is not read back: "Penanggulangan Bencana Abdul Muhari" looks the same.)"""
    if words[start] in lex.org_heads | lex.government_heads | lex.company_markers:
        return start  # the body itself: "Juru bicara Kementerian Kesehatan"
    while start < end - 1 and _title_word(words, start, lex):
        start += 1
    return start
