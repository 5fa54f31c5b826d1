"""The dialog that asks for a dispute title (new dispute, retitle)."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label

from annotator.base.errors import AnnotatorError
from annotator.domain import disputes as model
from annotator.ui.widgets.literal import Text


class TitleScreen(ModalScreen[str | None]):
    """Asks for a dispute title; returns it, or None when cancelled."""

    CSS_PATH = "../disputes.tcss"
    BINDINGS = [Binding("escape", "cancel", "cancel")]

    def __init__(self, prompt: str, placeholder: str = "") -> None:
        super().__init__()
        self.prompt, self.placeholder = prompt, placeholder

    def compose(self) -> ComposeResult:
        with Vertical(id="title-box", classes="dialog"):
            yield Label(self.prompt)
            yield Input(placeholder=self.placeholder, id="title-input")
            yield Label("", id="title-error")

    @on(Input.Submitted)
    def take(self, event: Input.Submitted) -> None:
        title = event.value.strip() or self.placeholder.strip()
        try:
            self.dismiss(model.check_title(title))
        except AnnotatorError as exc:
            self.query_one("#title-error", Label).update(Text(str(exc), style="red"))

    def action_cancel(self) -> None:
        self.dismiss(None)
