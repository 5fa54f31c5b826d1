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

QUOTES = ('"', "“", "”")
REACH = 4  # sentences a quotation runs over, back or on, that are looked at


_MARK = re.compile('["“”]')


def _marks(text: str) -> list[str]:
    return _MARK.findall(text)


def _left_open(text: str) -> bool:
    """The sentence leaves a quotation open: an odd count of straight marks, or its last
    curly mark an opening one."""
    marks = _marks(text)
    if not marks:
        return False
    curly = [m for m in marks if m != '"']
    if curly and len(curly) == len(marks):
        return curly[-1] == "“"
    return len(marks) % 2 == 1


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
    """The sentence after ``at`` that closes the open quotation (an odd count of marks,
    the sentences between having none), or None."""
    for k in range(at + 1, min(len(texts), at + 1 + REACH)):
        marks = _marks(texts[k])
        if not marks:
            continue
        return k if len(marks) % 2 == 1 and texts[k].lstrip()[:1] not in QUOTES else None
    return None
