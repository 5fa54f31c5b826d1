"""The rows the labeling screen paints itself (widgets/fast_rows.py) are the rows Textual
would paint: the same characters, colours, attributes and offsets, after every kind of
key. Compared with Textual's own path for the whole widget (its styles cache emptied), so
a padding, background, filter or link style left out shows here, not on an analyst's
terminal."""

from __future__ import annotations

from support.rows import both_paintings, painted, textual
from support.ui import drive, shown

from annotator.ui.widgets import fast_rows
from annotator.ui.widgets.progress import ReviewerProgress, StatusAndProgress, StatusLine
from annotator.ui.widgets.steady import SteadyStatic


def test_rows_painted_without_textual_are_textuals(seeded_db, db_path, monkeypatch):
    fast = []
    styled = fast_rows.styled_rows

    def counting(widget, rows, content):
        strips = styled(widget, rows, content)
        if strips is not None:
            fast.append(type(widget).__name__)
        return strips

    monkeypatch.setattr(fast_rows, "styled_rows", counting)
    for module in ("steady", "sentence_view", "progress"):
        monkeypatch.setattr(f"annotator.ui.widgets.{module}.styled_rows", counting,
                            raising=False)
    compared = []

    async def scenario(pilot):
        # labels down a document, moving back, a confidence and a source change, undo,
        # and across a document's end
        for key in ["c", "x", "up", "plus", "minus", "c", "a", "u", "down", "d", "c", "c",
                    "c", "c", "c", "c", "c", "c"]:
            await pilot.press(key)
            await shown(pilot)
            compared.extend(both_paintings(pilot.app.screen, key))

    drive(db_path, scenario)
    assert {"DocumentBar", "ReadingView", "AnnotationPanel",
            "StatusAndProgress"} <= set(fast)  # each painted some rows itself
    assert len(compared) > 50
    for key, name, ours, theirs in compared:
        assert ours == theirs, (key, name)


def test_a_row_with_an_action_is_link_styled_as_textual_styles_it():
    """Rows without an action skip Textual's link styling (fast_rows._clickable); a row
    with one gets it, as Textual paints it."""
    import asyncio

    from textual.app import App
    from textual.content import Content

    class One(App):
        def compose(self):
            yield SteadyStatic()

    async def main():
        app = One()
        async with app.run_test(size=(60, 5)) as pilot:
            widget = app.query_one(SteadyStatic)
            widget.show_content(Content.from_markup("press [@click=app.bell]here[/] now"))
            await pilot.pause()
            return painted(widget), textual(widget)

    ours, theirs = asyncio.run(main())
    assert ours == theirs


def test_status_and_progress_paint_the_rows_of_the_two_widgets_they_replace():
    """The labeling screen's StatusAndProgress paints its rows as the StatusLine and
    ReviewerProgress it replaced: a message longer than the line shows its first wrapped
    row, as the wrapping one-row StatusLine did."""
    import asyncio

    from textual.app import App

    class Both(App):
        CSS = """
        StatusLine { height: 1; padding: 0 1; }
        ReviewerProgress { height: 1; padding: 0 1; }
        StatusAndProgress { height: 2; }
        """

        def compose(self):
            yield StatusLine()
            yield ReviewerProgress()
            yield StatusAndProgress()

    def looks(strips) -> list[list[tuple[str, str]]]:  # offsets (meta) left out
        return [[(segment.text, str(segment.style)) for segment in strip] for strip in strips]

    compared = []

    async def main():
        app = Both()
        async with app.run_test(size=(50, 6)) as pilot:
            line, bar, both = (app.query_one(StatusLine), app.query_one(ReviewerProgress),
                               app.query_one(StatusAndProgress))
            for message, style, figures in [
                ("✓ saved claim (1 saved this session)", "green", (1, 158)),
                ("✗ " + "word " * 8 + "unreachable-server",  # wrapped before its last word
                 "red", (2, 158)),
                ("", "", (None, None)),
            ]:
                line.say(message, style)
                both.say(message, style)
                bar.show(*figures)
                both.show(*figures)
                await pilot.pause()
                await pilot.pause()
                apart = painted(line) + painted(bar)
                compared.append((message, looks(apart), looks(painted(both))))
                compared.append((message, looks(apart), looks(textual(both))))

    asyncio.run(main())
    for message, apart, together in compared:
        assert together == apart, message


def test_wrapped_rows_are_painted_as_textual_paints_them():
    """A content whose lines wrap (a proposal's long reason) is painted row by row from
    Textual's own wrapping: the same characters, styles and offsets (where each row starts
    in its line) as Textual's whole render, and a change to one row's words repaints the
    rows that look different only."""
    import asyncio

    from textual.app import App

    from annotator.ui.widgets.literal import Text

    class One(App):
        CSS = "SteadyStatic { padding: 0 1; height: auto; }"

        def compose(self):
            yield SteadyStatic()

    reason = ("accusation: cue 'menuduh' (strength 0.9), the speaker named before it; "
              "read in the whole article with the sides it takes")
    shows = [
        [Text("label       ", style="dim") + Text(reason, style="cyan"),
         Text("source      none", style="italic"), Text("confidence  [high]")],
        [Text("label       ", style="dim") + Text(reason.replace("0.9", "0.8"),
                                                   style="cyan"),
         Text("source      none", style="italic"), Text("confidence  [high]")],
        [Text("word " * 30, style="bold"), Text("x" * 90)],  # a word longer than a row
    ]
    compared, wrapped, repainted = [], [], []

    async def main():
        app = One()
        async with app.run_test(size=(50, 12)) as pilot:
            widget = app.query_one(SteadyStatic)
            for lines in shows:
                before = widget._looks()
                widget.show_lines(lines)
                after = widget._looks()
                if before and after and len(before) == len(after):
                    repainted.append(sum(old != new for old, new in zip(before, after,
                                                                           strict=True)))
                await pilot.pause()
                await pilot.pause()
                wrapped.append(widget._lines[3] is not None)
                compared.append((painted(widget), textual(widget)))

    asyncio.run(main())
    assert all(wrapped)  # the rows came from the wrapped path, not Textual's whole render
    assert repainted[0] == 1  # "0.9" -> "0.8": one row of the reason's three
    for ours, theirs in compared:
        assert ours == theirs
