"""A regional office holder's name after the title and its place: "Bupati Bogor Ade Yasin"
is Ade Yasin, "Gubernur Jawa Timur Khofifah Indar Parawansa" is Khofifah Indar Parawansa,
"East Java Governor Khofifah Indar Parawansa" too. The place belongs to the title (the
guidelines: the source is the person), so it is read by its shape, never by the person's
name: a region's title is followed by its place, one word or a place's several words
("Jawa Timur", "Nusa Tenggara Barat", "Tanjung Pinang", "DKI Jakarta"), then the name.
"""

from __future__ import annotations

from functools import lru_cache

from annotator.domain.proposals.lexicon import Lexicon, cue_file
from annotator.domain.proposals.titles import ranks

NAME_WORDS = 4  # words of a person's name after a title and its place, at most


@lru_cache(maxsize=8)
def _regional(language: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    raw = cue_file(language).get("speaker10_region_titles", {})
    units = cue_file(language).get("speaker_region_units", ())  # "Provinsi Jawa Barat"
    return (frozenset(raw.get("titles", ())),
            frozenset(raw.get("place_openers", ())) | frozenset(units),
            frozenset(cue_file(language).get("speaker_place_words", ())))


@lru_cache(maxsize=8)
def _province_titles(language: str) -> frozenset[str]:
    raw = cue_file(language).get("speaker10_region_titles", {})
    return frozenset(raw.get("province_titles", ()))


def region_title(words, i: int, lex: Lexicon) -> bool:
    """Whether word ``i`` is a title that a region's place follows ("bupati", "camat",
    "kota" of "wali kota", "kepala desa")."""
    titles, _, _ = _regional(lex.language)
    word = words[i]
    if word == "kota":
        return i > 0 and words[i - 1] in ("wali", "wakil")
    if word == "desa":
        return i > 0 and words[i - 1] == "kepala"
    return word in titles


def name_after_place(words, title: int, end: int, lex: Lexicon) -> int | None:
    """Where the name begins after the region's title at ``title`` and its place, the run
    ending at ``end``; None where the words do not show a place and a name (one word after
    the title is the name: "Bupati Ade"; two, "Bupati Ade Yasin", may be either, and stay
    the name unless the place's words say it is one)."""
    _, openers, going_on = _regional(lex.language)
    first = title + 1
    if first >= end:
        return None
    place = first + 1
    while place < end and words[place - 1] in openers:
        place += 1  # "Nusa Tenggara", "Tanjung Pinang", "Daerah Istimewa Yogyakarta"
    several = place - first > 1
    while place < end and words[place] in going_on:
        place += 1  # "Jawa Timur", "Nusa Tenggara Barat"
    named = end - place
    if not 1 <= named <= NAME_WORDS:
        return None
    shown = several or words[first] in places(lex.language)
    if named == 1 and not shown and end - first < 3:
        return None  # "Bupati Ade Yasin": nothing says Ade is a place (but "Bupati Bogor")
    if not shown and words[title] in _province_titles(lex.language):
        return None  # "Gubernur Khofifah Indar Parawansa": a province always shows
    return place


def office_of_place(words, span: tuple[int, int], lex: Lexicon) -> bool:
    """Whether a titled run names a region's office and no holder: a region's title and
    then only its place, a place that shows ("Gubernur Sumut", "Bupati Klaten", "Gubernur
    Jawa Tengah", "Kapolda Jatim"; speaker10_places, or a place's several words): the
    office, as written, is the source (the guidelines), never the place alone. One unlisted
    word after the title ("Bupati Ade", "Camat Cisompet") may be a name, and stays read so."""
    if not lex.head_first:
        return False
    start, end = span
    titles = [k for k in range(start, end - 1) if region_title(words, k, lex)]
    if not titles:
        return False
    title = titles[-1]
    _, openers, going_on = _regional(lex.language)
    first = title + 1
    place = first + 1
    while place < end and words[place - 1] in openers:
        place += 1  # "Nusa Tenggara", "DKI Jakarta"
    several = place - first > 1
    while place < end and words[place] in going_on:
        place += 1  # "Jawa Tengah", "Nusa Tenggara Barat"
    return place == end and (several or words[first] in places(lex.language))


def name_after_last_title(words, start: int, end: int, lex: Lexicon) -> int | None:
    """In English the title stands right before the name and any place or body before the
    title ("East Java Governor Khofifah Indar Parawansa", "Surabaya Mayor Eri Cahyadi"):
    the name is the words after the last title, when one to four are left."""
    if lex.head_first:
        return None
    last = max((k for k in range(start, end - 1) if words[k] in lex.titles
                and words[k] not in lex.title_modifiers), default=None)
    if last is None or last == start or not 1 <= end - (last + 1) <= NAME_WORDS:
        return None
    return last + 1


def regional_name(words, span: tuple[int, int], lex: Lexicon, tokens=None) -> int | None:
    """Where the person's name begins in a titled run (``span``) whose last title is a
    region's, read past the place (name_after_place), or a title, a body's short form in
    capitals and its place ("Ketua PWNU Jawa Timur Abdul Hakim Mahfudz"), or after an
    English title (name_after_last_title); None where none shows."""
    start, end = span
    last = next((k for k in range(max(0, start - 3), end - 1) if words[k] in lex.titles),
                None)
    while last is not None and last + 1 < end - 1 and words[last + 1] in lex.titles:
        last += 1  # the first run of titles: "Abdul Hakim" later holds a title's word
    if last is not None and region_title(words, last, lex) and last + 1 >= start:
        return name_after_place(words, last, end, lex)
    placed = _after_listed_place(words, last, end, lex) if last is not None and \
        last >= start else None
    if placed is not None:  # "Direktur Walhi Jambi Abdullah": a body, its place, the name
        return placed
    short = last + 1 if last is not None else None
    if short is not None and tokens is not None and start < short < end - 2 and _short_form(
            tokens[short].group()) and words[short] not in lex.company_markers:
        named = name_after_place(words, short, end, lex)
        if named is not None and named - short > 2:  # the place shows: "Jawa Timur"
            return named
    return name_after_last_title(words, start, end, lex)


def _short_form(written: str) -> bool:
    """A body's short form in capitals ("PWNU", "LBH", "BPBD")."""
    return len(written) >= 2 and written.isalpha() and written.isupper()


BODY_WORDS = 4  # words of a body's name between a title and its place ("Walhi", "LBH Apik",
# "Dinas Pertanian dan Perkebunan")


@lru_cache(maxsize=8)
def places(language: str) -> frozenset[str]:
    """Provinces and larger cities and regencies (data: speaker10_places)."""
    return frozenset(cue_file(language).get("speaker10_places", {}).get("places", ()))


def _after_listed_place(words, last: int, end: int, lex: Lexicon) -> int | None:
    """Where the name begins after a title (ending at ``last``), a body's name of a word or
    two and a listed place ("Direktur Walhi Jambi Abdullah", "Ketua LBH Apik Medan Sri
    Wahyuni"), when one to four words are left for the name; else None."""
    listed = places(lex.language)
    _, _, going_on = _regional(lex.language)
    for p in range(last + 2, min(end - 1, last + 2 + BODY_WORDS)):
        if words[p] not in listed:
            continue
        named = p + 1
        while named < end and words[named] in going_on:
            named += 1
        if named < end and (words[named] in lex.titles or words[named] in ranks(
                lex.language)):
            return None  # "... Bogor AKBP Rio": the rank's own reading
        return named if 1 <= end - named <= NAME_WORDS else None
    return None
