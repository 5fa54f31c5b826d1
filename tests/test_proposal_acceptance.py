"""Accepted proposals are stored, exported, imported and counted in `annotator stats`; an
English wire story is ingested with its own language, splitter and chrome rules."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from annotator.base.errors import AnnotatorError
from annotator.base.resources import data_file
from annotator.cli import main
from annotator.domain.annotations import get_annotation, set_annotation, update_annotation
from annotator.domain.proposals import propose
from annotator.domain.scheme import load_scheme
from annotator.domain.speakers import SourceIndex

BENCH = Path(__file__).resolve().parent.parent / "benchmarks" / "proposals"


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def presented(db):
    return [r[0] for r in db.execute(
        "SELECT s.id FROM sentences s JOIN documents d ON d.id = s.doc_id "
        "WHERE s.excluded IS NULL ORDER BY d.ordinal, s.position")]


def test_stats_show_how_often_proposals_were_accepted(seeded_db, db_path):
    ids = presented(seeded_db)
    for sid in ids[:3]:
        set_annotation(seeded_db, sid, "ana", label="context", proposal="cues")
    set_annotation(seeded_db, ids[3], "ana", label="claim")
    set_annotation(seeded_db, ids[0], "budi", label="claim")
    figures = json.loads(run("stats", "--db", db_path, "--json").output)
    assert {r["reviewer"]: (r["labeled"], r["accepted"]) for r in figures["reviewers"]} == {
        "ana": (4, 3), "budi": (1, 0)}
    assert {r["label"]: (r["annotations"], r["accepted"]) for r in figures["labels"]} == {
        "context": (3, 3), "claim": (2, 0)}
    table = run("stats", "--db", db_path).output
    assert "accepted as proposed" in table and "3 (75%)" in table and "3 (100%)" in table


def test_changing_an_accepted_annotation_makes_it_the_reviewers_own(seeded_db):
    sid = presented(seeded_db)[0]
    set_annotation(seeded_db, sid, "ana", label="claim", source="Rusia", proposal="cues")
    update_annotation(seeded_db, sid, "ana", note="checked")
    assert get_annotation(seeded_db, sid, "ana")["accepted_proposal"] == "cues"
    update_annotation(seeded_db, sid, "ana", source="Kremlin")
    assert get_annotation(seeded_db, sid, "ana")["accepted_proposal"] is None
    with pytest.raises(AnnotatorError, match="unknown proposer"):
        set_annotation(seeded_db, sid, "ana", label="claim", proposal="oracle")


def test_the_flag_travels_through_export_and_import(seeded_db, db_path, seeded_copy, tmp_path):
    ids = presented(seeded_db)
    set_annotation(seeded_db, ids[0], "ana", label="context", proposal="cues")
    set_annotation(seeded_db, ids[1], "ana", label="claim")
    set_annotation(seeded_db, ids[2], "ana", label="denial", proposal="learned")
    out = tmp_path / "out.jsonl"
    assert run("export", "--db", db_path, "-o", out).exit_code == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    schema = json.loads(data_file("export_record.schema.json").read_text(encoding="utf-8"))
    for record in records:
        jsonschema.validate(record, schema)
    flags = {r["id"]: r["annotations"][0]["accepted_proposal"] for r in records}
    assert flags == {ids[0]: "cues", ids[1]: None, ids[2]: "learned"}
    other = seeded_copy("other.db")
    result = run("import", "--db", other, out)
    assert result.exit_code == 0, result.output
    from annotator.db.connection import open_db

    db2 = open_db(other)
    assert get_annotation(db2, ids[0], "ana")["accepted_proposal"] == "cues"
    assert get_annotation(db2, ids[1], "ana")["accepted_proposal"] is None
    assert get_annotation(db2, ids[2], "ana")["accepted_proposal"] == "learned"
    db2.close()
    bad = tmp_path / "bad.jsonl"
    records[0]["annotations"][0]["accepted_proposal"] = "oracle"
    bad.write_text(json.dumps(records[0]) + "\n", encoding="utf-8")
    result = run("import", "--db", other, bad)
    assert result.exit_code != 0 and "accepted_proposal" in result.output


def test_an_english_wire_story_is_ingested_and_proposed_in_english(db, db_path):
    story = BENCH / "dev" / "en_tariffs.txt"
    result = run("ingest", "--db", db_path, story)
    assert result.exit_code == 0, result.output
    language, dateline, outlet = db.execute(
        "SELECT language, dateline, outlet FROM documents").fetchone()
    assert (language, dateline, outlet) == ("en", "BEIJING", "Reuters")
    excluded = dict(db.execute("SELECT text, excluded FROM sentences WHERE excluded IS NOT NULL"))
    assert excluded["Advertisement"] == "advertisement"
    assert excluded["By Laura Chen"] == "byline"
    assert excluded["Reporting by Laura Chen; Editing by Tom Hogue"] == "credits"
    texts = [r[0] for r in db.execute(
        "SELECT text FROM sentences WHERE excluded IS NULL ORDER BY position")]
    assert texts[0].startswith("China's commerce ministry on Thursday accused")
    scheme, index = load_scheme(), SourceIndex.from_db(db)
    first = propose(db, presented(db)[0], "ana", scheme, index)
    assert first.label == "accusation" and first.label_reason == "accusation: cue 'accused'"


def test_a_records_language_wins_over_detection(db, db_path, tmp_path):
    rows = tmp_path / "rows.jsonl"
    rows.write_text(json.dumps({"text": "The minister said the talks would go on. He left.",
                                "language": "id"}) + "\n" + json.dumps(
        {"text": "The minister said the talks would go on. He left."[::-1]}) + "\n",
        encoding="utf-8")
    assert run("ingest", "--db", db_path, rows).exit_code == 0
    assert sorted(r[0] for r in db.execute("SELECT language FROM documents")) == ["id", "id"]
    assert run("ingest", "--db", db_path, "--language", "en",
               BENCH / "heldout" / "id_pangan.txt").exit_code == 0
    assert db.execute("SELECT language FROM documents WHERE path LIKE '%id_pangan%'"
                      ).fetchone()[0] == "en"


def test_agreement_with_and_without_accepted_proposals(seeded_db, db_path):
    ids = presented(seeded_db)
    for i, sid in enumerate(ids[:40]):
        accepted = "cues" if i < 20 else None
        set_annotation(seeded_db, sid, "ana", label="claim", proposal=accepted)
        set_annotation(seeded_db, sid, "budi", label="claim" if i < 20 else "context",
                       proposal=accepted)
    both = json.loads(run("agreement", "--db", db_path, "--json").output)
    alone = json.loads(run("agreement", "--db", db_path, "--json",
                           "--without-proposals").output)
    assert both["sentences"] == 40 and alone["sentences"] == 20
    # agreeing only where both accepted the same proposal: half with, none without them
    assert both["pairs"][0]["label"]["observed"]["value"] == 0.5
    assert alone["pairs"][0]["label"]["observed"]["value"] == 0.0
    table = run("agreement", "--db", db_path, "--without-proposals").output
    assert "20 annotated sentence(s)" in table
