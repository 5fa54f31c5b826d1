"""A note on the current annotation, typed in a small modal."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label

from annotator.ui.screens.typeahead import TypeAhead


class NoteScreen(TypeAhead, ModalScreen[str | None]):
    """Returns the note (empty string removes it), or None when cancelled."""

    BINDINGS = [Binding("escape", "cancel", "cancel")]

    def __init__(self, note: str = "") -> None:
        super().__init__()
        self._note = note

    def compose(self) -> ComposeResult:
        with Vertical(id="note-box", classes="dialog"):
            yield Label("Note (enter saves, esc cancels, empty removes it)")
            yield Input(self._note, placeholder="why this label?", id="note-input",
                        select_on_focus=False)

    @on(Input.Submitted)
    def save(self, event: Input.Submitted) -> None:
        self.dismiss(event.value)

    def action_cancel(self) -> None:
        self.dismiss(None)
