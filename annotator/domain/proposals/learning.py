"""Training the team's models (classifier.Model) on the database's labels: in a worker of
the labeling screen, never on a key. Apart from ``classifier`` because the features model
reads each labeled sentence in its article as a proposal does (engine.propose)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from annotator.domain.proposals.classifier import (
    MAX_TRAINING,
    MIN_LABELS,
    Model,
    count_labels,
    training_rows,
)
from annotator.domain.proposals.engine import propose
from annotator.domain.proposals.features import fit
from annotator.domain.scheme import Scheme, load_scheme
from annotator.domain.speakers import SourceIndex

if TYPE_CHECKING:
    from sqlite_utils import Database

MAX_FEATURE_TRAINING = 2000  # rows the features model learns from (two per label)
NOBODY = ""  # a reviewer with no saved labels: the article read as the rules propose it


def feature_rows(db: Database, scheme: Scheme, limit: int = MAX_FEATURE_TRAINING
                 ) -> list[tuple[dict, str]]:
    """(features, role) for the newest labeled sentences, each read in its article twice:
    with the labels its reviewer saved before it (as when a reviewer corrects) and with none
    (as when the sentences before were accepted as proposed), so the model reads both."""
    index = SourceIndex.from_db(db)
    rows = []
    for sid, reviewer, label in db.execute(
            "SELECT a.sentence_id, a.reviewer, coalesce(g.label, a.label) FROM annotations a "
            "LEFT JOIN gold g ON g.sentence_id = a.sentence_id "
            "ORDER BY a.updated_at DESC LIMIT ?", [limit // 2]).fetchall():
        role = scheme.role_for(label)
        if role is None:
            continue
        for reader in (reviewer, NOBODY):
            proposal = propose(db, sid, reader, scheme, index, described_too=True)
            if proposal is not None:
                rows.append((proposal.features, role))
    return rows


def train(db: Database, minimum: int = MIN_LABELS, scheme: Scheme | None = None
          ) -> Model | None:
    """A model from the database's labels, or None while there are fewer than ``minimum``
    or only one label in use. Seconds on a few thousand labels: call it from a worker."""
    mark = count_labels(db)
    rows = training_rows(db, limit=MAX_TRAINING)
    if len(rows) < minimum or len({label for _, label in rows}) < 2:
        return None
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline, make_union

    features = make_union(
        TfidfVectorizer(lowercase=True, ngram_range=(1, 2), sublinear_tf=True, min_df=1),
        TfidfVectorizer(lowercase=True, analyzer="char_wb", ngram_range=(3, 5),
                        sublinear_tf=True, min_df=2),
    )
    pipeline = make_pipeline(features, LogisticRegression(max_iter=1000, C=4.0,
                                                          class_weight="balanced"))
    texts, labels = zip(*rows, strict=True)
    pipeline.fit(list(texts), list(labels))
    described = feature_rows(db, scheme or load_scheme())
    weights = fit(described) if len({role for _, role in described}) > 1 else None
    return Model(pipeline, tuple(str(label) for label in pipeline.classes_), len(rows), mark,
                 weights)
