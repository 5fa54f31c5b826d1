"""SQL written once, for SQLite, means the same on PostgreSQL.

Each case runs the same statements on a SQLite file and on a PostgreSQL database and
compares the rows they give: what the translation (db/translate.py) must keep.
"""

from __future__ import annotations

import pytest

from annotator.db.connection import connect, open_db, write

SETUP = [
    "CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, n INTEGER, f REAL, tags TEXT)",
    "INSERT INTO t (name, n, f, tags) VALUES ('b', 2, 1.5, '[\"y\",\"x\"]')",
    "INSERT INTO t (name, n, f, tags) VALUES ('a', 1, 3.0, NULL)",
    "INSERT INTO t (name, n, f, tags) VALUES ('B', 3, NULL, '[]')",
    "INSERT INTO t (name, n, f, tags) VALUES ('a', 5, 0.25, '[\"x\"]')",
]

QUERIES = [
    # truth values are the integers 0 and 1; summed, stored and returned as such
    ("SELECT n, n > 1, sum(n > 1) FROM t GROUP BY n ORDER BY n", ()),
    ("SELECT coalesce(sum(NOT (n > 1)), 0) FROM t", ()),
    ("SELECT EXISTS (SELECT 1 FROM t WHERE n = ?) OR 0", (5,)),
    # bytewise text order (SQLite's BINARY), NULLs first
    ("SELECT name, f FROM t ORDER BY name, f", ()),
    ("SELECT f FROM t ORDER BY f", ()),
    # a grouped query naming a column it does not group
    ("SELECT name, n FROM t WHERE n < 5 GROUP BY name ORDER BY name", ()),
    # ... and a HAVING whose subquery has columns of its own
    ("SELECT name FROM t GROUP BY name HAVING count(DISTINCT (SELECT group_concat(value, ',') "
     "FROM (SELECT value FROM json_each(t.tags) ORDER BY value))) >= 1 ORDER BY name", ()),
    # group_concat in its FROM subquery's order; quote(); LIMIT -1; LIKE ignores case
    ("SELECT group_concat(name, '|') FROM (SELECT name FROM t ORDER BY n DESC)", ()),
    ("SELECT quote(name) || quote(tags) FROM t ORDER BY id", ()),
    ("SELECT id FROM t ORDER BY id LIMIT -1 OFFSET 2", ()),
    ("SELECT count(*) FROM t WHERE name LIKE ?", ("b",)),
    # JSON written as SQLite writes it, and read back
    ("SELECT json_object('name', name, 'f', f, 'tags', json(tags)) FROM t ORDER BY id", ()),
    ("SELECT json_group_array(name) FROM (SELECT name FROM t ORDER BY name DESC)", ()),
    ("SELECT json_group_array(name) FROM (SELECT name FROM t WHERE 0)", ()),
    ("SELECT t.id, j.value FROM t, json_each(t.tags) j ORDER BY t.id, j.value", ()),
    ("SELECT max(n, 4), min(n, 2), substr(name, 1, 1) FROM t ORDER BY id", ()),
    ("SELECT total(n), total(f), total(NULL) FROM t", ()),
    # named parameters, IS with a parameter
    ("SELECT id FROM t WHERE name = :name AND f IS :f ORDER BY id",
     {"name": "a", "f": None}),
]


@pytest.fixture
def both(pg_url, tmp_path):
    lite = open_db(tmp_path / "a.db")
    pg = open_db(pg_url)
    for db in (lite, pg):
        with write(db):
            for statement in SETUP:
                db.execute(statement)
    yield lite, pg
    lite.close()
    pg.close()


@pytest.mark.parametrize(("sql", "params"), QUERIES, ids=[q[0][:40] for q in QUERIES])
def test_the_same_rows_on_both_engines(both, sql, params):
    lite, pg = both
    assert pg.execute(sql, params).fetchall() == lite.execute(sql, params).fetchall()


def test_writes_mean_the_same(both):
    """INSERT OR IGNORE / OR REPLACE, ON CONFLICT with bare columns, UPDATE ... FROM."""
    statements = [
        "CREATE TABLE k (key TEXT PRIMARY KEY, hits INTEGER NOT NULL DEFAULT 0, note TEXT)",
        "INSERT OR IGNORE INTO k (key) VALUES ('a')",
        "INSERT OR IGNORE INTO k (key) VALUES ('a')",
        "INSERT OR REPLACE INTO k (key, hits, note) VALUES ('b', 7, 'x')",
        "INSERT OR REPLACE INTO k (key, hits, note) VALUES ('b', 8, 'y')",
        "INSERT INTO k (key, hits) VALUES ('a', 1) ON CONFLICT (key) DO UPDATE "
        "SET hits = hits + excluded.hits + (note IS NULL)",
        "UPDATE k AS x SET note = t.name FROM t WHERE t.n = x.hits - 5",
        "DELETE FROM k AS x WHERE x.hits > 100",
    ]
    lite, pg = both
    for db in both:
        with write(db):
            for statement in statements:
                db.execute(statement)
    query = "SELECT key, hits, note FROM k ORDER BY key"
    assert pg.execute(query).fetchall() == lite.execute(query).fetchall() == [
        ("a", 2, None), ("b", 8, "B")]


def test_a_migration_written_for_sqlite_runs_on_postgres(both):
    """What a future migration may do with sqlite-utils and plain SQL, trigger included,
    gives the same tables and the same trigger behaviour on both engines."""

    def future(db) -> None:
        db["notes"].create({"id": int, "sentence_id": str, "body": str, "at": str}, pk="id")
        db["notes"].create_index(["sentence_id"])
        db["notes"].add_column("edited", int)
        db.execute("CREATE TABLE note_counts (sentence_id TEXT PRIMARY KEY, "
                   "notes INTEGER NOT NULL DEFAULT 0)")
        db.execute("""CREATE TRIGGER notes_ai AFTER INSERT ON notes
            WHEN NEW.body IS NOT NULL AND NEW.body != '' BEGIN
            INSERT INTO note_counts (sentence_id, notes) VALUES (NEW.sentence_id, 1)
            ON CONFLICT (sentence_id) DO UPDATE SET notes = notes + 1;
            END""")
        db.execute("CREATE INDEX notes_edited ON notes (edited) WHERE edited IS NOT NULL")

    for db in both:
        with write(db):
            future(db)
            for sid, body in (("s1", "a"), ("s1", "b"), ("s2", ""), ("s2", "c")):
                db["notes"].insert({"sentence_id": sid, "body": body, "at": "2025"})
    lite, pg = both
    for query in ("SELECT * FROM note_counts ORDER BY sentence_id",
                  "SELECT * FROM notes ORDER BY id"):
        assert pg.execute(query).fetchall() == lite.execute(query).fetchall()
    assert [d[0] for d in pg.execute("SELECT * FROM notes").description] == [
        "id", "sentence_id", "body", "at", "edited"]
    assert pg["notes"].insert({"sentence_id": "s3", "body": "d"}).last_pk == 5


def test_an_untranslatable_statement_is_one_clear_error(pg_url):
    import sqlite3

    db = connect(pg_url)
    try:
        with pytest.raises(sqlite3.DatabaseError, match="not translated for PostgreSQL"):
            db.execute("SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH ?", ["x"])
    finally:
        db.close()


def test_python_truth_values_are_stored_as_integers(both):
    for db in both:
        db.execute("INSERT INTO t (name, n) VALUES (?, ?)", ["flag", True])
        db["t"].insert({"name": "flag", "n": False})
    lite, pg = both
    query = "SELECT name, n FROM t WHERE name = 'flag' ORDER BY id"
    assert pg.execute(query).fetchall() == lite.execute(query).fetchall() == [
        ("flag", 1), ("flag", 0)]
