"""Chrome at a page's foot that no line rule can tell from text: the names after the last
paragraph ('Charlotte Hughes', 'SUCI WULANDARI', 'Lucy Hammond, Manchester'). A line of a few
capitalised words with no sentence end is a name there; in the body it may be a subheading
the analyst should see, so only the foot is read.

Also the outlet a masthead or a date line names, for a page whose outlet nothing else gives
(`annotator stats` shows it): 'The Westmouth Echo' kept out above or below the headline,
'detakJatim.com | Jumat, 27 Nov 2026 16:21 WIB'."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

_FINAL = re.compile(r"[.!?\"”’:;)]$")
NAME_WORDS = 4  # words in one name ('Muh Ikbal', 'The Riverside Standard')
_PARTS = re.compile(r"\s+[-–—|/]\s+|,\s+")
_JOINS = frozenset({"of", "the", "and", "&", "dan", "on", "de", "la", "di", "van", "von", "bin",
                    "binti"})
_DOMAIN = re.compile(r"\w\.(com|co\.id|co\.uk|id|tv|net|org|news)$", re.IGNORECASE)
_DAYS = frozenset({"senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "minggu",
                   "ahad", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                   "sunday", "published", "updated", "posted"})


def brand(word: str) -> bool:
    """A word written as an outlet's brand: 'kabarSUMBA', 'detakJateng', 'warta-maritim.id'."""
    return any(c.isupper() for c in word[1:]) or bool(_DOMAIN.search(word))


def _name(part: str) -> bool:
    words = part.split()
    return (0 < len(words) <= NAME_WORDS
            and all(w[0].isupper() or w.casefold() in _JOINS or brand(w) for w in words)
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


def outlet_of(text: str, known: Callable[[str], str | None], words: frozenset[str]) -> \
        str | None:
    """The outlet a masthead line names: an outlet the rules know, a domain or brand
    ('warta-maritim.id', 'detikFinance'), or a name holding an outlet's word ('The Westmouth
    Echo', 'Kabar Sragen'); None for a writer's or a section's name."""
    text = text.strip()
    found = known(text)
    if found:
        return found
    parts = [p for p in _PARTS.split(text) if p]
    for part in parts:
        tokens = part.split()
        if len(tokens) == 1 and (brand(tokens[0]) or known(tokens[0])):
            return known(tokens[0]) or tokens[0]
        if len(tokens) > 1 and any(t.casefold() in words for t in tokens):
            return part
    return None


def date_line_outlet(text: str, known: Callable[[str], str | None],
                     words: frozenset[str]) -> str | None:
    """The outlet leading a date line, before its bar or dash: 'detakJatim.com | Jumat, ...',
    'KABARKHATULISTIWA.com - Rabu, ...', 'Detikindo | Senin, ...' (one word, not a day)."""
    m = re.match(r"^([^|\s]+)\s*(\||\s[-–—]\s)\s*\D", text)
    if m is None:
        return None
    token = m.group(1).strip(",")
    if token.casefold() in _DAYS or token[:1].isdigit():
        return None
    if known(token) or brand(token) or (token.isupper() and len(token) >= 4):
        return known(token) or token
    lowered = token.casefold()
    return token if any(lowered.startswith(w) for w in words if len(w) >= 5) else None
