"""What the terminal shows after a key: the rows each frame writes, applied in order, as a
terminal applies them (``screen_text`` composes the whole screen afresh and cannot see a
row a frame forgot to write).

The progress line once stayed at its old count on the terminal: after an undo its row
came back from what was painted before (render() not run), the widget's record of the
line drawn kept the newer count, and the next label key, bringing the count back to it,
asked for no repaint ("labeled 1" shown, 2 saved)."""

from __future__ import annotations

import re

from support.ui import drive, settle
from textual._compositor import ChopsUpdate, LayoutUpdate

WIDTH, HEIGHT = 120, 40


class Terminal:
    """The rows of a terminal the app writes to: each frame's rows, as written."""

    def __init__(self, app) -> None:
        self.rows = [[" "] * WIDTH for _ in range(HEIGHT)]
        display = app._display

        def written(screen, update) -> None:
            self.apply(update)
            display(screen, update)

        app._display = written

    def apply(self, update) -> None:
        if isinstance(update, LayoutUpdate):
            for y, line in enumerate(update.strips):
                self._write(y, 0, "".join(strip.text for strip in line))
        elif isinstance(update, ChopsUpdate):
            for y, x1, x2 in update.spans:
                ends = update.chop_ends[y]
                for end, (x, strip) in zip(ends, update.chops[y].items(), strict=False):
                    if strip is not None and x2 > x and end > x1:
                        start, stop = max(x, x1), min(end, x2 + 1)
                        self._write(y, start, strip.text[start - x:stop - x])

    def _write(self, y: int, x: int, text: str) -> None:
        row = self.rows[y]
        row[x:x + len(text)] = list(text)
        del row[WIDTH:]

    def line(self, pattern: str) -> str:
        """The one row matching ``pattern``."""
        found = [text for text in ("".join(row) for row in self.rows)
                 if re.search(pattern, text)]
        assert len(found) == 1, (pattern, found)
        return found[0]


def test_the_progress_line_shows_the_count_after_undo_and_a_label(seeded_copy):
    seen = {}

    async def scenario(pilot):
        terminal = Terminal(pilot.app)
        for key in ("c", "a", "u", "c"):
            await pilot.press(key)
            await settle(pilot)
            seen[key] = (pilot.app.screen.labeled,
                         terminal.line(r"labeled \d+ of").split()[1],
                         terminal.line(r"✓ saved|↶ undone").split("(")[-1].strip())

    drive(seeded_copy(), scenario)
    assert seen["a"] == (2, "2", "2 saved this session)")
    assert seen["u"] == (1, "1", "↶ undone: now not labeled")
    assert seen["c"] == (2, "2", "3 saved this session)")  # was "1": the row not written


def test_the_heading_and_status_follow_a_label_into_the_next_document(seeded_copy):
    seen = {}

    async def scenario(pilot):
        terminal = Terminal(pilot.app)
        screen = pilot.app.screen
        while screen.place.index_in_document < screen.place.sentences_in_document:
            await pilot.press("j")
        await settle(pilot)
        seen["before"] = terminal.line(r"document \d+ of")
        title = screen.place.document.title
        await pilot.press("c")
        await settle(pilot)
        assert screen.place.document.title != title  # the next sentence is in another one
        seen["after"] = terminal.line(r"document \d+ of")
        seen["title"] = terminal.line(re.escape(screen.place.document.title[:40]))
        seen["status"] = terminal.line(r"✓ saved claim")

    drive(seeded_copy(), scenario)
    assert re.search(r"sentence (\d+) of \1 in this document, document 1 of", seen["before"])
    assert re.search(r"sentence 1 of \d+ in this document, document 2 of", seen["after"])
    assert "1 saved this session" in seen["status"]
