"""Links: a reviewer puts a sentence into a dispute with a role, changes the role, or takes
it out. Links are made per reviewer, like annotations, so two reviewers may link the same
sentence with different roles and an adjudicator can see both.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from annotator.base.clock import now
from annotator.db.connection import write
from annotator.domain.disputes.records import (
    DisputeError,
    check_role,
    create_dispute,
    query_rows,
    record,
    require_dispute,
    require_sentence,
)

if TYPE_CHECKING:
    from sqlite_utils import Database


def member(db: Database, dispute_id: str, sentence_id: str, reviewer: str) -> dict | None:
    """This reviewer's link of a sentence in a dispute, or None."""
    found = query_rows(
        db,
        "SELECT * FROM dispute_members WHERE dispute_id = ? AND sentence_id = ? AND reviewer = ?",
        [dispute_id, sentence_id, reviewer],
    )
    return found[0] if found else None


def link(db: Database, dispute_id: str, sentence_id: str, reviewer: str,
         role: str) -> dict[str, Any]:
    """Add a sentence to a dispute with a role, or change its role (this reviewer's link)."""
    check_role(role)
    with write(db):
        require_dispute(db, dispute_id)
        require_sentence(db, sentence_id)
        prev = member(db, dispute_id, sentence_id, reviewer)
        if prev is not None and prev["role"] == role:
            return prev
        at = now()
        row = {"dispute_id": dispute_id, "sentence_id": sentence_id, "reviewer": reviewer,
               "role": role, "created_at": prev["created_at"] if prev else at,
               "updated_at": at}
        db["dispute_members"].upsert(row, pk=("dispute_id", "sentence_id", "reviewer"))
        db.execute("UPDATE disputes SET updated_at = ? WHERE id = ?", [at, dispute_id])
        record(db, dispute_id=dispute_id, sentence_id=sentence_id, reviewer=reviewer,
               action="role" if prev else "link", at=at, role=role,
               prev_role=prev["role"] if prev else None)
    return row


def set_role(db: Database, dispute_id: str, sentence_id: str, reviewer: str,
             role: str) -> dict[str, Any]:
    """Change the role of a sentence this reviewer already linked."""
    if member(db, dispute_id, sentence_id, reviewer) is None:
        raise DisputeError(f"sentence {sentence_id} is not in dispute {dispute_id} "
                           f"for {reviewer}")
    return link(db, dispute_id, sentence_id, reviewer, role)


def unlink(db: Database, dispute_id: str, sentence_id: str, reviewer: str) -> bool:
    """Take this reviewer's link of a sentence out of a dispute; False if there was none."""
    with write(db):
        require_dispute(db, dispute_id)
        prev = member(db, dispute_id, sentence_id, reviewer)
        if prev is None:
            return False
        at = now()
        db.execute(
            "DELETE FROM dispute_members WHERE dispute_id = ? AND sentence_id = ? "
            "AND reviewer = ?", [dispute_id, sentence_id, reviewer])
        db.execute("UPDATE disputes SET updated_at = ? WHERE id = ?", [at, dispute_id])
        record(db, dispute_id=dispute_id, sentence_id=sentence_id, reviewer=reviewer,
               action="unlink", at=at, prev_role=prev["role"])
    return True


def create_dispute_with_members(db: Database, title: str, reviewer: str,
                                members: Sequence[tuple[str, str]]) -> dict[str, Any]:
    """Start a dispute and link its first sentences, each (sentence_id, role), in one
    transaction: the dispute with all of them, or nothing. Returns the dispute's row with
    ``members``, the link rows made."""
    with write(db):
        dispute = create_dispute(db, title, reviewer)
        linked = [link(db, dispute["id"], sentence_id, reviewer, role)
                  for sentence_id, role in members]
    return {**dispute, "members": linked}


def disputes_of(db: Database, sentence_id: str,
                reviewer: str | None = None) -> list[dict[str, Any]]:
    """The disputes a sentence is in: id, title, role, reviewers (all, or one reviewer's)."""
    sql = ("SELECT d.id, d.title, m.role, group_concat(m.reviewer, ',') AS reviewers "
           "FROM dispute_members m JOIN disputes d ON d.id = m.dispute_id "
           "WHERE m.sentence_id = ?")
    params: list = [sentence_id]
    if reviewer:
        sql += " AND m.reviewer = ?"
        params.append(reviewer)
    sql += " GROUP BY d.id, m.role ORDER BY d.created_at, d.id, m.role"
    out = query_rows(db, sql, params)
    for row in out:
        row["reviewers"] = sorted(row["reviewers"].split(","))
    return out
