"""Progress figures for leads: by document, by label and by reviewer, straight from SQL."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlite_utils import Database

from annotator.analysis.agreement import load_ratings
from annotator.domain.adjudication import KINDS

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


def count_queue(
    db: Database, *, documents: Sequence[str] = (), kinds: Sequence[str] = ()
) -> dict[str, int]:
    """How many disagreements are open and how many settled, in one streamed pass.

    The same rule as the queue, computed with numpy over the agreement code matrices (the
    queue's per-sentence SQL would take minutes over a million sentences).
    """
    import numpy as np

    wanted = set(kinds or KINDS)
    ratings = load_ratings(db, documents=documents, keep_ids=True)
    if not ratings.items:
        return {"open": 0, "settled": 0}
    present = ratings.codes["label"] >= 0
    shared = present.sum(axis=0) >= 2
    differs = np.zeros(ratings.items, dtype=bool)
    for name in ("label", "source", "confidence"):
        if name in wanted:
            codes = ratings.codes[name]
            high = np.where(present, codes, -1).max(axis=0)
            low = np.where(present, codes, np.iinfo(np.int32).max).min(axis=0)
            differs |= high != low
    unit_of = {sid: i for i, sid in enumerate(ratings.sentence_ids)}
    if "disputes" in wanted:
        links: dict[str, dict[str, set]] = {}
        for sid, reviewer, dispute_id, role in db.execute(
            "SELECT sentence_id, reviewer, dispute_id, role FROM dispute_members"
        ):
            if sid in unit_of:
                links.setdefault(sid, {}).setdefault(reviewer, set()).add((dispute_id, role))
        names = ratings.reviewers
        for sid, by_reviewer in links.items():
            unit = unit_of[sid]
            annotators = [names[r] for r in np.flatnonzero(present[:, unit])]
            signatures = {frozenset(by_reviewer.get(name, ())) for name in annotators}
            if len(signatures) > 1:
                differs[unit] = True
    differs &= shared
    gold = np.zeros(ratings.items, dtype=bool)
    for (sid,) in db.execute("SELECT sentence_id FROM gold"):
        if sid in unit_of:
            gold[unit_of[sid]] = True
    return {"open": int((differs & ~gold).sum()), "settled": int((differs & gold).sum())}
