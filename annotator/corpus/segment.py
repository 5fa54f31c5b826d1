"""Sentences from sentencex, with the fixes Indonesian news text needs.

sentencex splits after titles (``Tn.``, ``PT.``, ``Dr.``), inside domain names
(``KONTAN.CO.ID``) and between a quotation and its attribution; the fixes below join
those pieces again. Spans are offsets into the paragraph, so the raw text is never changed.
"""

from __future__ import annotations

import re

from sentencex import segment as _sentencex

from annotator.corpus.rules import Rules

MAX_MERGED_CHARS = 4000  # a quote left open never swallows more than this
_QUOTES = re.compile("[“”\"]")


def _pieces(language: str, text: str) -> list[tuple[int, int]]:
    """sentencex's pieces as spans; they cover the text exactly."""
    spans = []
    cursor = 0
    for piece in _sentencex(language or "id", text):
        if not piece:
            continue
        if text.startswith(piece, cursor):
            start = cursor
        else:  # defensive: sentencex altered the piece; find it again
            start = text.find(piece.strip(), cursor)
            if start < 0:
                return [(0, len(text))]
        end = start + len(piece)
        spans.append((start, end))
        cursor = end
    if spans and spans[-1][1] < len(text):
        spans[-1] = (spans[-1][0], len(text))
    return spans or [(0, len(text))]


def _quote_open(chunk: str, state: bool) -> bool:
    for m in _QUOTES.finditer(chunk):
        ch = m.group()
        if ch == "“":
            state = True
        elif ch == "”":
            state = False
        elif ch == '"':
            state = not state
    return state


def _continues(rules: Rules, current: str, following: str) -> bool:
    """Whether the piece after ``current`` belongs to the same sentence."""
    if current and not current[-1].isspace() and following and not following[0].isspace():
        return True  # split inside a token: KONTAN.|CO.ID, 1.|468.000
    if following.lstrip()[:1].islower():
        return True  # ", ujarnya." or an abbreviation mid-sentence
    tail = current.rstrip()
    if not tail.endswith("."):
        return False
    word = tail.rsplit(None, 1)[-1]
    bare = word.rstrip(".").lstrip("(\"'“")
    if bare in rules.titles:
        return True
    return len(bare) == 1 and bare.isupper()  # an initial: Edy A. Putra


def segment(text: str, rules: Rules, language: str = "id") -> list[tuple[int, int]]:
    """Sentence spans (start, end) in ``text``, stripped of surrounding whitespace."""
    pieces = _pieces(language, text)
    units: list[tuple[int, int]] = []
    start, end = pieces[0]
    quote = _quote_open(text[start:end], False)
    for p_start, p_end in pieces[1:]:
        current = text[start:end]
        following = text[p_start:p_end]
        if (quote and end - start < MAX_MERGED_CHARS) or _continues(rules, current, following):
            end = p_end
            quote = _quote_open(following, quote)
            continue
        units.append((start, end))
        start, end = p_start, p_end
        quote = _quote_open(following, False)
    units.append((start, end))
    out = []
    for s, e in units:
        chunk = text[s:e]
        lead = len(chunk) - len(chunk.lstrip())
        trail = len(chunk) - len(chunk.rstrip())
        if e - trail > s + lead:
            out.append((s + lead, e - trail))
    return out
