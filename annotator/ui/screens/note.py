"""A note on the current annotation, typed in a small modal."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label

from annotator.ui.screens.typeahead import TypeAhead
from annotator.ui.widgets.data_input import DataInput, hidden_note
from annotator.ui.widgets.literal import Text


class NoteScreen(TypeAhead, ModalScreen[str | None]):
    """Returns the note (empty string removes it; the stored note itself, byte for byte,
    when enter is pressed without a change), or None when cancelled."""

    BINDINGS = [Binding("escape", "cancel", "cancel")]

    def __init__(self, note: str = "") -> None:
        super().__init__()
        self._note = note

    def compose(self) -> ComposeResult:
        with Vertical(id="note-box", classes="dialog"):
            yield Label("Note (enter saves, esc cancels, empty removes it)")
            yield DataInput(self._note, placeholder="why this label?", id="note-input",
                            select_on_focus=False)
            if hidden_note(self._note):
                yield Label(Text(hidden_note(self._note)), id="note-hidden")

    @on(Input.Submitted)
    def save(self, event: Input.Submitted) -> None:
        note = self.query_one(DataInput).result()
        if note is not None:
            self.dismiss(note)

    def action_cancel(self) -> None:
        self.dismiss(None)
