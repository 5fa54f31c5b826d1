"""The connection the tool opens answers reads before sqlite-utils is made, and behaves as
sqlite-utils' Database for everything else (db/lazy_database.py)."""

from __future__ import annotations

import sqlite3

from annotator.db.connection import connect, open_db
from annotator.db.lazy_database import LazyDatabase


def test_reads_do_not_make_the_database_and_writes_commit_as_sqlite_utils(tmp_path):
    path = tmp_path / "a.db"
    open_db(path).close()
    db = connect(path)
    assert isinstance(db, LazyDatabase)
    assert db.execute("SELECT count(*) FROM documents").fetchone() == (0,)
    assert db.execute("PRAGMA recursive_triggers").fetchone() == (1,)  # as sqlite-utils sets
    assert db._database is None  # no sqlite-utils for a read
    db.execute("CREATE TABLE t (x)")
    db.execute("INSERT INTO t VALUES (?)", [1])  # committed at once, as sqlite-utils does
    other = sqlite3.connect(path)
    try:
        assert other.execute("SELECT x FROM t").fetchall() == [(1,)]
    finally:
        other.close()
    assert db._database is not None
    db["t"].insert({"x": 2})  # sqlite-utils' idioms work on it
    assert [row["x"] for row in db.query("SELECT x FROM t ORDER BY x")] == [1, 2]
    db.close()


def test_a_transaction_begun_before_the_database_is_made_is_kept(tmp_path):
    path = tmp_path / "a.db"
    open_db(path).close()
    db = connect(path)
    db.execute("BEGIN IMMEDIATE")
    db["sources"].insert({"name": "Ana Ninguno", "kind": "person"}, alter=True)
    assert db.conn.in_transaction  # the insert joined the open transaction
    db.execute("ROLLBACK")
    assert db.execute("SELECT count(*) FROM sources WHERE name = 'Ana Ninguno'"
                      ).fetchone() == (0,)
    db.close()


def test_an_up_to_date_database_is_opened_without_migrating_and_a_new_one_is_migrated(tmp_path):
    from annotator.db.connection import applied_migrations, pending_migrations
    from annotator.db.migrations import MIGRATION_NAMES

    path = tmp_path / "a.db"
    fresh = connect(path)
    assert pending_migrations(fresh) == MIGRATION_NAMES
    fresh.close()
    db = open_db(path)
    assert applied_migrations(db) == MIGRATION_NAMES
    assert pending_migrations(db) == []
    db.close()
