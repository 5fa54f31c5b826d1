"""The connections a screen's workers open, interrupted when the screen goes.

A worker reads with a connection of its own (connections are per thread). Some reads are
long at a million sentences (the progress counts, the first unlabeled sentence after half
a million labels: seconds on a loaded machine), and Python waits for a worker's thread
before the process leaves: `q` pressed during one waited for it. When the screen goes,
each open read is interrupted (``sqlite3.Connection.interrupt``, the one call another
thread may make), the worker ends quietly, and its connection is closed.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

from annotator.db.connection import connect


class Left(Exception):
    """The screen went while the worker read: nothing to report."""


class WorkerConnections:
    def __init__(self, path: str | Path) -> None:
        self.path = path
        self.closed = False
        self._open: set = set()
        self._lock = threading.Lock()

    @contextlib.contextmanager
    def open(self) -> Iterator:
        """A connection for this worker; raises :class:`Left` if the screen went."""
        if self.closed:
            raise Left
        db = connect(self.path)
        with self._lock:
            self._open.add(db)
        try:
            yield db
        except sqlite3.OperationalError:
            if self.closed:
                raise Left from None
            raise
        finally:
            with self._lock:
                self._open.discard(db)
            db.close()

    def close(self) -> None:
        """Interrupt every read under way (the screen is going)."""
        self.closed = True
        with self._lock:
            open_now = list(self._open)
        for db in open_now:
            interrupt = getattr(db.conn, "interrupt", None)  # SQLite's; a server's has none
            if interrupt is not None:
                with contextlib.suppress(sqlite3.Error):
                    interrupt()
