"""The labeling guidelines in a modal (`g`), shown as plain text with their version."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from annotator.base.text import visible
from annotator.domain.guidelines import Guidelines
from annotator.ui.widgets.literal import Text


class GuidelinesScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,g,q", "close", "close", key_display="esc")]

    def __init__(self, guidelines: Guidelines) -> None:
        super().__init__()
        self.guidelines = guidelines

    def compose(self) -> ComposeResult:
        g = self.guidelines
        with Vertical(id="help-box"):
            yield Static(Text(f"Guidelines {g.version}  ({visible(str(g.path))}; esc closes)"),
                         id="help-title")
            with VerticalScroll():
                yield Static(Text(visible_lines(g.text)), id="guidelines-text")

    def action_close(self) -> None:
        self.dismiss(None)


def visible_lines(text: str) -> str:
    """Each line with its control characters made visible, the line breaks kept."""
    return "\n".join(visible(line) for line in text.splitlines())
