"""A connection that shows each statement to a test before running it: tests of ingest's
lookups count what a run reads from disk (tests/test_ingest_lookups.py,
tests/test_ingest_mem50.py)."""

from __future__ import annotations

from collections.abc import Callable


class WatchedConnection:
    """``conn``, calling ``seen(sql, args)`` before each ``execute``; all else as it is."""

    def __init__(self, conn, seen: Callable[[str, tuple], None]):
        self._conn, self._seen = conn, seen

    def __getattr__(self, name):
        return getattr(self._conn, name)

    def execute(self, sql, *args):
        self._seen(sql, args)
        return self._conn.execute(sql, *args)
