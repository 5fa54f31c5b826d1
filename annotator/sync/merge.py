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

import sqlite3
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from annotator.base.clock import latest_allowed
from annotator.base.errors import AnnotatorError, StoreError
from annotator.db.connection import check_version, database_file, write
from annotator.domain import sources as registry
from annotator.domain.disputes import duplicate_groups, fold_again

REQUIRED_TABLES = ("documents", "sentences", "annotations", "annotation_history")

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
    reviewers: list[str] = field(default_factory=list)
    folded: list[dict] = field(default_factory=list)
    duplicates: list[list[dict]] = field(default_factory=list)

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

    Raises StoreError with one line naming the file.
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
        other = Database(conn)
        tables = set(other.table_names())
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path}: not an annotator database ({exc})") from exc
    try:
        check_version(other, path)
        missing = [name for name in REQUIRED_TABLES if name not in tables]
        if missing:
            raise StoreError(f"{path}: not an annotator database (no {missing[0]} table)")
        check_stamps(other, path)
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
_STAMP_GLOB = ("[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-6][0-9]"
               ".[0-9][0-9][0-9][0-9][0-9][0-9]Z")


def check_stamps(other: Database, path: str | Path) -> None:
    """Refuse a database holding a time that is malformed or in the future (one line
    naming the file, the table, the column and the value)."""
    limit = latest_allowed()
    tables = set(other.table_names())
    for table, columns in STAMPS.items():
        if table not in tables:
            continue
        present = set(_columns(other, table))
        for column in columns:
            if column not in present:
                continue
            row = other.execute(
                f"SELECT [{column}] FROM [{table}] WHERE [{column}] IS NOT NULL AND "
                f"(typeof([{column}]) != 'text' OR [{column}] NOT GLOB ? OR [{column}] > ?) "
                "LIMIT 1", [_STAMP_GLOB, limit]).fetchone()
            if row is not None:
                value = row[0]
                why = ("in the future" if isinstance(value, str) and value > limit
                       and value[:4].isdigit() else "not an ISO 8601 UTC time")
                raise StoreError(f"{path}: {table}.{column} holds {value!r}, {why}; "
                                 "nothing was merged")


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
    folding again after each one the disputes it brought back."""
    others = []
    try:
        for path in paths:  # check every file before writing anything
            others.append((str(path), open_other(path, db)))
        reports = []
        with write(db):
            for path, other in others:
                if progress:
                    progress(path)
                report = _merge_one(db, other, path)
                report.folded = fold_again(db)
                report.duplicates = duplicate_groups(db)
                reports.append(report)
        return reports
    finally:
        for _, other in others:
            other.close()


def merge_database(db: Database, path: str | Path) -> MergeReport:
    return merge_databases(db, [path])[0]


def _columns(db: Database, table: str) -> list[str]:
    return [row[1] for row in db.execute(f"PRAGMA table_info([{table}])")]


def _shared_columns(db: Database, other: Database, table: str) -> list[str]:
    here = _columns(db, table)
    there = set(_columns(other, table))
    return [col for col in here if col in there]


def _rows(other: Database, table: str, columns: list[str]) -> Iterable[dict]:
    if table not in other.table_names():
        return
    sql = f"SELECT {', '.join(f'[{c}]' for c in columns)} FROM [{table}]"
    for row in other.execute(sql):
        yield dict(zip(columns, row, strict=True))


def _insert_ignoring(db: Database, table: str, columns: list[str], rows: Iterable[dict]) -> int:
    """INSERT OR IGNORE rows (matched by primary key); returns how many were new."""
    placeholders = ", ".join("?" for _ in columns)
    sql = (
        f"INSERT OR IGNORE INTO [{table}] ({', '.join(f'[{c}]' for c in columns)}) "
        f"VALUES ({placeholders})"
    )
    # the cursor's rowcount counts the rows this statement inserted; total_changes would
    # count the rows the full-text and history triggers wrote too
    cursor = db.conn.executemany(sql, ([row[c] for c in columns] for row in rows))
    return max(cursor.rowcount, 0)


def _merge_one(db: Database, other: Database, path: str) -> MergeReport:
    report = MergeReport(path)
    _merge_corpus(db, other, path, report)
    canonical = _merge_sources(db, other, report)
    _merge_annotations(db, other, report, canonical)
    _merge_disputes(db, other, report)
    _merge_gold(db, other, report, canonical)
    report.reviewers = [
        r for (r,) in other.execute("SELECT DISTINCT reviewer FROM annotations ORDER BY reviewer")
    ]
    return report


def _merge_corpus(db: Database, other: Database, path: str, report: MergeReport) -> None:
    """Copy documents and sentences missing here; ids are content hashes, so equal ids
    mean equal text."""
    known = {doc_id for (doc_id,) in db.execute("SELECT id FROM documents")}
    columns = _shared_columns(db, other, "documents")
    new_docs = [
        row
        for row in _rows(other, "documents", columns)
        if row["id"] not in known
    ]
    if new_docs:
        new_docs.sort(key=lambda row: (row.get("ordinal") is None, row.get("ordinal") or 0))
        next_ordinal = db.execute(
            "SELECT coalesce(max(ordinal), -1) + 1 FROM documents"
        ).fetchone()[0]
        for offset, row in enumerate(new_docs):
            row["ordinal"] = next_ordinal + offset
        report.documents = _insert_ignoring(db, "documents", columns, new_docs)
    columns = _shared_columns(db, other, "sentences")
    rows = _rows(other, "sentences", columns)
    report.sentences = _insert_ignoring(db, "sentences", columns, rows)
    # every sentence the other side annotated or linked must now exist here
    needed = set()
    for table in ("annotations", "dispute_members", "gold"):
        if table in other.table_names():
            sql = f"SELECT DISTINCT sentence_id FROM [{table}]"
            needed.update(s for (s,) in other.execute(sql))
    if needed:
        here = set()
        ids = list(needed)
        for start in range(0, len(ids), 900):
            chunk = ids[start : start + 900]
            marks = ", ".join("?" for _ in chunk)
            here.update(
                s for (s,) in db.execute(f"SELECT id FROM sentences WHERE id IN ({marks})", chunk)
            )
        lost = needed - here
        if lost:
            raise AnnotatorError(
                f"{path}: {len(lost)} annotated sentence(s) (e.g. {sorted(lost)[0]}) clash with "
                "this database's sentences (ingested differently); nothing was merged"
            )


def _merge_sources(db: Database, other: Database, report: MergeReport) -> dict[str, str]:
    """Add sources unknown here; return a map from the other side's names to names here."""
    names: dict[str, str] = {}
    before = db.execute("SELECT count(*) FROM sources").fetchone()[0]
    if "sources" in other.table_names():
        aliases: dict[int, list[str]] = {}
        if "source_aliases" in other.table_names():
            for source_id, alias in other.execute("SELECT source_id, alias FROM source_aliases"):
                aliases.setdefault(source_id, []).append(alias)
        for source_id, name, kind in other.execute("SELECT id, name, kind FROM sources"):
            known = registry.find(db, name)
            if known is None:
                kind = kind if kind in registry.KINDS else "other"
                known = registry.add_source(db, name, kind, typed=False)
            for alias in aliases.get(source_id, []):
                if registry.find(db, alias) is None:
                    registry.add_alias(db, known.id, alias, typed=False)
            names[name] = known.name
    used = set()
    for table in ("annotations", "gold"):
        if table in other.table_names():
            used.update(
                n for (n,) in other.execute(f"SELECT DISTINCT source FROM [{table}]") if n
            )
    for name in sorted(used - set(names)):
        known = registry.find(db, name) or registry.add_source(db, name, "other", typed=False)
        names[name] = known.name
    report.sources = db.execute("SELECT count(*) FROM sources").fetchone()[0] - before
    return names


def _merge_current(
    db: Database,
    other: Database,
    table: str,
    key: tuple[str, ...],
    stamp: str,
    history: str | None,
    rewrite: Callable[[dict], dict] | None = None,
    history_where: str = "1",
) -> tuple[int, int, int]:
    """Bring the current rows of ``table`` up to date with the other side.

    The side that changed a row last wins: a row there that is newer (``stamp``) than
    ours replaces ours; a row there missing here is added; a row we hold that the other
    side removed (its latest history row for that key is newer than our row) is removed,
    and a row we removed after they last changed it is not brought back.
    Returns (added, updated, removed).
    """
    if table not in other.table_names():
        return 0, 0, 0
    columns = _shared_columns(db, other, table)
    cols = ", ".join(f"[{c}]" for c in columns)
    keys = ", ".join(f"[{k}]" for k in key)

    def match(a: str, b: str) -> str:
        return " AND ".join(f"{a}.[{k}] = {b}.[{k}]" for k in key)

    # their current rows, side by side with ours in temporary tables: set-based SQL below
    db.execute("DROP TABLE IF EXISTS temp._merge_in")
    db.execute(f"CREATE TEMP TABLE _merge_in AS SELECT {cols} FROM main.[{table}] LIMIT 0")
    db.execute(f"CREATE INDEX temp._merge_in_key ON _merge_in ({keys})")
    rows = _rows(other, table, columns)
    _insert_ignoring(db, "_merge_in", columns, map(rewrite, rows) if rewrite else rows)

    guard = ""
    if history:  # not brought back when we removed it after their last change
        guard = (f"AND NOT EXISTS (SELECT 1 FROM main.[{history}] h WHERE {match('h', 'm')} "
                 f"AND ({history_where}) AND h.at > coalesce(m.[{stamp}], ''))")
    added = db.conn.execute(
        f"INSERT INTO main.[{table}] ({cols}) SELECT {cols} FROM _merge_in m "
        f"WHERE NOT EXISTS (SELECT 1 FROM main.[{table}] t WHERE {match('t', 'm')}) {guard}"
    ).rowcount
    changed = ", ".join(f"[{c}] = m.[{c}]" for c in columns if c not in key)
    updated = db.conn.execute(
        f"UPDATE main.[{table}] AS t SET {changed} FROM _merge_in m "
        f"WHERE {match('t', 'm')} AND coalesce(m.[{stamp}], '') > coalesce(t.[{stamp}], '')"
    ).rowcount

    removed = 0
    if history and history in other.table_names():
        key_cols = [*key, "at"]
        db.execute("DROP TABLE IF EXISTS temp._merge_gone")
        db.execute(f"CREATE TEMP TABLE _merge_gone ({', '.join(key_cols)})")
        db.execute(f"CREATE INDEX temp._merge_gone_key ON _merge_gone ({keys})")
        latest = other.execute(
            f"SELECT {keys}, max(at) FROM [{history}] WHERE {history_where} GROUP BY {keys}"
        )
        db.conn.executemany(
            f"INSERT INTO _merge_gone VALUES ({', '.join('?' for _ in key_cols)})", latest
        )
        removed = db.conn.execute(
            f"DELETE FROM main.[{table}] AS t WHERE EXISTS (SELECT 1 FROM _merge_gone g "
            f"WHERE {match('g', 't')} AND g.at > coalesce(t.[{stamp}], '')) "
            f"AND NOT EXISTS (SELECT 1 FROM _merge_in m WHERE {match('m', 't')})"
        ).rowcount
        db.execute("DROP TABLE temp._merge_gone")
    db.execute("DROP TABLE temp._merge_in")
    return added, updated, removed


def _merge_history(db: Database, other: Database, table: str) -> int:
    if table not in other.table_names():
        return 0
    columns = _shared_columns(db, other, table)
    return _insert_ignoring(db, table, columns, _rows(other, table, columns))


def _source_rewriter(canonical: dict[str, str]) -> Callable[[dict], dict]:
    def rewrite(row: dict) -> dict:
        if row.get("source"):
            row["source"] = canonical.get(row["source"], row["source"])
        return row

    return rewrite


def _merge_annotations(
    db: Database, other: Database, report: MergeReport, canonical: dict[str, str]
) -> None:
    (
        report.annotations_added,
        report.annotations_updated,
        report.annotations_removed,
    ) = _merge_current(
        db, other, "annotations", ("sentence_id", "reviewer"), "updated_at",
        "annotation_history", _source_rewriter(canonical),
    )
    report.annotation_history = _merge_history(db, other, "annotation_history")


def _merge_disputes(db: Database, other: Database, report: MergeReport) -> None:
    if "disputes" not in other.table_names():
        return
    added, updated, _ = _merge_current(
        db, other, "disputes", ("id",), "updated_at", None  # disputes are never removed
    )
    report.disputes = added + updated
    (
        report.dispute_links_added,
        report.dispute_links_updated,
        report.dispute_links_removed,
    ) = _merge_current(
        db, other, "dispute_members", ("dispute_id", "sentence_id", "reviewer"), "updated_at",
        "dispute_history", history_where="sentence_id IS NOT NULL",
    )
    report.dispute_history = _merge_history(db, other, "dispute_history")


def _merge_gold(
    db: Database, other: Database, report: MergeReport, canonical: dict[str, str]
) -> None:
    report.gold_added, report.gold_updated, report.gold_removed = _merge_current(
        db, other, "gold", ("sentence_id",), "decided_at", "gold_history",
        _source_rewriter(canonical),
    )
    report.gold_history = _merge_history(db, other, "gold_history")
