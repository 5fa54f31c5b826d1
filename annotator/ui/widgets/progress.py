"""This reviewer's progress over the whole queue, and the save status line."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Label, ProgressBar, Static

from annotator.ui.widgets.literal import Text


class ReviewerProgress(Horizontal):
    def compose(self) -> ComposeResult:
        yield Label(id="progress-label")
        yield ProgressBar(show_eta=False, id="progress-bar")

    def show(self, labeled: int | None, total: int | None, assigned: bool = False) -> None:
        if labeled is None or total is None:
            self.query_one("#progress-label", Label).update("counting…")
            return
        scope = " assigned" if assigned else ""
        self.query_one("#progress-label", Label).update(
            f"labeled {labeled:,} of {total:,}{scope}")
        self.query_one(ProgressBar).update(total=max(total, 1), progress=labeled)


class StatusLine(Static):
    """One line saying what just happened; "saved" only after the commit returned."""

    def say(self, message: str, style: str = "") -> None:
        self.update(Text(message, style=style))
