"""Dispute records: ids, titles, roles, creating and retitling a dispute, and the history
rows every dispute change writes.

A dispute has a short title ("North Korea supplies arms to Russia") and members: sentences,
each with a role (alleges, denies, supports, context). Every change is appended to
``dispute_history`` with the previous values, in the same transaction as the change; undo
reads that history.

Dispute ids are random uuid4 hex strings: unique without coordination between machines, and
stable for the dispute's life (exports, imports and merges carry them unchanged).
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

from annotator.base.clock import now
from annotator.base.errors import AnnotatorError
from annotator.db.connection import write
from annotator.db.history import DISPUTE_HISTORY

if TYPE_CHECKING:
    from sqlite_utils import Database

ROLES = ("alleges", "denies", "supports", "context")
MAX_TITLE = 200


class DisputeError(AnnotatorError):
    pass


def new_dispute_id() -> str:
    return uuid.uuid4().hex


def check_role(role: str) -> str:
    if role not in ROLES:
        raise DisputeError(f"unknown role {role!r} (roles: {', '.join(ROLES)})")
    return role


def check_title(title: str) -> str:
    title = " ".join(str(title or "").split())
    if not title:
        raise DisputeError("a dispute needs a title")
    if len(title) > MAX_TITLE:
        raise DisputeError(f"a dispute title is at most {MAX_TITLE} characters")
    if any(not ch.isprintable() for ch in title):
        raise DisputeError("a dispute title cannot contain control characters")
    return title


def query_rows(db: Database, sql: str, params: list | tuple = ()) -> list[dict[str, Any]]:
    cursor = db.execute(sql, params)
    cols = [d[0] for d in cursor.description]
    return [dict(zip(cols, row, strict=True)) for row in cursor.fetchall()]


def get_dispute(db: Database, dispute_id: str) -> dict[str, Any] | None:
    found = query_rows(db, "SELECT * FROM disputes WHERE id = ?", [dispute_id])
    return found[0] if found else None


def require_dispute(db: Database, dispute_id: str) -> dict[str, Any]:
    dispute = get_dispute(db, dispute_id)
    if dispute is None:
        raise DisputeError(f"no dispute with id {dispute_id}")
    return dispute


def require_sentence(db: Database, sentence_id: str) -> None:
    if not db.execute("SELECT 1 FROM sentences WHERE id = ?", [sentence_id]).fetchone():
        raise DisputeError(f"no sentence with id {sentence_id}")


def record(db: Database, *, dispute_id: str, reviewer: str, action: str, at: str,
           sentence_id: str | None = None, role: str | None = None,
           prev_role: str | None = None, title: str | None = None,
           prev_title: str | None = None, undoes: str | None = None) -> str:
    """Append one dispute_history row (in the caller's transaction)."""
    return DISPUTE_HISTORY.record(
        db, action=action, actor=reviewer, at=at, undoes=undoes, dispute_id=dispute_id,
        sentence_id=sentence_id, role=role, prev_role=prev_role, title=title,
        prev_title=prev_title)


def create_dispute(db: Database, title: str, reviewer: str, *, dispute_id: str | None = None,
                   created_at: str | None = None) -> dict[str, Any]:
    """Start a dispute with a title; returns its row (with the new id). ``dispute_id`` and
    ``created_at`` are given only when importing a dispute made elsewhere."""
    title = check_title(title)
    dispute_id = dispute_id or new_dispute_id()
    with write(db):
        if get_dispute(db, dispute_id) is not None:
            raise DisputeError(f"a dispute with id {dispute_id} already exists")
        at = now()
        row = {"id": dispute_id, "title": title, "created_by": reviewer,
               "created_at": created_at or at, "updated_at": at}
        db["disputes"].insert(row)
        record(db, dispute_id=dispute_id, reviewer=reviewer, action="create", at=at,
               title=title)
    return row


def retitle(db: Database, dispute_id: str, title: str, reviewer: str) -> dict[str, Any]:
    title = check_title(title)
    with write(db):
        dispute = require_dispute(db, dispute_id)
        if dispute["title"] == title:
            return dispute
        at = now()
        db.execute("UPDATE disputes SET title = ?, updated_at = ? WHERE id = ?",
                   [title, at, dispute_id])
        record(db, dispute_id=dispute_id, reviewer=reviewer, action="retitle", at=at,
               title=title, prev_title=dispute["title"])
    return {**dispute, "title": title, "updated_at": at}


