"""Ingestion: files and folders into documents and sentences, in one transaction.

Idempotent (a document already stored, recognised by the hash of its raw text, is
skipped) and all-or-nothing (any bad input raises InputError and rolls back, so the
database is exactly as it was).
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import hashlib
import itertools
import queue
import re
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

from sqlite_utils import Database

from annotator.base.clock import now
from annotator.base.errors import AnnotatorError, InputError
from annotator.corpus import key_batches
from annotator.corpus.analyse import TooLongSentence
from annotator.corpus.dedupe import (
    MAX_BUCKET,
    NearDuplicateIndex,
    keys_of,
    normalised,
    signature,
)
from annotator.corpus.key_batches import MIX
from annotator.corpus.pipeline import (
    PARALLEL_BYTES,
    UNIT_BITS,
    UNIT_LIMIT,
    Analyser,
    Result,
    sentence_id,
)
from annotator.corpus.readers import LANGUAGE, SourceDocument, collect_files, read_documents
from annotator.corpus.rules import Rules, load_rules
from annotator.db import progress
from annotator.db.connection import is_postgres, write

__all__ = [
    "IngestReport", "check_arguments", "document_id", "ingest_paths", "sentence_id",
    "start_analysis",
]

Progress = Callable[[int, int], None]  # (bytes done, bytes in total)
INSERT_DOCUMENT = (
    "INSERT INTO documents (id, ordinal, path, title, outlet, dateline, published, wire, url,"
    " language, raw, gaps, ingested_at, external_id)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
INSERT_SENTENCE = (
    "INSERT INTO sentences (rowid, id, doc_id, unit_index, position, text, char_start, char_end,"
    " excluded, duplicate_of, group_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
INSERT_KEY = "INSERT OR IGNORE INTO near_duplicate_keys (key, sentence_rowid) VALUES (?, ?)"

BATCH = 5000
# The run's memory budget, in sentences' worth (a sentence the near-duplicate index holds,
# with its keys, about 550 bytes): beyond it, the index starts afresh and finds the earlier
# sentences by their keys. What the lookups' caches hold counts too (_Run._held): they grow
# with the corpus (full only at 1,000,000 sentences), and the index is let go that much
# sooner (51st round). 35,000, not 50,000: the peak reaches its level by 300,000 sentences
# and keeps it (136, 140, 142 and 144 MB at 100,000, 300,000, 1M and 2M, with
# SORT_CACHE_KB; 143, 152, 156 and 160 MB before: 52nd round). Nothing that depends on the
# workers' timing counts: where the index starts afresh decides which copies of a window
# shared by more than MAX_BUCKET sentences meet, and the same input must give the same groups.
IN_MEMORY = 35_000
ROW_WORTH = 1  # a stored row the cache holds (about 510 bytes)
RECENT_KEYS_A_SENTENCE = 2  # a key's few rowids (about 280 bytes)
FULL_KEY_WORTH = 5  # a key's first MAX_BUCKET rowids (about 2.6 KB)
UNFILED_KEYS_A_SENTENCE = 64  # keys waiting to be filed (8 bytes each, see FILE_EVERY)
# the index holds at least this many sentences whatever the rest holds: the fewer it holds,
# the more sentences find their match on disk rather than in it, and the more often its keys
# are sorted and its caches searched again
LEAST_IN_INDEX = IN_MEMORY // 4
# sentences whose near-duplicate keys wait in memory, sorted (8 bytes a key), after their
# index is let go: filed together, not at each start afresh. Each filing visits the keys'
# index all over, and with the budget the index starts afresh more often (29 times at
# 1,000,000 sentences against 18, 54 with the 52nd round's budget); filed at each start,
# 44-45 filings against 19 took 3.99-4.55 s of the main thread against 3.39 s (51st
# round). Not tied to IN_MEMORY: a smaller budget starts the index afresh more often, not
# the keys filed more often
FILE_EVERY = 50_000
PROGRESS_EVERY = 50  # documents between progress reports
# Two bits per near-duplicate key (a Bloom filter with two hashes, 8 MB however large the
# corpus): a sentence none of whose keys has both its bits set has no stored match, so most
# sentences skip the lookup on disk. With 3.6M keys (1M sentences) about 3% of sentences
# look up in vain, against 8% with one hash in twice the memory. Filled as keys are stored;
# keys stored before the run are read in once the run has looked up this many sentences (a
# small run into a large database looks them up one by one instead: reading 3M keys costs
# more than it saves).
FILTER_BITS = 1 << 26
# the second bit: the key times MIX (Fibonacci hashing), high bits (key_batches)
LOAD_FILTER_AFTER = 20_000
SEEN_BITS = 1 << 23  # the filter of the documents a run has taken (_Run._taken)
# sentence rowids stay below this (the key table's rows were once packed with them)
ROWID_BITS = 30
ROWID_LIMIT = 1 << ROWID_BITS
# the keys of many documents, filed by one statement: a JSON array of key << ROWID_BITS |
# sentence rowid, sorted (key_batches.packed), so that each page of the key index is
# visited once, unpacked by json_each in C in that order
FILE_SLICE = 32_768  # keys a statement
FILE_KEYS = (
    "INSERT OR IGNORE INTO near_duplicate_keys (key, sentence_rowid) "
    f"SELECT value >> {ROWID_BITS}, value & {ROWID_LIMIT - 1} FROM json_each(?)"
)
FIRST_FILED = (f"SELECT sentence_rowid FROM near_duplicate_keys WHERE key = ? "
               f"ORDER BY sentence_rowid LIMIT {MAX_BUCKET}")
# FIRST_FILED for many keys in one statement: each key with its rowids, comma-separated
FIRST_FILED_OF = ("SELECT j.value, (SELECT group_concat(sentence_rowid) FROM ("
                  "SELECT sentence_rowid FROM near_duplicate_keys WHERE key = j.value "
                  f"ORDER BY sentence_rowid LIMIT {MAX_BUCKET})) FROM json_each(?) j")
STORED_ROWS = ("SELECT rowid, id, doc_id, group_id, text FROM sentences WHERE rowid IN "
               "(SELECT CAST(value AS INTEGER) FROM json_each(?))")  # text on PostgreSQL
# stored lookups remembered (see _Run._stored), about 8 MB at most (round 30 held 15 MB,
# round 31 a quarter of it, filled only as the corpus grew: full at 1M, not at 100,000): keys
# whose first MAX_BUCKET are filed (about 2 KB each), other keys until more are filed (a few
# rowids), stored rows with their normalised text (about 430 bytes each). 5,000 rows let
# 297,791 be read at 1M, 20,000 79,439: each read is a seek into a large table and a
# normalising, 1.2 s of the ingesting process's CPU, for 7 MB more at its peak (44th round).
# The rows are let go least recently asked first, a sixteenth of them at a time: 16,000 rows
# then read fewer than 20,000 let go oldest read first, a quarter at a time (replaying the
# lookups of a 1M ingest, 633,828 rows asked, 34,501 of them distinct: 76,429 reads against
# 83,223; measured, 74,350 against 79,439). A row is held without its text (read again by
# rowid in the rare match that needs it, _Run._stored_text) (50th round)
CACHED_FULL_KEYS = 500
CACHED_KEYS = 5_000
CACHED_ROWS = 16_000
ROWS_LET_GO = 16  # a full cache lets this share of its rows go at once (one scan of its oldest)
INDEX_BETWEEN = ("INSERT INTO sentences_fts (rowid, text) SELECT rowid, text FROM sentences "
                 "WHERE rowid > ? AND rowid <= ?")
FTS_TRIGGER = "sentences_ai"  # sqlite-utils' insert trigger keeping sentences_fts current
FTS_UPDATE_TRIGGER = "sentences_au"  # and its update trigger (delete, then insert again)
ID_INDEX = "idx_sentences_id"  # the sentences' ids, unique (migration 0019)
# a trigger's SQL that fires on an insert (CREATE TRIGGER name [AFTER|BEFORE] INSERT ON ...)
_INSERT_TRIGGER = re.compile(r"\bINSERT\s+ON\b", re.IGNORECASE)


@dataclass
class IngestReport:
    """What one ingestion did."""

    files: int = 0
    documents_added: int = 0
    documents_present: int = 0
    sentences: int = 0  # presented sentences added
    excluded: int = 0  # units kept out of the queue (chrome, headlines, repeats)
    grouped: int = 0  # added sentences that joined a near-duplicate group
    excluded_by_reason: dict[str, int] = field(default_factory=dict)
    paths: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)


def document_id(raw: str) -> str:
    """Content hash of the raw text: the same text gets the same id on any machine."""
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:16]


def check_arguments(paths: Sequence[str | Path], language: str | None) -> list[Path]:
    """The files to read; raises for a missing path or a bad language before any writing.
    No language: each document's own, else detected from its text."""
    if language is not None and not LANGUAGE.match(language):
        raise AnnotatorError(f"language {language!r} is not a language code such as \"id\"")
    return collect_files(paths)


def ingest_paths(
    db: Database,
    paths: Sequence[str | Path],
    *,
    language: str | None = None,
    progress: Progress | None = None,
    rules: Rules | None = None,
    parallel: bool | None = False,
    analyser: Analyser | None = None,
) -> IngestReport:
    """Ingest files and folders (.txt, .jsonl, .csv); see the module docstring.

    parallel: analyse in worker processes; None decides by the input's size. Off by
    default: worker processes are spawned, which needs the calling script's main module
    guarded by ``if __name__ == "__main__":`` (the CLI and benchmarks are).
    analyser: from ``start_analysis`` (then ``parallel`` is not used); closed here.
    """
    files = check_arguments(paths, language)
    rules = rules or load_rules()
    report = IngestReport(files=len(files), paths=[str(f) for f in files])
    total = sum(f.stat().st_size for f in files)
    if analyser is None:
        analyser = start_analysis(files, language=language, rules=rules, parallel=parallel)
    try:
        with write(db), _no_cyclic_gc(), _page_cache(db):
            run = _Run(db, rules, language, report, analyser)
            done = 0
            with _BulkFts(db) as fts, _IndexesAfter(db) as indexes, \
                    _ProgressOrdinals(db) as ordinals:
                run.fts = fts
                run.ordinals_given = ordinals.given
                for f in files:
                    size = f.stat().st_size
                    if progress:
                        run.on_document = lambda s, done=done, size=size: progress(
                            done + int(s.read * size), total
                        )
                    run.ingest_file(f)
                    done += size
                    if progress:
                        progress(done, total)
                roots = run.finish()
                run.release()
                # the group roots are found by id: that index first, the others after
                # them (the roots marked in the table alone, not in the group index)
                indexes.build(ID_INDEX)
                run.mark_roots(roots)
    finally:
        analyser.close()
    return report


def start_analysis(
    paths: Sequence[str | Path], *, language: str | None = None, rules: Rules | None = None,
    parallel: bool | None = None,
) -> Analyser:
    """The analysis of an ingestion of ``paths``, its workers started now (parallel: as
    for ingest_paths; None decides by the input's size). A caller about to start a thread
    (a progress bar) starts them first: a process with one thread forks its workers, which
    start at once, rather than spawning them (pipeline.start_method)."""
    files = check_arguments(paths, language)
    if parallel is None:
        parallel = sum(f.stat().st_size for f in files) >= PARALLEL_BYTES
    return Analyser(rules or load_rules(), language, parallel=parallel)


def _trim() -> None:
    """Give the C heap's free pages back to the system (glibc's malloc_trim; nothing
    elsewhere): called when a near-duplicate index has been let go, so that its pages, and
    those the pool's and the full-text index's threads freed in heaps of their own, are not
    held while the next one grows."""
    trim = getattr(_LIBC, "malloc_trim", None)
    if trim is not None:
        trim(0)


try:
    _LIBC = ctypes.CDLL(None)
except OSError:  # no C library to look in (not seen on Linux or macOS)
    _LIBC = None


@contextlib.contextmanager
def _no_cyclic_gc() -> Iterator[None]:
    """Pause Python's cycle collector: ingestion makes millions of small objects and no
    cycles, and the collector's repeated scans of the growing index cost 10-30%."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


# SQLite page cache while storing: bounded, so memory stays flat. 32 MB, not 64: the same
# CPU at 300,000 sentences, and a peak of 153 MB instead of 187 MB (with 64 MB the
# process kept growing long after 100,000 sentences)
CACHE_KB = 32_768
# and while building the indexes at the end: SQLite's sorter holds up to this much in each
# of its threads (SORT_THREADS) besides the cache itself. 4 MB, not 8: at 1M sentences the
# last builds were the run's peak once the budget was 35,000 (148 -> 142 MB), for 0.1-0.2 s
# more of building (52nd round)
SORT_CACHE_KB = 4_096
# and a helper thread for SQLite's sorter then (PRAGMA threads): the analysis is done, a core
# idles while the main thread builds the indexes alone, and the helper sorts a full list while
# the main thread fills the next (the tail's main-thread CPU at 1,000,000 sentences 4.46-5.00
# -> 4.02-4.37 s, three alternating pairs; the peak the same: 49th round)
SORT_THREADS = 1


@contextlib.contextmanager
def _page_cache(db: Database) -> Iterator[None]:
    """A larger (bounded) page cache while storing: the sentence and key indexes take
    inserts all over their B-trees, and SQLite's default 2 MB rereads pages at 1M rows."""
    row = db.execute("PRAGMA cache_size").fetchone()
    if row is None:  # a server keeps its own cache (PostgreSQL)
        yield
        return
    was = row[0]
    db.execute(f"PRAGMA cache_size = -{CACHE_KB}")
    try:
        yield
    finally:
        db.execute(f"PRAGMA cache_size = {was}")


class _BulkFts:
    """Index new sentences for full-text search a batch at a time, by one statement each,
    not one trigger per row.

    The insert trigger is dropped and recreated (same SQL) inside the caller's
    transaction, so no other connection ever sees the schema without it; the new rows
    are added to the FTS index in bulk, which is several times faster. Each batch is
    added as it is stored (``catch_up``), while the workers still analyse the next ones,
    rather than all at the end when they have nothing left to do.

    The statements run on a thread of their own, on the same connection (so in the same
    transaction, one statement at a time: SQLite serialises them): SQLite tokenises
    without Python's lock while this thread turns the next documents into rows. They are
    the same statements in the same order as one by one, so the index is the same. On an
    error, the thread finishes its statement and stops before the transaction is rolled
    back.
    """

    def __init__(self, db: Database):
        self.db = db
        self.sql: str | None = None
        self.last = 0
        self._jobs: queue.SimpleQueue | None = None
        self._thread: threading.Thread | None = None
        self._failed: BaseException | None = None
        self._stop = False

    def __enter__(self) -> _BulkFts:
        row = self.db.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", [FTS_TRIGGER]
        ).fetchone()
        if row is None or "sentences_fts" not in self.db.table_names():
            return self
        self.sql = row[0]
        self.last = self.db.execute("SELECT coalesce(max(rowid), 0) FROM sentences").fetchone()[0]
        self.db.execute(f"DROP TRIGGER [{FTS_TRIGGER}]")
        self._jobs = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._index, name="full-text index", daemon=True)
        self._thread.start()
        return self

    def catch_up(self, through: int) -> None:
        """Add the sentences stored since the last call, through rowid ``through``, to the
        full-text index (on the index's thread)."""
        if self.sql is None:
            return
        if self._failed is not None:
            raise self._failed
        self._jobs.put((self.last, through))
        self.last = through

    def _index(self) -> None:
        conn = self.db.conn
        while (job := self._jobs.get()) is not None:
            if self._failed is None and not self._stop:
                try:
                    conn.execute(INDEX_BETWEEN, job)
                except BaseException as exc:  # noqa: BLE001 - raised on the caller's thread
                    self._failed = exc

    def __exit__(self, kind, value, traceback) -> None:
        if self._thread is not None:
            self._stop = kind is not None  # an error: leave the rest, the caller rolls back
            self._jobs.put(None)
            self._thread.join()
        if kind is None and self.sql is not None:
            if self._failed is not None:
                raise self._failed
            self.db.execute(
                "INSERT INTO sentences_fts (rowid, text) SELECT rowid, text FROM sentences "
                "WHERE rowid > ?", [self.last])
            self.db.execute(self.sql)


@contextlib.contextmanager
def _without_trigger(db: Database, name: str) -> Iterator[None]:
    """The trigger dropped, then recreated from its stored SQL, inside the caller's
    transaction (no other connection sees the schema without it)."""
    row = None if is_postgres(db) else db.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", [name]
    ).fetchone()
    if row is None:
        yield
        return
    db.execute(f"DROP TRIGGER [{name}]")
    yield
    db.execute(row[0])


# the triggers that fill a progress row's ordinal in from its document's, whichever of the
# two is stored first (migration 0014)
ORDINAL_TRIGGERS = ("documents_ordinal_progress", "progress_documents_ordinal")


class _ProgressOrdinals:
    """Store each document's progress row with its ordinal, the two insert triggers that
    would fill it in (ORDINAL_TRIGGERS) dropped for the run and recreated from their stored
    SQL inside the caller's transaction, as _BulkFts does the full-text index's: no other
    connection sees the schema without them, and a failed ingestion rolls the drop back.

    With an insert trigger, every row's insert (a document's, its progress row's) is a
    statement that may write more than one row, so SQLite keeps a statement journal of the
    pages it changes; once a larger statement (the full-text index's) has spilled that
    journal to a temporary file, which stays for the transaction, each document costs a
    dozen writes to it: 520,000 write calls and 1.5 s of the main thread at 1,000,000
    sentences. Without the triggers each insert is one row's, with no journal.

    The rows are the same: with the triggers, a new document's progress row took the
    document's ordinal from the trigger on progress_documents, or, already there, from the
    trigger on documents; here the upsert sets it (progress.documents_stored_in_order).
    Kept only where both triggers exist (``given``), and not on PostgreSQL."""

    def __init__(self, db: Database):
        self.db = db
        self.dropped: list[str] = []  # their SQL, in ORDINAL_TRIGGERS' order
        self.given = False

    def __enter__(self) -> _ProgressOrdinals:
        if is_postgres(self.db):
            return self
        found = dict(self.db.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN (?, ?)",
            ORDINAL_TRIGGERS).fetchall())
        if len(found) < len(ORDINAL_TRIGGERS):
            return self
        for name in ORDINAL_TRIGGERS:
            self.db.execute(f"DROP TRIGGER [{name}]")
            self.dropped.append(found[name])
        self.given = True
        return self

    def __exit__(self, kind, value, traceback) -> None:
        if kind is None:
            for sql in self.dropped:
                self.db.execute(sql)


class _IndexesAfter:
    """Into an empty database, build the sentences' indexes once at the end (a sort each)
    instead of inserting every row into each B-tree at a random place: the id's unique
    index (migration 0019) as well as the secondary ones.

    Dropped and recreated from their stored SQL inside the caller's transaction, like
    the FTS trigger: no other connection sees the schema without them, and a failed
    ingestion rolls the drop back (on an error none is built). A database that holds
    sentences keeps its indexes (rebuilding them for a day's articles would cost more
    than it saves).

    The id's index stays while an insert trigger on sentences does (the full-text
    index's, if _BulkFts has not dropped it): a row inserted through a trigger makes
    SQLite look up the parent key of the foreign keys naming ``sentences.id``, which
    needs that index ("foreign key mismatch"); a plain insert does not. Without the
    index, a duplicate id (two texts with the same hash) fails the index's build at the
    end instead of the insert: the same error, the same rollback.
    """

    def __init__(self, db: Database):
        self.db = db
        self.dropped: dict[str, str] = {}  # name: its SQL, in name order

    def __enter__(self) -> _IndexesAfter:
        db = self.db
        if db.execute("PRAGMA cache_size").fetchone() is None or db.execute(
            "SELECT 1 FROM sentences LIMIT 1"
        ).fetchone() is not None:  # a server (PostgreSQL) or sentences already stored
            return self
        indexes = db.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'sentences' "
            "AND sql IS NOT NULL ORDER BY name").fetchall()
        inserted_by_trigger = any(
            _INSERT_TRIGGER.search(sql) for (sql,) in db.execute(
                "SELECT sql FROM sqlite_master WHERE type = 'trigger' "
                "AND tbl_name = 'sentences'"))
        for name, sql in indexes:
            if name == ID_INDEX and inserted_by_trigger:
                continue
            db.execute(f"DROP INDEX [{name}]")
            self.dropped[name] = sql
        return self

    def build(self, *names: str) -> None:
        """Build the dropped indexes ``names`` (all that are left when none given) now."""
        wanted = [name for name in (names or list(self.dropped)) if name in self.dropped]
        if not wanted:
            return
        # SQLite's sorter holds up to the page cache's size in memory: a small cache while
        # sorting keeps memory flat at 1M sentences (the pages it lets go are reused)
        was = self.db.execute("PRAGMA cache_size").fetchone()[0]
        threads = self.db.execute("PRAGMA threads").fetchone()[0]
        self.db.execute(f"PRAGMA cache_size = -{SORT_CACHE_KB}")
        self.db.execute(f"PRAGMA threads = {SORT_THREADS}")
        try:
            for name in wanted:
                self.db.execute(self.dropped.pop(name))
        finally:
            self.db.execute(f"PRAGMA threads = {threads}")
            self.db.execute(f"PRAGMA cache_size = {was}")

    def __exit__(self, kind, value, traceback) -> None:
        if kind is None:
            self.build()


def _asked_again(cached: dict[int, tuple], rowids: set[int]) -> list[int]:
    """The rowids ``cached`` lacks; those it holds are moved to its end (the last let go:
    a dict keeps insertion order), so that a full cache lets go of the rows least recently
    asked, not of the wire story's common rows that every copy asks for."""
    missing = []
    for rowid in rowids:
        row = cached.pop(rowid, None)
        if row is None:
            missing.append(rowid)
        else:
            cached[rowid] = row
    return missing


class _Run:
    """State of one ingestion inside its transaction."""

    def __init__(
        self, db: Database, rules: Rules, language: str | None, report: IngestReport,
        analyser: Analyser,
    ):
        self.db = db
        self.rules = rules
        self.language = language
        self.report = report
        self.ordinal = db.execute("SELECT coalesce(max(ordinal), -1) FROM documents").fetchone()[0]
        self.had_documents = self.ordinal >= 0
        # the documents this run has taken: a filter of two bits each (1 MB however many),
        # the ids not stored yet, and on both bits set the documents table (a set of every
        # id the run takes grew with the corpus: some 4 MB at 1M sentences)
        self.seen = bytearray(SEEN_BITS >> 3)
        self.pending: set[str] = set()
        self.stored = {row[0] for row in db.execute("SELECT id FROM documents")}
        self._index: NearDuplicateIndex | None = None
        self.stamp = now()
        self.analyser = analyser
        self.on_document: Callable[[SourceDocument], None] | None = None
        self.fts: _BulkFts | None = None
        self.counted = 0
        self.rowid = db.execute("SELECT coalesce(max(rowid), 0) FROM sentences").fetchone()[0]
        # near-duplicate keys of the sentences the index holds, (rowid before, Result.keys)
        # per document: filed on disk when the index lets them go (one large sorted insert,
        # not one per batch) and at the end
        self.keys: list[tuple[int, bytes]] = []
        self.documents: list[tuple] = []  # document rows of that batch
        # (doc id, presented sentences, ordinal) of it
        self.progress: list[tuple[str, int, int]] = []
        # the progress rows are stored with their ordinal (_ProgressOrdinals)
        self.ordinals_given = False
        self._full_keys: dict[int, list[int]] = {}  # see _stored
        self._recent_keys: dict[int, list[int]] = {}
        self._stored_rows: dict[int, tuple] = {}
        # what the batch being analysed looks up, read at once before it (_prefetch)
        self._batch_keys: dict[int, list[int]] = {}
        self._batch_rows: dict[int, tuple] = {}
        # the keys of that batch whose bits are set in the filter (None: not read ahead)
        self._passing: set[int] | None = None
        self.filed = bytearray(FILTER_BITS >> 3)  # see FILTER_BITS
        self.filter_complete = not self.had_documents  # every key on disk has its bit
        self.looked_up = 0
        self._roots: list[str] = []  # see _keep_roots
        # keys of sentences let go, not filed yet (_hold_keys): key_batches.packed's sorted
        # values, a generation per start afresh, in rowid order
        self._unfiled: list = []
        self._unfiled_sentences = 0

    @property
    def index(self) -> NearDuplicateIndex:
        """Near-duplicate index of this run's sentences; the stored ones are looked up on
        disk (near_duplicate_keys), after filing any stored sentence not filed yet."""
        if self._index is None:
            stored = None
            if self.had_documents:
                self._file_stored()
                stored = self._stored
            self._index = NearDuplicateIndex(
                stored=stored, maybe_stored=self._maybe_filed if stored else None,
                stored_text=self._stored_text)
        return self._index

    def _file_stored(self) -> None:
        """File the keys of stored sentences that have none yet (a database from before
        they were kept, or sentences a merge copied in): once, in rowid order."""
        through = self.db.execute("SELECT through FROM near_duplicate_filed").fetchone()[0]
        if through >= self.rowid:
            return
        rows = self.db.execute(
            "SELECT rowid, text FROM sentences WHERE rowid > ? AND excluded IS NULL "
            "ORDER BY rowid", [through])
        while batch := rows.fetchmany(BATCH):
            keys = []
            for rowid, text in batch:
                signed = signature(text)
                if signed is not None:
                    keys.extend((key, rowid) for key in keys_of(signed))
            keys.sort()
            self.db.conn.executemany(INSERT_KEY, keys)
            self._mark(keys)
        self._set_filed(self.rowid)

    def _set_filed(self, through: int) -> None:
        self.db.execute("UPDATE near_duplicate_filed SET through = ?", [through])

    def _mark(self, keys: list[tuple[int, int]]) -> None:
        """Set the filter's bit of each (key, rowid) stored."""
        filed, mask = self.filed, FILTER_BITS - 1
        for key, _ in keys:
            bit = key & mask
            filed[bit >> 3] |= 1 << (bit & 7)
            bit = (key * MIX >> 40) & mask
            filed[bit >> 3] |= 1 << (bit & 7)

    def _maybe_filed(self, keys: tuple[int, ...]) -> bool:
        """False when no stored sentence can be filed under any of ``keys``."""
        if self._passing is not None:  # the filter, read for this batch (_prefetch)
            return not self._passing.isdisjoint(keys)
        if not self.filter_complete:
            self.looked_up += 1
            if self.looked_up < LOAD_FILTER_AFTER:
                return True
            self._mark(self.db.conn.execute("SELECT key, 0 FROM near_duplicate_keys"))
            self.filter_complete = True
        filed, mask = self.filed, FILTER_BITS - 1
        for key in keys:
            bit = key & mask
            if filed[bit >> 3] >> (bit & 7) & 1:
                bit = (key * MIX >> 40) & mask
                if filed[bit >> 3] >> (bit & 7) & 1:
                    return True
        return False

    def _stored(self, keys: tuple[int, ...]) -> list[tuple[str, str, str | None, int, str | None]]:
        """Stored sentences filed under any of ``keys``: the first MAX_BUCKET per key, in
        filing order (the index asks only when ``_maybe_filed``), with their normalised text.

        A key's first MAX_BUCKET never change once there are that many (keys are filed in
        rowid order), nor do the stored rows during the run (group roots are marked at its
        end): both are kept in bounded caches, and the common window of a wire story is not
        read and normalised again for every copy of it.
        """
        full, recent, cached = self._full_keys, self._recent_keys, self._stored_rows
        filed, mask = (self.filed if self.filter_complete else None), FILTER_BITS - 1
        passing = self._passing
        rowids: set[int] = set()
        for key in keys:
            first = full.get(key)
            if first is None:
                first = recent.get(key)
            if first is None:
                if passing is not None:  # the filter, read for this batch (_prefetch)
                    if key not in passing:
                        continue
                elif filed is not None:  # a key the filter has not seen is not on disk
                    bit = key & mask
                    if not filed[bit >> 3] >> (bit & 7) & 1:
                        continue
                    bit = (key * MIX >> 40) & mask
                    if not filed[bit >> 3] >> (bit & 7) & 1:
                        continue
                first = self._batch_keys.get(key)
                if first is None:
                    first = [r for (r,) in self.db.conn.execute(FIRST_FILED, (key,))]
                    if len(first) < MAX_BUCKET and self._unfiled:
                        more = key_batches.filed_under(self._unfiled, [key], ROWID_BITS)
                        first += more.get(key, [])[:MAX_BUCKET - len(first)]
                if len(first) == MAX_BUCKET:
                    if len(full) < CACHED_FULL_KEYS:
                        full[key] = first
                elif len(recent) < CACHED_KEYS:
                    recent[key] = first  # gains the keys held later (_recent_gain)
            rowids.update(first)
        missing = _asked_again(cached, rowids)
        if missing:
            if len(cached) + len(missing) > CACHED_ROWS:
                # the least recently asked out, ROWS_LET_GO's room made, none of this
                # lookup's (reading a stored row again is a seek into a large table, at 1M
                # the most costly step of a lookup): at most CACHED_ROWS and one lookup's
                # rows are held
                keep = CACHED_ROWS - max(1, CACHED_ROWS // ROWS_LET_GO) - len(missing)
                for rowid in list(itertools.islice(cached, max(0, len(cached) - keep))):
                    if rowid not in rowids:
                        del cached[rowid]
            fetched = self._batch_rows
            unread = [r for r in missing if r not in fetched]
            for rowid in missing:
                if rowid in fetched:
                    cached[rowid] = fetched[rowid]
            if unread:
                self._read_rows(unread, cached)
        return [cached[r] for r in sorted(rowids)]

    def _read_rows(self, rowids: list[int], into: dict[int, tuple]) -> None:
        """Stored sentences by rowid into ``into``: (id, doc id, group id, rowid, normalised
        text), the text itself left out (the index reads it again by rowid, _stored_text, in
        the rare match that needs it: a third of a held row's memory). Rows of one
        document, read one after the other, hold one copy of its id, not one each."""
        doc_id = None
        for rowid, sid, doc, group, text in self.db.conn.execute(
            STORED_ROWS, ["[" + ",".join(map(str, rowids)) + "]"]
        ):
            if doc == doc_id:
                doc = doc_id
            else:
                doc_id = doc
            into[rowid] = (sid, doc, group, rowid, normalised(text))

    def _stored_text(self, rowid: int) -> str:
        """A stored sentence's text, by its rowid (for the index: _read_rows left it out)."""
        return self.db.conn.execute(STORED_ROWS, [f"[{rowid}]"]).fetchone()[4]

    def _prefetch(self, batch: list[tuple[SourceDocument, Result]]) -> None:
        """Read what ``batch`` will look up on disk (_stored) in two statements, not two per
        sentence: each is a wait on the connection while the full-text index's thread holds
        it, and called before that thread is given the batch just stored, none waits.

        The keys on disk do not change while a batch is analysed (they are filed only when
        a batch is stored), nor does the filter, so these are exactly the keys _stored
        would read: those whose bits are set, that no cache holds."""
        self._batch_keys, self._batch_rows, self._passing = {}, {}, None
        index = self._index
        if (not batch or index is None or index.stored is None or not self.filter_complete
                or is_postgres(self.db)):
            return  # no lookups on disk yet, or one at a time until the filter is read
        full, recent = self._full_keys, self._recent_keys
        # the keys of the batch's units that have a signature (their Result.keys)
        passing = key_batches.passing(self.filed, [result.keys for _, result in batch],
                                      UNIT_BITS, FILTER_BITS - 1)
        self._passing = passing
        rowids: set[int] = set()
        wanted = set()
        for key in passing:  # a key whose first sentences a cache holds is not asked again
            first = full.get(key)
            if first is None:
                first = recent.get(key)
            if first is None:
                wanted.add(key)
            else:
                rowids.update(first)
        found = self._batch_keys
        if wanted:
            for key, first in self.db.conn.execute(
                FIRST_FILED_OF, ["[" + ",".join(map(str, sorted(wanted))) + "]"]
            ):
                found[key] = sorted(map(int, first.split(","))) if first else []
            if self._unfiled:  # and after them, those of the keys not filed yet
                short = [key for key in sorted(wanted) if len(found[key]) < MAX_BUCKET]
                for key, more in key_batches.filed_under(self._unfiled, short,
                                                         ROWID_BITS).items():
                    found[key] += more[:MAX_BUCKET - len(found[key])]
            for key in wanted:
                rowids.update(found[key])
        # every row the batch's lookups will want, held for the batch: the rows cache may let
        # go of one before it is asked for, and reading it then waits on the connection while
        # the full-text index's thread holds it (3.6 s of the main thread's 25 s at 1,000,000)
        cached, fetched = self._stored_rows, self._batch_rows
        unread = []
        for rowid in sorted(rowids):
            row = cached.get(rowid)
            if row is None:
                unread.append(rowid)
            else:
                fetched[rowid] = row
        if unread:
            self._read_rows(unread, fetched)

    def ingest_file(self, path: Path) -> None:
        # executemany in batches: sqlite-utils' insert_all spends ~50 us a row converting
        # values, more than SQLite spends storing them; batches keep SQLite's work together.
        # Stored at document boundaries, so every sentence the index holds is on disk
        # whenever it is retired (see _store). The next batch's analysed documents are
        # taken before a batch is stored, so that its stored lookups are read at once
        # (_prefetch) before the full-text index's thread takes the connection.
        batches = self._batches(read_documents(path))
        current = next(batches, None)
        while current is not None:
            rows = [row for source, result in current
                    for row in self._document(source, result)]
            current = next(batches, None)  # the batch just grouped let go first
            self._store(rows, current)

    def _batches(self, documents: Iterator[SourceDocument]
                 ) -> Iterator[list[tuple[SourceDocument, Result]]]:
        """The analysed new documents in batches of at least BATCH units (the last one
        smaller), each batch whole documents."""
        batch: list[tuple[SourceDocument, Result]] = []
        units = 0
        for source, result in self._results(documents):
            batch.append((source, result))
            units += len(result.units)
            if units >= BATCH:
                yield batch
                batch, units = [], 0
        if batch:
            yield batch

    def _store(self, batch: list[tuple],
               following: list[tuple[SourceDocument, Result]] | None = None) -> None:
        # documents first: their insert trigger and the progress rows read each other
        self.db.conn.executemany(INSERT_DOCUMENT, self.documents)
        for row in self.documents:
            self.pending.discard(row[0])  # stored: found there from now on
        self.documents.clear()
        if self.ordinals_given:
            progress.documents_stored_in_order(self.db, self.progress)
        else:
            progress.documents_stored(self.db, [row[:2] for row in self.progress])
        self.progress.clear()
        self.db.conn.executemany(INSERT_SENTENCE, batch)
        if self._index is not None and self._held() >= IN_MEMORY:
            # every sentence it holds is stored: let it go, keep its keys sorted (filed
            # with the next ones, FILE_EVERY), look its sentences up by them
            self._keep_roots()
            sentences = len(self._index.ids)
            self._index = NearDuplicateIndex(
                stored=self._stored, maybe_stored=self._maybe_filed,
                stored_text=self._stored_text)
            self._hold_keys(sentences)
            if self._unfiled_sentences >= FILE_EVERY:
                self._file_keys()
            _trim()
        self._prefetch(following or [])
        if self.fts is not None:
            self.fts.catch_up(self.rowid)

    def _held(self) -> int:
        """What the run holds in memory, in sentences' worth (see IN_MEMORY); at least
        IN_MEMORY once the index holds that much alone, never before it holds
        LEAST_IN_INDEX."""
        in_index = len(self._index.ids) if self._index is not None else 0
        if in_index < LEAST_IN_INDEX:
            return in_index
        return (in_index + (len(self._stored_rows) + len(self._batch_rows)) * ROW_WORTH
                + (len(self._recent_keys) + len(self._batch_keys)) // RECENT_KEYS_A_SENTENCE
                + len(self._full_keys) * FULL_KEY_WORTH
                + sum(map(len, self._unfiled)) // UNFILED_KEYS_A_SENTENCE)

    def _keep_roots(self) -> None:
        """Keep the group roots the index found as one text (an index let go would leave
        each id held alone, a set of them growing with the corpus)."""
        if self._index is not None and self._index.new_roots:
            self._roots.append("\n".join(self._index.new_roots))
            self._index.new_roots = set()

    def _hold_keys(self, sentences: int, *, mark: bool = True) -> None:
        """Take the keys of the sentences the index held (``sentences`` of them) into the
        unfiled generations, sorted, setting their bits in the filter (unless ``mark`` is
        False: at the end of the run nothing looks them up); lookups find them there until
        they are filed (_file_keys)."""
        if not self.keys:
            return
        documents, self.keys = self.keys, []
        values = key_batches.packed(documents, UNIT_BITS, ROWID_BITS,
                                    self.filed if mark else None, FILTER_BITS - 1)
        del documents
        self._recent_gain(values)
        self._unfiled.append(values)
        self._unfiled_sentences += sentences

    def _recent_gain(self, values) -> None:
        """The keys with fewer than MAX_BUCKET sentences that the recent cache holds gain
        those of ``values`` (a generation of keys, later rowids than any held): searched
        for all at once, not read again from disk one batch at a time."""
        recent = self._recent_keys
        if not recent:
            return
        for key, more in key_batches.filed_under([values], list(recent), ROWID_BITS).items():
            first = recent[key]
            recent[key] = first + more[:MAX_BUCKET - len(first)]

    def _file_keys(self) -> None:
        """Store the unfiled keys in key order (each page of the key index is visited
        once), in one pass over the key index for every generation held."""
        generations, self._unfiled = self._unfiled, []
        self._unfiled_sentences = 0
        if not generations:
            return
        values = key_batches.merged(generations)
        del generations
        if is_postgres(self.db):  # no json_each there: pairs bound one by one
            self.db.conn.executemany(INSERT_KEY, key_batches.pairs(values, ROWID_BITS))
            return
        for keys in key_batches.json_slices(values, FILE_SLICE):  # in key order
            self.db.execute(FILE_KEYS, [keys])

    def _new(self, documents: Iterator[SourceDocument]) -> Iterator[SourceDocument]:
        """The documents not stored yet (by content hash), each once."""
        for source in documents:
            doc_id = document_id(source.raw)
            if doc_id in self.stored or self._taken(doc_id):
                self.report.documents_present += 1
                continue
            source.doc_id = doc_id
            yield source

    def _taken(self, doc_id: str) -> bool:
        """Whether this run has taken the document already (stored or not yet); notes it
        taken when not."""
        seen, mask = self.seen, SEEN_BITS - 1
        first, second = int(doc_id[:8], 16) & mask, int(doc_id[8:16], 16) & mask
        if (seen[first >> 3] >> (first & 7) & 1 and seen[second >> 3] >> (second & 7) & 1
                and (doc_id in self.pending or self.db.execute(
                    "SELECT 1 FROM documents WHERE id = ?", [doc_id]).fetchone() is not None)):
            return True
        seen[first >> 3] |= 1 << (first & 7)
        seen[second >> 3] |= 1 << (second & 7)
        self.pending.add(doc_id)
        return False

    def _results(self, documents: Iterator[SourceDocument]
                 ) -> Iterator[tuple[SourceDocument, Result]]:
        """Each new document with its analysis."""
        for source, result in self.analyser.map(self._new(documents)):
            if isinstance(result, TooLongSentence):
                raise self._too_long(source, result)
            yield source, result
            self.counted += 1
            if self.on_document is not None and self.counted % PROGRESS_EVERY == 0:
                self.on_document(source)

    @staticmethod
    def _too_long(source: SourceDocument, exc: TooLongSentence) -> InputError:
        if source.line is not None:
            line = source.line
        else:
            line = source.raw.count("\n", 0, exc.offset) + 1
        return InputError(
            source.file,
            f"{exc.length:,} characters without a sentence end (limit 10,000): not news text?",
            line,
        )

    def _document(self, source: SourceDocument, result: Result) -> list[tuple]:
        doc_id = source.doc_id
        language = result.language or source.language or self.language
        self.ordinal += 1
        gaps = result.gaps  # the raw text once: the units hold their spans of it
        self.documents.append(
            (doc_id, self.ordinal, source.path, result.title, result.outlet, result.dateline,
             result.published, result.wire, source.url, language,
             source.raw if gaps is None else None, gaps, self.stamp, source.given_id),
        )
        self.report.documents_added += 1
        raw = source.raw
        report = self.report
        by_reason = report.excluded_by_reason
        index = self.index
        position = 0
        rows = []
        if self.rowid + len(result.units) >= ROWID_LIMIT:
            raise AnnotatorError(f"the sentences table is full: rowids reach {ROWID_LIMIT:,}")
        if len(result.units) >= UNIT_LIMIT:
            raise InputError(source.file, f"{len(result.units):,} lines and sentences in one "
                             "document: not a news article?", source.line)
        if result.keys:
            self.keys.append((self.rowid, result.keys))
        append, rowid = rows.append, self.rowid
        # the presented sentences with a signature, filed in the index all at once below in
        # the same order (one call, not one each): their rows then take the group they join
        filing = []
        for unit_index, (sid, start, end, excluded, duplicate_of, norm, keys) in enumerate(
            result.units
        ):
            rowid += 1
            if excluded is None:
                text = raw[start:end]
                if norm is not None:
                    filing.append((unit_index, sid, text, norm, keys))
                append((rowid, sid, doc_id, unit_index, position, text, start, end, None, None,
                        None))
                position += 1
            else:
                by_reason[excluded] = by_reason.get(excluded, 0) + 1
                append((rowid, sid, doc_id, unit_index, None, raw[start:end], start, end,
                        excluded, duplicate_of, None))
        self.rowid = rowid
        if filing:
            joined = index.add_document(doc_id, filing)
            for unit_index, group in joined:  # a row a unit, in order
                rows[unit_index] = (*rows[unit_index][:10], group)
            report.grouped += len(joined)
        report.sentences += position
        report.excluded += len(result.units) - position
        self.progress.append((doc_id, position, self.ordinal))
        return rows

    def finish(self) -> list[str]:
        """Note how far the near-duplicate keys are filed; the ids of the sentences that
        became the first member of a new group (for mark_roots), in id order."""
        indexed = self._index is not None
        self._keep_roots()
        sentences = len(self._index.ids) if indexed else 0
        self._index = None  # let go before its keys are filed, as at each start afresh
        self._hold_keys(sentences, mark=False)
        self._file_keys()
        if indexed or not self.had_documents:
            self._set_filed(self.rowid)  # every sentence stored so far has its keys
        roots = {root for kept in self._roots for root in kept.split("\n")}
        self._roots.clear()
        return sorted(roots)

    def mark_roots(self, roots: list[str]) -> None:
        """Mark the sentences that became the first member of a new group (by id: the
        id's index must be there)."""
        if not roots:
            return
        # only group_id changes: the full-text index has nothing to take out and put back
        with _without_trigger(self.db, FTS_UPDATE_TRIGGER):
            self.db.conn.executemany(
                "UPDATE sentences SET group_id = id WHERE id = ? AND group_id IS NULL",
                [(sid,) for sid in roots],
            )
        self.report.grouped += len(roots)

    def release(self) -> None:
        """Let go of what only the run's lookups needed (the index, the filter, the caches,
        the documents seen), before the indexes are built and the transaction commits:
        SQLite's sorter and the commit then reuse that memory rather than add to it."""
        self._index = None
        self.filed = bytearray()
        self._passing = None
        self._unfiled = []
        for held in (self._full_keys, self._recent_keys, self._stored_rows, self._batch_keys,
                     self._batch_rows, self.pending):
            held.clear()
        self.seen = bytearray()
        _trim()
