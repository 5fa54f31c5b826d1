"""What each label records for a team: several speakers, the guideline version, the seconds
it took; stats turn the seconds into throughput, agreement reads versions and reasons."""

from __future__ import annotations

import json

import jsonschema
from click.testing import CliRunner
from support.corpus import queue

from annotator.analysis.agreement import report
from annotator.analysis.stats import stats
from annotator.base.resources import data_file
from annotator.cli import main
from annotator.domain import adjudication as adj
from annotator.domain.annotations import MAX_SECONDS, get_annotation, set_annotation
from annotator.domain.guidelines import load_guidelines, version_of
from annotator.exchange.records import ALL, iter_records

SCHEMA = json.loads(data_file("export_record.schema.json").read_text(encoding="utf-8"))
JOINT = ["Korea Selatan", "Jepang", "Amerika Serikat"]


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def test_seconds_are_capped_and_stats_show_labels_per_hour_and_medians(seeded_db, db_path):
    ids = queue(seeded_db)
    set_annotation(seeded_db, ids[0], "ana", label="claim", seconds=10)
    set_annotation(seeded_db, ids[1], "ana", label="claim", seconds=20)
    set_annotation(seeded_db, ids[2], "ana", label="denial", seconds=3600)  # lunch
    set_annotation(seeded_db, ids[0], "budi", label="claim", seconds=6)
    set_annotation(seeded_db, ids[3], "budi", label="context")  # no time recorded
    assert get_annotation(seeded_db, ids[2], "ana")["seconds"] == MAX_SECONDS
    set_annotation(seeded_db, ids[1], "ana", label="context")  # relabel without a time
    assert get_annotation(seeded_db, ids[1], "ana")["seconds"] == 20
    rows = {r["reviewer"]: r for r in stats(seeded_db)["throughput"]}
    ana = rows["ana"]
    assert (ana["labels"], ana["seconds"]) == (3, 150.0)
    assert ana["per_hour"] == round(3 * 3600 / 150, 1) and ana["median_seconds"] == 20.0
    assert ana["by_label"] == {"claim": 10.0, "context": 20.0, "denial": 120.0}
    assert rows["budi"]["labels"] == 1 and rows["(all)"]["labels"] == 4
    table = run("stats", "--db", db_path).output
    assert "# Throughput (labels with a recorded time)" in table
    assert "ana\t3\t72.0\t20.0\t10.0\t20.0\t120.0" in table


def test_a_joint_statement_exports_every_speaker_and_agrees_as_a_set(seeded_db, db_path,
                                                                     seeded_copy, tmp_path):
    ids = queue(seeded_db)
    set_annotation(seeded_db, ids[0], "ana", label="claim", sources=JOINT)
    set_annotation(seeded_db, ids[0], "budi", label="claim",
                   sources=["Korea Selatan", "Amerika Serikat", "Jepang"])
    set_annotation(seeded_db, ids[1], "ana", label="claim", sources=JOINT)
    set_annotation(seeded_db, ids[1], "budi", label="claim", source="Korea Selatan")
    records = {r["id"]: r for r in iter_records(seeded_db, ALL)}
    for record in records.values():
        jsonschema.validate(record, SCHEMA)
    first = records[ids[0]]
    assert first["status"] == "agreed"
    assert first["source"] == "Korea Selatan" and first["sources"] == JOINT
    assert first["annotations"][0]["sources"] == JOINT
    assert records[ids[1]]["status"] == "conflict"  # one speaker against three
    assert adj.kinds_of(seeded_db, ids[1]) == ["source"]
    assert adj.kinds_of(seeded_db, ids[0]) == []
    alpha = report(seeded_db)["alpha"]["source"]
    assert alpha["items"] == 2
    out = tmp_path / "all.jsonl"
    assert run("export", "--db", db_path, "-o", out).exit_code == 0
    other = seeded_copy("other.db")
    assert run("import", "--db", other, out).exit_code == 0, out.read_text()[:200]
    from annotator.db.connection import open_db

    theirs = open_db(other)
    try:
        assert json.loads(get_annotation(theirs, ids[0], "ana")["sources"]) == JOINT
    finally:
        theirs.close()
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({"id": ids[2], "annotations": [
        {"reviewer": "x", "label": "claim", "source": "Jepang", "sources": JOINT}]}) + "\n")
    result = run("import", "--db", other, bad)
    assert result.exit_code == 1 and f"{bad}:1:" in result.output
    assert "must be the first" in result.output


def test_agreement_by_guideline_version_and_reasons(seeded_db, db_path):
    ids = queue(seeded_db)
    old, new = version_of("v1"), version_of("v2")
    for i, sid in enumerate(ids[:4]):
        version = old if i < 2 else new
        set_annotation(seeded_db, sid, "ana", label="claim", guideline_version=version)
        set_annotation(seeded_db, sid, "budi", label="claim" if i % 2 else "denial",
                       guideline_version=version)
    adj.take(seeded_db, ids[0], 1, adjudicator="lead", reason="guideline")
    adj.take(seeded_db, ids[2], 2, adjudicator="lead", reason="ambiguous")
    full = report(seeded_db)
    assert [v["version"] for v in full["guideline_versions"]] == [old, new]
    assert full["reasons"] == {"guideline": 1, "ambiguous": 1, "error": 0, "untagged": 0}
    narrowed = report(seeded_db, guideline=new[:6])
    assert narrowed["sentences"] == 2 and narrowed["guideline"] == new
    result = run("agreement", "--db", db_path, "--guideline", "zzz")
    assert result.exit_code == 1 and "no guideline version 'zzz'" in result.output
    text = run("agreement", "--db", db_path).output
    assert "guideline unclear" in text and old in text
    assert json.loads(run("agreement", "--db", db_path, "--json", "--guideline",
                          old).output)["sentences"] == 2


def test_shipped_guidelines_define_every_label_and_have_a_stable_version(tmp_path,
                                                                         monkeypatch):
    shipped = load_guidelines()
    for name in ("claim", "accusation", "denial", "context"):
        assert f"## {name}" in shipped.text
    assert shipped.version == version_of(shipped.text) and len(shipped.version) == 12
    mine = tmp_path / "guidelines.md"
    mine.write_text("# Ours\n", encoding="utf-8")
    monkeypatch.setenv("ANNOTATOR_GUIDELINES", str(mine))
    assert load_guidelines().version == version_of("# Ours\n") != shipped.version
