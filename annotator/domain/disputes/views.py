"""Reading disputes for people: the list with counts, one dispute with its members by role,
the label shown beside a member, and a dispute's history."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from annotator.domain.assignments import has_assignment
from annotator.domain.disputes.records import ROLES, query_rows, require_dispute

if TYPE_CHECKING:
    from sqlite_utils import Database


def list_disputes(db: Database) -> list[dict[str, Any]]:
    """Every dispute with its member counts by role and how many documents it spans."""
    disputes = query_rows(db, "SELECT * FROM disputes ORDER BY created_at, id")
    counts: dict[str, dict[str, int]] = {}
    for dispute_id, role, n in db.execute(
        "SELECT dispute_id, role, count(DISTINCT sentence_id) FROM dispute_members "
        "GROUP BY dispute_id, role"
    ):
        counts.setdefault(dispute_id, {})[role] = n
    spans = dict(db.execute(
        "SELECT m.dispute_id, count(DISTINCT s.doc_id) FROM dispute_members m "
        "JOIN sentences s ON s.id = m.sentence_id GROUP BY m.dispute_id"
    ).fetchall())
    sizes = dict(db.execute(
        "SELECT dispute_id, count(DISTINCT sentence_id) FROM dispute_members GROUP BY dispute_id"
    ).fetchall())
    for dispute in disputes:
        by_role = counts.get(dispute["id"], {})
        dispute["roles"] = {role: by_role.get(role, 0) for role in ROLES}
        dispute["sentences"] = sizes.get(dispute["id"], 0)
        dispute["documents"] = spans.get(dispute["id"], 0)
    return disputes


def sentence_label(db: Database, sentence_id: str, reviewer: str | None = None) -> dict:
    """The label and source to show for a sentence: gold, else this reviewer's, else the
    latest annotation by anyone. Keys: label, source, by (who decided it)."""
    if "gold" in db.table_names():
        row = db.execute("SELECT label, source, adjudicator FROM gold WHERE sentence_id = ?",
                         [sentence_id]).fetchone()
        if row:
            return {"label": row[0], "source": row[1], "by": f"gold ({row[2]})"}
    row = None
    if reviewer:
        row = db.execute(
            "SELECT label, source, reviewer FROM annotations WHERE sentence_id = ? "
            "AND reviewer = ?", [sentence_id, reviewer]).fetchone()
    if row is None and not (reviewer and has_assignment(db, reviewer)):  # teams label blind
        row = db.execute(
            "SELECT label, source, reviewer FROM annotations WHERE sentence_id = ? "
            "ORDER BY updated_at DESC LIMIT 1", [sentence_id]).fetchone()
    if row:
        return {"label": row[0], "source": row[1], "by": row[2]}
    return {"label": None, "source": None, "by": None}


MEMBER_SQL = """
SELECT m.sentence_id, m.reviewer, m.role, m.created_at, m.updated_at,
       s.text, s.doc_id, s.position,
       d.title AS doc_title, d.outlet, d.published, d.dateline
FROM dispute_members m
JOIN sentences s ON s.id = m.sentence_id
JOIN documents d ON d.id = s.doc_id
WHERE m.dispute_id = ?
ORDER BY d.published IS NULL, d.published, d.ordinal, s.position, m.reviewer
"""


def members(db: Database, dispute_id: str) -> list[dict[str, Any]]:
    """One row per (sentence, role), with the reviewers who linked it so, its text,
    document, and label/source, in document date order."""
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    for row in query_rows(db, MEMBER_SQL, [dispute_id]):
        key = (row["sentence_id"], row["role"])
        if key in merged:
            merged[key]["reviewers"].append(row["reviewer"])
            continue
        reviewer = row.pop("reviewer")
        row["reviewers"] = [reviewer]
        row.update({k: v for k, v in sentence_label(db, row["sentence_id"], reviewer).items()
                    if k in ("label", "source")})
        merged[key] = row
    return list(merged.values())


def show(db: Database, dispute_id: str) -> dict[str, Any]:
    """A dispute with its members grouped by role (alleges, denies, supports, context)."""
    dispute = require_dispute(db, dispute_id)
    rows = members(db, dispute_id)
    dispute["members"] = {role: [m for m in rows if m["role"] == role] for role in ROLES}
    dispute["documents"] = len({m["doc_id"] for m in rows})
    dispute["sentences"] = len({m["sentence_id"] for m in rows})
    return dispute


def history(db: Database, dispute_id: str) -> list[dict[str, Any]]:
    return query_rows(db, "SELECT * FROM dispute_history WHERE dispute_id = ? ORDER BY at, rowid",
                 [dispute_id])
