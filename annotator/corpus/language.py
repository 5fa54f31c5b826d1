"""Which language a document is in, when its record does not say: the language whose
common function words it uses most. Only the languages the tool has a segmenter, cue
lexicon and chrome rules for are told apart (Indonesian and English); anything else reads as
the default, Indonesian, as before detection existed."""

from __future__ import annotations

import re

DEFAULT = "id"
# characters looked at: a news article's first paragraphs say its language (the 748 seed,
# benchmark and test documents get the same answer from their first 500 characters as
# from 4,000); the document's first 1,000 keep detection a small part of ingesting it
SAMPLE = 1000
_WORD = re.compile(r"[^\W\d_]+")
# _WORD in lower-cased ASCII text, as one C pass over its bytes: A-Z lower-cased, a-z kept,
# every other byte a space to split at (a regex findall cost twice as much)
_ASCII_LETTERS = bytes(c + 32 if 65 <= c <= 90 else c if 97 <= c <= 122 else 32
                       for c in range(256))
FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "id": frozenset("""yang dan di ke dari itu ini untuk dengan pada dalam adalah akan tidak
        juga oleh sebagai karena bahwa telah sudah atau ada mereka kami kita saya ia dia
        para bisa dapat masih namun tetapi setelah saat ketika kata menurut hingga sejak
        tersebut seperti pun tak belum kepada terhadap tentang hal ujarnya katanya""".split()),
    "en": frozenset("""the of to and in that is was for on with as by at from it be has have
        are were this which an or not but its their they he she had been will would said
        says also than into about after who what when there his her we our""".split()),
}


_FUNCTION_BYTES = {lang: frozenset(w.encode() for w in words)
                   for lang, words in FUNCTION_WORDS.items()}


def detect(text: str, default: str = DEFAULT) -> str:
    """"id" or "en" by function-word counts in the first SAMPLE characters; ``default``
    when there are too few words to tell or neither clearly wins."""
    sample = text[:SAMPLE]
    if sample.isascii():  # the same words, lower-cased first, as bytes (three times as fast)
        words = sample.encode().translate(_ASCII_LETTERS).split()
        vocabularies = _FUNCTION_BYTES
    else:
        words = list(map(str.casefold, _WORD.findall(sample)))  # map: no Python loop
        vocabularies = FUNCTION_WORDS
    counts = {lang: sum(map(vocab.__contains__, words))
              for lang, vocab in vocabularies.items()}
    best = max(counts, key=counts.get)
    others = max(v for lang, v in counts.items() if lang != best)
    if counts[best] < 3 or counts[best] < 1.5 * others:
        return default
    return best
