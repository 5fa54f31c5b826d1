"""Progress figures for leads: by document, by label and by reviewer.

The figures come from the progress tables that triggers keep current (migration 0007,
``db/progress.py``) and the accepted proposals and label times beside them (0016), so they
cost the same on a million sentences as on the seeds."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from annotator.analysis.throughput import throughput
from annotator.base.errors import AnnotatorError
from annotator.domain.assignments import progress as assignment_progress
from annotator.domain.status import KINDS, differs_in_group

if TYPE_CHECKING:
    from sqlite_utils import Database


def stats(db: Database, *, documents: int | None = None) -> dict[str, Any]:
    """Progress by document, label and reviewer, read from the progress tables the
    triggers keep current (migration 0007): a few small tables, never the whole corpus.

    ``documents``: list at most this many documents (in ingestion order); the totals
    (``sentences``, ``document_count``, ``totals``) always cover every document.
    """
    limit = "" if documents is None else f"LIMIT {int(documents)}"
    rows = []
    for row in db.query(
        f"""
        SELECT d.id, d.title, d.outlet, coalesce(p.sentences, 0) AS sentences,
               coalesce(p.labeled, 0) AS labeled, coalesce(p.settled, 0) AS settled,
               coalesce(p.conflicts, 0) AS conflicts
        FROM documents d LEFT JOIN progress_documents p ON p.doc_id = d.id
        ORDER BY d.ordinal {limit}
        """
    ):
        rows.append(row)
    totals = dict(zip(
        ("sentences", "labeled", "settled", "conflicts"),
        (value or 0 for value in db.execute(
            "SELECT sum(sentences), sum(labeled), sum(settled), sum(conflicts) "
            "FROM progress_documents").fetchone()),
        strict=True,
    ))
    total = totals["sentences"]
    labels = [
        {**row, "label": row["label"] or None}
        for row in db.query(
            "SELECT p.label, p.annotations, p.sentences, coalesce(a.accepted, 0) AS accepted "
            "FROM progress_labels p LEFT JOIN (SELECT label, sum(annotations) AS accepted "
            "FROM accepted_proposals GROUP BY label) a ON a.label = p.label "
            "WHERE p.annotations > 0 "
            "ORDER BY p.annotations DESC, p.label"
        )
    ]
    reviewers = [
        {**row, "share": (row["labeled"] / total) if total else 0.0}
        for row in db.query(
            "SELECT p.reviewer, p.labeled, p.last_labeled, coalesce(a.accepted, 0) AS accepted "
            "FROM progress_reviewers p LEFT JOIN (SELECT reviewer, sum(annotations) AS "
            "accepted FROM accepted_proposals GROUP BY reviewer) a "
            "ON a.reviewer = p.reviewer WHERE p.labeled > 0 ORDER BY p.reviewer"
        )
    ]
    return {
        "sentences": total,
        "document_count": db.execute("SELECT count(*) FROM documents").fetchone()[0],
        "totals": totals,
        "documents": rows,
        "labels": labels,
        "reviewers": reviewers,
        "gold": db.execute("SELECT count(*) FROM gold").fetchone()[0],
        "assignments": assignment_progress(db),
        "throughput": throughput(db),
    }


def count_queue(
    db: Database, *, documents: Sequence[str] = (), kinds: Sequence[str] = ()
) -> dict[str, int]:
    """How many disagreements are open and how many settled (the queue's rule), in one
    grouped pass over the annotations, without loading them into Python."""
    for kind in kinds:
        if kind not in KINDS:
            raise AnnotatorError(f"unknown kind {kind!r} (kinds: {', '.join(KINDS)})")
    where = ["s.excluded IS NULL"]
    params: list[str] = []
    if documents:
        where.append(f"s.doc_id IN ({', '.join('?' for _ in documents)})")
        params += list(documents)
    wanted = [kind for kind in KINDS if kind in (kinds or KINDS)]
    open_, settled = db.execute(
        f"""
        SELECT coalesce(sum(NOT gold), 0), coalesce(sum(gold), 0) FROM (
            SELECT EXISTS (SELECT 1 FROM gold g WHERE g.sentence_id = a.sentence_id) AS gold
            FROM annotations a JOIN sentences s ON s.id = a.sentence_id
            WHERE {" AND ".join(where)}
            GROUP BY a.sentence_id
            HAVING count(*) > 1 AND {differs_in_group(wanted)})
        """,
        params,
    ).fetchone()
    return {"open": open_, "settled": settled}
