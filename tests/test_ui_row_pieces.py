"""Round 47 (issue 10): the pieces of a painted line kept by its length, spans and place
(fast_rows._segments with a widget's ``layouts``) cut any line that says other characters
in the same pieces into the segments Textual's formatter gives."""

from __future__ import annotations

import random

import pytest
from support.rows import StyleParser, formatted
from textual.content import Content, Span
from textual.style import Style

from annotator.ui.widgets import fast_rows


def test_kept_pieces_cut_other_words_as_textual_formats_them():
    chance = random.Random(47)
    styles = [Style(bold=True), Style.parse("dim"), "italic", "red on blue", Style(),
              Style.parse("bold reverse"), "green"]
    bases = [Style(), Style.parse("white on black"), Style.parse("dim")]
    layouts: dict = {}
    met_again = 0
    for _ in range(300):
        length = chance.randint(0, 25)
        spans = []
        for _ in range(chance.randint(0, 4)):
            if not length:
                break
            start = chance.randrange(length)
            spans.append(Span(start, chance.randint(start + 1, length), chance.choice(styles)))
        base, x, y = chance.choice(bases), chance.randint(0, 3), chance.randint(0, 3)
        for _ in range(3):  # other characters in the same pieces: the second and third met
            text = "".join(chance.choice("ab c·é━0123456789") for _ in range(length))
            line = Content(text, spans)
            before = len(layouts)
            assert fast_rows._segments(StyleParser, line, base, x, y, layouts) == \
                formatted(line, base, x, y), (text, spans, x, y)
            met_again += len(layouts) == before
    assert met_again >= 500  # most lines were cut from pieces kept
    # a line of another length, or at another place, is not cut from the pieces kept
    line = Content("labeled 9 of 10", [Span(8, 9, "bold")])
    assert fast_rows._segments(StyleParser, line, Style(), 0, 0, layouts) == \
        formatted(line, Style(), 0, 0)
    for other, x, y in (("labeled 10 of 10", 0, 0), ("labeled 9 of 10", 2, 0),
                        ("labeled 9 of 10", 0, 1)):
        line = Content(other, [Span(8, 9, "bold")])
        assert fast_rows._segments(StyleParser, line, Style(), x, y, layouts) == \
            formatted(line, Style(), x, y), (other, x, y)


def test_status_message_made_directly_is_the_texts_conversion():
    """The status line's message made Textual content directly (progress.status_content)
    is what converting the Rich Text of the same message and style gives."""
    from rich.console import Console

    from annotator.ui.widgets.literal import Text
    from annotator.ui.widgets.progress import status_content
    from annotator.ui.widgets.steady import to_content

    console = Console()
    messages = ["", "✓ saved claim · likely (12 saved this session)", "[bold]x[/] \x1b[5m",
                "two\nlines\tand a tab", "\u202eevil\u2066 \x9b \ud800", "source Dmitry Peskov"]
    for message in messages:
        for style in ("", "green", "yellow", "bold red", "red"):
            made = status_content(message, style)
            converted = to_content(Text(message, style=style), console, None)
            assert (made.plain, made.spans, made.cell_length) == \
                (converted.plain, converted.spans, converted.cell_length), (message, style)


@pytest.mark.parametrize("no_color", [False, True])
def test_rows_cut_from_templates_are_textuals(seeded_db, db_path, monkeypatch, no_color):
    """Rows styled from the template of a row with the same pieces (fast_rows.Cut) are the
    rows Textual paints, down a document and back, after changes of source, confidence
    and undo; and most rows after the first keys are cut so. With NO_COLOR the app filters
    every row (Monochrome): the template holds the filtered styles."""
    from support.rows import both_paintings
    from support.ui import drive, shown

    if no_color:
        monkeypatch.setenv("NO_COLOR", "1")
    else:
        monkeypatch.delenv("NO_COLOR", raising=False)

    calls = {"cut": 0, "styled": 0}
    real_cut, real_styled = fast_rows._cut_row, fast_rows._styled
    inside = [False]

    def cut(*args):
        calls["cut"] += 1
        inside[0] = True
        try:
            return real_cut(*args)
        finally:
            inside[0] = False

    def styled(*args):
        calls["styled"] += inside[0]
        return real_styled(*args)

    monkeypatch.setattr(fast_rows, "_cut_row", cut)
    monkeypatch.setattr(fast_rows, "_styled", styled)
    compared = []

    async def scenario(pilot):
        for key in ["c", "x", "c", "up", "plus", "minus", "c", "a", "u", "down", "d",
                    *["c"] * 12, "u", "u", "k", "j", "c"]:
            await pilot.press(key)
            await shown(pilot)
            compared.extend(both_paintings(pilot.app.screen, key))

    drive(db_path, scenario)
    assert len(compared) > 80
    for key, name, ours, theirs in compared:
        assert ours == theirs, (key, name)
    assert calls["cut"] - calls["styled"] > 40, calls  # cut from templates
