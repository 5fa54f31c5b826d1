"""As a lead would: two reviewers label on their own machines, the lead merges their
databases, then reads the dashboard's figures and the report."""

from __future__ import annotations

from click.testing import CliRunner
from support.corpus import queue

from annotator.analysis.dashboard import confusion, dashboard
from annotator.cli import main
from annotator.db.connection import open_db
from annotator.domain.annotations import set_annotation


def test_figures_after_two_reviewers_labeled_and_merged(seeded_copy, tmp_path, clock):
    lead, ana_db, budi_db = (seeded_copy(n) for n in ("lead.db", "ana.db", "budi.db"))
    for path, reviewer, labels in ((ana_db, "ana", "cccad"), (budi_db, "budi", "ccdad")):
        db = open_db(path)
        names = {"c": "claim", "a": "accusation", "d": "denial"}
        for sid, key in zip(queue(db), labels, strict=False):
            set_annotation(db, sid, reviewer, label=names[key])
        db.close()
        clock.advance(hours=1)
    merged = CliRunner().invoke(main, ["--db", str(lead), "merge", str(ana_db), str(budi_db)])
    assert merged.exit_code == 0, merged.output

    db = open_db(lead)
    figures = dashboard(db)
    db.close()
    assert figures["totals"]["labeled"] == 5 and figures["totals"]["conflicts"] == 1
    assert {r["reviewer"]: r["cumulative"] for r in figures["progress"]["reviewers"]} == {
        "ana": [0, 5, 5], "budi": [0, 0, 5]}
    table = confusion(figures)
    labels = table["labels"]
    assert table["reviewers"] == ["ana", "budi"] and table["items"] == 5
    assert table["counts"][labels.index("claim")][labels.index("denial")] == 1

    report = CliRunner().invoke(main, ["--db", str(lead), "report", "-o",
                                       str(tmp_path / "report.html")])
    assert report.exit_code == 0, report.output
    page = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "labeled by both ana (rows) and budi (columns)" in page
