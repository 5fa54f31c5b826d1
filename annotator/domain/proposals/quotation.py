"""A quotation that runs over several sentences keeps its speaker (the guidelines: `"`
takes the source of the sentence before): the segmenter cuts `"Kami punya citra satelit.
Titik api ada di konsesi mereka. Kami minta polisi bertindak," katanya.` into three
sentences, and the middle one has no quotation mark and no speaker of its own. Where the
quotation closes, a few sentences on, its speaker is named (`," kata Boy.`): that is who
says every sentence of it; where the close names nobody, the speaker carried from before.
Read by the quotation marks alone (their count), never by words.
"""

from __future__ import annotations

import re
from functools import lru_cache

QUOTES = ('"', "“", "”")
REACH = 4  # sentences a quotation runs over, back or on, that are looked at


_MARK = re.compile('["“”]')
_BEFORE_OPENING = "([{—–-/"
_AFTER_CLOSING = ".,;:!?)]}—–-"


@lru_cache(maxsize=2048)
def _marks(text: str) -> tuple[bool, ...]:
    """Each quotation mark of ``text``, True where it opens a quotation: a curly mark by
    its shape, a straight one by its place (after a space or at the start it opens, before
    a space or a stop it closes). Remembered: every speaker reading asks it of the
    sentences around its own (a key reads about three), and a key reads the same ones."""
    found = []
    for m in _MARK.finditer(text):
        ch, i = m.group(), m.start()
        if ch != '"':
            found.append(ch == "“")
            continue
        before = text[i - 1] if i > 0 else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if before.isspace() or before in _BEFORE_OPENING:
            found.append(True)
        elif after.isspace() or after in _AFTER_CLOSING:
            found.append(False)
        else:
            found.append(after.isalnum())
    return tuple(found)


def _left_open(text: str) -> bool:
    """The sentence's last quotation mark opens a quotation it does not close."""
    marks = _marks(text)
    return bool(marks) and marks[-1]


def inside(texts: tuple[str, ...], at: int) -> bool:
    """Sentence ``at`` has no quotation mark and stands inside a quotation an earlier
    sentence opened (the sentences between have none either)."""
    if at >= len(texts) or _marks(texts[at]):
        return False
    for k in range(at - 1, max(-1, at - 1 - REACH), -1):
        if _marks(texts[k]):  # `"Kami punya ...` or `Boy mengatakan, "Kami punya ...`
            return _left_open(texts[k])
    return False


def opens(texts: tuple[str, ...], at: int) -> bool:
    """Sentence ``at`` opens a quotation it does not close (`"Kami punya citra satelit.`)."""
    return at < len(texts) and texts[at].lstrip()[:1] in QUOTES and _left_open(texts[at])


def closing(texts: tuple[str, ...], at: int) -> int | None:
    """The sentence after ``at`` that closes the open quotation (its first mark closes,
    the sentences between having none), or None."""
    for k in range(at + 1, min(len(texts), at + 1 + REACH)):
        marks = _marks(texts[k])
        if not marks:
            continue
        return k if not marks[0] else None
    return None


def ends_one_opened_before(texts: tuple[str, ...], at: int) -> bool:
    """Sentence ``at`` closes, with its last character, a quotation an earlier sentence
    opened, and has no mark before that close (`The tests were clean."` after `Reed said:
    "We did nothing wrong.`): the whole sentence is the quotation's, its speaker the one
    before; a close followed by words (`clean," he said.`) names its own speaker."""
    if at >= len(texts):
        return False
    text = texts[at].rstrip()
    marks = _marks(text)
    if len(marks) != 1 or marks[0] or text[-1:] not in QUOTES and not (
            text[-2:-1] in QUOTES and text[-1:] in ".!?"):
        return False
    for k in range(at - 1, max(-1, at - 1 - REACH), -1):
        if _marks(texts[k]):
            return _left_open(texts[k])
    return False
