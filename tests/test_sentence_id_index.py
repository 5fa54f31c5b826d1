"""Migration 0019: ``sentences.id`` is a plain column with a unique index instead of the
table's primary key, so ingestion into an empty database drops that index and builds it
once at the end. A database made before it converts in place with every row, rowid,
link and search result as it was, its foreign keys checked; a failed conversion leaves
it exactly as it was."""

from __future__ import annotations

import json
import sqlite3

import pytest
from sqlite_utils import Database

from annotator.base.errors import StoreError
from annotator.corpus import ingest
from annotator.corpus.ingest import ingest_paths
from annotator.db import fts
from annotator.db.connection import applied_migrations, connect, open_db
from annotator.db.migrations import migrations
from annotator.domain import adjudication, disputes
from annotator.domain.annotations import clear_annotation, set_annotation

NAME = "0019_sentence_id_unique"
QUERIES = ("Kremlin", "Putin Pyongyang", "Peskov", "Korea Utara", "Rusia")


def _made_at_0018(path, seeds_dir) -> list[str]:
    """A database as 0018 left it (the id the primary key), with labels, their history, a
    dispute with links, a gold label and a gap in the sentences' rowids. Returns the ids
    of the sentences it labeled."""
    plain = Database(sqlite3.connect(path))  # foreign keys off, as any plain connection
    migrations.apply(plain, stop_before=NAME)
    plain.close()
    db = connect(path)  # the tool's pragmas (foreign keys on), not migrated further
    try:
        assert NAME not in applied_migrations(db)
        ingest_paths(db, [seeds_dir])
        with db.conn:  # a gap: a copy that let SQLite number the rows would show it
            db.execute("DELETE FROM sentences WHERE rowid IN (2, 3)")
        ids = [sid for (sid,) in db.execute(
            "SELECT id FROM sentences WHERE excluded IS NULL ORDER BY rowid LIMIT 6")]
        for n, sid in enumerate(ids):
            set_annotation(db, sid, "ana", label=("claim", "denial")[n % 2], confidence="high")
            set_annotation(db, sid, "budi", label="claim")
        clear_annotation(db, ids[5], "budi")
        dispute = disputes.create_dispute(db, "north korea sends arms to russia", "ana")["id"]
        disputes.link(db, dispute, ids[0], "ana", "alleges")
        disputes.link(db, dispute, ids[1], "budi", "denies")
        adjudication.decide(db, ids[1], label="denial", source=None, confidence=None,
                            adjudicator="lead")
    finally:
        db.close()
    return ids


def _contents(path) -> dict:
    """Every table's rows (sentences with their rowids), the schema but the sentences
    table and its new index, and what searches find."""
    conn = sqlite3.connect(path)
    try:
        tables = [name for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND name != '_sqlite_migrations' ORDER BY name")]
        rows = {name: sorted(conn.execute(f'SELECT * FROM "{name}"').fetchall(), key=repr)
                for name in tables}
        rows["sentences"] = conn.execute("SELECT rowid, * FROM sentences ORDER BY rowid"
                                         ).fetchall()
        schema = sorted(conn.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT IN "
            "('sentences', 'idx_sentences_id') AND name NOT LIKE 'sqlite_autoindex_sentences%'"
        ).fetchall(), key=repr)
        searches = [conn.execute(
            "SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH ? ORDER BY rowid",
            [fts.words_query(q)]).fetchall() for q in QUERIES]
        return {"rows": rows, "schema": schema, "searches": searches}
    finally:
        conn.close()


def _whole(path) -> tuple:
    """Everything in the file, the migrations table and the whole schema included."""
    conn = sqlite3.connect(path)
    try:
        schema = sorted(conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master"
                                     ).fetchall(), key=repr)
        tables = [name for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        rows = {name: sorted(conn.execute(f'SELECT rowid, * FROM "{name}"').fetchall()
                             if "WITHOUT ROWID" not in sql.upper() else
                             conn.execute(f'SELECT * FROM "{name}"').fetchall(), key=repr)
                for name, sql in conn.execute(
                    "SELECT name, sql FROM sqlite_master WHERE type = 'table' "
                    "AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")}
        return schema, tables, rows
    finally:
        conn.close()


def _patched(monkeypatch, after) -> None:
    """Run ``after(db)`` right after 0019's own work, inside its transaction."""
    made = migrations.made()
    entry = next(m for m in made._migrations if m.name == NAME)
    real = entry.fn

    def patched(db):
        real(db)
        after(db)

    monkeypatch.setattr(entry, "fn", patched)


def test_a_database_made_before_0019_converts_with_every_row_and_link(tmp_path, seeds_dir):
    path = tmp_path / "old.db"
    ids = _made_at_0018(path, seeds_dir)
    before = _contents(path)
    assert before["rows"]["dispute_members"] and before["rows"]["gold"]
    assert before["rows"]["annotation_history"] and before["rows"]["dispute_history"]
    db = open_db(path)
    try:
        assert NAME in applied_migrations(db)
        assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1  # on again
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        # the id is no primary key now; its unique index is an index like the others
        assert [row[5] for row in db.execute("PRAGMA table_info(sentences)")] == [0] * 10
        unique = {row[1]: row[2] for row in db.execute("PRAGMA index_list(sentences)")}
        assert unique["idx_sentences_id"] == 1
        assert [row[2] for row in db.execute("PRAGMA index_info(idx_sentences_id)")] == ["id"]
        assert not any(name.startswith("sqlite_autoindex_sentences") for name in unique)
        db.execute("INSERT INTO sentences_fts(sentences_fts, rank) VALUES('integrity-check', 1)")
        # the foreign keys that name sentences.id still hold
        with pytest.raises(sqlite3.IntegrityError):
            db.execute("DELETE FROM sentences WHERE id = ?", [ids[0]])
        with pytest.raises(sqlite3.IntegrityError):
            db.execute("INSERT INTO annotations (sentence_id, reviewer, label) "
                       "VALUES ('no such sentence', 'ana', 'claim')")
        with pytest.raises(sqlite3.IntegrityError):  # ids stay unique
            db.execute("INSERT INTO sentences (id, doc_id, unit_index) "
                       "SELECT id, doc_id, 100000 FROM sentences LIMIT 1")
        db.conn.rollback()
        # labeling goes on as before
        set_annotation(db, ids[2], "citra", label="claim")
    finally:
        db.close()
    after = _contents(path)
    assert after["schema"] == before["schema"]  # the other tables, triggers and views
    assert after["searches"] == before["searches"]
    before["rows"]["annotations"].append(None)  # citra's label, checked apart
    assert {k: v for k, v in after["rows"].items() if k not in (
        "annotations", "annotation_history", "progress_sentences", "progress_documents",
        "progress_labels", "progress_reviewers", "label_times", "label_times_exact")} == {
        k: v for k, v in before["rows"].items() if k not in (
            "annotations", "annotation_history", "progress_sentences", "progress_documents",
            "progress_labels", "progress_reviewers", "label_times", "label_times_exact")}
    assert len(after["rows"]["annotations"]) == len(before["rows"]["annotations"])


def test_the_conversion_keeps_every_row_as_it_was(tmp_path, seeds_dir):
    path = tmp_path / "old.db"
    _made_at_0018(path, seeds_dir)
    before = _contents(path)
    open_db(path).close()
    assert _contents(path) == before


@pytest.mark.parametrize("how", ["a row names a missing sentence", "an error"])
def test_a_failed_conversion_leaves_the_database_as_it_was(tmp_path, seeds_dir, monkeypatch,
                                                           how):
    path = tmp_path / "old.db"
    ids = _made_at_0018(path, seeds_dir)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    before = _whole(path)

    def breaks(db):
        if how == "an error":
            raise RuntimeError("the disk went away")
        # a broken copy: an annotated sentence left behind (foreign keys are off here)
        db.execute("DELETE FROM sentences WHERE id = ?", [ids[0]])

    _patched(monkeypatch, breaks)
    with pytest.raises((StoreError, RuntimeError)) as raised:
        open_db(path)
    if how != "an error":
        assert "missing parent" in str(raised.value)
    assert _whole(path) == before
    monkeypatch.undo()
    db = open_db(path)  # and it converts once the cause is gone
    try:
        assert NAME in applied_migrations(db)
        assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    finally:
        db.close()


def test_ingest_into_an_empty_database_marks_group_roots_by_the_id_index(
        db, tmp_path, monkeypatch):
    """Into an empty database the id's index is dropped with the others and built first at
    the end: the group roots, found by id, are marked with it there (each a lookup, not a
    scan of the table), and every index is there after."""
    corpus = tmp_path / "wire.jsonl"
    body = ("Kementerian luar negeri Korea Utara menolak tuduhan pengiriman senjata ke Rusia. "
            "Juru bicara Kremlin Dmitry Peskov mengatakan tuduhan Barat tidak berdasar.")
    rows = [{"id": f"w{n}", "text": f"Judul Berita Nomor {n}\n\n{body} Laporan {n}.\n"}
            for n in range(4)]
    corpus.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    seen = []
    real = ingest._Run.mark_roots

    def mark_roots(run, roots):
        seen.append((len(roots), run.db.execute(
            "SELECT count(*) FROM sqlite_master WHERE name = 'idx_sentences_id'"
        ).fetchone()[0], run.db.execute(
            "SELECT count(*) FROM sqlite_master WHERE name = 'idx_sentences_group_id'"
        ).fetchone()[0]))
        real(run, roots)

    monkeypatch.setattr(ingest._Run, "mark_roots", mark_roots)
    dropped = []
    real_drop = ingest._IndexesAfter.__enter__

    def enter(self):
        made = real_drop(self)
        dropped.extend(self.dropped)
        return made

    monkeypatch.setattr(ingest._IndexesAfter, "__enter__", enter)
    report = ingest_paths(db, [corpus])
    assert "idx_sentences_id" in dropped  # an empty database: built at the end
    roots, with_ids, with_groups = seen[0]
    assert roots >= 1 and report.grouped > roots
    assert (with_ids, with_groups) == (1, 0)  # the id's index first, the group's after
    assert db.execute("SELECT count(*) FROM sentences WHERE group_id = id").fetchone()[0] == roots
    assert {row[1] for row in db.execute("PRAGMA index_list(sentences)")} >= {
        "idx_sentences_id", "idx_sentences_group_id"}


def test_ingest_keeps_the_id_index_beside_an_insert_trigger(db, seeds_dir):
    """A trigger of one's own on inserted sentences: SQLite then looks up the parent key of
    the foreign keys that name sentences.id for each row, which needs its index, so the
    index stays through an ingestion into an empty database (dropped, every insert would
    fail with "foreign key mismatch")."""
    db.execute("CREATE TABLE seen (id TEXT)")
    db.execute("CREATE TRIGGER my_insert AFTER INSERT ON sentences BEGIN "
               "INSERT INTO seen (id) VALUES (new.id); END")
    db.conn.commit()
    report = ingest_paths(db, [seeds_dir])
    stored = db.execute("SELECT count(*) FROM sentences").fetchone()[0]
    assert stored == report.sentences + report.excluded > 0
    assert db.execute("SELECT count(*) FROM seen").fetchone()[0] == stored
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
