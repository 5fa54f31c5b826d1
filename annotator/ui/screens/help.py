"""Every key of the screen it was opened from, with what it does."""

from __future__ import annotations

from rich.table import Table
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

KEY_NAMES = {
    "question_mark": "?", "slash": "/", "plus": "+", "equals_sign": "=", "minus": "-",
    "up": "↑", "down": "↓", "escape": "esc", "enter": "enter", "quotation_mark": "\"",
}


DESCRIPTIONS = {
    "command_palette": "command palette: jump to a document or sentence, export, stats",
}


def key_text(key: str) -> str:
    return KEY_NAMES.get(key, key)


class HelpScreen(ModalScreen[None]):
    """Lists the active bindings (with any keymap applied), grouped by action so "c" and
    "1" show on one row. The tool's own keys all have ids; Textual's focus, copy and
    scroll keys have none and are left out."""

    BINDINGS = [
        Binding("escape,question_mark,q", "close", "close", key_display="esc"),
    ]

    def __init__(self, active_bindings: dict) -> None:
        super().__init__()
        self._rows: dict[str, tuple[list[tuple[bool, str]], str]] = {}
        for key, active in active_bindings.items():
            binding = active.binding
            action = binding.action
            if action in DESCRIPTIONS:
                description = DESCRIPTIONS[action]
            elif binding.id is not None:
                description = binding.description + (
                    f": {binding.tooltip}" if binding.tooltip else "")
            else:
                continue
            keys, _ = self._rows.setdefault(action, ([], description))
            keys.append((not binding.show, key_text(key)))  # footer keys first: "c, 1"

    def compose(self) -> ComposeResult:
        table = Table(box=None, show_header=True, header_style="bold", expand=True)
        table.add_column("key", no_wrap=True)
        table.add_column("does")
        for keys, description in self._rows.values():
            table.add_row(", ".join(key for _, key in sorted(keys, key=lambda k: k[0])),
                          description)
        with Vertical(id="help-box"):
            yield Static("Keys  (esc or ? closes)", id="help-title")
            with VerticalScroll():
                yield Static(table, id="help-table")

    def action_close(self) -> None:
        self.dismiss(None)
