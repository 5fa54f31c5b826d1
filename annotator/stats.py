"""Progress figures for leads: by document, by label and by reviewer, straight from SQL."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

# Reviewers agree on a sentence when their label, source, confidence and dispute links
# (dispute and role) are the same: the rule of annotator.resolve, here in SQL for speed.
_PER_SENTENCE = """
    SELECT s.id AS sentence_id, s.doc_id,
           count(a.reviewer) AS n,
           count(DISTINCT coalesce(a.label, '') || char(31) || coalesce(a.source, '')
                 || char(31) || coalesce(a.confidence, '') || char(31) || coalesce(
                    (SELECT group_concat(x, ',') FROM (
                        SELECT m.dispute_id || ':' || m.role AS x FROM dispute_members m
                        WHERE m.sentence_id = a.sentence_id AND m.reviewer = a.reviewer
                        ORDER BY x)), '')) AS variants,
           EXISTS (SELECT 1 FROM gold g WHERE g.sentence_id = s.id) AS gold
    FROM sentences s LEFT JOIN annotations a ON a.sentence_id = s.id
    WHERE s.excluded IS NULL
    GROUP BY s.id
"""


def stats(db: Database) -> dict[str, Any]:
    documents = []
    for row in db.query(
        f"""
        WITH per AS ({_PER_SENTENCE})
        SELECT d.id, d.title, d.outlet, count(per.sentence_id) AS sentences,
               sum(per.n > 0 OR per.gold) AS labeled,
               sum(per.gold OR (per.n > 1 AND per.variants = 1)) AS settled,
               sum(NOT per.gold AND per.n > 1 AND per.variants > 1) AS conflicts
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
    }
