"""Progress figures for leads: by document, by label and by reviewer, straight from SQL."""

from __future__ import annotations

from collections.abc import Sequence
from statistics import median
from typing import Any

from sqlite_utils import Database

from annotator.base.errors import AnnotatorError
from annotator.domain.assignments import progress as assignment_progress
from annotator.domain.status import KINDS, SETTLED, differs_in_group, per_sentence_sql

_SETTLED = ", ".join(f"'{status}'" for status in SETTLED)


def stats(db: Database) -> dict[str, Any]:
    documents = []
    for row in db.query(
        f"""
        WITH per AS ({per_sentence_sql()})
        SELECT d.id, d.title, d.outlet, count(per.sentence_id) AS sentences,
               sum(per.status != 'unlabeled') AS labeled,
               sum(per.status IN ({_SETTLED})) AS settled,
               sum(per.status = 'conflict') AS conflicts
        FROM documents d LEFT JOIN per ON per.doc_id = d.id
        GROUP BY d.id ORDER BY d.ordinal
        """
    ):
        documents.append({k: (v or 0) if k in ("sentences", "labeled", "settled", "conflicts")
                          else v for k, v in row.items()})
    total = sum(d["sentences"] for d in documents)
    labels = [
        dict(row)
        for row in db.query(
            "SELECT label, count(*) AS annotations, count(DISTINCT sentence_id) AS sentences "
            "FROM annotations GROUP BY label ORDER BY annotations DESC"
        )
    ]
    reviewers = [
        {**row, "share": (row["labeled"] / total) if total else 0.0}
        for row in db.query(
            "SELECT reviewer, count(*) AS labeled, max(updated_at) AS last_labeled "
            "FROM annotations GROUP BY reviewer ORDER BY reviewer"
        )
    ]
    return {
        "sentences": total,
        "documents": documents,
        "labels": labels,
        "reviewers": reviewers,
        "gold": db.execute("SELECT count(*) FROM gold").fetchone()[0],
        "assignments": assignment_progress(db),
        "throughput": throughput(db),
    }


def throughput(db: Database) -> list[dict[str, Any]]:
    """Per reviewer, over the labels whose time was recorded (seconds from the sentence
    shown to the label saved, idle time capped): how many, labels per hour, and the median
    seconds per label overall and by label; the last row, reviewer "(all)", is everyone."""
    per: dict[str, dict[str, list[float]]] = {}
    for reviewer, label, seconds in db.execute(
            "SELECT reviewer, label, seconds FROM annotations WHERE seconds IS NOT NULL "
            "ORDER BY reviewer"):
        per.setdefault(reviewer, {}).setdefault(label, []).append(seconds)
        per.setdefault("(all)", {}).setdefault(label, []).append(seconds)
    rows = []
    for reviewer in sorted(r for r in per if r != "(all)") + (["(all)"] if per else []):
        by_label = per[reviewer]
        every = [x for times in by_label.values() for x in times]
        total = sum(every)
        rows.append({
            "reviewer": reviewer,
            "labels": len(every),
            "seconds": round(total, 3),
            "per_hour": round(len(every) * 3600 / total, 1) if total > 0 else None,
            "median_seconds": round(median(every), 1),
            "by_label": {label: round(median(times), 1)
                         for label, times in sorted(by_label.items())},
        })
    return rows


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
