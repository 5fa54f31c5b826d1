"""The issue's "done when", as a new user would do it through the real command line:
two reviewers label the seeds in two databases, merge, read the agreement report, settle
every disagreement in the queue, and export a gold set where every sentence is gold or agreed.
"""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from annotator.base.resources import SEEDS_DIR
from annotator.cli import main
from annotator.db.connection import open_db
from annotator.domain import annotations as labels
from annotator.domain import disputes
from annotator.domain.adjudication import decide, queue, reviewer_annotations

LABELS = ("claim", "accusation", "denial", "context")
SOURCES = ("Kementerian Luar Negeri Korea Utara", "Dmitry Peskov", "Gedung Putih", None)


def _run(runner: CliRunner, *args: str) -> str:
    result = runner.invoke(main, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def _presented(path: Path) -> list[str]:
    db = open_db(path)
    try:
        return [r[0] for r in db.execute(
            "SELECT s.id FROM sentences s JOIN documents d ON d.id = s.doc_id "
            "WHERE s.excluded IS NULL ORDER BY d.ordinal, s.position")]
    finally:
        db.close()


def _label_all(path: Path, reviewer: str, differ: bool) -> None:
    """Label every sentence; the second reviewer differs in label, source, confidence
    and dispute links on a known share of them."""
    db = open_db(path)
    try:
        ids = _presented(path)
        for i, sid in enumerate(ids):
            label, source, confidence = LABELS[i % 4], SOURCES[i % 4], "medium"
            if differ and i % 5 == 0:
                label = LABELS[(i + 1) % 4]
            if differ and i % 7 == 0:
                source = "Reuters"
            if differ and i % 11 == 0:
                confidence = "high"
            labels.set_annotation(db, sid, reviewer, label=label, source=source,
                                  confidence=confidence)
        if not differ:  # only the first reviewer links two sentences into a dispute
            dispute = disputes.create_dispute(db, "North Korea supplies arms to Russia",
                                              reviewer)
            disputes.link(db, dispute["id"], ids[1], reviewer, "alleges")
            disputes.link(db, dispute["id"], ids[2], reviewer, "denies")
    finally:
        db.close()


def test_two_reviewers_merge_agree_adjudicate_and_export_gold(tmp_path):
    runner = CliRunner()
    ana_db, budi_db = tmp_path / "ana.db", tmp_path / "budi.db"
    for path in (ana_db, budi_db):
        _run(runner, "ingest", "--db", str(path), str(SEEDS_DIR))
    ids = _presented(ana_db)
    assert ids == _presented(budi_db)  # stable ids: the same sentences on both machines
    n = len(ids)
    assert n > 30
    _label_all(ana_db, "ana", differ=False)
    _label_all(budi_db, "budi", differ=True)

    # merge budi's database into ana's; again changes nothing
    out = _run(runner, "merge", "--db", str(ana_db), str(budi_db))
    assert f"{n} annotation(s) added" in out
    assert "(nothing new)" in _run(runner, "merge", "--db", str(ana_db), str(budi_db))

    # the agreement report: two reviewers, every sentence shared, kappa as counted here
    figures = json.loads(_run(runner, "agreement", "--db", str(ana_db), "--json"))
    assert figures["reviewers"] == ["ana", "budi"] and figures["sentences"] == n
    pair = figures["pairs"][0]
    assert pair["items"] == n
    differing = sum(1 for i in range(n) if i % 5 == 0)
    assert pair["label"]["observed"]["value"] == round((n - differing) / n, 6)
    assert figures["alpha"]["label"]["items"] == n
    assert "Krippendorff's alpha" in _run(runner, "agreement", "--db", str(ana_db))

    # the queue: every sentence where they differ in anything, links included
    listed = json.loads(_run(runner, "adjudicate", "queue", "--db", str(ana_db), "--json"))
    expected = {ids[i] for i in range(n) if i % 5 == 0 or i % 7 == 0 or i % 11 == 0}
    expected |= {ids[1], ids[2]}  # ana linked them to a dispute, budi did not
    assert {item["sentence_id"] for item in listed} == expected
    assert "disputes" in next(i for i in listed if i["sentence_id"] == ids[1])["kinds"]

    # settle them all: half by taking a reviewer's annotation on the command line, the
    # rest by the adjudicator's own decision through the core
    for k, item in enumerate(listed):
        if k % 2 == 0:
            _run(runner, "adjudicate", "take", "--db", str(ana_db), "--reviewer", "lead",
                 item["sentence_id"], "1")
        else:
            db = open_db(ana_db)
            annotation = reviewer_annotations(db, item["sentence_id"])[1]
            decide(db, item["sentence_id"], label=annotation["label"],
                   source=annotation["source"], confidence="high", adjudicator="lead",
                   rationale="checked against the article")
            db.close()
    assert json.loads(
        _run(runner, "adjudicate", "queue", "--db", str(ana_db), "--json")) == []
    db = open_db(ana_db)
    assert queue(db) == [] and len(queue(db, include_settled=True)) == len(expected)
    db.close()

    # the gold set: every sentence is gold or agreed, and the gold ones are the decisions
    export = tmp_path / "gold.jsonl"
    _run(runner, "export", "--db", str(ana_db), "--gold-only", "-o", str(export))
    records = [json.loads(line) for line in export.read_text(encoding="utf-8").splitlines()]
    assert len(records) == n
    assert {r["status"] for r in records} <= {"gold", "agreed"}
    by_id = {r["id"]: r for r in records}
    assert {sid for sid, r in by_id.items() if r["status"] == "gold"} == expected
    assert all(r["label"] in LABELS for r in records)

    # the adjudicated dispute, for publishers: schema.org ClaimReview JSON-LD
    claims = tmp_path / "claims.json"
    _run(runner, "export", "--db", str(ana_db), "--claimreview", "-o", str(claims))
    [review] = json.loads(claims.read_text(encoding="utf-8"))
    assert review["@type"] == "ClaimReview"
    assert review["claimReviewed"] == "North Korea supplies arms to Russia"
    alleging = by_id[ids[1]]
    assert [a["name"] for a in review["itemReviewed"]["author"]] == [alleging["source"]]
    assert [a["headline"] for a in review["itemReviewed"]["appearance"]] == [
        alleging["doc_title"]]
    assert review["author"] == [{"@type": "Person", "name": "lead"}]
