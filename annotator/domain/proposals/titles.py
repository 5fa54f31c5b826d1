"""A titled person's name without the title's last words: "Komisaris Besar Dirmanto" is
Dirmanto, "Inspektur Jenderal Whisnu" is Whisnu. The title's words are read by class (a
title or a rank), never by the person's name.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from annotator.domain.proposals.lexicon import Lexicon, cue_file


@lru_cache(maxsize=16)
def _listed(language: str, key: str) -> frozenset[str]:
    return frozenset(cue_file(language).get(key, ()))


_TITLED: dict[int, tuple[Lexicon, Lexicon]] = {}


@lru_cache(maxsize=16)
def _office_titles(language: str) -> frozenset[str]:
    raw = cue_file(language).get("speaker_office_titles", {})
    short = cue_file(language).get("speaker10_short_titles", {}).get("titles", {})
    return frozenset(raw.get("titles", ())) | frozenset(short) | trades(language)  # "Wabup"


@lru_cache(maxsize=8)
def trades(language: str) -> frozenset[str]:
    """Occupations written as titles ("Surgeon Amy Clarke", "Dokter Budi"): unlike an
    office, a trade held at a body does not speak for it ("a senior midwife at X
    Hospital" is a person singled out, the source as written)."""
    return frozenset(cue_file(language).get("speaker11_titles", {}).get("titles", ()))


def titled(lex: Lexicon) -> Lexicon:
    """``lex`` with the office holders' short titles ("Kajari", "Dandim", "Kasatreskrim")
    and offices' titles ("coroner", "sheriff") among its titles, so that the speaker
    readings and the entity table read "Kajari Medan X" as "Kepala Kejaksaan Negeri Medan
    X" (data/cues/<language>.json, "speaker_office_titles"); remembered per lexicon."""
    found = _TITLED.get(id(lex))
    if found is not None and found[0] is lex:
        return found[1]
    extra = _office_titles(lex.language) - lex.titles
    widened = replace(lex, titles=lex.titles | extra) if extra else lex
    _TITLED[id(lex)] = (lex, widened)
    return widened


def ranks(language: str) -> frozenset[str]:
    """Police and military ranks written before a name ("AKBP", "Kombes", "Brigjen")."""
    return _listed(language, "speaker_ranks")


def rank_suffixes(language: str) -> frozenset[str]:
    """Words that end a rank ("Komisaris Besar Polisi", "AKBP Pol")."""
    return _listed(language, "speaker_rank_suffixes")


def numbered_units(language: str) -> frozenset[str]:
    """A neighbourhood unit written with its number ("RT 03", "RW 05"): with the number it
    is part of an office holder's title, so the name is read after the number."""
    return frozenset(cue_file(language).get("speaker_numbered_units", {}).get("units", ()))


def region_units(language: str) -> tuple[frozenset[str], frozenset[str]]:
    """A region's unit, always followed by its place ("Kabupaten Bogor", "Kota Medan"),
    and the words that go on with a place ("Jawa Barat", "Jakarta Pusat")."""
    return _listed(language, "speaker_region_units"), _listed(language, "speaker_place_words")


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
    if start > 0 and words[start - 1] in _listed(lex.language, "speaker_unit_heads") and \
            end - start == 3:
        start += 1  # "Kepala Sekolah Sri Wahyuni": the head's unit, then the name
    return start


PORTFOLIO = re.compile(r"(?:ke|pe|per|pen|pem|peng|peny)\w{3,}an")  # "Kesehatan"
MINISTER_NAME = 3  # words of a minister's name after the portfolio, at most


def minister_start(words, first: int, start: int, end: int, lex: Lexicon) -> int:
    """A minister's whole name after the portfolio: "Menteri Keuangan Sri Mulyani
    Indrawati", "Menteri Kelautan dan Perikanan Sakti Wahyu Trenggono". A ministry is
    national, so no place stands between its portfolio (a ke-/pe-...-an word) and the
    minister's name, as one may after a regional office's ("Dinas Kesehatan Medan")."""
    ministers = _listed(lex.language, "speaker_ministers")
    if not ministers or not any(w in ministers for w in words[max(0, first - 1):start]):
        return start
    last = max((k for k in range(first, start) if PORTFOLIO.fullmatch(words[k])),
               default=None)
    if last is None and start > 0 and words[start - 1] in ministers and end - start == 3:
        return start + 1  # "Menteri Agama Nasaruddin Umar": one portfolio word, then the name
    if last is None or not 2 <= end - (last + 1) <= MINISTER_NAME or last + 1 >= start:
        return start
    name = words[last + 1:end]
    if any(w in lex.titles or w in lex.org_heads or w in lex.places
           or PORTFOLIO.fullmatch(w) for w in name):
        return start
    return last + 1
