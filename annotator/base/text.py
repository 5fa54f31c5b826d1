"""Showing corpus text safely: control characters become visible symbols.

Corpus text may hold terminal escape sequences ("\\x1b[31m") and Rich markup ("[bold]").
Everything that prints text for a person (the UI and the CLI's tables) passes it through
``visible`` and renders it as plain text, never markup; the database and the JSON output
keep the text verbatim (JSON escapes the controls).
"""

from __future__ import annotations

_VISIBLE = {i: chr(0x2400 + i) for i in range(0x20)}  # C0 controls -> control pictures (␛)
_VISIBLE.update({0x7F: "\u2421", 0x09: " ", 0x0A: " ", 0x0D: " "})
_VISIBLE.update({c: "\ufffd" for c in range(0x80, 0xA0)})  # C1 controls (8-bit CSI ...)


def visible(text: str | None) -> str:
    """The text with every control character replaced by a visible symbol (ESC shows as ␛)."""
    return (text or "").translate(_VISIBLE)
