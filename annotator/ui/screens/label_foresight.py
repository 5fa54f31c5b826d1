"""The classifier's guess for the sentences coming next, made while the analyst reads.

A guess reads only the sentence's words and the trained model, never the labels saved
around it, so it can be made before the key that shows the sentence: the labeling screen
asks for the sentences after the one on screen once that one is painted (a worker), and
the key that moves there finds its guess made. scikit-learn's few milliseconds per guess
leave the keystroke; a guess not made yet is made on the spot, as before.
"""

from __future__ import annotations

import threading

from annotator.domain.proposals import Model

KEPT = 64  # guesses remembered: the sentences around the analyst's place


class Foresight:
    """Stands in for the trained model where a proposal is made (``predict`` and
    ``trained_on``), answering from the guesses made ahead."""

    def __init__(self, model: Model) -> None:
        self.model = model
        self.trained_on = model.trained_on
        self.weights = model.weights  # the features model: cheap, read on the key
        self._guesses: dict[str, tuple[str, float]] = {}
        self._lock = threading.Lock()  # the UI thread and a worker both add guesses

    def predict(self, text: str) -> tuple[str, float]:
        with self._lock:
            found = self._guesses.get(text)
        if found is None:
            found = self.model.predict(text)
            self._keep(text, found)
        return found

    def foresee(self, texts: list[str]) -> None:
        """Guess the sentences about to be shown (call it from a worker)."""
        for text in texts:
            with self._lock:
                known = text in self._guesses
            if not known:
                self._keep(text, self.model.predict(text))

    def knows(self, text: str) -> bool:
        with self._lock:
            return text in self._guesses

    def _keep(self, text: str, guess: tuple[str, float]) -> None:
        with self._lock:
            if len(self._guesses) >= KEPT:
                self._guesses.clear()
            self._guesses[text] = guess
