"""Undoing a reviewer's newest dispute change: a new dispute, a title, a link, a role, an
unlink, or a whole fold. The undo is itself a history row, so nothing is lost."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from annotator.db.history import DISPUTE_HISTORY
from annotator.domain.disputes.fold import undo_merge
from annotator.domain.disputes.links import member
from annotator.domain.disputes.records import DisputeError, record

if TYPE_CHECKING:
    from sqlite_utils import Database


def newest_change(db: Database, reviewer: str) -> dict[str, Any] | None:
    """This reviewer's newest dispute change that undo would revert (None: nothing)."""
    return DISPUTE_HISTORY.newest_undoable(db, reviewer)


def last_change_at(db: Database, reviewer: str) -> str | None:
    """When this reviewer's newest undoable dispute change was made."""
    change = newest_change(db, reviewer)
    return change["at"] if change else None


def undo_last(db: Database, reviewer: str) -> dict[str, Any] | None:
    """Revert this reviewer's most recent dispute change not yet undone (changes in disputes
    that no longer exist, folded into another or their creation undone, are passed over).

    Returns ``{"action", "dispute_id", "sentence_id", "role", "title"}`` describing what was
    undone and what is now in force, or None when there is nothing to undo. The undo is
    itself a history row, so nothing is lost. A fold (merge_disputes) is undone whole, by the
    reviewer who made it: the dropped dispute comes back with its links; its parts are never
    undone one by one, not even by the reviewers whose links it moved.
    """
    outcome: dict[str, Any] = {}

    def revert(change: dict[str, Any], at: str) -> dict[str, Any]:
        dispute_id, sentence_id = change["dispute_id"], change["sentence_id"]
        action = change["action"]
        restored_role = restored_title = current_role = current_title = None
        if action == "merge":
            for part in undo_merge(db, change, at):
                record(db, dispute_id=part["dispute_id"], sentence_id=part["sentence_id"],
                       reviewer=part["reviewer"], action="undo", at=at, role=part["prev_role"],
                       prev_role=part["role"], undoes=part["change_id"])
            restored_title = change["prev_title"]
            current_title = change["title"]
        elif action == "create":
            others = db.execute(
                "SELECT count(*) FROM dispute_members WHERE dispute_id = ?", [dispute_id]
            ).fetchone()[0]
            if others:
                raise DisputeError(
                    "cannot undo creating this dispute: other reviewers have linked sentences "
                    "to it since")
            current_title = change["title"]
            db.execute("DELETE FROM disputes WHERE id = ?", [dispute_id])
        elif action == "retitle":
            current_title = change["title"]
            restored_title = change["prev_title"]
            db.execute("UPDATE disputes SET title = ?, updated_at = ? WHERE id = ?",
                       [restored_title, at, dispute_id])
        else:
            current_role, restored_role = _revert_link(db, change, reviewer, at)
        outcome.update(action=action, dispute_id=dispute_id, sentence_id=sentence_id,
                       role=restored_role, title=restored_title)
        return {"dispute_id": dispute_id, "sentence_id": sentence_id, "role": restored_role,
                "prev_role": current_role, "title": restored_title, "prev_title": current_title}

    if DISPUTE_HISTORY.undo(db, reviewer, revert) is None:
        return None
    return outcome


def _revert_link(db: Database, change: dict[str, Any], reviewer: str,
                 at: str) -> tuple[str | None, str | None]:
    """Undo a link, role change or unlink; returns (role before the undo, role restored)."""
    dispute_id, sentence_id = change["dispute_id"], change["sentence_id"]
    folded = db.execute(
        "SELECT 1 FROM dispute_history h WHERE h.dispute_id = ? AND h.sentence_id = ? "
        "AND h.reviewer = ? AND h.action = 'merge-in' AND h.at > ? AND "
        f"{DISPUTE_HISTORY.not_undone('h')}",
        [dispute_id, sentence_id, reviewer, change["at"]]).fetchone()
    if folded:
        raise DisputeError(
            "cannot undo this link: merging a duplicate dispute into it changed it "
            "since (`annotator disputes undo` by whoever merged them comes first)")
    prev = member(db, dispute_id, sentence_id, reviewer)
    current_role = prev["role"] if prev else None
    restored_role = change["prev_role"]
    if restored_role is None:  # undoing a new link
        db.execute(
            "DELETE FROM dispute_members WHERE dispute_id = ? AND sentence_id = ? "
            "AND reviewer = ?", [dispute_id, sentence_id, reviewer])
    else:  # undoing a role change or an unlink
        db["dispute_members"].upsert(
            {"dispute_id": dispute_id, "sentence_id": sentence_id,
             "reviewer": reviewer, "role": restored_role,
             "created_at": prev["created_at"] if prev else at, "updated_at": at},
            pk=("dispute_id", "sentence_id", "reviewer"))
    db.execute("UPDATE disputes SET updated_at = ? WHERE id = ?", [at, dispute_id])
    return current_role, restored_role
