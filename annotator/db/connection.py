"""Opening the database: WAL, durable commits, migrations, and write transactions that wait.

Every connection is made here so that every part of the tool gets the same promises:
a label that was committed survives kill -9 and power loss (WAL + synchronous=FULL),
several processes can write at once (BEGIN IMMEDIATE + a busy timeout, so a writer
waits its turn instead of failing with "database is locked"), and a database made by
a newer version of the tool is refused, never altered.

A postgresql:// URL opens a PostgreSQL database instead (db/postgres.py) with the same
promises: its durable commits, one writer at a time (an advisory lock taken where SQLite
takes BEGIN IMMEDIATE), REPEATABLE READ for a snapshot, the same migrations.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from annotator.base.errors import StoreError
from annotator.base.locations import is_server
from annotator.db.lazy_database import LazyDatabase
from annotator.db.migrations import (
    MIGRATION_NAMES,
    MIGRATION_SET,
    WITHOUT_FOREIGN_KEYS,
    migrations,
)

if TYPE_CHECKING:
    from sqlite_utils import Database

BUSY_TIMEOUT_MS = 30_000


def connect(path: str | Path) -> Database:
    """A connection with the tool's pragmas, without touching the schema."""
    if is_server(path):
        return _connect_server(path)
    path = Path(path)
    if path.exists() and path.is_dir():
        raise StoreError(f"{path}: is a folder, not a database file")
    if not path.parent.exists():
        raise StoreError(f"{path}: folder {path.parent} does not exist")
    try:
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
        # sqlite-utils' Database(conn, execute_plugins=False), imported when first needed
        # (db/lazy_database.py); no plugins: annotator registers none, and looking for them
        # scans every installed package's entry points
        db = LazyDatabase(conn)
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if db.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
            with db.ensure_autocommit_on():
                db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = FULL")
        db.execute("PRAGMA foreign_keys = ON")
    except sqlite3.DatabaseError as exc:
        if not _writable(path):
            raise StoreError(f"{path}: the database file or its folder is read-only; "
                             "nothing was changed, check its permissions or use a copy "
                             f"({exc})") from exc
        from annotator.db.problems import explain, kind_of

        if kind_of(exc) is not None:
            raise StoreError(explain(exc, path)) from exc
        raise StoreError(f"{path}: not a usable SQLite database ({exc})") from exc
    return db


def _connect_server(target: str) -> Database:
    """A PostgreSQL database (``postgresql://user@host/dbname``)."""
    from annotator.db.postgres import PostgresDatabase

    url = getattr(target, "url", target)
    return PostgresDatabase(url)  # type: ignore[return-value]


def is_postgres(db: Database) -> bool:
    """Is this connection PostgreSQL's (the few places where the engines differ ask)?"""
    return getattr(db, "engine", "sqlite") == "postgresql"


def _writable(path: Path) -> bool:
    """Whether SQLite can write the file and its folder (the WAL lives beside it)."""
    folder = path.parent if str(path.parent) else Path(".")
    if not os.access(folder, os.W_OK):
        return False
    return not path.exists() or os.access(path, os.W_OK)


def open_db(path: str | Path, *, migrate: bool = True) -> Database:
    """Open (creating if needed) and bring the schema up to date.

    Raises StoreError for a database made by a newer version of the tool.
    """
    db = connect(path)
    try:
        check_version(db, path)
        if is_postgres(db) and migrate and db.missing_functions():  # type: ignore[attr-defined]
            with write(db):
                db.ensure_functions()  # type: ignore[attr-defined]
        if migrate and (pending := pending_migrations(db)):
            if is_postgres(db) or WITHOUT_FOREIGN_KEYS.isdisjoint(pending):
                with write(db):
                    check_version(db, path)  # another process may have migrated meanwhile
                    migrations.apply(db)
            else:
                _migrate_without_foreign_keys(db, path)
    except sqlite3.DatabaseError as exc:
        db.close()
        raise StoreError(f"{path}: cannot open database ({exc})") from exc
    except StoreError:
        db.close()
        raise
    return db


def _migrate_without_foreign_keys(db: Database, path: str | Path) -> None:
    """The pending migrations, one of which rebuilds a table (migrations.WITHOUT_FOREIGN_KEYS):
    SQLite's twelve steps, with foreign keys off (set outside the transaction, where the
    pragma takes effect) and every foreign key checked before the commit; any row that
    names a missing parent that none named before rolls the whole transaction back (a
    database that already held such rows is not made unusable by them)."""
    db.execute("PRAGMA foreign_keys = OFF")
    try:
        with write(db):
            check_version(db, path)  # another process may have migrated meanwhile
            before = {tuple(row) for row in db.execute("PRAGMA foreign_key_check")}
            migrations.apply(db)
            broken = sorted({tuple(row) for row in db.execute("PRAGMA foreign_key_check")}
                            - before, key=repr)
            if broken:
                raise StoreError(f"{path}: migrating left {len(broken)} row(s) naming a "
                                 f"missing parent (table, rowid, parent: "
                                 f"{[row[:3] for row in broken[:3]]}); nothing was changed")
    finally:
        db.execute("PRAGMA foreign_keys = ON")


def database_file(db: Database) -> str | None:
    """The file behind a connection (None for an in-memory database): tells two
    connections to one database apart from two databases."""
    if is_postgres(db):
        return db.name  # type: ignore[attr-defined]
    for _, name, filename in db.execute("PRAGMA database_list"):
        if name == "main":
            return filename or None
    return None


def applied_migrations(db: Database) -> list[str]:
    """The names of the migrations applied, in order (SQLite: read with one SELECT, so
    opening an up-to-date database needs no sqlite-utils)."""
    if is_postgres(db):
        return [m.name for m in migrations.applied(db)]
    if "_sqlite_migrations" not in table_names(db):
        return []
    return [name for (name,) in db.execute(
        "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY rowid",
        [MIGRATION_SET])]


def pending_migrations(db: Database) -> list[str]:
    """The migrations this version knows that the database has not had yet."""
    applied = set(applied_migrations(db))
    return [name for name in MIGRATION_NAMES if name not in applied]


def table_names(db: Database) -> list[str]:
    if is_postgres(db):
        return db.table_names()
    return [name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]


def check_version(db: Database, path: str | Path) -> None:
    """Refuse a database made by a newer version (a migration we do not know) or by
    another tool; never alter it."""
    known = set(MIGRATION_NAMES)
    unknown = [name for name in applied_migrations(db) if name not in known]
    if unknown:
        raise StoreError(
            f"{path}: made by a newer version of annotator (schema {unknown[-1]}); "
            "upgrade annotator to open it. The database was not changed."
        )
    tables = table_names(db)
    if "_sqlite_migrations" in tables:
        other = db.execute(
            "SELECT count(*) FROM _sqlite_migrations WHERE migration_set != ?", [MIGRATION_SET]
        ).fetchone()[0]
        if other and not applied_migrations(db):
            raise StoreError(f"{path}: not an annotator database")
    elif tables and "documents" not in tables:
        raise StoreError(f"{path}: not an annotator database")


@contextlib.contextmanager
def write(db: Database) -> Iterator[Database]:
    """One write transaction, taken with BEGIN IMMEDIATE so concurrent writers wait.

    Nested use becomes a savepoint. Commits on success (durably, synchronous=FULL),
    rolls back on any exception. A connection with ``committed`` set (the UI's: its
    checkpoint thread, db/checkpoint.py) has it called after each commit.
    """
    if db.conn.in_transaction:
        with db.atomic():
            yield db
        return
    db.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        if db.conn.in_transaction:
            db.conn.execute("ROLLBACK")
        raise
    else:
        db.conn.execute("COMMIT")
        told = getattr(db, "committed", None)
        if told is not None:
            told()


@contextlib.contextmanager
def snapshot(db: Database) -> Iterator[Database]:
    """One read transaction: every query inside sees the database as it was at the first
    read, whatever other processes commit meanwhile (WAL keeps that snapshot). Inside a
    transaction already, that transaction is the snapshot."""
    if db.conn.in_transaction:
        yield db
        return
    if is_postgres(db):
        db.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
        try:
            db.execute("SELECT 1").fetchone()  # the snapshot is taken at the first query
            yield db
        finally:
            if db.conn.in_transaction:
                db.conn.execute("ROLLBACK")
        return
    db.execute("BEGIN DEFERRED")
    try:
        db.execute("SELECT count(*) FROM sqlite_master").fetchone()  # start the read now
        yield db
    finally:
        if db.conn.in_transaction:
            db.conn.execute("ROLLBACK")
