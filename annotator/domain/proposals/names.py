"""Personal names whose first word is also a common word: the Sasak "Lalu" (also "then") and
"Baiq", the Balinese "I" and "Ni" before a birth-order name ("I Wayan Koster", "Ni Luh
Putu"). A reader who knows the region reads "Lalu Muhamad Iqbal" as one person; read word by
word, "Lalu" is an adverb and the speaker loses the first word of the name.

Kept here, not in the cue lexicons: these are names, the same in every language an article
about Indonesia is written in.
"""

from __future__ import annotations

import re

# a capitalised opener that is a name's first word when a name word follows it
OPENERS = frozenset({"lalu", "baiq"})
# "I" / "Ni" open a Balinese name only before one of these
BALINESE_OPENERS = frozenset({"i", "ni"})
BALINESE = frozenset({
    "wayan", "made", "nyoman", "ketut", "putu", "gede", "kadek", "komang", "nengah",
    "gusti", "luh", "ayu",
})
START_WORDS = 2  # at a sentence's start "Lalu" opens a name only before two name words


def opens_name(tokens, words: list[str], i: int, name_word) -> bool:
    """Token ``i`` is the first word of a name like "Lalu Muhamad Iqbal": a capitalised
    opener right before name words (``name_word(k)`` says whether token k is one), with
    one space between. At the start of a sentence "Lalu Presiden ..." or "Lalu Jokowi
    mengatakan" reads as "then": two name words must follow, no title among them."""
    word = words[i]
    if not tokens[i].group()[:1].isupper() or i + 1 >= len(tokens):
        return False
    text = tokens[0].string
    if text[tokens[i].end():tokens[i + 1].start()] != " ":
        return False
    if word in BALINESE_OPENERS:
        return words[i + 1] in BALINESE and tokens[i + 1].group()[:1].isupper()
    if word not in OPENERS or not name_word(i + 1):
        return False
    if i > 0 and text[:tokens[i].start()].strip()[-1:] not in ("", '"', "“", "(", "-"):
        return True  # mid-sentence, capitalised: a name
    following = 0
    for k in range(i + 1, min(len(tokens), i + 1 + START_WORDS)):
        if not name_word(k) or text[tokens[k - 1].end():tokens[k].start()] != " ":
            break
        following += 1
    return following >= START_WORDS


_AFTER_NAME = re.compile(r"['’]s(?=[,;:.)]|\s+(?:have|has|had|said|says|say|is|was|were|are|"
                         r"will|would|did|does|do|told|added|also)\b|\s*$)")


def possessive_kept(name: str | None, text: str) -> str | None:
    """"Friends of St. Brigid's": a name whose last word is written with "'s" and no noun
    after it keeps the "'s" (reading blanks possessives so that "North Korea's ministry"
    reads as "North Korea ministry")."""
    if not name or name.endswith("'s"):
        return name
    at = text.replace("’", "'").find(name)
    while at != -1:
        if _AFTER_NAME.match(text, at + len(name)):
            return name + "'s"
        at = text.replace("’", "'").find(name, at + 1)
    return name
