"""One meaning, one name (migration 0010): ``sentences.position`` is an export's ``position``,
``sentences.unit_index`` counts every unit. A database made at 0009 upgrades and exports
the same records; a file made at 0009 merges into a new one with its columns read by their
old names."""

from __future__ import annotations

import json
import shutil

from click.testing import CliRunner
from sqlite_utils import Database
from support.corpus import queue

from annotator.cli import main
from annotator.db.connection import open_db
from annotator.db.migrations import migrations
from annotator.domain.annotations import set_annotation
from annotator.sync.merge import merge_database

OLD_NAMES = {"unit_index": "position", "position": "seq"}


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def _records(path) -> list[dict]:
    result = run("export", "--db", path, "--all", "-o", "-")
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def _as_made_at_0009(new: Database, path) -> None:
    """Write ``new``'s corpus and labels into a database at migration 0009, as that
    version stored them (the old column names)."""
    old = Database(path)
    migrations.apply(old, stop_before="0010_one_name")
    assert "seq" in old["sentences"].columns_dict
    with old.conn:
        for table in ("documents", "sentences", "annotations", "annotation_history"):
            columns = [c for c in new[table].columns_dict]
            rows = [dict(zip(columns, row, strict=True))
                    for row in new.execute(f"SELECT * FROM [{table}] ORDER BY rowid")]
            if table == "sentences":
                rows = [{OLD_NAMES.get(k, k): v for k, v in row.items()} for row in rows]
            old[table].insert_all(rows)
    old.close()


def _label_some(db) -> list[str]:
    ids = queue(db)
    for i, sid in enumerate(ids[:12]):
        set_annotation(db, sid, "ana", label=("claim", "denial", "accusation")[i % 3],
                       source="Kremlin" if i % 2 else None, confidence="high")
        if i % 4 == 0:
            set_annotation(db, sid, "budi", label="claim", confidence="low")
    return ids


def test_a_database_made_at_0009_upgrades_and_exports_identical_records(seeded_copy,
                                                                         tmp_path):
    new_path = seeded_copy("new.db")
    db = open_db(new_path)
    _label_some(db)
    _as_made_at_0009(db, tmp_path / "old.db")
    db.close()
    expected = _records(new_path)
    upgraded = _records(tmp_path / "old.db")  # opening it migrates it
    assert upgraded == expected
    assert any(r["status"] == "conflict" for r in upgraded)
    old = open_db(tmp_path / "old.db")
    try:
        columns = old["sentences"].columns_dict
        assert "seq" not in columns and {"unit_index", "position"} <= set(columns)
        # the excluded units of a page keep their unit index and have no position
        assert old.execute("SELECT count(*) FROM sentences WHERE excluded IS NOT NULL "
                           "AND position IS NULL AND unit_index IS NOT NULL").fetchone()[0]
        indexes = {i.name: i.columns for i in old["sentences"].indexes}
        assert indexes["idx_sentences_doc_id_unit_index"] == ["doc_id", "unit_index"]
        view = old.execute("SELECT position FROM presented_sentences WHERE id = ?",
                           [expected[5]["id"]]).fetchone()[0]
        assert view == expected[5]["position"]
    finally:
        old.close()


def test_the_readme_sql_hint_joins_an_export_record(seeded_db, db_path):
    for sid in queue(seeded_db)[:20]:
        set_annotation(seeded_db, sid, "ana", label="claim")
    records = [json.loads(line) for line in run(
        "export", "--db", db_path, "-o", "-").stdout.splitlines()]
    skewed = 0
    for record in records:
        row = seeded_db.execute(
            "SELECT id, text FROM sentences WHERE doc_id = ? AND position = ?",
            [record["doc_id"], record["position"]]).fetchone()
        assert row == (record["id"], record["text"])
        unit = seeded_db.execute("SELECT unit_index FROM sentences WHERE id = ?",
                                 [record["id"]]).fetchone()[0]
        skewed += unit != record["position"]
    assert skewed  # excluded page chrome makes the unit index a different number


def test_a_file_made_at_0009_merges_with_its_positions_read_by_their_old_names(
        seeded_copy, empty_template, tmp_path):
    source = open_db(seeded_copy("source.db"))
    ids = _label_some(source)
    _as_made_at_0009(source, tmp_path / "colleague.db")
    expected = {row[0]: row[1:] for row in source.execute(
        "SELECT id, unit_index, position FROM sentences")}
    source.close()
    shutil.copyfile(empty_template, tmp_path / "lead.db")
    lead = open_db(tmp_path / "lead.db")
    try:
        report = merge_database(lead, tmp_path / "colleague.db")
        assert report.sentences == len(expected)
        merged = {row[0]: row[1:] for row in lead.execute(
            "SELECT id, unit_index, position FROM sentences")}
        assert merged == expected
        assert lead.execute("SELECT count(*) FROM annotations WHERE sentence_id = ?",
                            [ids[0]]).fetchone()[0] == 2
    finally:
        lead.close()
