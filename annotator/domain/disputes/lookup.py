"""Finding what an analyst means: a dispute by the first characters of its id, a sentence by
its id, an id prefix, or words it contains."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from annotator.db import fts
from annotator.domain.disputes.records import DisputeError

if TYPE_CHECKING:
    from sqlite_utils import Database


def resolve_dispute_id(db: Database, prefix: str) -> str:
    """The full id of the dispute whose id starts with ``prefix`` (users type the first few)."""
    prefix = (prefix or "").strip().lower()
    if not prefix:
        raise DisputeError("no dispute id given")
    rows = db.execute(
        "SELECT id FROM disputes WHERE id >= ? AND id < ? ORDER BY id LIMIT 2",
        [prefix, prefix + "\uffff"],
    ).fetchall()
    if not rows:
        raise DisputeError(f"no dispute with id {prefix}")
    if len(rows) > 1 and rows[0][0] != prefix:
        raise DisputeError(f"dispute id {prefix} is ambiguous; type more of it")
    return rows[0][0]


def resolve_sentence_id(db: Database, given: str) -> str:
    """The sentence meant by ``given``: its id, a unique id prefix, or words it contains (a
    phrase search, so an analyst can start from "Pejabat AS menuduh")."""
    given = (given or "").strip()
    if not given:
        raise DisputeError("no sentence id given")
    rows = db.execute(
        "SELECT id FROM sentences WHERE id >= ? AND id < ? ORDER BY id LIMIT 2",
        [given, given + "\uffff"],
    ).fetchall()
    if len(rows) > 1 and rows[0][0] != given:
        raise DisputeError(f"sentence id {given} is ambiguous; type more of it")
    if rows:
        return rows[0][0]
    try:
        found = fts.ranked(db, fts.phrase(given), columns="s.id, s.text",
                           where="s.excluded IS NULL", order="s.doc_id, s.position", limit=6)
    except sqlite3.OperationalError:
        found = []
    if len(found) == 1:
        return found[0][0]
    if not found:
        raise DisputeError(f"no sentence with id {given} or containing those words")
    shown = "; ".join(f"{sid} {' '.join(text.split()[:8])}…" for sid, text in found[:5])
    raise DisputeError(f"{'more than 5' if len(found) > 5 else len(found)} sentences contain "
                       f"{given!r}: {shown}; give more words or an id")
