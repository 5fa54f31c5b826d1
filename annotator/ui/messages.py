"""Messages the labeling screen sends up, for any screen or panel that follows it."""

from __future__ import annotations

from textual.message import Message


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
