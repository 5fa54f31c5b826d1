"""Keeping the screen alive when the database cannot take a change.

Writers wait up to store.BUSY_TIMEOUT_MS for another process (a long ingest or merge) to
let go. If it still holds the lock — or the disk is full, the file is read-only, or the
database is damaged — the change was not made: say so on the status line, in the same
words the command line uses (``db.problems.explain``), and keep the analyst where they
are, instead of letting the exception end the app.

On PostgreSQL the connection itself can go (a server restart, a network cut, a session
ended on the server): the change was not saved, the status line says so, and the next
key first opens a new connection (``db.problems.recover``) and then tries again. Reads
outside a key that writes (moving, searching) meet the same fault in the app's
``run_action`` (ui/app.py), which uses ``server_fault`` below.
"""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable
from typing import Any

from annotator.base.errors import AnnotatorError
from annotator.base.text import visible
from annotator.db.problems import SERVER_KINDS, explain, kind_of, recover


def server_fault(exc: BaseException) -> bool:
    """A PostgreSQL server's fault (down, unreachable, refusing, the connection lost):
    the work was not done, and the screen stays to try again."""
    return kind_of(exc) in SERVER_KINDS


def problem_line(exc: BaseException) -> str:
    """One visible line for an error the user can act on."""
    if isinstance(exc, sqlite3.Error) or server_fault(exc):
        return visible(explain(exc))
    if isinstance(exc, OSError) and not isinstance(exc, AnnotatorError):
        where = f"{exc.filename}: " if exc.filename else ""
        return visible(f"{where}{exc.strerror or exc}")
    return visible(str(exc))


def not_saved_message(exc: BaseException) -> str:
    kind = kind_of(exc)
    if kind == "busy":
        return ("✗ not saved: another process is writing to the database "
                "(an ingest or merge?); press the key again in a moment")
    if kind == "dropped":
        return ("✗ not saved: the connection to the database server was lost; press the "
                "key again to reconnect and save")
    if kind == "unreachable":
        return ("✗ not saved: cannot reach the database server (is it running?); press "
                "the key again when it is back")
    return "✗ not saved: " + problem_line(exc)


def reports_busy_database(action: Callable[..., Any]) -> Callable[..., Any]:
    """Wrap a screen method that writes; the message goes to the screen's status line
    (``say``) where it has one, else to a notification."""

    @functools.wraps(action)
    def wrapper(screen, *args, **kwargs):
        try:
            recover(getattr(screen.app, "db", None))  # lost at the last key: a new one
            return action(screen, *args, **kwargs)
        except (sqlite3.OperationalError, sqlite3.DatabaseError) as exc:
            if kind_of(exc) is None:
                raise
            message = not_saved_message(exc)
            screen.app.bell()
            if hasattr(screen, "say"):
                screen.say(message, "red")
            else:
                screen.notify(message, severity="error", markup=False)
            return None

    return wrapper
