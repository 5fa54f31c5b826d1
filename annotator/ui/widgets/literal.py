"""Corpus text as plain Rich Text: never parsed as markup, never driving the terminal."""

from __future__ import annotations

from rich.text import Text

from annotator.base.text import visible

__all__ = ["literal", "visible"]


def literal(text: str | None, style: str = "") -> Text:
    """A Text that shows exactly what the corpus holds: "[bold]x[/]" stays those characters."""
    return Text(visible(text or ""), style=style)
