"""WAL checkpoints off the connection that answers keys, in the pauses between keys.

SQLite copies the write-ahead log back into the database file (a checkpoint) on the commit
that takes the log past 1000 pages: on a large database that commit then also writes and
syncs a thousand pages scattered over the file, 200-350 ms, about every 80 adjudication
keys. A checkpoint is not what makes a commit durable (the synced log is, with
``synchronous=FULL``), so the UI's connection turns the automatic one off and
:class:`Checkpoints` runs it from a thread of its own, with its own connection, in PASSIVE
mode (it never waits for a reader or a writer). Nothing committed can be lost by moving
it: after a crash SQLite replays the log on the next open.

A checkpoint in another thread still shares the disk: a commit whose sync lands during the
checkpoint's sync waits for it (measured: 100-400 ms, as bad as before). So the thread
checkpoints when the database has been quiet for :data:`QUIET_SECONDS` after a commit:
right after a key, while the analyst reads the next sentence (a checkpoint of one key's
pages takes about 10 ms), not while a burst of keys goes on. Waiting longer was measured
worse: at 0.3 s the checkpoint met the next key of a steady hand. A log that never sees a
pause is checkpointed after :data:`LONGEST_WAIT_SECONDS` all the same. Closing the last
connection checkpoints the rest, as before. Other processes on the same file (the CLI,
other analysts' UIs) keep SQLite's automatic checkpoint. PostgreSQL has none of this.

The connection tells the thread of each commit it makes (``write`` calls ``committed``),
so the thread sleeps until then: it read ``PRAGMA data_version`` twenty times a second
before, and each wake-up of a thread costs CPU (3.4-4 ms a second measured here, about
0.2-0.3 ms of each label key's process CPU). ``data_version`` is still read at each
wake-up and every :data:`LOOK_SECONDS`, for a commit made otherwise (outside ``write``).

Given the event loop of the thread that commits (the UI's), the quiet after a told commit
is timed there instead (``loop.call_later``, moved on by each commit): the thread wakes
once when the commits go quiet, not every :data:`QUIET_SECONDS` through a run of keys
faster than that (each wake-up costs the process about 0.1-0.2 ms of CPU; Pilot's keys,
86 ms apart, woke it 0.87 times a key). The checkpoint falls :data:`QUIET_SECONDS` after
the last told commit (after one that is alone, as before; after a run of them, where it
fell between one and two quiet spans after the last). A commit not told is found by the
looks and waited for as before.
"""

from __future__ import annotations

import asyncio
import contextlib
import sqlite3
import threading
import time
from collections import deque
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database


LOOK_SECONDS = 1.0  # with no commit told, how often the thread reads data_version
QUIET_SECONDS = 0.1  # no commit for this long: the key is done, the analyst reads; go now
LONGEST_WAIT_SECONDS = 30.0  # ... or this long after the first commit not checkpointed
RETRY_SECONDS = 0.05  # a look that found the database busy or locked is made again after


def checkpoints_in_background(db: Database, path: str | Path, *,
                              quiet: float = QUIET_SECONDS,
                              loop: asyncio.AbstractEventLoop | None = None
                              ) -> Checkpoints | None:
    """Turn off ``db``'s automatic checkpoint and start a thread that checkpoints for it;
    None (nothing changed) for PostgreSQL or a database without a file. ``loop``: the
    running event loop of the thread that commits on ``db`` (call this from it), which
    then times the quiet after its commits."""
    from annotator.db.connection import database_file, is_postgres

    if is_postgres(db) or database_file(db) is None:
        return None
    checkpoints = Checkpoints(path, quiet=quiet, loop=loop)
    db.execute("PRAGMA wal_autocheckpoint = 0")
    db.committed = checkpoints.committed  # write() tells the thread of each commit
    checkpoints.start()
    return checkpoints


class Checkpoints:
    """A thread that checkpoints a SQLite file (PASSIVE) once commits pause."""

    def __init__(self, path: str | Path, *, quiet: float = QUIET_SECONDS,
                 longest_wait: float = LONGEST_WAIT_SECONDS,
                 loop: asyncio.AbstractEventLoop | None = None) -> None:
        self.path = path
        # the committing thread's event loop (made in it), which times the quiet after
        # each told commit; None: the thread times it by waking every ``quiet``
        self.loop = loop
        self._loop_thread = threading.get_ident() if loop is not None else None
        self._quiet_timer: asyncio.TimerHandle | None = None
        self._quiets = 0  # times the loop's timer went off (only the loop counts them)
        self.told_commits = 0  # commits told (``committed``), counted
        self.quiet = quiet
        self.longest_wait = longest_wait
        self.stopping = threading.Event()
        self.told = threading.Event()  # a commit was told (or the thread is stopping)
        self.thread = threading.Thread(target=self._run, name="wal checkpoints", daemon=True)
        self.done = 0  # checkpoints run (tests and benchmarks read it)
        self.looks = 0  # wake-ups of the thread (a test reads it)
        self.spans: deque[tuple[float, float]] = deque(maxlen=1000)  # perf_counter start, end

    def start(self) -> None:
        self.thread.start()

    def stop(self) -> None:
        """Stop and wait for the thread (before the last connection closes)."""
        if self._quiet_timer is not None and threading.get_ident() == self._loop_thread:
            self._quiet_timer.cancel()
        self.stopping.set()
        self.told.set()
        if self.thread.is_alive():
            self.thread.join()

    def committed(self) -> None:
        """A commit was made (called on the committing thread, right after it): wakes the
        thread when it sleeps with nothing to checkpoint; with a loop, the loop wakes it
        once the commits have been quiet for ``quiet`` (each commit moves the time on)."""
        self.told_commits += 1
        if self.loop is not None:
            try:
                if threading.get_ident() == self._loop_thread:
                    self._time_quiet()
                else:
                    self.loop.call_soon_threadsafe(self._time_quiet)
                return
            except RuntimeError:  # the loop closed: the thread times the quiet itself
                self.loop = None
        if not self.told.is_set():
            self.told.set()

    def _time_quiet(self) -> None:
        """(On the loop) the quiet after the newest commit, timed from now."""
        if self._quiet_timer is not None:
            self._quiet_timer.cancel()
        self._quiet_timer = self.loop.call_later(self.quiet, self._quiet_now)

    def _quiet_now(self) -> None:
        """(On the loop) no commit told for ``quiet``: the thread checkpoints now."""
        self._quiet_timer = None
        self._quiets += 1
        self.told.set()

    def _run(self) -> None:
        from annotator.db.connection import connect

        db = None  # opened at the first look, off the app's start
        seen = None  # data_version at the last look
        last_change = first_pending = None  # when commits were seen, not yet checkpointed
        told_seen = quiets_seen = 0  # commits told, and quiets timed, by the last look
        first_told = None  # with a loop: when a told commit not checkpointed was first seen
        retry = False  # the last look failed
        try:
            while not self.stopping.is_set():
                if retry:
                    self.stopping.wait(RETRY_SECONDS)
                else:
                    self._sleep(last_change, first_pending)
                if self.stopping.is_set():
                    break
                self.looks += 1
                self.told.clear()
                quiets = self._quiets
                retry = True
                with contextlib.suppress(sqlite3.Error):  # busy or locked: next time
                    db = db or connect(self.path)  # connections are per thread
                    told = self.told_commits
                    version = db.execute("PRAGMA data_version").fetchone()[0]
                    now = time.monotonic()
                    if self.loop is not None and told != told_seen:
                        first_told = first_told or now  # the loop times their quiet
                    elif version != seen:  # the first look too: the log may hold commits
                        last_change = now
                        first_pending = first_pending or now
                    quiet = quiets != quiets_seen  # the commits told went quiet
                    seen, told_seen, quiets_seen = version, told, quiets
                    if first_pending is not None and (
                            now - last_change >= self.quiet
                            or now - first_pending >= self.longest_wait) \
                            or first_told is not None and (
                                quiet or now - first_told >= self.longest_wait):
                        start = time.perf_counter()
                        db.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
                        self.spans.append((start, time.perf_counter()))
                        first_pending = first_told = None
                        self.done += 1
                    retry = False
        finally:
            if db is not None:
                db.close()

    def _sleep(self, last_change: float | None, first_pending: float | None) -> None:
        """Until the next look: with nothing to checkpoint, a commit told (or
        ``LOOK_SECONDS``); with commits to checkpoint, the quiet after the last one seen
        (the commits made meanwhile are seen then, as the looks twenty times a second saw
        them: each does not wake the thread)."""
        if first_pending is None:
            self.told.wait(LOOK_SECONDS)
            return
        due = min(last_change + self.quiet, first_pending + self.longest_wait)
        self.stopping.wait(max(due - time.monotonic(), 0.0))
