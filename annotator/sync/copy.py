"""Copy a whole database into a new one: SQLite to PostgreSQL and back, or between two of a
kind, losslessly (``annotator copy``).

Every table the migrations create comes over row for row with its ids, change ids and
timestamps as stored, history included, and with SQLite's row numbers (``rowid``: they
order history rows written in the same instant, and near-duplicate keys point at them).
What the destination derives by itself is not copied but left to it: its full-text index
fills from the sentences as they arrive. The progress tables are copied as they are, with
their triggers held back meanwhile, so figures match the source's exactly.

Which tables and columns there are is read from the migrations themselves (a fresh
in-memory database), not from either side, so the copy is the same whichever engine is on
which side. The source is read in one snapshot; the destination is written in one
transaction, so a failure leaves it as it was. Only an empty destination (new, or migrated
and never used) is accepted: a copy replaces, it never merges (``annotator merge`` does).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from sqlite_utils import Database

from annotator.base.errors import StoreError
from annotator.db.connection import is_postgres, snapshot, write
from annotator.db.fts import FTS_TABLE
from annotator.db.migrations import migrations

BATCH = 2_000
MIGRATIONS_TABLE = "_sqlite_migrations"  # the migrations' own bookkeeping: each side keeps its own
# Written by the triggers while rows arrive, so copied last, over what the triggers did.
PROGRESS_STATE, PROGRESS_QUEUE = "progress_state", "progress_queue"

Progress = Callable[[str, int], None]  # (table, rows just copied)


@dataclass(frozen=True)
class Shape:
    """A table as the migrations make it: its columns, whether SQLite gives it a row number
    of its own to carry over, and how many rows a fresh database already holds."""

    name: str
    columns: tuple[str, ...]
    rowid: bool
    key: tuple[str, ...]
    seeded: int


@dataclass
class CopyReport:
    source: str
    destination: str
    rows: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.rows.values())


@functools.cache
def schema() -> tuple[Shape, ...]:
    """The tables to copy, parents before children: the order the migrations made them,
    but each after the tables its foreign keys name (a migration that rebuilds a table,
    0019's sentences, makes it after its children)."""
    db = Database(memory=True)
    try:
        migrations.apply(db)
        names = _parents_first(db, [name for (name,) in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY rowid")])
        shapes = []
        for name in names:
            if name == MIGRATIONS_TABLE or name.startswith(FTS_TABLE) \
                    or name.startswith("sqlite_"):
                continue
            info = db.execute(f"PRAGMA table_info([{name}])").fetchall()
            columns = tuple(row[1] for row in info)
            key = tuple(row[1] for row in sorted(info, key=lambda r: r[5]) if row[5])
            aliased = len(key) == 1 and any(
                row[1] == key[0] and row[2].upper() == "INTEGER" for row in info)
            sql = db.execute("SELECT sql FROM sqlite_master WHERE name = ?", [name]).fetchone()[0]
            without_rowid = "WITHOUT ROWID" in sql.upper()
            seeded = db.execute(f"SELECT count(*) FROM [{name}]").fetchone()[0]
            shapes.append(Shape(name, columns, not (aliased or without_rowid), key, seeded))
        return tuple(shapes)
    finally:
        db.close()


def _parents_first(db: Database, names: list[str]) -> list[str]:
    """``names`` in their order, but each table after the tables its foreign keys name."""
    placed: list[str] = []

    def place(name: str, path: tuple[str, ...]) -> None:
        if name in placed or name in path:
            return
        for row in db.execute(f"PRAGMA foreign_key_list([{name}])").fetchall():
            if row[2] in names:
                place(row[2], (*path, name))
        placed.append(name)

    for name in names:
        place(name, ())
    return placed


def check_empty(db: Database, where: str) -> None:
    """Refuse a destination holding anything a fresh database does not."""
    held = []
    for shape in schema():
        count = db.execute(f"SELECT count(*) FROM [{shape.name}]").fetchone()[0]
        if count != shape.seeded:
            held.append(f"{count} {shape.name}")
    if held:
        raise StoreError(f"{where}: not empty ({', '.join(held[:3])}"
                         f"{', ...' if len(held) > 3 else ''}); copy only into a new or empty "
                         "database (`annotator merge` folds one into another); nothing was "
                         "changed")


def check_current(db: Database, where: str) -> None:
    """The source must be at this version's schema: copying maps its tables one to one."""
    if migrations.pending(db):
        raise StoreError(f"{where}: made by an older version of annotator; open it once "
                         f"(e.g. `annotator stats --db {where}`) to bring it up to date, then "
                         "copy; nothing was changed")


def copy_database(source: Database, destination: Database, *, source_name: str = "source",
                  destination_name: str = "destination",
                  progress: Progress | None = None) -> CopyReport:
    """Copy every row of ``source`` into the empty, migrated ``destination``, in one
    transaction there; returns the rows copied per table."""
    check_current(source, source_name)
    report = CopyReport(source_name, destination_name)
    shapes = schema()
    order = [s for s in shapes if s.name not in (PROGRESS_QUEUE, PROGRESS_STATE)]
    order += [s for s in shapes if s.name in (PROGRESS_QUEUE, PROGRESS_STATE)]
    with snapshot(source), write(destination):
        check_empty(destination, destination_name)
        # hold the progress triggers back: the source's figures come over as they are
        destination.execute(f"UPDATE {PROGRESS_STATE} SET deferred = 1")
        for shape in reversed(order):  # what a fresh database seeded, children first
            if shape.seeded and shape.name != PROGRESS_STATE:
                destination.execute(f"DELETE FROM [{shape.name}]")
        for shape in order:
            if shape.name in (PROGRESS_QUEUE, PROGRESS_STATE):
                destination.execute(f"DELETE FROM [{shape.name}]")  # what the triggers wrote
            copied = 0
            for batch in _batches(_rows(source, shape)):
                _insert(destination, shape, batch)
                copied += len(batch)
                if progress:
                    progress(shape.name, len(batch))
            report.rows[shape.name] = copied
        if is_postgres(destination):
            _renumber_after(destination)
        for shape in shapes:  # the same number of rows on both sides, before committing
            held = destination.execute(f"SELECT count(*) FROM [{shape.name}]").fetchone()[0]
            if held != report.rows[shape.name]:
                raise StoreError(f"{destination_name}: {shape.name} holds {held} rows after "
                                 f"copying {report.rows[shape.name]}; nothing was changed")
    return report


def count_rows(db: Database) -> dict[str, int]:
    """Rows per table that a copy carries (for a progress bar's total)."""
    return {shape.name: db.execute(f"SELECT count(*) FROM [{shape.name}]").fetchone()[0]
            for shape in schema()}


def _selected(shape: Shape) -> list[str]:
    return (["rowid"] if shape.rowid else []) + list(shape.columns)


def _rows(db: Database, shape: Shape) -> Iterator[tuple]:
    columns = ", ".join(f"[{c}]" for c in _selected(shape))
    order = "rowid" if shape.rowid else ", ".join(f"[{c}]" for c in shape.key or shape.columns)
    yield from db.execute(f"SELECT {columns} FROM [{shape.name}] ORDER BY {order}")


def _batches(rows: Iterable[tuple]) -> Iterator[list[tuple]]:
    batch: list[tuple] = []
    for row in rows:
        batch.append(tuple(row))
        if len(batch) >= BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def _insert(db: Database, shape: Shape, rows: list[tuple]) -> None:
    columns = _selected(shape)
    db.conn.executemany(
        f"INSERT INTO [{shape.name}] ({', '.join(f'[{c}]' for c in columns)}) "
        f"VALUES ({', '.join('?' for _ in columns)})", rows)


def _renumber_after(db: Database) -> None:
    """PostgreSQL numbers rows (``rowid``, an integer primary key) from a sequence that
    rows copied with their numbers did not move: start each after the highest copied, so
    the next label or source gets a number of its own (SQLite does this by itself)."""
    raw = db.raw  # type: ignore[attr-defined]
    identities = raw.execute(
        "SELECT table_name, column_name FROM information_schema.columns "
        "WHERE table_schema = current_schema() AND is_identity = 'YES'").fetchall()
    for table, column in identities:
        raw.execute(
            f'SELECT setval(pg_get_serial_sequence(%s, %s), coalesce(max("{column}"), 0) + 1, '
            f'false) FROM "{table}"', [f'"{table}"', column])
