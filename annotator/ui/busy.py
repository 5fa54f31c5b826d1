"""Keeping the screen alive when the database stays locked past the busy timeout.

Writers wait up to store.BUSY_TIMEOUT_MS for another process (a long ingest or merge) to
let go. If it still holds the lock, the change was not made: say so on the status line and
keep the analyst where they are, instead of letting the exception end the app.
"""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable
from typing import Any


def reports_busy_database(action: Callable[..., Any]) -> Callable[..., Any]:
    """Wrap a screen method that writes; the message goes to the screen's status line
    (``say``) where it has one, else to a notification."""

    @functools.wraps(action)
    def wrapper(screen, *args, **kwargs):
        try:
            return action(screen, *args, **kwargs)
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) and "busy" not in str(exc):
                raise
            message = ("✗ not saved: another process is writing to the database "
                       "(an ingest or merge?); press the key again in a moment")
            screen.app.bell()
            if hasattr(screen, "say"):
                screen.say(message, "red")
            else:
                screen.notify(message, severity="error", markup=False)
            return None

    return wrapper
