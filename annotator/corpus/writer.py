"""The statements that store an ingestion's rows, run on a thread beside the main one.

The main thread turns the workers' results into rows and groups near-duplicates: Python
work, under Python's lock. SQLite stores rows without that lock, so it can store one
batch while the main thread makes the next. Each statement here inserts up to thousands of
rows (INSERT ... VALUES (...), (...), ...): the thread needs Python's lock only to bind a
statement's values, never once per row (with executemany it would wait for the lock at
every row, up to a switch interval, while the main thread runs Python).

The same connection, so the same transaction; SQLite runs one statement at a time on it,
these in the order queued. The main thread's own reads (stored near-duplicates) wait for
the statement running; one that must see what was queued calls ``settle`` first. The
full-text index is filled here too, a batch at a time by one statement each rather than by
the per-row insert trigger (dropped and recreated, same SQL, inside the transaction: no
other connection ever sees the schema without it). On PostgreSQL everything runs at once
on the caller's thread, as executemany.
"""

from __future__ import annotations

import itertools
import queue
import sqlite3
import sys
import threading
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from annotator.db import progress
from annotator.db.connection import is_postgres

if TYPE_CHECKING:
    from sqlite_utils import Database

DOCUMENT_COLUMNS = ("id", "ordinal", "path", "title", "outlet", "dateline", "published",
                    "wire", "url", "language", "raw", "gaps", "ingested_at", "external_id")
SENTENCE_COLUMNS = ("rowid", "id", "doc_id", "unit_index", "position", "text", "char_start",
                    "char_end", "excluded", "duplicate_of", "group_id")


def _insert(table: str, columns: Sequence[str]) -> str:
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES"


INSERT_DOCUMENTS = _insert("documents", DOCUMENT_COLUMNS)
INSERT_SENTENCES = _insert("sentences", SENTENCE_COLUMNS)
# progress.documents_stored, many rows a statement
STORED_PROGRESS = (_insert("progress_documents", ("doc_id", "sentences")),
                   " ON CONFLICT (doc_id) DO UPDATE SET sentences = excluded.sentences")
INDEX_BETWEEN = ("INSERT INTO sentences_fts (rowid, text) SELECT rowid, text FROM sentences "
                 "WHERE rowid > ? AND rowid <= ?")
INDEX_AFTER = ("INSERT INTO sentences_fts (rowid, text) SELECT rowid, text FROM sentences "
               "WHERE rowid > ?")
FTS_TRIGGER = "sentences_ai"  # sqlite-utils' insert trigger keeping sentences_fts current
# Python's switch interval while the writer runs: a thread wanting Python's lock waits up
# to this for a busy thread to let it go (the default 5 ms, at each of a batch's few
# statements, would leave the writer idle for about as long as it works)
SWITCH_INTERVAL = 0.001
# batches queued at most: the main thread waits for the writer beyond (memory stays flat)
QUEUED_BATCHES = 2
# values bound per statement: 2,048 sentence rows (a read of the main thread's waits for at
# most one statement); SQLite allows 32,766 since 3.32, often more
VALUES_PER_STATEMENT = 32_766


M_ARENA_MAX = -8  # glibc's mallopt parameter


def _one_malloc_arena() -> None:
    """Ask glibc to give threads that start from now on the arena the others use: each
    new thread otherwise gets a malloc arena of its own, and the writer's (SQLite's pages
    and statements) left about 10 MB more resident at 100,000 sentences, as much at
    1,000,000. Nothing elsewhere (another C library, or arenas already made)."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        ctypes.CDLL("libc.so.6").mallopt(M_ARENA_MAX, 1)
    except (OSError, AttributeError):
        pass


def _one_row(insert: str, columns: Sequence[str]) -> str:
    return f"{insert} ({','.join('?' * len(columns))})"


def _values(insert: str | tuple[str, str], rows: list[tuple], limit: int
            ) -> Iterator[tuple[str, list]]:
    """``rows`` as statements of many rows each, with their values in one list. Each
    statement has a power of two of rows (the largest the limit allows, then the rest in
    decreasing powers): a few statement texts, each compiled once and then reused from
    the connection's cache (compiling costs several times what running one does)."""
    head, tail = (insert, "") if isinstance(insert, str) else insert
    width = len(rows[0])
    one = "(" + ",".join("?" * width) + ")"
    step = 1 << ((max(1, limit // width)).bit_length() - 1)
    start = 0
    while start < len(rows):
        while step > len(rows) - start:
            step >>= 1
        chunk = rows[start:start + step]
        yield f"{head} {','.join([one] * step)}{tail}", list(itertools.chain.from_iterable(chunk))
        start += step


class Writer:
    """Stores an ingestion's rows on a thread of its own (see the module docstring)."""

    def __init__(self, db: Database):
        self.db = db
        self.trigger: str | None = None  # the FTS insert trigger's SQL, while it is dropped
        self.indexed = 0  # sentences through this rowid are (queued to be) in the FTS index
        self._jobs: queue.SimpleQueue | None = None
        self._thread: threading.Thread | None = None
        self._failed: BaseException | None = None
        self._stop = False
        self._limit = VALUES_PER_STATEMENT
        self._room = threading.Semaphore(QUEUED_BATCHES)
        self._interval: float | None = None  # the switch interval it replaced

    def __enter__(self) -> Writer:
        if is_postgres(self.db):
            return self
        row = self.db.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", [FTS_TRIGGER]
        ).fetchone()
        if row is not None and "sentences_fts" in self.db.table_names():
            self.trigger = row[0]
            self.indexed = self.db.execute(
                "SELECT coalesce(max(rowid), 0) FROM sentences").fetchone()[0]
            self.db.execute(f"DROP TRIGGER [{FTS_TRIGGER}]")
        self._limit = min(VALUES_PER_STATEMENT, self.db.conn.getlimit(
            sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER))
        self._jobs = queue.SimpleQueue()
        _one_malloc_arena()
        self._thread = threading.Thread(target=self._work, name="ingest writer", daemon=True)
        self._thread.start()
        self._interval = sys.getswitchinterval()
        sys.setswitchinterval(min(self._interval, SWITCH_INTERVAL))
        return self

    def store(self, documents: list[tuple], stored: list[tuple[str, int]],
              sentences: list[tuple], through: int) -> None:
        """Queue a batch: its document rows, their progress rows (doc id, presented
        sentences) and sentence rows, stored through rowid ``through``; then its full-text
        index. The lists may be reused once this returns."""
        if self._jobs is None:
            self.db.conn.executemany(_one_row(INSERT_DOCUMENTS, DOCUMENT_COLUMNS), documents)
            progress.documents_stored(self.db, stored)
            self.db.conn.executemany(_one_row(INSERT_SENTENCES, SENTENCE_COLUMNS), sentences)
            return
        # documents first: their insert trigger and the progress rows read each other;
        # the lists copied (the caller reuses them), made into statements on the thread
        if self._failed is not None:
            raise self._failed
        self._room.acquire()
        for insert, rows in ((INSERT_DOCUMENTS, documents), (STORED_PROGRESS, stored),
                             (INSERT_SENTENCES, sentences)):
            if rows:
                self._jobs.put((insert, list(rows)))
        if self.trigger is not None and through > self.indexed:
            self.run(INDEX_BETWEEN, [self.indexed, through])
            self.indexed = through
        self._jobs.put(self._room)  # the batch is done: room for another

    def run(self, sql: str, params: Sequence) -> None:
        """Queue one statement (at once on PostgreSQL). Many rows go as one JSON parameter
        (the near-duplicate keys: json_each): a statement that needed Python per row would
        take the main thread's lock at every row."""
        if self._jobs is None:
            self.db.execute(sql, params)
            return
        if self._failed is not None:
            raise self._failed
        self._jobs.put((sql, tuple(params)))

    def settle(self) -> None:
        """Return once every statement queued has run (raising the first that failed)."""
        if self._jobs is not None:
            done = threading.Event()
            self._jobs.put(done)
            done.wait()
        if self._failed is not None:
            raise self._failed

    def _work(self) -> None:
        conn = self.db.conn
        while (job := self._jobs.get()) is not None:
            if isinstance(job, threading.Event):
                job.set()
            elif job is self._room:
                job.release()
            elif self._failed is None and not self._stop:
                try:
                    sql, params = job
                    if isinstance(params, list):  # rows: many to a statement
                        for statement, values in _values(sql, params, self._limit):
                            conn.execute(statement, values)
                    else:
                        conn.execute(sql, params)
                except BaseException as exc:  # noqa: BLE001 - raised on the caller's thread
                    self._failed = exc

    def __exit__(self, kind, value, traceback) -> None:
        if self._thread is not None:
            self._stop = kind is not None  # an error: leave the rest, the caller rolls back
            self._jobs.put(None)
            self._thread.join()
            sys.setswitchinterval(self._interval)
        if kind is None and self._failed is not None:
            raise self._failed
        if kind is None and self.trigger is not None:
            self.db.execute(INDEX_AFTER, [self.indexed])
            self.db.execute(self.trigger)
