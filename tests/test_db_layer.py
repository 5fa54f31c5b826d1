"""The data layer's engine-specific parts: full-text search in db/fts.py, and the list of
migrations this version knows (read without sqlite-utils' internals)."""

from __future__ import annotations

import sqlite3

import pytest
from support.engines import sqlite_only

from annotator.db import fts
from annotator.db.connection import applied_migrations, connect, database_file, open_db
from annotator.db.migrations import MIGRATION_NAMES, migrations
from annotator.domain import navigation as nav

pytestmark = pytest.mark.both_engines  # db_path, db, seeded_db: SQLite and PostgreSQL


def test_every_declared_migration_is_known_and_applied(db_path):
    fresh = connect(db_path)
    assert [m.name for m in migrations.pending(fresh)] == MIGRATION_NAMES
    fresh.close()
    db = open_db(db_path)
    assert applied_migrations(db) == MIGRATION_NAMES
    assert MIGRATION_NAMES[0] == "0001_core" and len(set(MIGRATION_NAMES)) == len(MIGRATION_NAMES)
    db.close()


@sqlite_only("the file behind a connection")
def test_database_file_names_the_file(db_path):
    db = open_db(db_path)
    assert database_file(db) == str(db_path.resolve())
    db.close()


def test_user_text_is_never_fts_syntax(seeded_db):
    nasty = ['Peskov"', "AND", "NOT Peskov", "Peskov*", "(NEAR", "col:x", "^x", "a-b"]
    for text in nasty:
        query = fts.words_query(text)
        fts.ranked(seeded_db, query, columns="s.id", limit=5)  # never an FTS5 syntax error
    assert fts.words_query(" .,;!? ") is None and fts.words_query('""') is None
    assert fts.quote('a"b') == '"a""b"' and fts.quote("tuduh*") == '"tuduh"*'
    assert fts.phrase('kata "tidak" berdasar') == '"kata ""tidak"" berdasar"'
    assert fts.any_of(["a", 'b"']) == '("a" OR "b""")'
    assert fts.all_of('("a")', '("b")') == '("a") AND ("b")'


def test_ranked_and_matching_rowids_agree(seeded_db):
    query = fts.words_query("Peskov")
    ranked = fts.ranked(seeded_db, query, columns="s.rowid, s.text",
                        where="s.excluded IS NULL", limit=50)
    assert ranked and all("peskov" in text.casefold() for _, text in ranked)
    every = fts.matching_rowids(seeded_db, query, 1000, in_order=True)
    assert every == sorted(every) and {r for r, _ in ranked} <= set(every)
    assert len(fts.matching_rowids(seeded_db, query, 1)) == 1
    # what search shows is the ranked query's answer, in the same order
    assert [h.sentence.text for h in nav.search(seeded_db, "Peskov")] == [t for _, t in ranked]


def test_contains_is_literal(seeded_db):
    condition, pattern = fts.contains("title", "100%_")
    assert seeded_db.execute(f"SELECT count(*) FROM documents WHERE {condition}",
                             [pattern]).fetchone()[0] == 0
    condition, pattern = fts.contains("title", "lavrov")  # any ASCII case
    assert seeded_db.execute(f"SELECT count(*) FROM documents WHERE {condition}",
                             [pattern]).fetchone()[0] >= 1


@sqlite_only("FTS5's own error for a malformed MATCH")
def test_an_fts_error_is_not_swallowed(seeded_db):
    """Only our own queries reach MATCH; a malformed one is a bug and must surface."""
    with pytest.raises(sqlite3.OperationalError):
        fts.matching_rowids(seeded_db, '"unclosed', 5)
