"""A SteadyStatic counts the rows a new content needs from the rows it has just made of it
(``_rows_shown``: each line one row, or Textual's own wrapping of the lines) rather than
dividing the lines again (issue 10, fiftieth round): the count must be ``_height``'s, which
is Textual's, for any content, rows given or not, at any width; and rows made for another
content or width are never counted."""

from __future__ import annotations

import asyncio
import random

from textual.app import App
from textual.content import Content, Span
from textual.style import Style

from annotator.base.text import visible_lines
from annotator.ui.widgets.steady import SteadyStatic

WORDS = ["kata", "menurut", "“dikutip”", "supercalifragilisticexpialidocious", "é", "漢字",
         "😀", "Kyiv,", "a", "", " ", "  "]


def _contents(count: int) -> list[tuple[Content, list[Content] | None]]:
    """Contents of one to five lines, some wrapping at the widths tried, with spans; with
    their lines given as rows (show_rows) or not (show_content alone)."""
    chance = random.Random(50)
    made = []
    for n in range(count):
        lines = []
        for _ in range(chance.randint(1, 5)):
            text = visible_lines(" ".join(chance.choice(WORDS)
                                          for _ in range(chance.randint(0, 30))))
            spans = [Span(0, min(len(text), 4), Style(bold=True))] if text else []
            lines.append(Content(text, spans))
        made.append((Content("\n").join(lines), lines if n % 2 else None))
    return made


class Shown(App):
    def compose(self):
        yield SteadyStatic(id="steady")


def test_the_rows_counted_are_the_rows_textual_counts():
    counted = []

    async def main():
        app = Shown()
        async with app.run_test(size=(90, 60)) as pilot:
            widget = app.query_one(SteadyStatic)
            for width in (90, 40, 13):
                widget.styles.width = width
                await pilot.pause()
                for content, rows in _contents(120):
                    widget.show_content(content, rows)
                    inner = widget.content_size.width
                    plain = content.plain
                    counted.append((widget._rows_shown(plain, inner),
                                    widget._height(plain, inner), widget._lines is not None))

    asyncio.run(main())
    assert len(counted) == 360
    assert all(shown == height for shown, height, _ in counted)
    assert sum(made for _, _, made in counted) > 300  # the shortcut is taken, mostly


def test_rows_made_for_another_content_or_width_are_not_counted():
    async def main():
        app = Shown()
        async with app.run_test(size=(90, 20)) as pilot:
            widget = app.query_one(SteadyStatic)
            await pilot.pause()
            lines = [Content("one"), Content("two")]
            widget.show_content(Content("\n").join(lines), lines)
            width = widget.content_size.width
            assert widget._rows_shown("one\ntwo", width) == 2
            long = "word " * 60  # three rows at this width
            assert widget._rows_shown(long, width) == widget._height(long, width) == 4
            assert widget._rows_shown("one\ntwo", width - 80) == \
                widget._height("one\ntwo", width - 80)
            wrapped = "word " * 60  # Textual's own wrapping: rows for this width only
            widget.show_content(Content(wrapped))
            assert widget._lines[3] is not None
            assert widget._rows_shown(wrapped, width) == widget._height(wrapped, width)
            assert widget._rows_shown(wrapped, width - 40) == \
                widget._height(wrapped, width - 40) > widget._height(wrapped, width)
            widget.show_content(Content("\n").join(lines), lines)
            widget._Static__visual = Content("other")  # rows of another content
            assert widget._rows_shown("x\ny\nz", width) == 3
            assert widget._rows_shown("x\n" + long, width) == widget._height("x\n" + long,
                                                                             width) == 5

    asyncio.run(main())
