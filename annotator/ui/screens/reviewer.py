"""Asks who is labeling, when nobody said (a browser session opened without ?reviewer=)."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Input, Label

from annotator.base.errors import AnnotatorError
from annotator.base.names import MAX_REVIEWER, check_reviewer
from annotator.ui.widgets.data_input import DataInput
from annotator.ui.widgets.literal import Text


class ReviewerScreen(Screen[str]):
    """The first screen of a session with no reviewer name: returns the name typed."""

    CSS_PATH = "../reviewer.tcss"

    def compose(self) -> ComposeResult:
        with Vertical(id="reviewer-box", classes="dialog"):
            yield Label("Who is labeling? Type your name and press enter; it is saved with "
                        "every label you make.")
            yield DataInput(placeholder="your name", id="reviewer-input",
                            max_length=MAX_REVIEWER)
            yield Label("", id="reviewer-error")

    @on(Input.Submitted)
    def take(self, event: Input.Submitted) -> None:
        try:
            self.dismiss(check_reviewer(event.value))
        except AnnotatorError as exc:
            self.query_one("#reviewer-error", Label).update(Text(str(exc), style="red"))
