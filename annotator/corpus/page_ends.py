"""Chrome at a page's foot that no line rule can tell from text: the names after the last
paragraph ('Charlotte Hughes', 'SUCI WULANDARI', 'Lucy Hammond, Manchester'). A line of a few
capitalised words with no sentence end is a name there; in the body it may be a subheading
the analyst should see, so only the foot is read."""

from __future__ import annotations

import re
from collections.abc import Sequence

_FINAL = re.compile(r"[.!?\"”’:;)]$")
NAME_WORDS = 4  # words in one name ('Muh Ikbal', 'The Riverside Standard')
_PARTS = re.compile(r"\s+[-–—|/]\s+|,\s+")
_JOINS = frozenset({"of", "the", "and", "&", "dan", "on", "de", "la", "di", "van", "von", "bin",
                    "binti"})
_DOMAIN = re.compile(r"\w\.(com|co\.id|co\.uk|id|tv|net|org|news)$", re.IGNORECASE)


def _brand(word: str) -> bool:
    """A word written as an outlet's brand: 'kabarSUMBA', 'detakJateng', 'warta-maritim.id'."""
    return any(c.isupper() for c in word[1:]) or bool(_DOMAIN.search(word))


def _name(part: str) -> bool:
    words = part.split()
    return (0 < len(words) <= NAME_WORDS
            and all(w[0].isupper() or w.casefold() in _JOINS or _brand(w) for w in words)
            and not all(w.casefold() in _JOINS for w in words))


def name_line(text: str) -> bool:
    """A few capitalised words with no sentence end, a dash, bar, slash or comma between up
    to three names: 'Lucy Pemberton', 'City Desk | The Riverside Standard', 'Kochi'."""
    if _FINAL.search(text) or not any(c.isalpha() for c in text):
        return False
    parts = _PARTS.split(text)
    return len(parts) <= 3 and all(_name(part) for part in parts)


def mark(lines: Sequence, title: str | None, below: str) -> None:
    """Keep out (``line.excluded``, as ``below``) the name lines after the last line ending
    like a sentence. ``lines``: the page's lines not kept out yet, in order."""
    body = [line for line in lines if line.excluded is None]
    heads = [k for k, line in enumerate(body) if title is not None and line.text == title]
    if not heads:
        return
    after = body[heads[0] + 1:]
    if not any(_FINAL.search(line.text) for line in after):
        return  # no paragraph: nothing tells a name from the text
    for line in reversed(after):
        if _FINAL.search(line.text) or not name_line(line.text):
            break
        line.excluded = below
