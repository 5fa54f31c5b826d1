"""This reviewer's progress over the whole queue, and the save status line."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Label, ProgressBar

from annotator.ui.widgets.literal import Text
from annotator.ui.widgets.steady import SteadyStatic


class ReviewerProgress(Horizontal):
    """"labeled N of M" and a bar. A label moves the bar by one in a million on a large
    corpus: the bar is redrawn only when it would look different (a thousandth), the words
    without a relayout unless their width changes."""

    _shown: tuple | None = None
    _bar: tuple | None = None

    def compose(self) -> ComposeResult:
        yield Label(id="progress-label")
        yield ProgressBar(show_eta=False, id="progress-bar")

    def show(self, labeled: int | None, total: int | None, assigned: bool = False) -> None:
        if labeled is None or total is None:
            self._say("counting…")
            return
        scope = " assigned" if assigned else ""
        self._say(f"labeled {labeled:,} of {total:,}{scope}")
        total = max(total, 1)
        bar = (total, labeled * 1000 // total, labeled == total)
        if bar != self._bar:
            self._bar = bar
            self.query_one(ProgressBar).update(total=total, progress=labeled)

    def _say(self, words: str) -> None:
        if words == self._shown:
            return
        layout = self._shown is None or len(words) != len(self._shown)
        self._shown = words
        self.query_one("#progress-label", Label).update(words, layout=layout)


class StatusLine(SteadyStatic):
    """One line saying what just happened; "saved" only after the commit returned."""

    def say(self, message: str, style: str = "") -> None:
        self.show_content(Text(message, style=style))
