"""The last hop before the terminal: no character from a widget's text can drive it.

Widgets show data through ``widgets.literal.Text`` (control characters as ␛ and �). That is
the readable path, and a test walks every screen with hostile names to keep it. This
module is what makes it structural: the app hands every screen update to ``terminal_safe``
before Textual turns it into bytes, and any control character still inside a segment's
text (a widget added later with data in a plain ``Label``, a library widget painting data
as it is) is dropped there, as are hyperlinks holding one. Dropping keeps every line its
width; nothing a colleague's database holds can retitle, blink or clear the terminal.
"""

from __future__ import annotations

import re

from rich.segment import Segment
from textual._compositor import ChopsUpdate, InlineUpdate, LayoutUpdate
from textual.strip import Strip

# C0 (tab and line breaks included: a strip is one line), DEL, C1, bidi controls, line and
# paragraph separators, lone surrogates: the characters base.text.visible replaces
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029\ud800-\udfff]")


def _clean_segment(segment: Segment) -> Segment:
    text, style, control = segment
    if control:  # Textual's own cursor moves, never text
        return segment
    if style is not None and style.link and _CONTROL.search(style.link):
        style = style.update_link(None)
    return Segment(_CONTROL.sub("", text), style, control)


def _unsafe(segment: Segment) -> bool:
    text, style, control = segment
    if control:
        return False
    return bool(_CONTROL.search(text)) or bool(
        style is not None and style.link and _CONTROL.search(style.link))


_CHECKED: dict[int, Strip] = {}  # strips found safe, by identity (held, so ids stay theirs)


def safe_strip(strip: Strip | None) -> Strip | None:
    """The strip itself when it holds no control character (the usual case: its render
    cache is kept), else a copy without them. Widgets hand the same strip objects again
    for the rows a key did not change (strips are never changed in place): each is
    checked once."""
    if strip is None or _CHECKED.get(id(strip)) is strip:
        return strip
    if not any(_unsafe(segment) for segment in strip):
        if len(_CHECKED) >= 4096:
            _CHECKED.clear()
        _CHECKED[id(strip)] = strip
        return strip
    return Strip([_clean_segment(segment) for segment in strip], strip.cell_length)


def terminal_safe(update):
    """The compositor's update with every strip made safe (other renderables as they are)."""
    if isinstance(update, LayoutUpdate):
        update.strips = [[safe_strip(strip) for strip in line] for line in update.strips]
    elif isinstance(update, ChopsUpdate):
        # in place: the chops are the frame's own, made for it (a line not written holds
        # None), and most strips come back as they are
        for chop in update.chops:
            for x, strip in chop.items():
                if strip is not None and (safe := safe_strip(strip)) is not strip:
                    chop[x] = safe
    elif isinstance(update, InlineUpdate):
        update.strips = [safe_strip(strip) for strip in update.strips]
    return update
