"""The same tool on PostgreSQL: the storage promises and the same export bytes as SQLite.

Each test runs the same steps on a SQLite file and on a fresh database of the throwaway
PostgreSQL cluster (tests/support/postgres.py) and compares what a user sees.
"""

from __future__ import annotations

import itertools
import json
import sqlite3
import threading
import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest
from support.corpus import queue
from support.team import two_reviewers

from annotator.base import clock as clock_module
from annotator.base.errors import StoreError
from annotator.base.resources import SEEDS_DIR
from annotator.corpus.ingest import ingest_paths
from annotator.db.connection import connect, is_postgres, open_db, snapshot, write
from annotator.domain.annotations import get_annotation, set_annotation, undo_last
from annotator.exchange.records import ALL, iter_lines


@pytest.fixture
def fixed_clock(monkeypatch, clock):
    """A clock that starts at the same instant for each engine's run, and ids (changes,
    disputes) drawn in the same order: the same steps then give the same data."""

    def make():
        fake = type(clock)(start=datetime(2025, 1, 1, tzinfo=UTC))  # conftest's FakeClock
        clock_module.use_clock(fake)
        counter = itertools.count(1)
        monkeypatch.setattr(uuid, "uuid4", lambda: uuid.UUID(int=next(counter)))
        return fake

    yield make
    clock_module.use_clock(None)


def _team_on(target, make_clock) -> tuple[list[str], str]:
    """Ingest the seeds and run the two reviewers' day; the export (--all) and the ids."""
    clock = make_clock()
    db = open_db(target)
    try:
        ingest_paths(db, [SEEDS_DIR])
        work = two_reviewers(db, clock)
        return work["ids"], "\n".join(iter_lines(db, ALL))
    finally:
        db.close()


def test_a_fresh_postgres_database_gets_every_migration(pg_url, tmp_path):
    db = open_db(pg_url)
    lite = open_db(tmp_path / "a.db")
    try:
        assert is_postgres(db) and not is_postgres(lite)
        names = [r[0] for r in db.execute(
            "SELECT name FROM _sqlite_migrations ORDER BY rowid")]
        assert names == [r[0] for r in lite.execute(
            "SELECT name FROM _sqlite_migrations ORDER BY rowid")]
        assert set(lite.table_names()) - set(db.table_names()) <= {
            t for t in lite.table_names() if t.startswith("sentences_fts")}
    finally:
        db.close()
        lite.close()


def test_same_steps_give_the_same_export_bytes(pg_url, tmp_path, fixed_clock):
    ids_lite, lite = _team_on(tmp_path / "team.db", fixed_clock)
    ids_pg, pg = _team_on(pg_url, fixed_clock)
    assert ids_pg == ids_lite
    assert lite.count("\n") > 50 and '"status":"gold"' in lite
    assert pg == lite


def test_label_and_undo_on_postgres(pg_url, clock):
    db = open_db(pg_url)
    try:
        ingest_paths(db, [SEEDS_DIR])
        first, second = queue(db)[:2]
        set_annotation(db, first, "ana", label="claim", confidence="high")
        set_annotation(db, first, "ana", label="denial")
        set_annotation(db, second, "ana", label="context")
        assert get_annotation(db, first, "ana")["label"] == "denial"
        history = db.execute("SELECT action, label, prev_label FROM annotation_history "
                             "WHERE sentence_id = ? ORDER BY rowid", [first]).fetchall()
        assert history == [("set", "claim", None), ("set", "denial", "claim")]
        undo_last(db, "ana")  # the newest change: the second sentence's label
        assert get_annotation(db, second, "ana") is None
        undo_last(db, "ana")
        assert get_annotation(db, first, "ana")["label"] == "claim"
    finally:
        db.close()
    again = open_db(pg_url)  # committed: another connection sees it
    try:
        assert get_annotation(again, first, "ana")["label"] == "claim"
        labels = again.execute("SELECT label, annotations FROM progress_labels "
                               "WHERE annotations > 0").fetchall()
        assert labels == [("claim", 1)]
    finally:
        again.close()


def test_a_newer_schema_is_refused_unchanged(pg_url):
    db = open_db(pg_url)
    db.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
               "VALUES ('annotator', '9999_from_the_future', '2099')")
    tables = db.table_names()
    db.close()
    with pytest.raises(StoreError, match="newer version of annotator"):
        open_db(pg_url)
    db = connect(pg_url)
    try:
        assert db.table_names() == tables
    finally:
        db.close()


def test_writers_wait_their_turn_and_lose_nothing(pg_url):
    """Eight threads, each with its own connection, read-modify-write one counter inside
    write(): the advisory lock serialises them as BEGIN IMMEDIATE does on SQLite."""
    db = open_db(pg_url)
    db.execute("INSERT INTO merge_marks (fingerprint, path, merged_at) VALUES ('n', '0', '')")
    db.close()
    errors: list[BaseException] = []

    def bump() -> None:
        mine = connect(pg_url)
        try:
            for _ in range(15):
                with write(mine):
                    (value,) = mine.execute(
                        "SELECT path FROM merge_marks WHERE fingerprint = 'n'").fetchone()
                    mine.execute("UPDATE merge_marks SET path = ? WHERE fingerprint = 'n'",
                                 [str(int(value) + 1)])
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)
        finally:
            mine.close()

    threads = [threading.Thread(target=bump) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    db = connect(pg_url)
    try:
        assert db.execute("SELECT path FROM merge_marks").fetchone()[0] == "120"
    finally:
        db.close()


def test_snapshot_reads_one_moment(pg_url):
    db = open_db(pg_url)
    other = connect(pg_url)
    try:
        with snapshot(db):
            before = db.execute("SELECT count(*) FROM merge_marks").fetchone()[0]
            other.execute("INSERT INTO merge_marks (fingerprint) VALUES ('x')")
            assert db.execute("SELECT count(*) FROM merge_marks").fetchone()[0] == before
        assert db.execute("SELECT count(*) FROM merge_marks").fetchone()[0] == before + 1
    finally:
        db.close()
        other.close()


def test_a_failed_write_leaves_nothing(pg_url, clock):
    db = open_db(pg_url)
    try:
        ingest_paths(db, [SEEDS_DIR])
        sid = queue(db)[0]
        with pytest.raises(RuntimeError), write(db):
            set_annotation(db, sid, "ana", label="claim")
            raise RuntimeError("power cut")
        assert get_annotation(db, sid, "ana") is None
        assert db.execute("SELECT count(*) FROM annotation_history").fetchone()[0] == 0
    finally:
        db.close()


def test_database_errors_reach_callers_as_sqlite_errors(pg_url):
    """Every handler of database errors (CLI, UI) catches sqlite3's classes."""
    db = open_db(pg_url)
    try:
        with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
            db.execute("INSERT INTO annotations (sentence_id, reviewer) VALUES ('nope', 'a')")
        with pytest.raises(sqlite3.OperationalError, match="no such table"):
            db.execute("SELECT * FROM no_such_table")
    finally:
        db.close()


def test_select_star_shows_the_columns_sqlite_shows(pg_url, tmp_path):
    lite = open_db(tmp_path / "a.db")
    db = open_db(pg_url)
    try:
        for table in ("sentences", "annotations", "gold", "sources"):
            names = [d[0] for d in db.execute(f"SELECT * FROM {table} LIMIT 0").description]
            assert names == [d[0] for d in lite.execute(
                f"SELECT * FROM {table} LIMIT 0").description]
            assert [r[1] for r in db.execute(f"PRAGMA table_info({table})")] == names
    finally:
        db.close()
        lite.close()


def _json_lines(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines()]


def test_export_then_import_into_postgres(pg_url, tmp_path, fixed_clock):
    from annotator.exchange.importer import import_file

    _, lite = _team_on(tmp_path / "team.db", fixed_clock)
    exported = tmp_path / "team.jsonl"
    exported.write_text(lite + "\n", encoding="utf-8")
    db = open_db(pg_url)
    try:
        ingest_paths(db, [SEEDS_DIR])
        import_file(db, exported)
        again = "\n".join(iter_lines(db, ALL))
    finally:
        db.close()
    mine = {r["id"]: (r["label"], r["status"], len(r["annotations"]))
            for r in _json_lines(again)}
    theirs = {r["id"]: (r["label"], r["status"], len(r["annotations"]))
              for r in _json_lines(lite)}
    assert mine == theirs


def test_merge_a_sqlite_file_into_postgres(pg_url, tmp_path, fixed_clock):
    from annotator.sync.merge import merge_databases

    _, lite = _team_on(tmp_path / "colleague.db", fixed_clock)
    db = open_db(pg_url)
    try:
        ingest_paths(db, [SEEDS_DIR])
        (report,) = merge_databases(db, [Path(tmp_path / "colleague.db")])
        assert report.annotations_added == 19 and report.gold_added == 1
        merged = "\n".join(iter_lines(db, ALL))
        (again,) = merge_databases(db, [Path(tmp_path / "colleague.db")])
        assert not again.changed  # merging the same file twice changes nothing
        assert "\n".join(iter_lines(db, ALL)) == merged
        assert db.execute("SELECT count(*) FROM pg_tables WHERE tablename LIKE ?",
                          ["merge\\_0\\_\\_%"]).fetchone()[0] == 0  # its copy is gone
    finally:
        db.close()
    assert [(r["id"], r["label"], r["status"]) for r in _json_lines(merged)] == \
        [(r["id"], r["label"], r["status"]) for r in _json_lines(lite)]


def _seed_queries(db) -> list[str]:
    """The seeds' commonest words (at least three times, longer than three letters) and
    pairs of them: what an analyst searching the seeds would type."""
    import collections
    import re

    counts = collections.Counter(
        word.lower() for (text,) in db.execute(
            "SELECT text FROM sentences WHERE excluded IS NULL ORDER BY rowid")
        for word in re.findall(r"\w+", text) if len(word) > 3)
    words = [w for w, n in counts.most_common() if n >= 3][:40]
    return words + [f"{a} {b}" for a, b in zip(words[::2], words[1::2], strict=False)]


def test_search_on_postgres_finds_what_sqlite_finds(pg_url, tmp_path, clock):
    """The same sentences match every seed query; ranking (ts_rank against bm25) agrees on
    at least 90% of each top five on average."""
    from annotator.domain.navigation import search

    lite = open_db(tmp_path / "a.db")
    db = open_db(pg_url)
    try:
        ingest_paths(lite, [SEEDS_DIR])
        ingest_paths(db, [SEEDS_DIR])
        queries = _seed_queries(lite)
        assert len(queries) >= 40
        overlap = []
        for query in queries:
            mine = [hit.sentence.id for hit in search(db, query, 100)]
            theirs = [hit.sentence.id for hit in search(lite, query, 100)]
            assert sorted(mine) == sorted(theirs), query
            if theirs:
                top = set(theirs[:5])
                overlap.append(len(top & set(mine[:5])) / len(top))
        assert sum(overlap) / len(overlap) >= 0.9
        for hostile in ['AND " OR * NEAR(', "'); DROP TABLE sentences; --", "a:* & !b"]:
            assert search(db, hostile) == search(lite, hostile)
    finally:
        db.close()
        lite.close()


def test_a_sentence_found_by_its_words_on_postgres(pg_url, clock):
    from annotator.domain.disputes import resolve_sentence_id

    db = open_db(pg_url)
    try:
        ingest_paths(db, [SEEDS_DIR])
        sid, text = db.execute("SELECT id, text FROM sentences WHERE excluded IS NULL "
                               "ORDER BY rowid LIMIT 1").fetchone()
        assert resolve_sentence_id(db, " ".join(text.split()[:8])) == sid
    finally:
        db.close()


def test_merge_a_postgres_database_into_a_sqlite_file(pg_url, tmp_path, fixed_clock):
    """The other way: ``annotator --db mine.db merge postgresql://...`` folds the team's
    server database into a reviewer's file."""
    from click.testing import CliRunner

    from annotator.cli import main

    _, on_server = _team_on(pg_url, fixed_clock)
    mine = tmp_path / "mine.db"
    db = open_db(mine)
    try:
        ingest_paths(db, [SEEDS_DIR])
    finally:
        db.close()
    result = CliRunner().invoke(main, ["--db", str(mine), "merge", pg_url])
    assert result.exit_code == 0, result.output
    assert "19 annotation(s) added" in result.output
    again = CliRunner().invoke(main, ["--db", str(mine), "merge", pg_url])
    assert again.exit_code == 0 and "nothing new" in again.output
    db = open_db(mine)
    try:
        merged = "\n".join(iter_lines(db, ALL))
    finally:
        db.close()
    assert [(r["id"], r["label"], r["status"], len(r["annotations"]))
            for r in _json_lines(merged)] == \
        [(r["id"], r["label"], r["status"], len(r["annotations"]))
         for r in _json_lines(on_server)]
    itself = CliRunner().invoke(main, ["--db", pg_url, "merge", pg_url])
    assert itself.exit_code == 1 and "is this database" in itself.output
