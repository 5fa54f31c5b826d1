"""Data as plain Rich Text: never parsed as markup, never driving the terminal.

The UI's one path for strings that come from data (sentences, reviewer, source and outlet
names, dispute and document titles, file names): ``literal`` for a value on its own, and
``Text`` — a Rich ``Text`` whose constructor and ``append`` make every character visible
(``base.text.visible_lines``) — for a line built from several. UI modules import ``Text``
from here, never from rich (a test checks), so no widget can put an escape sequence on
the screen by forgetting a call.
"""

from __future__ import annotations

from rich.text import Text as RichText
from rich.text import strip_control_codes

from annotator.base.text import is_visible, visible, visible_lines

__all__ = ["Text", "as_shown", "literal", "visible"]


class Text(RichText):
    """A Rich Text that shows only visible characters (line breaks kept)."""

    def __init__(self, text: str = "", *args, **kwargs) -> None:
        super().__init__(visible_lines(text), *args, **kwargs)

    def append(self, text, style=None) -> Text:
        if isinstance(text, str):
            text = visible_lines(text)
        elif isinstance(text, RichText) and not is_visible(text.plain, newlines=True):
            text = text.copy()
            text.plain = visible_lines(text.plain)  # one character for one: spans stay
        return super().append(text, style)

    def append_text(self, text: RichText) -> Text:
        if not is_visible(text.plain, newlines=True):
            text = text.copy()
            text.plain = visible_lines(text.plain)
        return super().append_text(text)


def literal(text: str | None, style: str = "") -> Text:
    """A Text that shows exactly what the data holds: "[bold]x[/]" stays those characters,
    control characters show as symbols (ESC as ␛), line breaks as spaces."""
    return Text(visible(text or ""), style=style)


def as_shown(text: str) -> str:
    """The characters ``Text(text)`` holds: every one visible, as Rich keeps them (for rows
    made as Textual content directly, without a Text between)."""
    return strip_control_codes(visible_lines(text))
