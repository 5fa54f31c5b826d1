"""`annotator copy SRC DST`: a whole database into a new one, row for row, history included;
all or nothing; an occupied destination refused."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner
from support.corpus import queue
from support.team import two_reviewers

from annotator.cli import main
from annotator.db.connection import open_db
from annotator.domain import sources as registry
from annotator.domain.annotations import set_annotation
from annotator.domain.assignments import apply_plan, make_plan
from annotator.domain.undo import undo_newest
from annotator.sync.copy import copy_database, count_rows, schema


def dump(target) -> dict[str, list[tuple]]:
    """Every row of every table a copy carries, with SQLite's row numbers, in order."""
    db = open_db(target, migrate=False)
    try:
        out = {}
        for shape in schema():
            columns = (["rowid"] if shape.rowid else []) + list(shape.columns)
            order = "rowid" if shape.rowid else ", ".join(shape.key or shape.columns)
            out[shape.name] = [tuple(row) for row in db.execute(
                f"SELECT {', '.join(f'[{c}]' for c in columns)} FROM [{shape.name}] "
                f"ORDER BY {order}")]
        return out
    finally:
        db.close()


def export(target, out: Path) -> bytes:
    result = CliRunner().invoke(main, ["export", "--db", str(target), "--all", "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out.read_bytes()


@pytest.fixture
def worked(seeded_copy, clock):
    """A database a team has worked in: two reviewers' labels, disputes and a gold label
    (support.team), a label undone, an alias added, assignments made."""
    path = seeded_copy("worked.db")
    db = open_db(path)
    try:
        two_reviewers(db, clock)
        eleventh = queue(db)[11]
        set_annotation(db, eleventh, "ana", label="claim", source="Reuters",
                       confidence="high", note="said twice\non the wire")
        undo_newest(db, "ana")
        registry.add_alias(db, registry.add_source(db, "Juru bicara Kremlin").name, "Peskov")
        apply_plan(db, make_plan(db, ["ana", "budi"], overlap=0.2), "lead")
    finally:
        db.close()
    return path


def test_a_copy_holds_every_row_and_gives_the_same_export(worked, tmp_path):
    target = tmp_path / "copy.db"
    result = CliRunner().invoke(main, ["copy", str(worked), str(target)])
    assert result.exit_code == 0, result.output
    assert f"copied {worked} to {target}:" in result.output
    assert "annotation(s)" in result.output and "history row(s)" in result.output
    before, after = dump(worked), dump(target)
    assert before == after
    assert before["annotation_history"] and before["gold_history"]
    assert before["assignment_history"] and before["dispute_history"]
    assert before["near_duplicate_keys"]  # keyed by sentence rowids, which came over too
    assert export(worked, tmp_path / "a.jsonl") == export(target, tmp_path / "b.jsonl")


def test_the_copy_is_a_working_database(worked, tmp_path, clock):
    target = tmp_path / "copy.db"
    assert CliRunner().invoke(main, ["copy", str(worked), str(target)]).exit_code == 0
    db = open_db(target)
    try:
        hits = db.execute("SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH ?",
                          ['"Rusia"']).fetchone()[0]
        assert hits > 0  # the search index was built as the sentences arrived
        sid = db.execute("SELECT id FROM sentences WHERE excluded IS NULL ORDER BY rowid "
                         "LIMIT 1 OFFSET 20").fetchone()[0]
        set_annotation(db, sid, "citra", label="denial")
        assert undo_newest(db, "citra") is not None
    finally:
        db.close()
    stats = [CliRunner().invoke(main, ["stats", "--db", str(p), "--json"]).output
             for p in (worked, target)]
    assert stats[0] != "" and '"citra"' not in stats[1]
    assert stats[0] == stats[1]  # progress figures came over exactly (citra undid hers)


def test_an_empty_migrated_destination_is_accepted(worked, tmp_path, empty_template):
    target = tmp_path / "empty.db"
    shutil.copyfile(empty_template, target)
    assert CliRunner().invoke(main, ["copy", str(worked), str(target)]).exit_code == 0
    assert dump(target) == dump(worked)


def test_a_destination_holding_data_is_refused_and_unchanged(worked, seeded_copy, tmp_path):
    target = seeded_copy("occupied.db")
    before = dump(target)
    result = CliRunner().invoke(main, ["copy", str(worked), str(target)])
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"annotator: error: {target}: not empty (")
    assert "documents" in lines[0] and "nothing was changed" in lines[0]
    assert dump(target) == before


def test_copying_onto_itself_is_refused(worked):
    before = dump(worked)
    result = CliRunner().invoke(main, ["copy", str(worked), str(worked)])
    assert result.exit_code == 1
    assert "the same database" in result.output
    assert dump(worked) == before


def test_a_missing_source_is_one_line_and_creates_nothing(tmp_path):
    target = tmp_path / "new.db"
    result = CliRunner().invoke(main, ["copy", str(tmp_path / "nope.db"), str(target)])
    assert result.exit_code == 1
    missing = tmp_path / "nope.db"
    assert result.output.strip() == f"annotator: error: {missing}: no such database file"
    assert not (tmp_path / "nope.db").exists()
    assert not target.exists()


def test_a_failure_mid_copy_leaves_nothing(worked, tmp_path, empty_template):
    # A damaged source: an annotation of a sentence that is not there (written with the
    # foreign keys off). The destination refuses it halfway through the copy.
    conn = sqlite3.connect(worked)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("INSERT INTO annotations (sentence_id, reviewer, label, updated_at) "
                 "VALUES ('no-such-sentence', 'ana', 'claim', '2025-01-01T00:00:00.000Z')")
    conn.commit()
    conn.close()
    new = tmp_path / "new.db"
    result = CliRunner().invoke(main, ["copy", str(worked), str(new)])
    assert result.exit_code == 1
    assert len(result.output.strip().splitlines()) == 1
    assert not new.exists()  # the file this command created is gone
    empty = tmp_path / "empty.db"
    shutil.copyfile(empty_template, empty)
    before = dump(empty)
    assert CliRunner().invoke(main, ["copy", str(worked), str(empty)]).exit_code == 1
    assert dump(empty) == before  # rolled back: still empty, still usable
    assert CliRunner().invoke(main, ["copy", str(worked), str(tmp_path / "x.db")]).exit_code == 1


def test_progress_counts_every_row_in_batches(worked, tmp_path, monkeypatch):
    monkeypatch.setattr("annotator.sync.copy.BATCH", 50)
    source, target = open_db(worked, migrate=False), open_db(tmp_path / "copy.db")
    seen: dict[str, int] = {}
    calls: list[str] = []

    def progress(table: str, rows: int) -> None:
        assert rows <= 50
        calls.append(table)
        seen[table] = seen.get(table, 0) + rows

    try:
        report = copy_database(source, target, progress=progress)
        totals = count_rows(source)
    finally:
        source.close()
        target.close()
    assert {t: n for t, n in totals.items() if n} == seen
    assert report.rows == totals
    assert report.total == sum(totals.values())
    assert calls.count("sentences") == -(-totals["sentences"] // 50) > 1


# -- between engines: SQLite -> PostgreSQL -> SQLite, PostgreSQL -> PostgreSQL ------------


def test_a_round_trip_through_postgresql_loses_nothing(worked, pg_url, tmp_path):
    back = tmp_path / "back.db"
    there = CliRunner().invoke(main, ["copy", str(worked), pg_url])
    assert there.exit_code == 0, there.output
    returned = CliRunner().invoke(main, ["copy", pg_url, str(back)])
    assert returned.exit_code == 0, returned.output
    original = dump(worked)
    assert dump(pg_url) == original  # on the server: every row, its rowid, as stored
    assert dump(back) == original
    assert export(worked, tmp_path / "a.jsonl") == export(back, tmp_path / "b.jsonl")


def test_postgresql_to_postgresql(worked, pg_cluster, pg_url):
    from support.postgres import dbname_of

    assert CliRunner().invoke(main, ["copy", str(worked), pg_url]).exit_code == 0
    other = pg_cluster.create_database()
    try:
        result = CliRunner().invoke(main, ["copy", pg_url, other])
        assert result.exit_code == 0, result.output
        assert dump(other) == dump(worked)
    finally:
        pg_cluster.drop_database(dbname_of(other))


def test_a_copy_on_postgresql_numbers_new_rows_after_the_copied_ones(worked, pg_url, clock):
    assert CliRunner().invoke(main, ["copy", str(worked), pg_url]).exit_code == 0
    db = open_db(pg_url)
    try:
        highest = db.execute("SELECT max(id) FROM sources").fetchone()[0]
        added = registry.add_source(db, "Kantor Berita Baru")
        assert added.id == highest + 1
        last = db.execute("SELECT max(rowid) FROM annotation_history").fetchone()[0]
        sid = queue(db)[30]
        set_annotation(db, sid, "citra", label="context")
        row = db.execute("SELECT max(rowid), count(*) FROM annotation_history").fetchone()
        assert row[0] == last + 1
        assert undo_newest(db, "citra") is not None
    finally:
        db.close()


def test_an_occupied_postgresql_database_is_refused(worked, pg_url, seeded_copy):
    assert CliRunner().invoke(main, ["copy", str(worked), pg_url]).exit_code == 0
    before = dump(pg_url)
    result = CliRunner().invoke(main, ["copy", str(seeded_copy("other.db")), pg_url])
    assert result.exit_code == 1
    assert len(result.output.strip().splitlines()) == 1
    assert "not empty" in result.output and "nothing was changed" in result.output
    assert dump(pg_url) == before


def test_a_failure_mid_copy_leaves_the_postgresql_database_as_it_was(worked, pg_url):
    conn = sqlite3.connect(worked)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("INSERT INTO annotations (sentence_id, reviewer, label, updated_at) "
                 "VALUES ('no-such-sentence', 'ana', 'claim', '2025-01-01T00:00:00.000Z')")
    conn.commit()
    conn.close()
    open_db(pg_url).close()  # migrated, empty
    before = dump(pg_url)
    result = CliRunner().invoke(main, ["copy", str(worked), pg_url])
    assert result.exit_code == 1
    assert len(result.output.strip().splitlines()) == 1
    assert dump(pg_url) == before
