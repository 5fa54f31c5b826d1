"""`annotator stats` and `annotator sources` through the real CLI, on the seeds."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from annotator.cli import main
from annotator.domain import disputes
from annotator.domain.annotations import get_annotation, set_annotation
from annotator.domain.sources import find
from annotator.exchange.records import ALL, iter_records

pytestmark = pytest.mark.both_engines  # db_path, db, seeded_db: SQLite and PostgreSQL


def presented(db):
    return [r[0] for r in db.execute(
        "SELECT s.id FROM sentences s JOIN documents d ON d.id = s.doc_id "
        "WHERE s.excluded IS NULL ORDER BY d.ordinal, s.position")]


def run(*args):
    result = CliRunner().invoke(main, [str(a) for a in args])
    return result


def test_stats_counts_by_document_label_and_reviewer(seeded_db, db_path):
    ids = presented(seeded_db)
    first_doc = seeded_db.execute("SELECT doc_id FROM sentences WHERE id = ?",
                                  [ids[0]]).fetchone()[0]
    set_annotation(seeded_db, ids[0], "ana", label="claim", source="Rusia")
    set_annotation(seeded_db, ids[0], "budi", label="claim", source="Rusia")  # agreed
    set_annotation(seeded_db, ids[1], "ana", label="claim")
    set_annotation(seeded_db, ids[1], "budi", label="context")  # conflict
    set_annotation(seeded_db, ids[2], "ana", label="denial")  # single
    result = run("stats", "--db", db_path, "--json")
    assert result.exit_code == 0, result.output
    figures = json.loads(result.output)
    assert figures["sentences"] == len(ids)
    doc = next(d for d in figures["documents"] if d["id"] == first_doc)
    assert (doc["labeled"], doc["settled"], doc["conflicts"]) == (3, 1, 1)
    assert {r["label"]: r["annotations"] for r in figures["labels"]} == {
        "claim": 3, "context": 1, "denial": 1}
    assert {r["reviewer"]: r["labeled"] for r in figures["reviewers"]} == {"ana": 3, "budi": 2}
    table = run("stats", "--db", db_path)
    assert table.exit_code == 0 and "Reviewers" in table.output and "ana" in table.output


def test_differing_dispute_links_make_a_conflict_in_stats_and_export(seeded_db, db_path):
    ids = presented(seeded_db)
    for reviewer in ("ana", "budi"):
        set_annotation(seeded_db, ids[4], reviewer, label="accusation", source="Pejabat AS")
    dispute = disputes.create_dispute(seeded_db, "North Korea supplies arms to Russia", "ana")
    disputes.link(seeded_db, dispute["id"], ids[4], "ana", "alleges")
    record = next(r for r in iter_records(seeded_db, ALL) if r["id"] == ids[4])
    assert record["status"] == "conflict"
    figures = json.loads(run("stats", "--db", db_path, "--json").output)
    assert sum(d["conflicts"] for d in figures["documents"]) == 1
    disputes.link(seeded_db, dispute["id"], ids[4], "budi", "alleges")
    record = next(r for r in iter_records(seeded_db, ALL) if r["id"] == ids[4])
    assert record["status"] == "agreed"
    assert record["disputes"] == [{"id": dispute["id"], "title": dispute["title"],
                                   "role": "alleges", "reviewers": ["ana", "budi"]}]
    figures = json.loads(run("stats", "--db", db_path, "--json").output)
    assert sum(d["conflicts"] for d in figures["documents"]) == 0


def test_sources_list_add_alias_and_merge(seeded_db, db_path):
    listed = json.loads(run("sources", "list", "--db", db_path, "--json").output)
    korea = next(s for s in listed if s["name"] == "Korea Utara")
    assert {"Korut", "DPRK", "Pyongyang"} <= set(korea["aliases"])

    result = run("sources", "add", "--db", db_path, "Juru Bicara KCNA", "--kind", "office",
                 "--alias", "jubir KCNA")
    assert result.exit_code == 0, result.output
    assert find(seeded_db, "JUBIR kcna").name == "Juru Bicara KCNA"

    result = run("sources", "alias", "--db", db_path, "Dmitry Peskov", "Dmitri Peskov")
    assert result.exit_code == 0 and find(seeded_db, "dmitri peskov").name == "Dmitry Peskov"

    result = run("sources", "alias", "--db", db_path, "Kremlin", "Peskov")
    assert result.exit_code == 1
    assert "already stands for 'Dmitry Peskov'" in result.stderr

    sid = presented(seeded_db)[3]
    set_annotation(seeded_db, sid, "ana", label="denial", source="Juru Bicara KCNA")
    result = run("sources", "merge", "--db", db_path, "KCNA", "Juru Bicara KCNA")
    assert result.exit_code == 0, result.output
    assert find(seeded_db, "Juru Bicara KCNA").name == "KCNA"
    assert get_annotation(seeded_db, sid, "ana")["source"] == "KCNA"
    history = seeded_db.execute(
        "SELECT prev_source, source FROM annotation_history WHERE sentence_id = ? "
        "ORDER BY rowid DESC LIMIT 1", [sid]).fetchone()
    assert history == ("Juru Bicara KCNA", "KCNA")

    result = run("sources", "merge", "--db", db_path, "KCNA", "Nobody Known")
    assert result.exit_code == 1 and "unknown source 'Nobody Known'" in result.stderr
    with_uses = json.loads(run("sources", "list", "--db", db_path, "--json", "--uses").output)
    assert next(s for s in with_uses if s["name"] == "KCNA")["annotations"] == 1


def test_db_and_reviewer_given_before_the_command_are_used(seeded_db, db_path, tmp_path,
                                                           monkeypatch):
    monkeypatch.setenv("ANNOTATOR_DB", str(tmp_path / "elsewhere.db"))
    result = run("--db", db_path, "stats", "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["sentences"] == len(presented(seeded_db))
    assert not (tmp_path / "elsewhere.db").exists()
    sid = presented(seeded_db)[0]
    result = run("--db", db_path, "--reviewer", "citra", "disputes", "new",
                 "North Korea supplies arms to Russia", sid, "--role", "alleges")
    assert result.exit_code == 0, result.output
    assert seeded_db.execute("SELECT reviewer FROM dispute_members").fetchall() == [("citra",)]


def test_human_output_shows_escape_sequences_as_symbols(tmp_path):
    from annotator.corpus.ingest import ingest_paths
    from annotator.db.connection import open_db

    src = tmp_path / "odd.txt"
    src.write_text("Judul \x1b[2J\x1b[31mmerah [bold]tebal[/bold]\n\nIa berkata halo hari ini.\n",
                   encoding="utf-8")
    db_file = tmp_path / "odd.db"
    db = open_db(db_file)
    ingest_paths(db, [src])
    db.close()
    result = run("stats", "--db", db_file)
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.output
    assert "␛[2J" in result.output and "[bold]tebal[/bold]" in result.output
