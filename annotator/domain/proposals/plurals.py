"""A plural of unnamed people has no source (the guidelines), whatever place or body the
subject goes on to name: "Puluhan pedagang Pasar Kramat melaporkan", "Sejumlah warga Desa
Sukamaju mengeluhkan", "Para nelayan Muara Angke menuding", "Dozens of traders at Kramat
Market said", "Hundreds of Harlow residents accused". The place or the body tells where the
people are from; it does not speak.

The words that count or gather people and the nouns of people are data
(data/cues/<language>.json, key "speaker_counted_people").
"""

from __future__ import annotations

from functools import lru_cache

from annotator.domain.proposals.lexicon import Lexicon, cue_file
from annotator.domain.proposals.titles import trades

PEOPLE_REACH = 4  # words between the counting word and the people it counts ("of Harlow")
COUNT_REACH = 3  # words before the count ("at least 30 residents", "lebih dari 50 warga")
_BEFORE_COUNT = {"at", "least", "more", "than", "nearly", "almost", "about", "over", "up",
                 "to", "lebih", "dari", "hampir", "kurang", "sekitar", "sedikitnya",
                 "setidaknya", "tak"}
# members of one body speak as that body (the guidelines), however many they are
_MEMBERS = {"tergabung", "anggota", "bergabung", "members", "member", "belonging",
            "affiliated"}
# ... also when a noun of people comes first ("Puluhan nelayan anggota Koperasi X")
_MEMBER_NOUNS = {"anggota", "members", "member"}
_OPENERS = {"but", "and", "however", "meanwhile", "namun", "tetapi", "sementara", "sedangkan"}


@lru_cache(maxsize=8)
def _counted(language: str) -> tuple[frozenset[str], frozenset[str]]:
    raw = cue_file(language).get("speaker_counted_people", {})
    return frozenset(raw.get("words", ())), frozenset(raw.get("people", ()))


def counted_people(tokens, words: list[str], start: int, end: int, lex: Lexicon) -> bool:
    """The subject from ``start`` to ``end`` opens with a word that counts or gathers people
    ("puluhan", "sejumlah", "para", "dozens of", a number) and names the people
    ("pedagang", "warga", "traders", "residents"); a title ("pejabat", "officials") is no
    such noun: officials of one body speak as the body (the guidelines)."""
    counting, people = _counted(lex.language)
    while start < end and words[start] in _OPENERS:
        start += 1
    count = next((k for k in range(start, min(end, start + COUNT_REACH)) if words[k] in
                  counting or words[k].isdigit()), None)
    if count is None or any(words[k] not in _BEFORE_COUNT for k in range(start, count)):
        return False  # "at least 30", "lebih dari 50"; not "Nurhayati bersama 40 jemaah"
    if any(words[k] in _MEMBERS for k in range(count, end)):
        return False  # "214 pembeli yang tergabung dalam Paguyuban X": members of a body
    roles, _ = _members(lex.language)
    for k in range(count + 1, min(end, count + 1 + PEOPLE_REACH)):
        word = words[k]
        if not tokens[k].group().islower():
            continue  # "Hundreds of Harlow residents": where they are from
        if word in people or word in trades(lex.language) and word not in roles:
            return True  # "Sebanyak 14 jurnalis Harian X": a trade held at a body does not
            # speak for it (titles.trades), unlike its officials
        if word in lex.titles:
            return False
        if word in lex.unnamed:
            return True
    return False


@lru_cache(maxsize=8)
def people_words(language: str) -> frozenset[str]:
    """Every word of the nouns of people ("orang tua" gives "orang" and "tua"): what may
    stand between a plural of people and the body they are from ("Orang tua murid TK
    Pelangi", "Nasabah Bank X")."""
    _, people = _counted(language)
    return frozenset(w for noun in people for w in noun.split())


def _people_noun(word: str, people: frozenset[str], lex: Lexicon) -> bool:
    """A noun of unnamed people ("nelayan", "farmers"), not a title ("pejabat")."""
    return (word in people or word in lex.unnamed) and word not in lex.titles


@lru_cache(maxsize=8)
def _members(language: str) -> tuple[frozenset[str], frozenset[str]]:
    raw = cue_file(language).get("speaker_members", {})
    return frozenset(raw.get("roles", ())), frozenset(raw.get("from", ()))


def members_body(words: list[str], start: int, end: int, lex: Lexicon,
                 tokens=None) -> int | None:
    """Where the body's name begins when the subject from ``start`` to ``end`` is people
    in a role inside it ("Prosecutors from the British Columbia Prosecution Service",
    "Two members of the Easton City Council", "Petugas dari Dinas Lingkungan Hidup"):
    they speak as the body (the guidelines), unlike "Residents of Harlow"; else None.
    With ``tokens`` (English), the role may carry the words of its trade before it
    ("Trading standards officers at Swindon Borough Council", "Environmental health
    officers from X": thirty-fifth round, qualified_role)."""
    roles, linking = _members(lex.language)
    counting, _ = _counted(lex.language)
    while start < end and (words[start] in _OPENERS or words[start] in counting or words[
            start].isdigit() or words[start] in ("the", "a", "two", "three", "several",
                                                 "dua", "tiga", "beberapa")):
        start += 1
    if tokens is not None:
        start = _qualified_role(tokens, words, start, end, roles, linking, lex)
    _, people = _counted(lex.language)
    if start + 2 < end and words[start + 1] in _MEMBER_NOUNS and _people_noun(
            words[start], people, lex):
        start += 1  # "Puluhan nelayan anggota Koperasi X": the people are its members
    if start + 1 < end and words[start] in _MEMBER_NOUNS and words[start + 1] not in linking \
            and lex.language == "id":
        return start + 1  # "anggota Koperasi X"
    if start + 2 >= end or words[start] not in roles or words[start + 1] not in linking:
        return None
    body = start + 2 + (words[start + 2] == "the")
    return body if body < end else None



QUALIFIER_REACH = 2  # lowercase words of a trade before a role ("trading standards officers")


@lru_cache(maxsize=8)
def _not_qualifiers(language: str) -> frozenset[str]:
    return frozenset(cue_file(language).get("speaker35_qualified_role", {}).get(
        "not_qualifiers", ()))


def _qualified_role(tokens, words: list[str], start: int, end: int, roles, linking,
                    lex: Lexicon) -> int:
    """Where the role begins when one or two lowercase words of its trade stand before it
    and the body follows ("Trading standards officers at Swindon Borough Council" gives
    "officers"); else ``start``. Not a word that says they no longer belong to it, or that
    they speak apart from it ("former employees of X", "some angry staff at X"): the list
    "not_qualifiers" (data/cues/en.json, key "speaker35_qualified_role")."""
    words_off = _not_qualifiers(lex.language)
    if not words_off:
        return start
    for k in range(start + 1, min(end - 2, start + QUALIFIER_REACH + 1)):
        if words[k] not in roles or words[k + 1] not in linking:
            continue
        qualifiers = range(start, k)
        if any(words[q] in words_off or words[q] in roles or not words[q].isalpha()
               for q in qualifiers):
            return start
        for q in qualifiers:
            if tokens[q].group().islower() or q == 0 and q + 1 < k and tokens[
                    q + 1].group().islower():
                continue  # "Trading standards officers": capitalised as the sentence opens
            return start  # "Unite officers at Ford": a named body before the role
        return k
    return start


_ORGAN_LINKS = {"at", "of", "from"}


@lru_cache(maxsize=8)
def _organs(language: str) -> frozenset[str]:
    return frozenset(cue_file(language).get("speaker12_organs", {}).get("organs", ()))


def organ_body(tokens, words: list[str], start: int, end: int, lex: Lexicon,
               name_word) -> tuple[int, int] | None:
    """The body's name (first word, end) when the subject from ``start`` to ``end`` is the
    organ of a named body that rules or finds: "A Harlow Crown Court jury", "A jury at
    Harlow Crown Court", "jurors at X": it speaks as the body (the guidelines: members of
    one body speak as that body); else None. English only: Indonesian "Majelis hakim X"
    is read by sides.py."""
    organs = _organs(lex.language)
    if lex.head_first or not organs:
        return None
    while start < end and words[start] in ("a", "an", "the"):
        start += 1
    if end - start < 2:
        return None
    if words[end - 1] in organs and tokens[end - 1].group().islower() and all(
            name_word(tokens, words, k, lex) for k in range(start, end - 1)):
        return start, end - 1  # "A Harlow Crown Court jury"
    if words[start] in organs and words[start + 1] in _ORGAN_LINKS:
        body = start + 2 + (start + 2 < end and words[start + 2] == "the")
        if body < end and all(name_word(tokens, words, k, lex) for k in range(body, end)):
            return body, end  # "A jury at Harlow Crown Court"
    return None


@lru_cache(maxsize=8)
def _bench(language: str) -> tuple[frozenset[str], frozenset[str]]:
    raw = cue_file(language).get("speaker37_bench", {})
    return frozenset(raw.get("organs", ())), frozenset(raw.get("courts", ()))


def bench_court(table, words: list[str], start: int, end: int, at: int) -> str | None:
    """The court a bare bench speaks as: the subject from ``start`` to ``end`` is only the
    bench's word ("Magistrates", "The magistrates") and the article has named, up to
    sentence ``at``, a court whose name holds that word ("Harrogate Magistrates' Court"):
    that court, the one named last (thirty-seventh round, bug fix; data
    ``speaker37_bench``); else None (no court named: read as before)."""
    if table is None:
        return None
    organs, courts = _bench(table.lex.language)
    while start < end and words[start] in ("the",):
        start += 1
    if end - start != 1 or words[start] not in organs:
        return None
    organ = words[start]
    found = []
    for e in table.entities:
        name = e.name.casefold().replace("\u2019", "'").split()
        if len(name) < 2 or name[-1] not in courts or not any(
                w.rstrip("'").removesuffix("'s") == organ for w in name[:-1]):
            continue
        before = [p for p in e.mentions if p <= at]
        if before:
            found.append((max(before), e.name))
    return max(found)[1] if found else None
