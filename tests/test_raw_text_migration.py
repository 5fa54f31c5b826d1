"""Migration 0015 converts a database made before it in place: the raw text is then held
once, and the export, the offsets, the ids and the search results are what they were."""

from __future__ import annotations

import shutil
import sqlite3

import pytest
from click.testing import CliRunner
from sqlite_utils import Database
from support.corpus import add_document, queue

from annotator.base.errors import StoreError
from annotator.cli import main
from annotator.corpus.ingest import document_id
from annotator.db import fts
from annotator.db.connection import applied_migrations, open_db
from annotator.db.document_text import raw_text
from annotator.domain.annotations import set_annotation
from annotator.exchange.records import ALL, export_records
from annotator.sync.merge import merge_database

SENTENCE_ROWS = ("SELECT rowid, id, doc_id, unit_index, position, char_start, char_end, text, "
                 "excluded, duplicate_of, group_id FROM sentences ORDER BY rowid")
QUERIES = ("Kremlin", "Putin Pyongyang", "Peskov", "Korea Utara", "Rusia")


def _as_made_at_0014(path, seeds_dir, **extra: str) -> dict[str, str]:
    """Turn a database into what 0014 left: each document's raw text whole in
    documents.raw (read from its file, as ingestion then stored it), no gaps column, no
    0015 in the migrations table. Returns the raw texts by document id."""
    raws = dict(extra)
    for seed in seeds_dir.glob("*.txt"):
        text = seed.read_bytes().decode("utf-8-sig")
        raws[document_id(text)] = text
    conn = sqlite3.connect(path)
    with conn:
        for doc_id, path_there in conn.execute("SELECT id, path FROM documents").fetchall():
            assert doc_id in raws, path_there
            conn.execute("UPDATE documents SET raw = ? WHERE id = ?", [raws[doc_id], doc_id])
        conn.execute("ALTER TABLE documents DROP COLUMN gaps")
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = '0015_raw_text_once'")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return raws


def _label_some(db) -> None:
    for i, sid in enumerate(queue(db)[:12]):
        set_annotation(db, sid, "ana", label=("claim", "denial", "accusation")[i % 3],
                       source="Kremlin" if i % 2 else None, confidence="high")
        if i % 4 == 0:
            set_annotation(db, sid, "budi", label="claim", confidence="low")


def _searches(db) -> list:
    return [(fts.ranked(db, fts.words_query(q), columns="s.id, s.text", limit=50),
             fts.matching_rowids(db, fts.words_query(q), 50, in_order=True)) for q in QUERIES]


def _export(db, path) -> bytes:
    export_records(db, path, ALL)
    return path.read_bytes()


def test_a_database_made_before_0015_converts_in_place_and_answers_as_before(
        seeded_copy, seeds_dir, tmp_path):
    path = seeded_copy("old.db")
    db = open_db(path)
    _label_some(db)
    db.close()
    raws = _as_made_at_0014(path, seeds_dir)

    old = Database(sqlite3.connect(path))  # read as it is, not migrated
    assert "gaps" not in old["documents"].columns_dict
    held_before = old.execute("SELECT sum(length(raw)) FROM documents").fetchone()[0]
    pages_before = old.execute("SELECT count(*) FROM dbstat WHERE name = 'documents'"
                               ).fetchone()[0]
    units = old.execute(SENTENCE_ROWS).fetchall()
    searches = _searches(old)
    assert all(found for found, _ in searches)
    exported = _export(old, tmp_path / "before.jsonl")
    old.close()

    db = open_db(path)  # migrates
    try:
        assert applied_migrations(db)[-1] == "0015_raw_text_once"
        assert db.execute("SELECT count(*) FROM documents WHERE raw IS NOT NULL "
                          "OR gaps IS NULL").fetchone()[0] == 0
        held_after = db.execute("SELECT sum(length(gaps)) FROM documents").fetchone()[0]
        assert held_after < held_before / 20
        # the rows are written again densely, so the pages the raw texts took are free
        pages_after = db.execute("SELECT count(*) FROM dbstat WHERE name = 'documents'"
                                 ).fetchone()[0]
        assert pages_after < pages_before / 3
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        for doc_id, text in raws.items():
            assert raw_text(db, doc_id).encode("utf-8") == text.encode("utf-8")
        assert db.execute(SENTENCE_ROWS).fetchall() == units
        assert _searches(db) == searches
        assert _export(db, tmp_path / "after.jsonl") == exported
    finally:
        db.close()
    result = CliRunner().invoke(main, ["export", "--db", str(path), "--all", "-o",
                                       str(tmp_path / "cli.jsonl")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "cli.jsonl").read_bytes() == exported


def test_a_document_the_migration_cannot_rebuild_keeps_its_raw_text(seeded_copy, seeds_dir):
    path = seeded_copy("old.db")
    db = open_db(path)
    add_document(db, "nooffsets", ["Putin tiba.", "Kim menyambutnya."], ordinal=99)
    db.execute("UPDATE sentences SET char_start = NULL, char_end = NULL "
               "WHERE doc_id = 'nooffsets'")  # written by a tool that kept no offsets
    db.conn.commit()
    db.close()
    raws = _as_made_at_0014(path, seeds_dir, nooffsets="Putin tiba. Kim menyambutnya.")
    db = open_db(path)
    try:
        assert db.execute("SELECT raw, gaps FROM documents WHERE id = 'nooffsets'"
                          ).fetchone() == ("Putin tiba. Kim menyambutnya.", None)
        assert raw_text(db, "nooffsets") == "Putin tiba. Kim menyambutnya."
        for doc_id, text in raws.items():
            assert raw_text(db, doc_id) == text
        assert db.execute("SELECT count(*) FROM documents WHERE raw IS NULL").fetchone()[0] \
            == len(raws) - 1
    finally:
        db.close()


def test_a_file_made_before_0015_merges_with_its_raw_text_held_once(seeded_copy, seeds_dir,
                                                                     empty_template, tmp_path):
    reviewer = seeded_copy("reviewer.db")
    db = open_db(reviewer)
    _label_some(db)
    db.close()
    raws = _as_made_at_0014(reviewer, seeds_dir)
    lead = tmp_path / "lead.db"
    shutil.copyfile(empty_template, lead)
    db = open_db(lead)
    try:
        report = merge_database(db, reviewer)
        assert report.documents == len(raws)
        assert db.execute("SELECT count(*) FROM documents WHERE raw IS NOT NULL "
                          "OR gaps IS NULL").fetchone()[0] == 0
        for doc_id, text in raws.items():
            assert raw_text(db, doc_id) == text
    finally:
        db.close()
    # the reviewer's file was read, never changed
    assert "gaps" not in Database(sqlite3.connect(reviewer))["documents"].columns_dict


def test_a_conversion_that_fails_leaves_the_database_as_it_was(seeded_copy, seeds_dir,
                                                                monkeypatch):
    """0015 runs in one transaction: if it stops half way (here: after every document was
    converted, before the rows are written again), nothing of it stays."""
    import annotator.db.migrations as migrations_module

    path = seeded_copy("old.db")
    raws = _as_made_at_0014(path, seeds_dir)

    def fail(db):
        assert db.execute("SELECT count(*) FROM documents WHERE raw IS NULL").fetchone()[0]
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(migrations_module, "_repack_documents_0015", fail)
    with pytest.raises(StoreError, match="disk I/O error"):
        open_db(path)
    old = sqlite3.connect(path)
    try:
        assert "gaps" not in [row[1] for row in old.execute("PRAGMA table_info(documents)")]
        assert dict(old.execute("SELECT id, raw FROM documents")) == raws
        assert old.execute("SELECT count(*) FROM _sqlite_migrations WHERE name = "
                           "'0015_raw_text_once'").fetchone()[0] == 0
    finally:
        old.close()
