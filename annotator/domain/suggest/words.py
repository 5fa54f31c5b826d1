"""Words as suggestions compare them: tokens, stopwords, a light Indonesian stemmer, the
affixed forms of a root, and matching multi-word phrases in a token list.

Indonesian builds words from roots with affixes (menuduh, dituduh and tuduhan all share
"tuduh"), so two sentences about one accusation rarely share their exact words; stems do.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache

STOPWORDS = frozenset("""
yang dan di ke dari itu ini untuk dengan pada dalam adalah akan tidak juga oleh sebagai karena
bahwa telah sudah atau ada mereka kami kita saya ia dia para lebih bisa dapat masih lalu namun
tetapi tapi serta setelah sebelum saat ketika kata menurut bagi hingga sejak secara tersebut
seperti pun tak belum baru antara kepada terhadap tentang hal banyak satu dua tiga empat lima
tahun bulan pekan minggu hari sebelumnya berkata ujarnya katanya ujar tambahnya jika kalau
sangat hanya semua semuanya lain bagaimana apa apakah siapa mana sini sana nya pula agar maka
bahkan yakni yaitu demikian begitu lagi sementara selain bila pernah sedang harus ingin melalui
tanpa terkait atas bagian sekitar kali orang cara sama beberapa seluruh setiap kemudian sendiri
mengatakan menyatakan guna luar negeri juru bicara berbicara
the of to in and on for that with was is by as at from it be has have are were this which an
or not but its their they he she had been will would said says also than more into about after
""".split())

_WORD = re.compile(r"\w+", re.UNICODE)
_PREFIXES = (
    ("meny", "s"), ("meng", "k"), ("mem", "p"), ("men", "t"), ("me", ""),
    ("peny", "s"), ("peng", "k"), ("pem", "p"), ("pen", "t"), ("per", ""), ("pe", ""),
    ("ber", ""), ("ter", ""), ("di", ""),
)
_VOWELS = set("aiueo")


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """A light Indonesian stemmer: consistent, not exact (menuduh, dituduh, tuduhan -> tuduh;
    mengirim, pengiriman, dikirimkan -> kirim; persenjataan -> senjata)."""
    if len(word) <= 4 or not word.isalpha():
        return word
    for suffix in ("nya", "lah", "kah", "pun"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    for suffix in ("kan", "an"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    for prefix, restore in _PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            rest = word[len(prefix):]
            if restore and rest[0] in _VOWELS:
                return restore + rest
            if prefix in ("meng", "peng", "meny", "peny") or not restore:
                return rest
            if rest[0] in _VOWELS:
                return restore + rest
            return rest
    return word


_ENGLISH = frozenset("the that it of to and was has is by its were with".split())


def english(text: str) -> bool:
    """Whether a sentence reads as English (three of its common words), not Indonesian: a
    word of one cannot match a word of the other."""
    return sum(1 for w in _WORD.findall(text.casefold()) if w in _ENGLISH) >= 3


def words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def affixed(root: str) -> list[str]:
    """The usual Indonesian forms of a root (tuduh -> tuduhan, menuduh, dituduh, ...), as exact
    words: FTS5 prefix queries would find them too but cost ten times more."""
    first = root[0]
    if first in _VOWELS or first in "gh":
        nasal, rest = "ng", root
    elif first == "k":
        nasal, rest = "ng", root[1:]
    elif first == "t":
        nasal, rest = "n", root[1:]
    elif first == "p":
        nasal, rest = "m", root[1:]
    elif first == "s":
        nasal, rest = "ny", root[1:]
    elif first in "bfv":
        nasal, rest = "m", root
    elif first in "dcjz":
        nasal, rest = "n", root
    else:
        nasal, rest = "", root
    me, pe = "me" + nasal + rest, "pe" + nasal + rest
    return [root, root + "an", root + "kan", me, me + "kan", "di" + root, pe + "an"]


def phrase_index(phrases: Iterable[str]) -> dict[str, list[tuple[str, ...]]]:
    """Phrases (as word tuples) by their first word, longest first: matching a sentence
    costs one dict lookup per word."""
    index: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for phrase in phrases:
        toks = tuple(phrase.split())
        if toks:
            index[toks[0]].append(toks)
    for options in index.values():
        options.sort(key=len, reverse=True)
    return dict(index)


def match_at(index: dict[str, list[tuple[str, ...]]], toks: list[str], i: int) -> int:
    """Length in words of the longest phrase starting at toks[i] (0 if none)."""
    for option in index.get(toks[i], ()):
        n = len(option)
        if tuple(toks[i:i + n]) == option:
            return n
    return 0
