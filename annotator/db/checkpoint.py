"""WAL checkpoints off the connection that answers keys.

SQLite copies the write-ahead log back into the database file (a checkpoint) on the commit
that takes the log past 1000 pages: on a large database that commit then also writes and
syncs a thousand pages scattered over the file, 200-350 ms, about every 80 adjudication
keys. A checkpoint is not what makes a commit durable (the synced log is, with
``synchronous=FULL``), so the UI's connection turns the automatic one off and
:class:`Checkpoints` runs it from a thread of its own, with its own connection, in PASSIVE
mode: it never waits for a reader or a writer, and none waits for it. Nothing committed
can be lost by moving it: after a crash SQLite replays the log on the next open.

The thread looks once a second whether anything was committed (``PRAGMA data_version``)
and then checkpoints, so the log stays a few pages long; closing the last connection
checkpoints the rest, as before. Other processes on the same file (the CLI, other
analysts' UIs) keep SQLite's automatic checkpoint. PostgreSQL has none of this.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from pathlib import Path

from sqlite_utils import Database

INTERVAL_SECONDS = 1.0


def checkpoints_in_background(db: Database, path: str | Path,
                              interval: float = INTERVAL_SECONDS) -> Checkpoints | None:
    """Turn off ``db``'s automatic checkpoint and start a thread that checkpoints for it;
    None (nothing changed) for PostgreSQL or a database without a file."""
    from annotator.db.connection import database_file, is_postgres

    if is_postgres(db) or database_file(db) is None:
        return None
    checkpoints = Checkpoints(path, interval)
    db.execute("PRAGMA wal_autocheckpoint = 0")
    checkpoints.start()
    return checkpoints


class Checkpoints:
    """A thread that checkpoints a SQLite file (PASSIVE) after each second with commits."""

    def __init__(self, path: str | Path, interval: float = INTERVAL_SECONDS) -> None:
        self.path = path
        self.interval = interval
        self.stopping = threading.Event()
        self.thread = threading.Thread(target=self._run, name="wal checkpoints", daemon=True)
        self.done = 0  # checkpoints run (tests and benchmarks read it)

    def start(self) -> None:
        self.thread.start()

    def stop(self) -> None:
        """Stop and wait for the thread (before the last connection closes)."""
        self.stopping.set()
        if self.thread.is_alive():
            self.thread.join()

    def _run(self) -> None:
        from annotator.db.connection import connect

        db = None  # opened at the first look, off the app's start
        try:
            seen = None
            while not self.stopping.wait(self.interval):
                with contextlib.suppress(sqlite3.Error):  # busy or locked: next time
                    db = db or connect(self.path)  # connections are per thread
                    version = db.execute("PRAGMA data_version").fetchone()[0]
                    if version != seen:
                        db.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
                        seen = version
                        self.done += 1
        finally:
            if db is not None:
                db.close()
