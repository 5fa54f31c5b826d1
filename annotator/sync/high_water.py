"""How far a reviewer's file has been merged here (migration 0018), so that the next merge
of the same file reads only what was added to it since.

A history table is append-only, and every change to a current row writes its history row
in the same transaction (the label key, clear, undo, import, a merge into that file), so
the current rows a file changed since a merge are exactly the keys of its history rows
after the row merged last. The mark is that row's number and the change id it holds (change
ids are globally unique), with the change id of the file's first history row. A file that
still holds both is the same line of copies, grown since: its rows up to the mark are here.
A file that does not (an older copy labeled on, rows renumbered by a VACUUM, another file
altogether) has no mark, and is merged in full, as before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from annotator.base.clock import now
from annotator.db.connection import is_postgres

if TYPE_CHECKING:
    from sqlite_utils import Database

HISTORY = "annotation_history"  # the history whose mark limits a merge (annotations)


def _ends(other: Database, history: str) -> tuple[str, int, str] | None:
    """(first change id, last row number, its change id) of ``history`` in ``other``."""
    if history not in other.table_names():
        return None
    first = other.execute(f"SELECT change_id FROM [{history}] ORDER BY rowid LIMIT 1").fetchone()
    last = other.execute(f"SELECT rowid, change_id FROM [{history}] ORDER BY rowid DESC "
                         "LIMIT 1").fetchone()
    if first is None or last is None or first[0] is None or last[1] is None:
        return None
    return first[0], last[0], last[1]


def usable(db: Database) -> bool:
    """Marks are kept on SQLite (a PostgreSQL database merges the files' copies, whose row
    numbers are its own)."""
    return not is_postgres(db) and "merge_high_water" in db.table_names()


def mark(db: Database, other: Database, history: str = HISTORY) -> int | None:
    """The row number of ``history`` in ``other`` up to which everything is here, or None
    (merge in full)."""
    if not usable(db):
        return None
    ends = _ends(other, history)
    if ends is None:
        return None
    first, _, _ = ends
    for through, change_id in db.execute(
            "SELECT through, change_id FROM merge_high_water WHERE history = ? "
            "AND first_change = ? ORDER BY through DESC", [history, first]).fetchall():
        held = other.execute(f"SELECT change_id FROM [{history}] WHERE rowid = ?",
                             [through]).fetchone()
        if held is not None and held[0] == change_id:
            return through
    return None


def remember(db: Database, other: Database, used: int | None,
             history: str = HISTORY) -> None:
    """After merging ``other`` (inside the merge's transaction): its mark moves to its
    last history row; the mark it was merged from is dropped (the new one covers it)."""
    if not usable(db):
        return
    ends = _ends(other, history)
    if ends is None:
        return
    first, through, change_id = ends
    if used is not None:
        db.execute("DELETE FROM merge_high_water WHERE history = ? AND first_change = ? "
                   "AND through = ?", [history, first, used])
    db.execute("INSERT OR REPLACE INTO merge_high_water (history, first_change, through, "
               "change_id, merged_at) VALUES (?, ?, ?, ?, ?)",
               [history, first, through, change_id, now()])
