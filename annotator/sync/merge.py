"""Fold other reviewers' databases into this one: annotations, disputes, gold and all history.

A reviewer who labels on their own machine hands over their database file; merging it
must lose nothing and be safe to repeat. History rows carry globally unique change ids,
so a row already here is recognised and skipped; the current value of an annotation (or
a dispute link, or a gold label) is whichever side changed it last, and the other side's
version stays in the history. Documents and sentences are matched by their stable ids.
Every database given is checked before anything is written, and the whole merge is one
transaction: a refusal or an error leaves this database exactly as it was.

Merges never delete disputes, so a dispute folded away here comes back with the other
reviewer's copy of it; each merge folds such disputes again in the same transaction and
reports them, with the disputes that now share a title (one proposition started on two
machines), which only a person can decide to fold.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from annotator.base.clock import BadTime, latest_allowed, now, parse_stamp
from annotator.base.errors import AnnotatorError, StoreError
from annotator.base.locations import is_server
from annotator.db import document_text
from annotator.db import progress as progress_tables
from annotator.db.connection import (
    applied_migrations,
    check_version,
    connect,
    database_file,
    is_postgres,
    open_db,
    write,
)
from annotator.db.migrations import recount_documents_0007
from annotator.domain import sources as registry
from annotator.domain.disputes import duplicate_groups, fold_again, overlapping_disputes
from annotator.exchange.jsonl import remove_stale_temp_files
from annotator.sync import high_water

REQUIRED_TABLES = ("documents", "sentences", "annotations", "annotation_history")
MAX_AT_ONCE = 9  # SQLite attaches at most 10 databases to one connection

Progress = Callable[[str], None]


@dataclass
class MergeReport:
    """What one merge added or changed here, by kind of row; the disputes it folded again
    (``disputes.merge_disputes`` results) and the groups of disputes sharing a title once
    it was in (``disputes.duplicate_groups``)."""

    path: str
    documents: int = 0
    sentences: int = 0
    sources: int = 0
    annotations_added: int = 0
    annotations_updated: int = 0
    annotations_removed: int = 0
    annotation_history: int = 0
    disputes: int = 0
    dispute_links_added: int = 0
    dispute_links_updated: int = 0
    dispute_links_removed: int = 0
    dispute_history: int = 0
    gold_added: int = 0
    gold_updated: int = 0
    gold_removed: int = 0
    gold_history: int = 0
    assignments_added: int = 0
    assignments_removed: int = 0
    assignment_history: int = 0
    reviewers: list[str] = field(default_factory=list)
    folded: list[dict] = field(default_factory=list)
    duplicates: list[list[dict]] = field(default_factory=list)
    overlaps: list[dict] = field(default_factory=list)  # differently titled, shared members

    def counts(self) -> dict[str, int]:
        """The rows added, updated or removed, by kind."""
        return {name: value for name, value in self.__dict__.items()
                if isinstance(value, int)}

    @property
    def changed(self) -> bool:
        return any(self.counts().values())

    def as_dict(self) -> dict:
        """The file, the counts and the reviewers (what ``annotator merge --json`` prints)."""
        return {"path": self.path, **self.counts(), "reviewers": self.reviewers}


def open_other(path: str | Path, this_db: Database | None = None) -> Database:
    """Open another reviewer's database read-only, refusing anything that is not one we know.

    Its times are checked by :func:`_checked` (which reads every row), and only for a file
    not merged before. Raises StoreError with one line naming the file.
    """
    path = Path(path)
    if not path.exists():
        raise StoreError(f"{path}: no such file")
    if path.is_dir():
        raise StoreError(f"{path}: is a folder, not a database file")
    if this_db is not None and _same_file(this_db, path):
        raise StoreError(f"{path}: is this database; nothing to merge")
    try:
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
        other = Database(conn, execute_plugins=False)  # as open_db: no plugin scan (0.2 s)
        tables = set(other.table_names())
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path}: not an annotator database ({exc})") from exc
    try:
        check_version(other, path)
        missing = [name for name in REQUIRED_TABLES if name not in tables]
        if missing:
            raise StoreError(f"{path}: not an annotator database (no {missing[0]} table)")
    except (StoreError, sqlite3.DatabaseError) as exc:
        other.close()
        if isinstance(exc, StoreError):
            raise
        raise StoreError(f"{path}: not an annotator database ({exc})") from exc
    return other


# The times that decide which side of a merge wins: each must be the tool's own form
# (UTC ISO 8601, "Z") and not later than now plus the allowed skew, or a forged stamp
# ("9999-garbage") would win every merge and the reviewer's real later work never arrive.
STAMPS = {
    "annotations": ("created_at", "updated_at"),
    "annotation_history": ("at", "prev_updated_at"),
    "disputes": ("created_at", "updated_at"),
    "dispute_members": ("created_at", "updated_at"),
    "dispute_history": ("at",),
    "gold": ("decided_at",),
    "gold_history": ("at", "prev_decided_at"),
}
# The tool's own form as a shape: a time there that has it and that julianday() can read
# has digits where the digits go, in range (julianday reads exactly four, then two and two,
# and refuses a month over 12, a day over 31, an hour over 24, a minute or second over 59).
# So "not this shape, later than the limit or unreadable" picks out exactly the times that
# need a look in Python (a blob compares later than any text, a number fails the shape),
# with '?' instead of character classes where julianday() already insists on digits: the
# pattern is a quarter of the check's cost. The fraction's last place keeps its class:
# julianday() reads a fraction as a digit after the point, any more digits, then white
# space only before the zone, so "30.12345 Z" reads as a time; with a digit just before
# the "Z", every place between is a digit too (one class costs the check a third less
# than six).
_STAMP_SHAPE = "????-??-??T??:??:??.?????[0-9]Z"


def _stamp_columns(other: Database):
    tables = set(other.table_names())
    for table, columns in STAMPS.items():
        if table in tables:
            present = set(_columns(other, table))
            yield from ((table, column) for column in columns if column in present)


def odd_stamp(column: str) -> str:
    """SQL: is this time one to look at in Python (malformed, in the future or not in the
    tool's own form)? Parameters :shape and :limit."""
    return (f"([{column}] IS NOT NULL AND ([{column}] NOT GLOB :shape "
            f"OR [{column}] > :limit OR julianday([{column}]) IS NULL))")


def check_stamps(other: Database, path: str | Path, since: int | None = None) -> bool:
    """Refuse a database holding a time that is malformed or in the future (one line
    naming the file, the table, the column and the value). True when every time is valid
    but some are not in the tool's own form (another zone, no microseconds, a space for
    "T"): the merge then reads a copy with them in UTC. Each table is read once, its
    times checked in SQL; only the odd ones come into Python. A time equal to the row's
    first one (a label never changed: created and updated at once) is that one, checked
    already. With ``since`` (the file's high-water mark: sync/high_water.py), only the
    annotation history after it and the annotations it touched are read: the rest was
    checked when it was merged."""
    limit = latest_allowed()
    other_form = False
    tables: dict[str, list[str]] = {}
    for table, column in _stamp_columns(other):
        tables.setdefault(table, []).append(column)
    for table, columns in tables.items():
        rows = other.execute(
            "SELECT DISTINCT " + ", ".join(f"CASE WHEN {odd_stamp(c)} THEN [{c}] END"
                                           for c in columns)
            + f" FROM [{table}] WHERE (" + " OR ".join(
                [odd_stamp(columns[0])]
                + [f"([{c}] IS NOT [{columns[0]}] AND {odd_stamp(c)})" for c in columns[1:]])
            + f") {_since_scope(table, since)}",
            {"shape": _STAMP_SHAPE, "limit": limit, "since": since})
        for row in rows:
            for column, value in zip(columns, row, strict=True):
                if value is None:
                    continue
                try:
                    parse_stamp(value, field=f"{table}.{column}")
                except BadTime as exc:
                    why = ("in the future" if "future" in str(exc)
                           else "not an ISO 8601 time with a zone")
                    raise StoreError(f"{path}: {table}.{column} holds {value!r}, {why}; "
                                     "nothing was merged") from None
                other_form = True
    return other_form


def _since_scope(table: str, since: int | None) -> str:
    """SQL: the rows of ``table`` (in the other file) that changed after its mark."""
    if since is None or table not in (high_water.HISTORY, "annotations"):
        return ""
    if table == high_water.HISTORY:
        return "AND rowid > :since"
    return (f"AND (sentence_id, reviewer) IN (SELECT sentence_id, reviewer "
            f"FROM {high_water.HISTORY} WHERE rowid > :since)")


def _scratch_folder(db: Database | None) -> Path | None:
    """Where a UTC copy goes: beside this database (the same disk as the merge result)."""
    filename = database_file(db) if db is not None else None
    if not filename or is_server(filename):  # a PostgreSQL database: the system's temp folder
        return None
    folder = Path(filename).parent
    return folder if folder.is_dir() else None


def utc_copy(other: Database, path: str | Path, folder: Path | None) -> Path:
    """A scratch copy of ``other`` with every time in the tool's form (UTC, microseconds,
    "Z"); the colleague's file itself is never written. The same file gives the same copy,
    so merging it twice is still idempotent."""
    if folder is not None:
        remove_stale_temp_files(folder)  # a copy left by a merge that was killed
    handle, name = tempfile.mkstemp(prefix=f".merge-utc.db.{os.getpid()}.", suffix=".tmp",
                                    dir=folder)
    os.close(handle)
    copy = Path(name)
    try:
        target = sqlite3.connect(copy)
        try:
            other.conn.backup(target)
            target.execute("PRAGMA journal_mode = DELETE")  # read-only later: no -wal/-shm
            target.create_function("utc_stamp", 1, parse_stamp, deterministic=True)
            for (trigger,) in target.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
                target.execute(f"DROP TRIGGER [{trigger}]")  # a scratch copy: times only
            for table, column in _stamp_columns(other):
                target.execute(f"UPDATE [{table}] SET [{column}] = utc_stamp([{column}]) "
                               f"WHERE {odd_stamp(column)}",
                               {"shape": _STAMP_SHAPE, "limit": latest_allowed()})
            target.commit()
        finally:
            target.close()
    except (OSError, sqlite3.Error) as exc:
        copy.unlink(missing_ok=True)
        raise StoreError(f"{path}: cannot make a UTC copy to merge from ({exc})") from exc
    return copy


def _checked(other: Database, path: str | Path, this_db: Database | None,
             since: int | None = None) -> Database:
    """``other`` with its times checked (after its mark ``since``); a UTC copy of it when
    some are valid but in another zone or form (the copy is merged from, then removed)."""
    try:
        if not check_stamps(other, path, since):
            return other
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path}: not an annotator database ({exc})") from exc
    copy = utc_copy(other, path, _scratch_folder(this_db))
    other.close()
    other = Database(sqlite3.connect(copy.resolve().as_uri() + "?mode=ro", uri=True),
                     execute_plugins=False)
    other.utc_copy = copy
    return other


def _same_file(db: Database, path: Path) -> bool:
    filename = database_file(db)
    if not filename:
        return False
    try:
        return Path(filename).resolve() == path.resolve()
    except OSError:
        return False


def merge_databases(
    db: Database, paths: Sequence[str | Path], progress: Progress | None = None
) -> list[MergeReport]:
    """Merge every database in ``paths`` into ``db`` in one transaction (all or nothing),
    folding again after each one the disputes it brought back.

    Each file is ATTACHed read-only, so rows move from table to table inside SQLite
    (INSERT ... SELECT, UPDATE ... FROM) instead of passing through Python one by one.
    """
    if len(paths) > MAX_AT_ONCE:
        raise AnnotatorError(f"merge at most {MAX_AT_ONCE} databases at once "
                             f"({len(paths)} given); merge the rest in a second run")
    with _as_files(db, paths) as files:
        return _merge_files(db, files, progress)


@contextlib.contextmanager
def _as_files(db: Database, paths: Sequence[str | Path]) -> Iterator[list[tuple[str, Path]]]:
    """Each database to merge as (its name, a SQLite file): a PostgreSQL database (a
    postgresql:// URL) is first copied whole into a temporary file (sync/copy.py, in one
    snapshot), so the one merge written for files serves it too."""
    with tempfile.TemporaryDirectory(prefix="annotator-merge-") as folder:
        files = []
        for index, path in enumerate(paths):
            if not is_server(path):
                files.append((str(path), Path(path)))
                continue
            name = str(path)
            if database_file(db) == name:
                raise StoreError(f"{name}: is this database; nothing to merge")
            local = Path(folder) / f"{index}.db"
            _copy_server(getattr(path, "url", str(path)), name, local)
            files.append((name, local))
        yield files


def _copy_server(url: str, name: str, local: Path) -> None:
    from annotator.sync.copy import copy_database

    source = connect(url)
    try:
        target = open_db(local)
        try:
            copy_database(source, target, source_name=name, destination_name=str(local))
        finally:
            target.close()
    finally:
        source.close()


def _merge_files(db: Database, files: list[tuple[str, Path]],
                 progress: Progress | None) -> list[MergeReport]:
    others = []
    attached: list[str] = []
    try:
        marks = []
        for name, path in files:  # check every file before writing anything
            other = open_other(path, db)
            others.append((name, other))
            mark = fingerprint(other)
            done = db.execute("SELECT 1 FROM merge_marks WHERE fingerprint = ?",
                              [mark]).fetchone() is not None
            since = None
            if not done:  # a file merged in full and unchanged since was checked then
                since = high_water.mark(db, other)
                other = _checked(other, name, db, since)
                others[-1] = (name, other)
            marks.append((mark, done, since))
        for index, (_, path) in enumerate(files):  # ATTACH is refused inside a transaction
            alias = f"merge_{index}"
            source = getattr(others[index][1], "utc_copy", None) or Path(path)
            db.execute("ATTACH DATABASE ? AS " + alias,
                       [Path(source).resolve().as_uri() + "?mode=ro"])
            attached.append(alias)
        reports = []
        with write(db), progress_tables.deferred(db):
            for (path, other), alias, (mark, done, since) in zip(others, attached, marks,
                                                                  strict=True):
                if progress:
                    progress(path)
                if done:
                    report = MergeReport(path, reviewers=_reviewers(other))
                else:
                    report = _merge_one(db, other, alias, path, since)
                    db.execute("INSERT OR REPLACE INTO merge_marks (fingerprint, path, "
                               "merged_at) VALUES (?, ?, ?)", [mark, path, now()])
                    high_water.remember(db, other, since)
                report.folded = fold_again(db)
                report.duplicates = duplicate_groups(db)
                report.overlaps = overlapping_disputes(db)
                reports.append(report)
        return reports
    finally:
        for alias in attached:
            db.execute(f"DETACH DATABASE {alias}")
        for _, other in others:
            other.close()
            copy = getattr(other, "utc_copy", None)
            if copy is not None:
                for leftover in (copy, Path(f"{copy}-wal"), Path(f"{copy}-shm")):
                    leftover.unlink(missing_ok=True)


# Every table a merge reads. History tables are append-only and every change to the
# others writes a history row, so their row counts and newest rowids change whenever the
# file has anything new for us.
MARKED_TABLES = ("documents", "sentences", "sources", "source_aliases", "annotations",
                 "annotation_history", "disputes", "dispute_members", "dispute_history",
                 "gold", "gold_history", "assignments", "assignment_history")
APPEND_ONLY = ("annotation_history", "dispute_history", "gold_history", "assignment_history",
               "sentences")


def fingerprint(other: Database) -> str:
    """What a merge remembers of a file it merged in full: for each table, its row count
    (append-only tables: none needed; annotations: the trigger-kept count), its newest
    rowid and a hash of that newest row (history rows carry globally unique change ids).
    Merging the same file again (unchanged since) finds its fingerprint and has nothing to
    do: every row it holds is already here or was overtaken here by a newer change."""
    tables = set(other.table_names())
    parts = []
    counted = _counted_annotations(other, tables)
    for table in MARKED_TABLES:
        if table not in tables:
            parts.append(f"{table}:-")
            continue
        count = "0" if table in APPEND_ONLY else "count(*)"
        if table == "annotations" and counted is not None:
            count = str(counted)  # kept by triggers: no walk of millions of rows
        rows, newest = other.execute(
            f"SELECT {count}, coalesce(max(rowid), 0) FROM [{table}]").fetchone()
        last = other.execute(f"SELECT * FROM [{table}] WHERE rowid = ?", [newest]).fetchone()
        digest = hashlib.sha256(repr(last).encode()).hexdigest()[:16]
        parts.append(f"{table}:{rows}:{newest}:{digest}")
    migrations = other.execute("SELECT count(*) FROM _sqlite_migrations").fetchone()[0] \
        if "_sqlite_migrations" in tables else 0
    return f"v1 schema:{migrations} " + " ".join(parts)


def _current_progress(other: Database, tables: set[str]) -> bool:
    """Whether the other database's trigger-kept counts are current (not mid-bulk-write)."""
    return {"progress_reviewers", "progress_state"} <= tables and bool(other.execute(
        "SELECT deferred = 0 AND counts_stale = 0 FROM progress_state").fetchone()[0])


def _counted_annotations(other: Database, tables: set[str]) -> int | None:
    if not _current_progress(other, tables):
        return None
    return other.execute("SELECT coalesce(sum(labeled), 0) FROM progress_reviewers").fetchone()[0]


def _reviewers(other: Database) -> list[str]:
    """Who labeled there: from its progress counts when they are current (a few rows),
    else from its annotations (a walk of millions of index entries at scale)."""
    if _current_progress(other, set(other.table_names())):
        return [r for (r,) in other.execute(
            "SELECT reviewer FROM progress_reviewers WHERE labeled > 0 ORDER BY reviewer")]
    return [r for (r,) in other.execute(
        "SELECT DISTINCT reviewer FROM annotations ORDER BY reviewer")]


def merge_database(db: Database, path: str | Path) -> MergeReport:
    return merge_databases(db, [path])[0]


def _columns(db: Database, table: str) -> list[str]:
    return [row[1] for row in db.execute(f"PRAGMA table_info([{table}])")]


def _shared_columns(db: Database, other: Database, table: str) -> list[str]:
    here = _columns(db, table)
    there = set(_columns(other, table))
    return [col for col in here if col in there]


def _changes(cursor: sqlite3.Cursor) -> int:
    """Rows the statement itself changed (not those its triggers changed)."""
    return max(cursor.rowcount, 0)


def _merge_one(db: Database, other: Database, alias: str, path: str,
               since: int | None = None) -> MergeReport:
    """Merge one file; with ``since`` (its high-water mark), its annotations only where its
    history changed them after the mark."""
    report = MergeReport(path)
    try:
        _merge_corpus(db, other, alias, report)
        if since is not None:
            _keys_changed_since(db, alias, since)
        _merge_sources(db, other, alias, report, since)
        _merge_annotations(db, other, alias, report, since)
        _merge_disputes(db, other, alias, report)
        _merge_gold(db, other, alias, report)
        _merge_assignments(db, other, alias, report)
    except sqlite3.IntegrityError as exc:
        if "FOREIGN KEY" in str(exc):
            _refuse_lost_sentences(db, other, alias, path)
        raise
    finally:
        db.execute("DROP TABLE IF EXISTS temp._merge_names")
        db.execute("DROP TABLE IF EXISTS temp._merge_keys")
        db.execute("DROP TABLE IF EXISTS temp._merge_fresh")
        db.execute("DROP TABLE IF EXISTS temp._merge_fresh_documents")
    report.reviewers = _reviewers(other)
    return report


def _keys_changed_since(db: Database, alias: str, since: int) -> None:
    """temp._merge_keys: the annotations (sentence, reviewer) the file's history changed
    after its mark: all of its annotations a merge from the mark needs to look at."""
    db.execute("DROP TABLE IF EXISTS temp._merge_keys")
    db.execute("CREATE TEMP TABLE _merge_keys (sentence_id TEXT NOT NULL, reviewer TEXT "
               "NOT NULL, PRIMARY KEY (sentence_id, reviewer)) WITHOUT ROWID")
    db.execute("INSERT OR IGNORE INTO temp._merge_keys (sentence_id, reviewer) "
               f"SELECT sentence_id, reviewer FROM {alias}.{high_water.HISTORY} "
               "WHERE rowid > ? AND sentence_id IS NOT NULL AND reviewer IS NOT NULL",
               [since])


def _merge_corpus(db: Database, other: Database, alias: str, report: MergeReport) -> None:
    """Copy the documents missing here, with their sentences; ids are content hashes, so
    equal ids mean equal text, and a document already here brings nothing."""
    columns = _shared_columns(db, other, "documents")
    cols = ", ".join(f"[{c}]" for c in columns)
    picked = ", ".join(
        "(SELECT coalesce(max(ordinal), -1) FROM main.documents) + row_number() OVER "
        "(ORDER BY o.ordinal IS NULL, o.ordinal, o.rowid)" if c == "ordinal" else f"o.[{c}]"
        for c in columns)
    db.execute("DROP TABLE IF EXISTS temp._merge_docs")
    db.execute(f"CREATE TEMP TABLE _merge_docs AS SELECT o.id FROM {alias}.documents o "
               "WHERE o.id NOT IN (SELECT id FROM main.documents)")
    if not db.execute("SELECT 1 FROM temp._merge_docs LIMIT 1").fetchone():
        db.execute("DROP TABLE temp._merge_docs")
        return
    report.documents = _changes(db.execute(
        f"INSERT OR IGNORE INTO main.documents ({cols}) SELECT {picked} "
        f"FROM {alias}.documents o WHERE o.id IN (SELECT id FROM temp._merge_docs)"))
    renamed = _renamed_sentence_columns(other)
    columns = [c for c in _columns(db, "sentences")
               if c in renamed or c in set(_columns(other, "sentences"))]
    cols = ", ".join(f"[{c}]" for c in columns)
    picked = ", ".join(f"[{renamed.get(c, c)}]" for c in columns)
    report.sentences = _changes(db.execute(
        f"INSERT OR IGNORE INTO main.sentences ({cols}) SELECT {picked} FROM {alias}.sentences "
        "WHERE doc_id IN (SELECT id FROM temp._merge_docs) ORDER BY rowid"))
    progress_tables.count_sentences(db, "SELECT id FROM temp._merge_docs")
    if "gaps" not in _columns(other, "documents"):  # made before 0015: raw text held whole
        document_text.compact(db, "SELECT id FROM temp._merge_docs")
    db.execute("DROP TABLE temp._merge_docs")


def _renamed_sentence_columns(other: Database) -> dict[str, str]:
    """Our sentence columns that a file made before migration 0010 names otherwise: its
    ``seq`` is our ``position`` (index among presented sentences) and its ``position``
    our ``unit_index`` (index among every unit)."""
    if "seq" in _columns(other, "sentences"):
        return {"position": "seq", "unit_index": "position"}
    return {}


def _refuse_lost_sentences(db: Database, other: Database, alias: str, path: str) -> None:
    """A row there names a sentence that does not exist here: say which, in one line."""
    tables = [t for t in ("annotations", "dispute_members", "gold") if t in other.table_names()]
    wanted = " UNION ".join(f"SELECT sentence_id FROM {alias}.[{t}]" for t in tables)
    lost = [sid for (sid,) in db.execute(
        f"SELECT sentence_id FROM ({wanted}) WHERE sentence_id NOT IN "
        "(SELECT id FROM main.sentences) ORDER BY sentence_id")]
    if lost:
        raise AnnotatorError(
            f"{path}: {len(lost)} annotated sentence(s) (e.g. {lost[0]}) clash with "
            "this database's sentences (ingested differently); nothing was merged"
        )


def _merge_sources(
    db: Database, other: Database, alias: str, report: MergeReport, since: int | None = None
) -> dict[str, str]:
    """Add sources unknown here; map the other side's names to names here (also kept in
    temp._merge_names, where the SQL below rewrites names with it)."""
    names: dict[str, str] = {}
    before = db.execute("SELECT count(*) FROM sources").fetchone()[0]
    if "sources" in other.table_names():
        aliases: dict[int, list[str]] = {}
        if "source_aliases" in other.table_names():
            for source_id, name in other.execute("SELECT source_id, alias FROM source_aliases"):
                aliases.setdefault(source_id, []).append(name)
        for source_id, name, kind in other.execute("SELECT id, name, kind FROM sources"):
            known = registry.find(db, name)
            if known is None:
                kind = kind if kind in registry.KINDS else "other"
                known = registry.add_source(db, name, kind, typed=False)
            for name_there in aliases.get(source_id, []):
                if registry.find(db, name_there) is None:
                    registry.add_alias(db, known.id, name_there, typed=False)
            names[name] = known.name
    db.execute("DROP TABLE IF EXISTS temp._merge_names")
    db.execute("CREATE TEMP TABLE _merge_names (name TEXT PRIMARY KEY, canonical TEXT)")
    scoped = {"annotations": " AND (sentence_id, reviewer) IN (SELECT sentence_id, reviewer "
                             "FROM temp._merge_keys)"} if since is not None else {}
    used = [
        f"SELECT source FROM {alias}.[{table}] WHERE source IS NOT NULL AND source != ''"
        + scoped.get(table, "")
        for table in ("annotations", "gold") if table in other.table_names()
    ]
    if used:
        db.execute("CREATE TEMP TABLE _merge_used AS SELECT DISTINCT source FROM "
                   f"({' UNION '.join(used)})")
        unknown = [n for (n,) in db.execute("SELECT source FROM temp._merge_used")
                   if n not in names]
        db.execute("DROP TABLE temp._merge_used")
        for name in sorted(unknown):
            known = registry.find(db, name) or registry.add_source(db, name, "other", typed=False)
            names[name] = known.name
    db.conn.executemany("INSERT INTO temp._merge_names VALUES (?, ?)",
                        [(name, canonical) for name, canonical in names.items()
                         if name != canonical])
    report.sources = db.execute("SELECT count(*) FROM sources").fetchone()[0] - before
    return names


def _value(column: str, rewrite: bool) -> str:
    """The other side's value of ``column`` (alias m), a source name made canonical here."""
    if rewrite and column == "source":
        return ("CASE WHEN m.[source] IS NULL OR m.[source] = '' THEN m.[source] ELSE "
                "coalesce((SELECT n.canonical FROM temp._merge_names n "
                "WHERE n.name = m.[source]), m.[source]) END")
    return f"m.[{column}]"


def _merge_current(
    db: Database,
    other: Database,
    alias: str,
    table: str,
    key: tuple[str, ...],
    stamp: str,
    history: str | None,
    rewrite: bool = False,
    history_where: str = "1",
    journal: progress_tables.Journal | None = None,
    fresh: bool = False,
    scope: str | None = None,
) -> tuple[int, int, int]:
    """Bring the current rows of ``table`` up to date with the other side.

    The side that changed a row last wins: a row there that is newer (``stamp``) than
    ours replaces ours; a row there missing here is added; a row we hold that the other
    side removed (its latest history row for that key is newer than our row) is removed,
    and a row we removed after they last changed it is not brought back.
    With ``journal`` (annotations), every row changed is written down for the progress
    counts (db/progress.Journal), as it was and as it is; with ``fresh`` too, the rows
    added on the sentences in temp._merge_fresh take their status there (:func:`_take_fresh`).
    With ``scope`` (a table of keys, with ``journal``), only the rows of those keys, on
    either side, are looked at: a merge from the file's high-water mark.
    Returns (added, updated, removed).
    """
    if table not in other.table_names():
        return 0, 0, 0
    columns = _shared_columns(db, other, table)
    cols = ", ".join(f"[{c}]" for c in columns)
    # no name there is known here by another name: their source is ours as it is
    rewrite = rewrite and db.execute("SELECT 1 FROM temp._merge_names LIMIT 1").fetchone() \
        is not None
    values = ", ".join(_value(c, rewrite) for c in columns)

    def match(a: str, b: str) -> str:
        return " AND ".join(f"{a}.[{k}] = {b}.[{k}]" for k in key)

    guard = ""
    # not brought back when we removed it after their last change (no history here: no
    # row to look up for each of theirs)
    if history and db.execute(f"SELECT 1 FROM main.[{history}] LIMIT 1").fetchone():
        guard = (f"AND NOT EXISTS (SELECT 1 FROM main.[{history}] h WHERE {match('h', 'm')} "
                 f"AND ({history_where}) AND h.at > coalesce(m.[{stamp}], ''))")
    # Updates and removals first: they touch only rows both sides (or only we) hold, so on
    # a database receiving most rows for the first time they run over few rows, not over
    # the rows just added (which already equal the other side's and would be read again).
    changed = ", ".join(f"[{c}] = {_value(c, rewrite)}" for c in columns if c not in key)
    newer = (f"{match('t', 'm')} AND coalesce(m.[{stamp}], '') > coalesce(t.[{stamp}], '')")
    rows = "t.rowid IN (SELECT row_id FROM temp._merge_rows)"
    assert scope is None or journal, "a scoped merge writes its rows down"
    # theirs (m), all of them or those of the keys in scope, each found by its key (CROSS
    # JOIN: SQLite walks the keys, not every row there; scopes are SQLite's alone)
    theirs = f"{alias}.[{table}] m" if scope is None else \
        f"{scope} k CROSS JOIN {alias}.[{table}] m ON {match('m', 'k')}"
    if journal:  # the rows about to change, by row number, written down as they are
        db.execute("DROP TABLE IF EXISTS temp._merge_rows")
        db.execute(f"CREATE TEMP TABLE _merge_rows AS SELECT t.rowid AS row_id "
                   f"FROM {theirs} {'JOIN' if scope is None else 'CROSS JOIN'} "
                   f"main.[{table}] t ON {newer}")
        count = db.execute("SELECT count(*) FROM temp._merge_rows").fetchone()[0]
        journal.note(-1, rows, rows=count)
        newer = f"{rows} AND {match('t', 'm')}"  # found already: updated by row number
    updated = _changes(db.execute(
        f"UPDATE main.[{table}] AS t SET {changed} FROM {alias}.[{table}] m WHERE {newer}"))
    if journal:
        journal.note(1, rows, rows=updated)
        db.execute("DROP TABLE temp._merge_rows")
    removed = 0
    if history and history in other.table_names():
        gone = (f"NOT EXISTS (SELECT 1 FROM {alias}.[{table}] m WHERE {match('m', 't')}) "
                f"AND EXISTS (SELECT 1 FROM {alias}.[{history}] g WHERE {match('g', 't')} "
                f"AND ({history_where}) AND g.at > coalesce(t.[{stamp}], ''))")
        if journal:  # found once, written down, then removed by row number
            ours = f"main.[{table}] AS t" if scope is None else \
                f"{scope} k CROSS JOIN main.[{table}] AS t ON {match('t', 'k')}"
            db.execute(f"CREATE TEMP TABLE _merge_rows AS SELECT t.rowid AS row_id "
                       f"FROM {ours} WHERE {gone}")
            count = db.execute("SELECT count(*) FROM temp._merge_rows").fetchone()[0]
            journal.note(-1, rows, rows=count, removed=True)
            gone = rows
        removed = _changes(db.execute(f"DELETE FROM main.[{table}] AS t WHERE {gone}"))
        if journal:
            db.execute("DROP TABLE temp._merge_rows")
    last = db.execute(f"SELECT coalesce(max(rowid), 0) FROM main.[{table}]").fetchone()[0] \
        if journal else 0
    counted = False
    with progress_tables.bulk_insert(db, last) if journal else contextlib.nullcontext() \
            as bulk:
        if _keyed_only_by(db, table, key):  # the insert's own key check skips rows held here
            added = _changes(db.execute(
                f"INSERT OR IGNORE INTO main.[{table}] ({cols}) SELECT {values} "
                f"FROM {theirs} WHERE 1 {guard}"))
        else:
            added = _changes(db.execute(
                f"INSERT INTO main.[{table}] ({cols}) SELECT {values} FROM {theirs} "
                f"WHERE NOT EXISTS (SELECT 1 FROM main.[{table}] t WHERE {match('t', 'm')}) "
                f"{guard}"))
        if journal and fresh:
            counted = _take_fresh(db, other, alias, last, added, bulk, journal)
    if journal and not counted:  # rows are numbered on from the largest (both engines)
        journal.note(1, "t.rowid > ?", [last], rows=added)
    return added, updated, removed


# Migrations that change neither a stored figure nor the status rule (0017: the same rule,
# worked out in other triggers; 0018: merge bookkeeping): a file without them is read
# alike for its status rows.
READ_ALIKE = ("0017_status_at_once", "0018_merge_high_water")


def _read_alike(applied: list[str]) -> list[str]:
    return [name for name in applied if name not in READ_ALIKE]


def _fresh_sentences(db: Database, other: Database, alias: str) -> bool:
    """Write down in temp._merge_fresh, with their status there, the sentences whose status
    here will be theirs once merged: the other file's progress is current and worked out
    by the same rules (same migrations), no source name is rewritten, and the sentence is
    not excluded here and holds no annotation, gold label or dispute link here, nor any
    history of one (so all of theirs arrive), and no dispute link there. Their status and
    counts are then taken, not worked out again (:func:`_take_fresh`)."""
    tables = set(other.table_names())
    if not _current_progress(other, tables) or "progress_sentences" not in tables \
            or _read_alike(applied_migrations(other)) != _read_alike(applied_migrations(db)) \
            or other.execute("SELECT 1 FROM progress_queue LIMIT 1").fetchone() \
            or db.execute("SELECT 1 FROM temp._merge_names LIMIT 1").fetchone():
        return False
    db.execute("DROP TABLE IF EXISTS temp._merge_fresh")
    # kept in the order of its key (SQLite), so the status rows go in read in order, without
    # a lookup of each row beside its key
    db.execute("CREATE TEMP TABLE _merge_fresh (sentence_id TEXT PRIMARY KEY, "
               "doc_id TEXT NOT NULL, status TEXT NOT NULL, labels INTEGER NOT NULL)"
               + ("" if is_postgres(db) else " WITHOUT ROWID"))
    # a table with no row (a first merge into a database that holds only the corpus) is
    # not looked up once per sentence
    none_here = " AND ".join(
        [f"NOT EXISTS (SELECT 1 FROM {table} x WHERE x.sentence_id = p.sentence_id)"
         for table in ("main.annotations", "main.annotation_history", "main.gold",
                       "main.gold_history", "main.dispute_members", f"{alias}.dispute_members")
         if db.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone()] or ["1"])
    # an id names one text of one document (corpus/pipeline.sentence_id), so only whether
    # it is presented here can differ (another version's rules); the few excluded ones
    # are read in one pass rather than each of theirs looked up
    db.execute("INSERT INTO temp._merge_fresh (sentence_id, doc_id, status, labels) "
               "SELECT p.sentence_id, p.doc_id, p.status, (SELECT count(*) FROM "
               f"{alias}.annotations m WHERE m.sentence_id = p.sentence_id) "
               f"FROM {alias}.progress_sentences p "
               "WHERE p.sentence_id NOT IN (SELECT id FROM main.sentences "
               f"WHERE excluded IS NOT NULL) AND {none_here}")
    return True


def _take_fresh(db: Database, other: Database, alias: str, last: int, added: int,
                bulk: progress_tables.BulkInsert, journal: progress_tables.Journal) -> bool:
    """The annotations just inserted (numbered after ``last``) on the fresh sentences
    (:func:`_fresh_sentences`): their status is taken from the other file, so they are not
    queued to be worked out again. When every annotation there was inserted, each on a
    fresh sentence, its counts are added to ours (True: the caller writes none down)."""
    total = _counted_annotations(other, set(other.table_names()))
    whole = added == total and db.execute(  # each of theirs on a fresh sentence
        "SELECT coalesce(sum(labels), 0) FROM temp._merge_fresh").fetchone()[0] == total
    if bulk.triggers_off:
        bulk.queue = None if whole else \
            "AND sentence_id NOT IN (SELECT sentence_id FROM temp._merge_fresh)"
    else:  # the per-row triggers queued them all
        db.execute("DELETE FROM progress_queue WHERE sentence_id IN "
                   "(SELECT sentence_id FROM temp._merge_fresh)")
    stale = _changes(db.execute("DELETE FROM progress_sentences WHERE sentence_id IN "
                                "(SELECT sentence_id FROM temp._merge_fresh)"))
    with _indexes_built_after(db, ["progress_sentences_doc"], "temp._merge_fresh",
                              "progress_sentences"):
        db.execute("INSERT INTO progress_sentences (sentence_id, doc_id, status) "
                   "SELECT sentence_id, doc_id, status FROM temp._merge_fresh "
                   "ORDER BY sentence_id")
    # their counts per document, grouped once (a sort of every fresh sentence) into a
    # table of one row per document, which the statements below read
    db.execute("DROP TABLE IF EXISTS temp._merge_fresh_documents")
    db.execute(
        "CREATE TEMP TABLE _merge_fresh_documents AS SELECT doc_id, count(*) AS labeled, "
        "sum(CASE WHEN status IN ('gold', 'agreed') THEN 1 ELSE 0 END) AS settled, "
        "sum(CASE WHEN status = 'conflict' THEN 1 ELSE 0 END) AS conflicts "
        "FROM temp._merge_fresh GROUP BY doc_id")
    documents = "SELECT doc_id FROM temp._merge_fresh_documents"
    db.execute(f"INSERT OR IGNORE INTO progress_documents (doc_id) {documents}")
    if stale:  # a status row was there before (the counts held it): counted again
        recount_documents_0007(db, documents)
    else:  # none of these sentences was counted here: theirs are added
        db.execute(
            "UPDATE progress_documents AS p SET labeled = p.labeled + x.labeled, "
            "settled = p.settled + x.settled, conflicts = p.conflicts + x.conflicts "
            "FROM temp._merge_fresh_documents AS x WHERE p.doc_id = x.doc_id")
    db.execute("DROP TABLE temp._merge_fresh_documents")
    if not whole or not journal.complete:
        return False
    progress_tables.add_counts(db, alias, _newest_labels(db, other, last))
    return True


def _newest_labels(db: Database, other: Database, last: int) -> list[tuple[str, str | None]]:
    """Each reviewer's latest ``updated_at`` among the annotations just brought whole from
    ``other`` (numbered after ``last`` here). Its kept 'last labeled' is that time when one
    of its labels still carries it (a label cleared after keeps it later than any held;
    nothing sets a label later without moving it): found through the history's (reviewer,
    time) index instead of a walk over every row."""
    kept = other.execute("SELECT reviewer, last_labeled FROM progress_reviewers "
                         "WHERE labeled > 0").fetchall()
    if all(at and other.execute(
            "SELECT 1 FROM annotation_history h JOIN annotations a ON a.sentence_id = "
            "h.sentence_id AND a.reviewer = h.reviewer WHERE h.reviewer = ? AND h.at = ? "
            "AND a.updated_at = ? LIMIT 1", [who, at, at]).fetchone() for who, at in kept):
        return kept
    # grouped by an expression: by the column, SQLite walks every annotation in the
    # reviewer index instead of the rows just added
    return db.execute("SELECT coalesce(reviewer, ''), max(updated_at) FROM main.annotations "
                      "WHERE rowid > ? GROUP BY coalesce(reviewer, '')", [last]).fetchall()


@contextlib.contextmanager
def _indexes_built_after(db: Database, indexes: Sequence[str], rows: str,
                         table: str) -> Iterator[None]:
    """Insert the ``rows`` into ``table`` with ``indexes`` dropped, then build them again from
    their own text (SQLite, inside the merge's transaction, so a failure rolls them back
    too), when the rows outnumber the rows held: one sort of every row costs less than
    placing each in the index apart."""
    found = [] if is_postgres(db) else db.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND name IN "
        f"({', '.join('?' * len(indexes))}) ORDER BY rowid", [table, *indexes]).fetchall()
    if not found or db.execute(f"SELECT count(*) FROM {rows}").fetchone()[0] <= \
            db.execute(f"SELECT count(*) FROM main.[{table}]").fetchone()[0]:
        yield
        return
    for name, _ in found:
        db.execute(f"DROP INDEX [{name}]")
    try:
        yield
    finally:
        if db.conn.in_transaction:  # else SQLite rolled back the drop itself (disk full)
            for _, sql in found:
                db.execute(sql)


def _keyed_only_by(db: Database, table: str, key: tuple[str, ...]) -> bool:
    """Whether ``key`` is the table's primary key here and nothing else in it is unique
    (SQLite): then INSERT OR IGNORE skips exactly the rows whose key is already here,
    without a lookup of its own per row (the insert looks the key up anyway)."""
    if is_postgres(db):
        return False
    info = db.execute(f"PRAGMA main.table_info([{table}])").fetchall()
    primary = tuple(row[1] for row in sorted(info, key=lambda row: row[5]) if row[5])
    unique = [row for row in db.execute(f"PRAGMA main.index_list([{table}])")
              if row[2] and row[3] != "pk"]
    return primary == key and not unique


def _merge_history(db: Database, other: Database, alias: str, table: str,
                   since: int | None = None) -> int:
    """Their history rows not here (after their mark ``since``: the rest is here)."""
    if table not in other.table_names():
        return 0
    cols = ", ".join(f"[{c}]" for c in _shared_columns(db, other, table))
    after = "" if since is None else f"WHERE rowid > {int(since)} "
    return _changes(db.execute(
        f"INSERT OR IGNORE INTO main.[{table}] ({cols}) SELECT {cols} FROM {alias}.[{table}] "
        f"{after}ORDER BY rowid"))


def _merge_annotations(db: Database, other: Database, alias: str, report: MergeReport,
                       since: int | None = None) -> None:
    """With ``since`` (the file's mark), the keys its history changed after it alone
    (temp._merge_keys), and their sentences' status worked out again here."""
    fresh = since is None and _fresh_sentences(db, other, alias)
    with progress_tables.journaled(db) as journal:
        (
            report.annotations_added,
            report.annotations_updated,
            report.annotations_removed,
        ) = _merge_current(
            db, other, alias, "annotations", ("sentence_id", "reviewer"), "updated_at",
            "annotation_history", rewrite=True, journal=journal, fresh=fresh,
            scope=None if since is None else "temp._merge_keys",
        )
    if fresh:
        db.execute("DROP TABLE temp._merge_fresh")
    report.annotation_history = _merge_history(db, other, alias, "annotation_history", since)


def _merge_disputes(db: Database, other: Database, alias: str, report: MergeReport) -> None:
    if "disputes" not in other.table_names():
        return
    added, updated, _ = _merge_current(
        db, other, alias, "disputes", ("id",), "updated_at", None  # never removed
    )
    report.disputes = added + updated
    (
        report.dispute_links_added,
        report.dispute_links_updated,
        report.dispute_links_removed,
    ) = _merge_current(
        db, other, alias, "dispute_members", ("dispute_id", "sentence_id", "reviewer"),
        "updated_at", "dispute_history", history_where="sentence_id IS NOT NULL",
    )
    report.dispute_history = _merge_history(db, other, alias, "dispute_history")


def _merge_gold(db: Database, other: Database, alias: str, report: MergeReport) -> None:
    report.gold_added, report.gold_updated, report.gold_removed = _merge_current(
        db, other, alias, "gold", ("sentence_id",), "decided_at", "gold_history", rewrite=True,
    )
    report.gold_history = _merge_history(db, other, alias, "gold_history")


def _merge_assignments(db: Database, other: Database, alias: str, report: MergeReport) -> None:
    """Who labels what: an assignment the lead removed after the other side got it is not
    brought back, and one removed there after it was given here goes (the history says)."""
    report.assignments_added, _, report.assignments_removed = _merge_current(
        db, other, alias, "assignments", ("sentence_id", "reviewer"), "assigned_at",
        "assignment_history",
    )
    report.assignment_history = _merge_history(db, other, alias, "assignment_history")
