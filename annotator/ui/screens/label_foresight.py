"""The classifier's guess for the sentences coming next, made while the analyst reads.

A guess reads only the sentence's words and the trained model, never the labels saved
around it, so it can be made before the key that shows the sentence: the labeling screen
asks for the rest of the document (up to :data:`AHEAD` sentences) once a sentence is
painted (a worker), and the keys that move there find their guesses made. scikit-learn
answers many sentences at once for little more than one (measured at 1M: 6.8 ms for one
sentence alone, 0.6 ms each in a batch of 16), so the guesses are made in batches; a
guess not made yet is made on the spot, as before.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from annotator.domain.proposals.classifier import predicting

if TYPE_CHECKING:  # imported after the first sentence is shown
    from annotator.domain.proposals import Model

AHEAD = 32  # sentences guessed in one batch
KEPT = 256  # guesses remembered: the sentences around the analyst's place


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
            self._keep({text: found})
        return found

    def foresee(self, texts: list[str]) -> None:
        """Guess the sentences about to be shown, in one batch (call it from a worker)."""
        with self._lock:
            wanted = list(dict.fromkeys(t for t in texts if t not in self._guesses))
        if wanted:
            self._keep(dict(zip(wanted, self.predict_many(wanted), strict=True)))

    def predict_many(self, texts: list[str]) -> list[tuple[str, float]]:
        """``Model.predict`` for each text, asked of the pipeline in one call."""
        pipeline = self.model.pipeline
        guesses = []
        with predicting():
            batch = pipeline.predict_proba(texts)
        for probabilities in batch:
            best = max(range(len(probabilities)), key=probabilities.__getitem__)
            guesses.append((str(pipeline.classes_[best]), float(probabilities[best])))
        return guesses

    def knows(self, text: str) -> bool:
        with self._lock:
            return text in self._guesses

    def _keep(self, guesses: dict[str, tuple[str, float]]) -> None:
        with self._lock:
            if len(self._guesses) + len(guesses) > KEPT:
                for old in list(self._guesses)[:len(self._guesses) // 2]:  # the oldest half
                    del self._guesses[old]
            self._guesses.update(guesses)
