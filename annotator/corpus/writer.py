"""The statements that store an ingestion's rows, run on a thread beside the main one.

The main thread turns the workers' results into rows and groups near-duplicates: Python
work, under Python's lock. SQLite stores rows without that lock, so it can store one
batch while the main thread makes the next. Each statement here takes its rows as one JSON
parameter, unpacked by json_each in C: the thread needs Python's lock only to start a
statement, never once per row (with executemany it would wait for the lock at every row,
up to a switch interval, while the main thread runs Python).

The same connection, so the same transaction; SQLite runs one statement at a time on it,
these in the order queued. The main thread's own reads (stored near-duplicates) wait for
the statement running; one that must see what was queued calls ``settle`` first. The
full-text index is filled here too, a batch at a time by one statement each rather than by
the per-row insert trigger (dropped and recreated, same SQL, inside the transaction: no
other connection ever sees the schema without it). On PostgreSQL everything runs at once
on the caller's thread, as executemany.
"""

from __future__ import annotations

import json
import queue
import threading
from collections.abc import Sequence
from typing import TYPE_CHECKING

from annotator.db import progress
from annotator.db.connection import is_postgres

if TYPE_CHECKING:
    from sqlite_utils import Database

DOCUMENT_COLUMNS = ("id", "ordinal", "path", "title", "outlet", "dateline", "published",
                    "wire", "url", "language", "raw", "gaps", "ingested_at", "external_id")
SENTENCE_COLUMNS = ("rowid", "id", "doc_id", "unit_index", "position", "text", "char_start",
                    "char_end", "excluded", "duplicate_of", "group_id")


def _insert(table: str, columns: Sequence[str]) -> tuple[str, str]:
    """INSERT of one row (executemany) and of a JSON array of rows (json_each)."""
    names = ", ".join(columns)
    return (f"INSERT INTO {table} ({names}) VALUES ({', '.join('?' * len(columns))})",
            f"INSERT INTO {table} ({names}) SELECT "
            + ", ".join(f"value ->> {i}" for i in range(len(columns))) + " FROM json_each(?)")


INSERT_DOCUMENT, INSERT_DOCUMENTS = _insert("documents", DOCUMENT_COLUMNS)
INSERT_SENTENCE, INSERT_SENTENCES = _insert("sentences", SENTENCE_COLUMNS)
# progress.documents_stored, from JSON ("WHERE true": an upsert after a SELECT needs one)
STORED_PROGRESS = (
    "INSERT INTO progress_documents (doc_id, sentences) SELECT value ->> 0, value ->> 1 "
    "FROM json_each(?) WHERE true "
    "ON CONFLICT (doc_id) DO UPDATE SET sentences = excluded.sentences"
)
INDEX_BETWEEN = ("INSERT INTO sentences_fts (rowid, text) SELECT rowid, text FROM sentences "
                 "WHERE rowid > ? AND rowid <= ?")
INDEX_AFTER = ("INSERT INTO sentences_fts (rowid, text) SELECT rowid, text FROM sentences "
               "WHERE rowid > ?")
FTS_TRIGGER = "sentences_ai"  # sqlite-utils' insert trigger keeping sentences_fts current
# sentence rows per statement: a read of the main thread's waits for at most one
ROWS_PER_STATEMENT = 2_500


def _json(rows: Sequence[tuple]) -> str:
    return json.dumps(rows, ensure_ascii=False, separators=(",", ":"))


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
        self._jobs = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._work, name="ingest writer", daemon=True)
        self._thread.start()
        return self

    def store(self, documents: list[tuple], stored: list[tuple[str, int]],
              sentences: list[tuple], through: int) -> None:
        """Queue a batch: its document rows, their progress rows (doc id, presented
        sentences) and sentence rows, stored through rowid ``through``; then its full-text
        index. The lists may be reused once this returns."""
        if self._jobs is None:
            self.db.conn.executemany(INSERT_DOCUMENT, documents)
            progress.documents_stored(self.db, stored)
            self.db.conn.executemany(INSERT_SENTENCE, sentences)
            return
        # documents first: their insert trigger and the progress rows read each other
        if documents:
            self.run(INSERT_DOCUMENTS, [_json(documents)])
        if stored:
            self.run(STORED_PROGRESS, [_json(stored)])
        for start in range(0, len(sentences), ROWS_PER_STATEMENT):
            self.run(INSERT_SENTENCES, [_json(sentences[start:start + ROWS_PER_STATEMENT])])
        if self.trigger is not None and through > self.indexed:
            self.run(INDEX_BETWEEN, [self.indexed, through])
            self.indexed = through

    def run(self, sql: str, params: Sequence) -> None:
        """Queue one statement (at once on PostgreSQL); its parameters as given, so one
        JSON parameter for many rows (a statement that needs Python per row would hold the
        main thread's lock)."""
        if self._jobs is None:
            self.db.execute(sql, params)
            return
        if self._failed is not None:
            raise self._failed
        self._jobs.put((sql, params))

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
            elif self._failed is None and not self._stop:
                try:
                    conn.execute(*job)
                except BaseException as exc:  # noqa: BLE001 - raised on the caller's thread
                    self._failed = exc

    def __exit__(self, kind, value, traceback) -> None:
        if self._thread is not None:
            self._stop = kind is not None  # an error: leave the rest, the caller rolls back
            self._jobs.put(None)
            self._thread.join()
        if kind is None and self._failed is not None:
            raise self._failed
        if kind is None and self.trigger is not None:
            self.db.execute(INDEX_AFTER, [self.indexed])
            self.db.execute(self.trigger)
