"""What a new user tripped on: import registers sources (one meaning of `position`:
test_one_position), contradictory export flags refused, agreement figures that explain
themselves, greppable output when piped, and an old database upgrading through 0009."""

from __future__ import annotations

import json

import numpy as np
from click.testing import CliRunner
from sqlite_utils import Database
from support.corpus import add_document, queue

from annotator.analysis.agreement import cohen_kappa, report
from annotator.cli import main
from annotator.db.connection import open_db
from annotator.db.migrations import migrations
from annotator.domain.annotations import set_annotation
from annotator.domain.sources import find


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def test_import_registers_unknown_sources_so_the_picker_offers_them(seeded_db, db_path,
                                                                    tmp_path):
    sid = queue(seeded_db)[0]
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"id": sid, "annotations": [
        {"reviewer": "ana", "label": "claim", "source": "Kantor Berita Yonhap",
         "confidence": "high"}],
        "gold": {"label": "claim", "source": "Juru Bicara Baru", "confidence": "high",
                 "adjudicator": "lead"}}) + "\n")
    result = run("import", "--db", db_path, path)
    assert result.exit_code == 0, result.output
    assert find(seeded_db, "Kantor Berita Yonhap") is not None
    assert find(seeded_db, "Juru Bicara Baru") is not None
    from annotator.domain.speakers import SourceIndex

    assert any(s.name == "Kantor Berita Yonhap"
               for s in SourceIndex.from_db(seeded_db).suggest("Yonhap"))


def test_contradictory_or_empty_export_flags_are_refused_in_one_line(seeded_db, db_path,
                                                                      tmp_path):
    set_annotation(seeded_db, queue(seeded_db)[0], "ana", label="claim")
    out = tmp_path / "x.jsonl"
    cases = [
        (["--gold-only", "--all"], "--all adds unlabeled sentences and --gold-only"),
        (["--disputes", "--claimreview"], "--disputes and --claimreview"),
        (["--reviewer", "nobody"], "no annotations or dispute links by reviewer 'nobody'"),
        (["--claimreview", "--gold-only"], "--claimreview does not take --gold-only"),
        (["--disputes", "--all"], "--disputes does not take --all"),
    ]
    for flags, message in cases:
        result = run("export", "--db", db_path, "-o", out, *flags)
        assert result.exit_code == 1, (flags, result.output)
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and message in lines[0], (flags, result.stderr)
        assert not out.exists()
    assert run("export", "--db", db_path, "-o", out, "--reviewer", "ana").exit_code == 0


def test_kappa_says_why_it_is_zero_or_undefined():
    ana = np.array([1] * 10)  # always "medium"
    budi = np.array([1] * 9 + [2])
    kappa, observed, _ = cohen_kappa(ana, budi, 3, ("ana", "budi"), ["low", "medium", "high"])
    assert kappa.value == 0.0 and observed.value == 0.9
    assert "ana gave 'medium' every time" in kappa.note and "observed 90%" in kappa.note
    same, _, _ = cohen_kappa(ana, ana, 3)
    assert same.value is None and same.note.startswith("undefined")
    dominant = np.array([1] * 18 + [0, 2])
    other = np.array([1] * 17 + [0, 1, 2])
    kappa, _, _ = cohen_kappa(dominant, other, 3)
    assert "one value dominates" in kappa.note


def test_agreement_report_and_cli_explain_a_zero_confidence_kappa(db, db_path):
    ids = add_document(db, "doc", [f"Kalimat {i}." for i in range(10)])
    for i, sid in enumerate(ids):
        set_annotation(db, sid, "ana", label="claim", confidence="medium")
        set_annotation(db, sid, "budi", label="claim",
                       confidence="high" if i == 0 else "medium")
    (pair,) = report(db)["pairs"]
    assert "misleading: ana gave 'medium' every time" in pair["confidence"]["kappa"]["note"]
    table = run("agreement", "--db", db_path).output
    assert "misleading" in table


def test_stats_and_adjudication_queue_are_plain_lines_when_piped(seeded_db, db_path):
    sid = queue(seeded_db)[0]
    set_annotation(seeded_db, sid, "ana", label="claim")
    set_annotation(seeded_db, sid, "budi", label="denial")
    stats = run("stats", "--db", db_path).output.splitlines()
    assert "# Reviewers" in stats
    assert any(line.startswith("reviewer\tlabeled\tof corpus\tlast labeled") for line in stats)
    queue_lines = run("adjudicate", "queue", "--db", db_path).output.splitlines()
    assert queue_lines[0] == "# 1 disagreement(s)"
    row = queue_lines[2].split("\t")
    assert row[0] == sid and row[1] == "label"
    assert "1. ana: claim" in row[3] and "2. budi: denial" in row[3]
    for output in (stats, queue_lines):
        assert not any(ch in line for line in output for ch in "┃│━┏")


def test_a_database_from_before_0009_upgrades_and_keeps_its_labels(db_path):
    old = Database(db_path)
    migrations.apply(old, stop_before="0009_team_workflow")
    ids = add_document(old, "old", ["Pejabat AS menuduh Korea Utara.", "Korut menolak."])
    old["annotations"].insert({"sentence_id": ids[0], "reviewer": "ana", "label": "claim",
                               "confidence": "medium", "created_at": "2025-01-01T00:00:00Z",
                               "updated_at": "2025-01-01T00:00:00Z"})
    old.close()
    upgraded = open_db(db_path)
    try:
        assert {"assignments", "assignment_history"} <= set(upgraded.table_names())
        assert upgraded.execute("SELECT label, sources FROM annotations").fetchone() == (
            "claim", None)
        set_annotation(upgraded, ids[1], "ana", label="denial",
                       sources=["Korea Utara", "Rusia"])
        assert json.loads(upgraded.execute(
            "SELECT sources FROM annotations WHERE sentence_id = ?", [ids[1]]
        ).fetchone()[0]) == ["Korea Utara", "Rusia"]
    finally:
        upgraded.close()
