"""A place is never a speaker (the guidelines: the source is who said it; "Warga Desa X"
is a plural of unnamed people, whatever places follow it). A name is read as a place, in
the sentence that proposes it, when:

- it opens with a region's word: "Kecamatan Cisompet", "Kabupaten Padang Pariaman";
- every time the sentence writes it, a word that places someone stands right before it
  ("pasangan asal Bandung", "pemilik kucing di Surabaya", "farmers in Kutch"), or it goes
  on a list of such places ("in Wales and the Marches");
- it is a listed place (speaker10_places) or a region's word opens it, set between commas
  after a region ("warga Kecamatan Cikajang, Garut,", "Nagari Kasang, Kabupaten Padang
  Pariaman, Sumatera Barat,");
- it is the dateline's city ("Garut - Keluarga ...", "JOHANNESBURG - ...").

A name with a body's head noun ("Dinas Kesehatan", "Kent County Council") is a body, not a
place, wherever it stands. Data: data/cues/<language>.json, "speaker16_places".
"""

from __future__ import annotations

import re
from functools import lru_cache

from annotator.domain.proposals.lexicon import Lexicon, cue_file
from annotator.domain.proposals.literal import written_at

# the dateline before the story: "Garut - ", "MAKASSAR, CELEBESPOS.com - ",
# "MOMBASA, Kenya (Coastline Press) — ", "JAKARTA, Nov 27 (Meridian Wire) - "
# a name written whole (literal.written_at: found by str.find, not compiled for each name)
_NOT_AFTER_WORD, _NOT_BEFORE_WORD = re.compile(r"(?<![\w])"), re.compile(r"(?![\w])")
_DATELINE = re.compile(r"^\s*([A-Z][\w'’.]*(?:\s+[A-Z][\w'’.]*){0,2})\s*(?:,[^-–—\n]{1,60})?"
                       r"\s+[-–—]\s+\S")
_RUN_BEFORE = re.compile(r"((?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’.-]*)\s*,\s*$")


@lru_cache(maxsize=8)
def _data(language: str) -> tuple[frozenset[str], frozenset[str], frozenset[str],
                                  frozenset[str], frozenset[str]]:
    raw = cue_file(language).get("speaker16_places", {})
    listed = cue_file(language).get("speaker10_places", {}).get("places", ())
    going_on = cue_file(language).get("speaker_place_words", ())
    return (frozenset(raw.get("units", ())), frozenset(raw.get("before", ())),
            frozenset(raw.get("after_name", ())), frozenset(listed), frozenset(going_on))


def _words(name: str) -> list[str]:
    return [w.strip(".,").casefold() for w in name.split()]


def _a_body(name: str, lex: Lexicon) -> bool:
    heads = lex.org_heads | lex.company_markers | lex.government_heads
    return any(w in heads for w in _words(name))


def _listed(name: str, lex: Lexicon) -> bool:
    """A listed place, in its own words: "Garut", "Sumatera Barat", "Jawa Timur"."""
    _, _, _, listed, going_on = _data(lex.language)
    words = _words(name)
    return bool(words) and words[0] in listed and all(
        w in listed or w in going_on for w in words[1:])


def _opens_with_unit(name: str, lex: Lexicon) -> bool:
    units = _data(lex.language)[0]
    words = _words(name)
    return len(words) >= 2 and words[0] in units


def dateline_city(text: str) -> str | None:
    """The city the story is filed from, where the sentence opens with its dateline."""
    found = _DATELINE.match(text)
    return found.group(1) if found else None


def _placed(text: str, start: int, name: str, lex: Lexicon, depth: int = 0) -> bool:
    """Whether the name written at ``start`` stands where a place does."""
    units, before, after_name, _, _ = _data(lex.language)
    head = text[:start]
    words = head.split()
    last = words[-1].casefold().strip("(") if words else ""
    if last in before:
        return True
    if last in after_name and len(words) >= 2 and words[-2][:1].isupper() and \
            words[-2].casefold() not in lex.titles and not _a_body(words[-2], lex):
        return True  # "June Ames of Hove" (not "Department of Health")
    if last in ("and", "dan", "serta") or last == "the" and len(words) >= 2 and \
            words[-2].casefold() in ("and", "dan", "serta"):
        # "in Wales and the Marches": a list of places goes on
        k = len(words) - (2 if last == "the" else 1)
        prior = " ".join(words[:k])
        run = re.search(r"((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*)\s*,?\s*$", prior)
        if run and depth < 3 and _placed(prior, run.start(1), run.group(1), lex, depth + 1):
            return True
    apposed = _RUN_BEFORE.search(head)
    if apposed and (_listed(name, lex) or _opens_with_unit(name, lex)):
        run = apposed.group(1).split()
        opens = [w.casefold().strip(".") for w in run]
        k = next((i for i, w in enumerate(opens) if w in units), None)
        if k is not None and k + 1 < len(run):  # "warga Kecamatan Cikajang, Garut"
            held = run[k - 1].casefold() if k else (
                head[:apposed.start(1)].split() or [""])[-1].casefold()
            if held not in lex.titles:  # not "Kepala Desa Kismoyoso, Sutrisno"
                return True
        if depth < 3 and (_listed(apposed.group(1), lex) or _opens_with_unit(
                apposed.group(1), lex)) and _placed(
                head, apposed.start(1), apposed.group(1), lex, depth + 1):
            return True  # "Nagari Kasang, Kabupaten Padang Pariaman, Sumatera Barat"
    return False


def is_place(name: str | None, text: str, lex: Lexicon) -> bool:
    """Whether ``name``, proposed as the speaker of ``text``, is a place there."""
    if not name or not text or _a_body(name, lex):
        return False
    if _opens_with_unit(name, lex):
        return True
    city = dateline_city(text)
    if city and city.casefold() == name.casefold():
        return True
    at = [start for start, _ in written_at(name, text, _NOT_AFTER_WORD, _NOT_BEFORE_WORD)]
    if city:  # the dateline's own words are no mention
        at = [k for k in at if k > len(city) + 2]
    return bool(at) and all(_placed(text, k, name, lex) for k in at)


def person_before(name: str, text: str, lex: Lexicon) -> str | None:
    """The person whose home the place is ("Perekam video, Desi Marlina asal Klaten,
    mengatakan" -> "Desi Marlina"), else None."""
    before = _data(lex.language)[1]
    if not before:
        return None
    found = re.search(rf"((?:[A-Z][\w'’-]*\s+){{1,3}})(?:{'|'.join(map(re.escape, before))})"
                      rf"\s+{re.escape(name)}\s*,", text)
    if not found:
        return None
    person = found.group(1).strip()
    plain = [w.casefold() for w in person.split()]
    if _a_body(person, lex) or any(w in lex.unnamed or w in lex.titles for w in plain) or \
            plain[0] in _COUNTED:
        return None  # "Seorang Warga asal Klaten", "Bupati asal Klaten"
    return person


_COUNTED = frozenset({"seorang", "sejumlah", "para", "puluhan", "ratusan", "a", "an", "the",
                      "some", "several"})


def people_after(name: str, text: str) -> str | None:
    """The person set between commas right after a place ("pasangan asal Bandung, Fikri
    Ramadhan dan Nadia Puspita, mengaku" -> "Fikri Ramadhan"), else None."""
    found = re.search(rf"{re.escape(name)}\s*,\s*((?:[A-Z][\w'’-]*\.?\s+){{0,3}}"
                      rf"[A-Z][\w'’-]*)\s*(?:,|\(|\s+(?:dan|and)\s+[A-Z])", text)
    return found.group(1) if found else None

