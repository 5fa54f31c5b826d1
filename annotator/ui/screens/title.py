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
from annotator.ui.widgets.data_input import DataInput
from annotator.ui.widgets.literal import Text, visible


class TitleScreen(ModalScreen[str | None]):
    """Asks for a dispute title; returns it, or None when cancelled. Enter on an empty line
    takes the placeholder as shown (a hint from a sentence), or, with ``keeps`` (a retitle,
    the placeholder is the current title), changes nothing: the stored title stays as it is."""

    CSS_PATH = "../disputes.tcss"
    BINDINGS = [Binding("escape", "cancel", "cancel")]

    def __init__(self, prompt: str, placeholder: str = "", *, keeps: bool = False) -> None:
        super().__init__()
        self.prompt, self.placeholder, self.keeps = prompt, visible(placeholder), keeps

    def compose(self) -> ComposeResult:
        with Vertical(id="title-box", classes="dialog"):
            yield Label(self.prompt)
            yield DataInput(placeholder=self.placeholder, id="title-input")
            yield Label("", id="title-error")

    @on(Input.Submitted)
    def take(self, event: Input.Submitted) -> None:
        typed = self.query_one(DataInput).result()
        if typed is None:
            return
        if not typed.strip() and self.keeps:
            self.dismiss(None)
            return
        title = typed.strip() or self.placeholder.strip()
        try:
            self.dismiss(model.check_title(title))
        except AnnotatorError as exc:
            self.query_one("#title-error", Label).update(Text(str(exc), style="red"))

    def action_cancel(self) -> None:
        self.dismiss(None)
