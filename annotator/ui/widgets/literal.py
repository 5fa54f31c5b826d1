"""Corpus text as plain Rich Text: never parsed as markup, never driving the terminal."""

from __future__ import annotations

from rich.text import Text

_VISIBLE = {i: chr(0x2400 + i) for i in range(0x20)}  # C0 controls -> control pictures
_VISIBLE[0x7F] = "\u2421"
_VISIBLE[0x09] = " "
_VISIBLE[0x0A] = " "
for _c in range(0x80, 0xA0):  # C1 controls (8-bit CSI and friends)
    _VISIBLE[_c] = "\ufffd"


def visible(text: str) -> str:
    """Control characters made visible (ESC shows as ␛); for display only, never stored."""
    return text.translate(_VISIBLE)


def literal(text: str | None, style: str = "") -> Text:
    """A Text that shows exactly what the corpus holds: "[bold]x[/]" stays those characters."""
    return Text(visible(text or ""), style=style)
