"""What went wrong with the database, in one line that says what to do.

SQLite reports a lock held past the busy timeout, a full disk, a read-only file or a
damaged database as ``sqlite3`` exceptions; the CLI and the UI both show them through
``explain`` so that the user reads the same sentence everywhere, never a traceback.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from annotator.base.errors import StoreError

_KINDS: list[tuple[tuple[str, ...], str, str]] = [
    (("locked", "busy"), "busy",
     "another process (a large ingest, import or merge?) kept it locked past the "
     "timeout; nothing was changed, try again when it has finished"),
    (("disk is full", "database or disk is full", "no space left"), "full",
     "the disk is full; nothing was changed, free some space and try again"),
    (("readonly", "read-only", "read only"), "readonly",
     "the database file (or its folder) is read-only; nothing was changed, check its "
     "permissions or use a copy"),
    (("malformed", "not a database", "file is encrypted", "corrupt"), "corrupt",
     "the database file is damaged; restore it from a backup, or rescue it with "
     "`sqlite3 FILE .recover`"),
    (("no such table", "no such column"), "damaged",
     "the database is missing part of its schema (a table was dropped?); restore it from "
     "a backup"),
    (("disk i/o error", "unable to open"), "io",
     "the database file cannot be read or written (disk error, or the file was moved)"),
]


def kind_of(exc: BaseException) -> str | None:
    """'busy', 'full', 'readonly', 'corrupt', 'damaged', 'io', or None when unknown."""
    text = str(exc).lower()
    for needles, kind, _ in _KINDS:
        if any(needle in text for needle in needles):
            return kind
    return None


def explain(exc: BaseException, path: str | Path | None = None) -> str:
    """One line: which database, what happened, what to do."""
    text = str(exc).lower()
    where = f"{path}: " if path else "database: "
    for needles, _, advice in _KINDS:
        if any(needle in text for needle in needles):
            return f"{where}{advice} ({exc})"
    return f"{where}database error ({exc}); nothing was changed"


def as_store_error(exc: sqlite3.Error, path: str | Path | None = None) -> StoreError:
    return StoreError(explain(exc, path))
