"""Keys typed right after a modal opens belong in its text field.

An analyst types "s" and the name in one burst; the keys that arrive before the modal's
Input has focus would otherwise be dropped (or worse, taken as commands).
"""

from __future__ import annotations

from textual import events
from textual.widgets import Input


class TypeAhead:
    """Mixin for a ModalScreen with one Input: printable keys reaching the screen go there."""

    def type_ahead(self, event: events.Key) -> bool:
        """Put a printable key into the Input; True if it was taken."""
        if not event.is_printable or not event.character:
            return False
        field = self.query_one(Input)
        field.focus()
        field.insert_text_at_cursor(event.character)
        event.stop()
        event.prevent_default()
        return True

    def on_key(self, event: events.Key) -> None:
        # a printable key the Input consumed never reaches the screen: this one was
        # delivered before the Input had focus
        self.type_ahead(event)


def forward_type_ahead(app, event: events.Key) -> None:
    """For the app: keys typed in the same burst as the key that opened a modal were
    queued on the screen below and bubble up unhandled; hand them to the modal."""
    if isinstance(app.screen, TypeAhead) and event.is_forwarded:
        app.screen.type_ahead(event)
