"""Messages the labeling screen sends up, for any screen or panel that follows it."""

from __future__ import annotations

from functools import cache

from textual.message import Message
from textual.message_pump import MessagePump


class SentenceChanged(Message):
    """The labeling screen now shows another sentence (after a move, a label, undo, a jump)."""

    def __init__(self, sentence_id: str | None) -> None:
        self.sentence_id = sentence_id
        super().__init__()


class AnnotationSaved(Message):
    """A reviewer's annotation of a sentence was committed (or undone) on disk."""

    def __init__(self, sentence_id: str, annotation: dict | None) -> None:
        self.sentence_id = sentence_id
        self.annotation = annotation
        super().__init__()


def followed(sender: MessagePump, message: type[Message]) -> bool:
    """Does the sender's screen or the app handle this message? A label key posted both
    messages to nobody: four dispatches a key. Posting only when a handler exists keeps the
    messages for whoever defines one (``on_sentence_changed`` or ``@on``)."""
    screen = getattr(sender, "screen", sender)
    return any(_handles(type(node), message) for node in {sender, screen, sender.app})


@cache
def _handles(cls: type, message: type[Message]) -> bool:
    if hasattr(cls, f"_{message.handler_name}") or hasattr(cls, message.handler_name):
        return True
    return any(message in getattr(c, "_decorated_handlers", {}) for c in cls.__mro__)
