"""`annotator merge`: other reviewers' databases folded in, idempotent, nothing lost."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from annotator.base.errors import StoreError
from annotator.cli import main
from annotator.corpus.ingest import ingest_paths
from annotator.db.connection import open_db
from annotator.domain import annotations as labels
from annotator.domain import disputes
from annotator.domain.adjudication import decide
from annotator.sync import merge

pytestmark = pytest.mark.both_engines  # db_path, db, seeded_db: SQLite and PostgreSQL

TABLES = ("documents", "sentences", "sources", "source_aliases", "annotations",
          "annotation_history", "disputes", "dispute_members", "dispute_history", "gold",
          "gold_history")


def dump(path: Path) -> dict[str, list]:
    """Every row of every table we keep, sorted: equal dumps mean nothing changed."""
    conn = sqlite3.connect(path)
    try:
        return {t: sorted(map(repr, conn.execute(f"SELECT * FROM {t}"))) for t in TABLES}
    finally:
        conn.close()


@pytest.fixture
def two(tmp_path, seeded_template):
    """Two reviewers' databases holding the same ingested seeds."""
    paths = []
    for name in ("ana.db", "budi.db"):
        target = tmp_path / name
        shutil.copy(seeded_template, target)
        paths.append(target)
    a, b = open_db(paths[0]), open_db(paths[1])
    ids = [r[0] for r in a.execute(
        "SELECT s.id FROM sentences s JOIN documents d ON d.id = s.doc_id "
        "WHERE s.excluded IS NULL ORDER BY d.ordinal, s.position")]
    yield a, b, paths, ids
    a.close()
    b.close()


def test_merge_brings_in_the_other_reviewers_annotations_and_history(two):
    a, b, (path_a, path_b), ids = two
    labels.set_annotation(a, ids[0], "ana", label="claim")
    labels.set_annotation(b, ids[0], "budi", label="denial", source="Kremlin")
    labels.set_annotation(b, ids[1], "budi", label="context")
    report = merge.merge_database(a, path_b)
    assert report.annotations_added == 2 and report.annotation_history == 2
    rows = a.execute(
        "SELECT sentence_id, reviewer, label FROM annotations ORDER BY reviewer, sentence_id"
    ).fetchall()
    assert (ids[0], "ana", "claim") in rows
    assert (ids[0], "budi", "denial") in rows and (ids[1], "budi", "context") in rows
    assert a.execute("SELECT count(*) FROM annotation_history").fetchone()[0] == 3
    assert report.reviewers == ["budi"]


def test_merging_twice_changes_nothing(two):
    a, b, (path_a, path_b), ids = two
    labels.set_annotation(b, ids[0], "budi", label="denial")
    d = disputes.create_dispute(b, "North Korea supplies arms to Russia", "budi")
    disputes.link(b, d["id"], ids[0], "budi", "denies")
    decide(b, ids[2], label="claim", source=None, confidence="high", adjudicator="lead")
    b.close()
    first = merge.merge_database(a, path_b)
    assert first.changed
    after_first = dump(path_a)
    second = merge.merge_database(a, path_b)
    assert not second.changed
    assert dump(path_a) == after_first


def test_same_reviewer_two_versions_newer_wins_both_in_history(two, clock):
    a, b, (path_a, path_b), ids = two
    labels.set_annotation(a, ids[0], "ana", label="claim")  # older, on the laptop
    labels.set_annotation(b, ids[0], "ana", label="accusation")  # newer, on the server
    labels.set_annotation(b, ids[1], "ana", label="claim")  # older, on the server
    labels.set_annotation(a, ids[1], "ana", label="context")  # newer, here
    report = merge.merge_database(a, path_b)
    assert report.annotations_updated == 1
    current = dict(a.execute(
        "SELECT sentence_id, label FROM annotations WHERE reviewer = 'ana'").fetchall())
    assert current[ids[0]] == "accusation"
    assert current[ids[1]] == "context"
    history = [r[0] for r in a.execute(
        "SELECT label FROM annotation_history WHERE sentence_id = ? ORDER BY at", [ids[0]])]
    assert history == ["claim", "accusation"]


def test_newer_clear_on_the_other_side_removes_ours_and_ours_is_not_revived(two, clock):
    a, b, (path_a, path_b), ids = two
    labels.set_annotation(a, ids[0], "ana", label="claim")
    b.close()
    merge.merge_database(merge_target := open_db(path_b), path_a)  # b now holds ana's label
    labels.clear_annotation(merge_target, ids[0], "ana")  # ana cleared it on b, later
    merge_target.close()
    report = merge.merge_database(a, path_b)
    assert report.annotations_removed == 1
    assert a.execute("SELECT count(*) FROM annotations").fetchone()[0] == 0
    actions = [r[0] for r in a.execute("SELECT action FROM annotation_history ORDER BY at")]
    assert actions == ["set", "clear"]
    # and the other way round: a label cleared here later than their copy stays cleared
    labels.set_annotation(a, ids[1], "ana", label="denial")
    b2 = open_db(path_b)
    merge.merge_database(b2, path_a)
    b2.close()
    labels.clear_annotation(a, ids[1], "ana")
    merge.merge_database(a, path_b)
    assert a.execute(
        "SELECT count(*) FROM annotations WHERE sentence_id = ?", [ids[1]]).fetchone()[0] == 0


def test_documents_and_sentences_missing_here_are_copied(two, tmp_path):
    a, b, (path_a, path_b), ids = two
    extra = tmp_path / "extra.txt"
    extra.write_text(
        "Kremlin bantah laporan\n\nJuru bicara Kremlin Dmitry Peskov menyebut laporan itu "
        "tidak berdasar. Ia mengatakan tidak ada bukti sama sekali.\n",
        encoding="utf-8",
    )
    ingest_paths(b, [extra])
    new_ids = [r[0] for r in b.execute(
        "SELECT s.id FROM sentences s JOIN documents d ON d.id = s.doc_id "
        "WHERE d.path LIKE '%extra.txt' AND s.excluded IS NULL ORDER BY s.position")]
    assert new_ids
    labels.set_annotation(b, new_ids[0], "budi", label="denial", source="Dmitry Peskov")
    docs_before = a.execute("SELECT count(*) FROM documents").fetchone()[0]
    report = merge.merge_database(a, path_b)
    assert report.documents == 1 and report.sentences >= len(new_ids)
    assert a.execute("SELECT count(*) FROM documents").fetchone()[0] == docs_before + 1
    ordinals = [r[0] for r in a.execute("SELECT ordinal FROM documents ORDER BY ordinal")]
    assert ordinals == list(range(docs_before + 1))  # the copied one comes last
    assert a.execute(
        "SELECT label FROM annotations WHERE sentence_id = ?", [new_ids[0]]
    ).fetchone()[0] == "denial"
    # the copied sentences are searchable like ingested ones
    hits = a.execute(
        "SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH ?", ['"Peskov"']
    ).fetchone()[0]
    assert hits >= 1


def test_unknown_source_is_added_and_known_aliases_are_canonical(two):
    a, b, (path_a, path_b), ids = two
    from annotator.domain import sources

    sources.add_source(b, "Komando Pusat Korea Utara", "office", ["KPKU"])
    labels.set_annotation(b, ids[0], "budi", label="claim", source="Komando Pusat Korea Utara")
    sources.add_source(a, "Dmitry Peskov", "person", ["Peskov"])
    sources.add_source(b, "Peskov", "person")  # b never learned the alias
    labels.set_annotation(b, ids[1], "budi", label="denial", source="Peskov")
    report = merge.merge_database(a, path_b)
    assert report.sources >= 1
    found = sources.find(a, "KPKU")
    assert found is not None and found.name == "Komando Pusat Korea Utara"
    assert a.execute(
        "SELECT source FROM annotations WHERE sentence_id = ?", [ids[1]]
    ).fetchone()[0] == "Dmitry Peskov"


def test_dispute_links_and_gold_are_merged(two):
    a, b, (path_a, path_b), ids = two
    d = disputes.create_dispute(b, "North Korea supplies arms to Russia", "budi")
    disputes.link(b, d["id"], ids[0], "budi", "alleges")
    disputes.link(b, d["id"], ids[1], "budi", "denies")
    disputes.unlink(b, d["id"], ids[1], "budi")
    decide(b, ids[0], label="accusation", source=None, confidence="high", adjudicator="lead",
           rationale="clear accusation")
    report = merge.merge_database(a, path_b)
    assert report.disputes == 1 and report.dispute_links_added == 1
    assert report.dispute_history == 4 and report.gold_added == 1
    assert disputes.disputes_of(a, ids[0])[0]["role"] == "alleges"
    assert disputes.disputes_of(a, ids[1]) == []
    gold = a.execute("SELECT label, rationale FROM gold").fetchall()
    assert gold == [("accusation", "clear accusation")]


def test_several_databases_in_one_go(two, tmp_path, seeded_template):
    a, b, (path_a, path_b), ids = two
    path_c = tmp_path / "citra.db"
    shutil.copy(seeded_template, path_c)
    c = open_db(path_c)
    labels.set_annotation(b, ids[0], "budi", label="claim")
    labels.set_annotation(c, ids[0], "citra", label="denial")
    c.close()
    reports = merge.merge_databases(a, [path_b, path_c])
    assert [r.reviewers for r in reports] == [["budi"], ["citra"]]
    assert a.execute("SELECT count(*) FROM annotations").fetchone()[0] == 2


def _future(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('annotator', '9999_future', '2030-01-01')"
    )
    conn.commit()
    conn.close()


def test_refusals_are_one_line_and_change_nothing(two, tmp_path):
    a, b, (path_a, path_b), ids = two
    labels.set_annotation(b, ids[0], "budi", label="claim")
    b.close()
    labels.set_annotation(a, ids[0], "ana", label="denial")
    before = dump(path_a)

    newer = tmp_path / "newer.db"
    shutil.copy(path_b, newer)
    _future(newer)
    with pytest.raises(StoreError, match="newer version"):
        merge.merge_databases(a, [path_b, newer])  # the good one is not merged either
    notes = tmp_path / "notes.db"
    notes.write_text("not a database\n" * 50)
    with pytest.raises(StoreError, match="notes.db: not an annotator database"):
        merge.merge_database(a, notes)
    other_app = tmp_path / "other_app.db"
    conn = sqlite3.connect(other_app)
    conn.execute("CREATE TABLE things (id INTEGER)")
    conn.close()
    with pytest.raises(StoreError, match="not an annotator database"):
        merge.merge_database(a, other_app)
    with pytest.raises(StoreError, match="no such file"):
        merge.merge_database(a, tmp_path / "missing.db")
    with pytest.raises(StoreError, match="is this database"):
        merge.merge_database(a, path_a)
    assert dump(path_a) == before
    assert not (tmp_path / "missing.db").exists()


def test_cli_merge_reports_and_refuses(two, tmp_path):
    a, b, (path_a, path_b), ids = two
    labels.set_annotation(b, ids[0], "budi", label="claim")
    b.close()
    a.close()
    runner = CliRunner()
    result = runner.invoke(main, ["merge", "--db", str(path_a), str(path_b)])
    assert result.exit_code == 0, result.output
    assert "1 annotation" in result.output
    again = runner.invoke(main, ["merge", "--db", str(path_a), str(path_b), "--json"])
    assert again.exit_code == 0
    import json

    payload = json.loads(again.output)
    assert payload[0]["annotations_added"] == 0 and payload[0]["changed"] is False

    newer = tmp_path / "newer.db"
    shutil.copy(path_b, newer)
    _future(newer)
    before = dump(path_a)
    bad = runner.invoke(main, ["merge", "--db", str(path_a), str(newer)])
    assert bad.exit_code != 0
    lines = [line for line in bad.output.splitlines() if line.strip()]
    assert len(lines) == 1 and "newer version" in lines[0] and "Traceback" not in bad.output
    assert dump(path_a) == before


def test_a_file_merged_before_brings_what_changed_in_it_since(two):
    """A merged file is remembered by its fingerprint so an unchanged one is skipped; any
    change there (a new label, a changed one, a cleared one) makes it merge again."""
    a, b, (path_a, path_b), ids = two
    labels.set_annotation(b, ids[0], "budi", label="claim")
    assert merge.merge_database(a, path_b).annotations_added == 1
    assert not merge.merge_database(a, path_b).changed
    labels.set_annotation(b, ids[0], "budi", label="denial")  # same row count, newer value
    again = merge.merge_database(a, path_b)
    assert again.annotations_updated == 1 and again.annotation_history == 1
    labels.clear_annotation(b, ids[0], "budi")
    assert merge.merge_database(a, path_b).annotations_removed == 1
    assert a.execute("SELECT count(*) FROM annotations").fetchone()[0] == 0
