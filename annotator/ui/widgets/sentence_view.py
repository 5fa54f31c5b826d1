"""The sentence being labeled, and the sentences around it, dimmed."""

from __future__ import annotations

from textual.widgets import Static

from annotator.domain.navigation import Sentence
from annotator.ui.widgets.literal import Text, literal


class SentenceView(Static):
    """The current sentence, bold and framed: the one thing the analyst reads closely."""

    def show(self, sentence: Sentence | None) -> None:
        self.update(literal(sentence.text, "bold") if sentence else Text(""))


class ContextView(Static):
    """Neighbouring sentences of the same document, dimmed."""

    def show(self, sentences: list[Sentence]) -> None:
        self.update(Text("\n").join(literal(s.text, "dim") for s in sentences))
        self.display = bool(sentences)
