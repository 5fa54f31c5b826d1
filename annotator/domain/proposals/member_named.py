"""One member of a legislature named after it with no commas: "Anggota Komisi IV DPR
Marlina Sihombing menuding ...", "Anggota DPRD Kota Bekasi Yusuf Hamdani mengatakan ...".
The run of capitalised words after "Anggota" holds the body and then the person; the
guidelines make a person named in the sentence as speaking the source, so the person is
the speaker, never "Komisi IV DPR Marlina Sihombing" (thirty-fourth round, issue 11, try
branch t34id). "Anggota Koperasi X menuding" (members of a body, no person) is left to
the members' reading: only the bodies listed in data/cues/id.json,
"speaker34_member_named", are read here."""

from __future__ import annotations

from functools import lru_cache

from annotator.domain.proposals.lexicon import Lexicon, cue_file
from annotator.domain.proposals.name_words import person_in, text_of

KEY = "speaker34_member_named"
MOST_WORDS = 3  # of a person's name after a national body ("DPR RI Marlina Sihombing")


@lru_cache(maxsize=8)
def _data(language: str) -> dict[str, frozenset[str]]:
    raw = cue_file(language).get(KEY, {})
    return {k: frozenset(v) for k, v in raw.items() if isinstance(v, list)}


def member_named(text: str, tokens, words: list[str], body: int, end: int, lex: Lexicon
                 ) -> str | None:
    """The person when "anggota" before ``body`` and the run ``body``..``end`` are one
    member of a listed body named after it, else None."""
    data = _data(lex.language)
    if not data or body < 1 or words[body - 1] != "anggota" or words[body] not in data.get(
            "bodies", ()):
        return None
    upper = [k for k in range(body, end) if tokens[k].group().isupper()]
    if not upper or any(words[k] in data.get("regional", ()) for k in upper):
        return _regional(text, tokens, words, body, end, upper, lex, data)
    last = upper[-1]  # "Komisi IV DPR", "DPR RI", "Ombudsman RI": the body ends there
    if words[last] not in data.get("national", ()) or not 1 <= end - last - 1 <= MOST_WORDS:
        return None
    return text_of(text, tokens, last + 1, end)


def _regional(text, tokens, words, body: int, end: int, upper: list[int], lex: Lexicon,
              data: dict[str, frozenset[str]]) -> str | None:
    """"DPRD Kota Bekasi Yusuf Hamdani", "Komisi B DPRD Lamongan Fadlan Arief": the name
    after the region, as a title's holder is read; never a region alone ("DPRD Jawa
    Barat", "DPRD Provinsi Jawa Barat", "DPRD Nusa Tenggara Timur")."""
    regional = [k for k in upper if words[k] in data.get("regional", ())]
    if len(regional) != 1:
        return None
    name = person_in(text, tokens, words, (body - 1, end), lex)
    run = text_of(text, tokens, body, end)
    if not name or name == run or not run.endswith(name):
        return None
    size = len(name.split())
    first = end - size
    if first <= regional[0] or any(k >= first for k in upper):
        return None  # the name holds no capitals' abbreviation ("DKI Jakarta")
    region = words[regional[0] + 1:first]
    if size < 2 or not region or len(region) > 3 or words[first - 1] in data.get(
            "units", ()) or any(words[k] in data.get("compass", ()) for k in range(
            first, end)):
        return None
    if len(region) > 1 and region[0] not in data.get("units", ()) and region[-1] not in \
            data.get("compass", ()):
        return None  # two words of a region are a unit and a name, or a name and a point
    return name
