"""Learning from the team's own labels: two small models trained on the labels saved in the
database, blended with the cue lexicons.

- ``weights``: a logistic regression over what carries from one article to the next (the
  cues hit, quotation marks, who speaks and what they said before, the previous sentence's
  label: features.describe). It learns the team's way of reading reported speech, e.g. that
  a party's later statements keep its stance, and applies it to new articles.
- ``pipeline``: word and character n-grams (tf-idf): the team's house rules about topics
  ("prices are claims").

scikit-learn is imported only when a model is trained (in a worker thread of the labeling
screen, never on a key), so the first screen stays fast. The model reads word and
character n-grams (tf-idf) with a logistic regression; it is retrained as labels arrive.
It proposes only where it is confident and the cues are not: a strong cue ("menuduh",
"denied") keeps its label, a sentence with a weak cue or none (no speech verb, a bare
quotation) takes the classifier's label when it gives it at least ``TAKE_OVER``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlite_utils import Database


from annotator.domain.proposals.features import Weights

MIN_LABELS = 50  # labels saved (by anyone) before a model is trained
# a model learns from the newest labels only: a corpus with 300,000 labels would take
# minutes and gigabytes to train on, in the labeling process, and gain little
MAX_TRAINING = 5000
TAKE_OVER = 0.6  # the classifier's probability needed to replace a weak cue's label
STRONG_CUE = 0.9  # a cue this strong is never overruled




@dataclass
class Model:
    pipeline: Any
    labels: tuple[str, ...]
    trained_on: int  # annotations it learned from
    mark: int  # annotations in the database when it was trained
    weights: Weights | None = None  # the features model (None: one role only)

    def predict(self, text: str) -> tuple[str, float]:
        """The most likely label and its probability."""
        with predicting():
            probabilities = self.pipeline.predict_proba([text])[0]
        best = max(range(len(probabilities)), key=probabilities.__getitem__)
        return str(self.pipeline.classes_[best]), float(probabilities[best])


def predicting():
    """scikit-learn without its checks on each call: the parameters were checked when the
    model was fitted, and tf-idf of text is always finite. The answers are the same; a
    predict_proba of a batch costs about half (measured 2.16 against 1.05 ms with the
    pipeline's steps). The setting is the calling thread's alone (sklearn keeps it per
    thread), so the foresight worker and the screen's thread each set it around their call."""
    import sklearn

    return sklearn.config_context(assume_finite=True, skip_parameter_validation=True)


def count_labels(db: Database) -> int:
    return db.execute("SELECT count(*) FROM annotations").fetchone()[0]


def training_rows(db: Database, limit: int | None = None) -> list[tuple[str, str]]:
    """(text, label) for every labeled sentence: its gold label if adjudicated, else each
    reviewer's label (agreement counts twice, as it should). ``limit``: the newest ones
    only (gold first)."""
    sql = ("SELECT s.text, g.label, 1, g.decided_at FROM gold g "
           "JOIN sentences s ON s.id = g.sentence_id "
           "UNION ALL "
           "SELECT s.text, a.label, 0, a.updated_at FROM annotations a "
           "JOIN sentences s ON s.id = a.sentence_id "
           "WHERE NOT EXISTS (SELECT 1 FROM gold g WHERE g.sentence_id = a.sentence_id)")
    if limit is None:
        return [(text, label) for text, label, _, _ in db.execute(sql)]
    return [(text, label) for text, label, _, _ in
            db.execute(f"{sql} ORDER BY 3 DESC, 4 DESC LIMIT ?", [limit])]
