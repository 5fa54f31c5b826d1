"""Showing data safely: every string that comes from data reaches a person only as
visible characters.

Corpus text, reviewer, source and outlet names, dispute titles and file names may hold
terminal escape sequences ("\\x1b]0;title\\x07" retitles a terminal, "\\x1b[5m" blinks),
8-bit controls (\\x9b is a CSI), bidi overrides that reorder what is shown, lone
surrogates (which cannot even be encoded) and Rich markup ("[bold]"). Everything that
shows such a string passes it through ``visible`` — the CLI's ``echo`` and its console, the
UI's ``literal`` — and renders the result as plain text, never markup. The database keeps
the text verbatim; JSON output escapes the same characters instead (``exchange.jsonl``).
"""

from __future__ import annotations

import re

_VISIBLE = {i: chr(0x2400 + i) for i in range(0x20)}  # C0 controls -> control pictures (␛)
_VISIBLE.update({0x7F: "\u2421", 0x09: " ", 0x0A: " ", 0x0D: " "})
_VISIBLE.update({c: "\ufffd" for c in range(0x80, 0xA0)})  # C1 controls (8-bit CSI ...)
# bidi embeddings, overrides and isolates (U+202A-202E, U+2066-2069) reorder the text around
# them; the line and paragraph separators break lines; all shown as the replacement mark
_VISIBLE.update({c: "\ufffd" for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A),
                                       0x2028, 0x2029)})
_KEEP_NEWLINES = {**_VISIBLE, 0x0A: "\n"}

_SURROGATE = re.compile("[\ud800-\udfff]")
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029\ud800-\udfff]")


def visible(text: str | None) -> str:
    """The text with every control character replaced by a visible symbol (ESC shows as ␛);
    tabs and line breaks become spaces."""
    if text and _UNSAFE.search(text) is None:  # nothing to replace (a scan, not a copy)
        return text
    return _SURROGATE.sub("\ufffd", (text or "").translate(_VISIBLE))


def visible_lines(text: str | None) -> str:
    """Like ``visible`` but keeps line breaks (for output of several lines)."""
    if text and _UNSAFE.search(text) is None:  # the screen's every line passes here
        return text
    return _SURROGATE.sub("\ufffd", (text or "").translate(_KEEP_NEWLINES))


def is_visible(text: str | None, *, newlines: bool = False) -> bool:
    """True when ``text`` holds nothing ``visible`` would replace."""
    found = _UNSAFE.findall(text or "")
    return not [c for c in found if not (newlines and c == "\n")]


def has_controls(text: str | None) -> bool:
    """True when ``text`` holds a control character (C0, DEL, C1), a bidi control or a
    lone surrogate: what a name typed by a person never needs."""
    return not is_visible(text)
