"""Dispute links settled in gold: take reviewer N or set links, the gold export and
ClaimReview follow the decision, undo brings the disagreement back, import keeps it; the
adjudicator's source must be in the registry; merge flags overlapping disputes."""

from __future__ import annotations

import json

from click.testing import CliRunner

from annotator.cli import main
from annotator.db.connection import open_db
from annotator.domain import adjudication as adj
from annotator.domain import disputes, sources
from annotator.domain.annotations import set_annotation
from annotator.exchange.claimreview import claim_reviews
from annotator.exchange.records import ExportOptions, iter_records


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def corpus(db):
    db["documents"].insert({"id": "us", "ordinal": 0, "title": "AS tuding Korut",
                            "outlet": "ANTARA", "published": "2023-10-14"})
    db["documents"].insert({"id": "ru", "ordinal": 1, "title": "Kremlin membantah",
                            "outlet": "KONTAN", "published": "2023-10-27"})
    rows = [("a1", "us", "Pejabat AS menuding Korea Utara mengirim senjata ke Rusia."),
            ("a2", "us", "Gedung Putih menyebut pengiriman itu terus berlangsung."),
            ("d1", "ru", "Peskov menyebut laporan itu tidak berdasar.")]
    for i, (sid, doc, text) in enumerate(rows):
        db["sentences"].insert({"id": sid, "doc_id": doc, "unit_index": i, "position": i,
                                "text": text})
    for name, kind in (("Pejabat AS", "government"), ("Gedung Putih", "office"),
                       ("Dmitry Peskov", "person")):
        sources.add_source(db, name, kind)
    d = disputes.create_dispute(db, "North Korea supplies arms to Russia", "ana")
    for reviewer in ("ana", "budi"):
        set_annotation(db, "a1", reviewer, label="accusation", source="Pejabat AS")
        set_annotation(db, "a2", reviewer, label="claim", source="Gedung Putih")
        set_annotation(db, "d1", reviewer, label="denial", source="Dmitry Peskov")
        disputes.link(db, d["id"], "a1", reviewer, "alleges")
        disputes.link(db, d["id"], "d1", reviewer, "denies")
    # the disagreement: ana says a2 alleges too, budi that it is context
    disputes.link(db, d["id"], "a2", "ana", "alleges")
    disputes.link(db, d["id"], "a2", "budi", "context")
    return d["id"]


def authors(db):
    (review,) = claim_reviews(db)
    return [a["name"] for a in review["itemReviewed"]["author"]]


def gold_record(db, sid):
    return next(r for r in iter_records(db, ExportOptions(settled_only=True)) if r["id"] == sid)


def test_links_decided_in_gold_drive_export_and_claimreview_and_undo(db):
    dispute = corpus(db)
    assert adj.kinds_of(db, "a2") == ["disputes"]
    assert claim_reviews(db) == []  # a2 is unsettled
    adj.decide_links(db, "a2", [f"{dispute[:8]}:context"], adjudicator="lead")
    assert authors(db) == ["Pejabat AS"]  # the White House sentence is context now
    record = gold_record(db, "a2")
    assert [(e["role"], e["reviewers"]) for e in record["disputes"]] == [("context", ["budi"])]
    assert record["gold"]["disputes"] == [{"id": dispute, "role": "context"}]
    assert adj.undo_last(db, "lead")["restored"] is None
    assert claim_reviews(db) == []
    adj.take(db, "a2", 1, adjudicator="lead")  # ana: alleges
    assert authors(db) == ["Pejabat AS", "Gedung Putih"]
    assert [e["role"] for e in gold_record(db, "a2")["disputes"]] == ["alleges"]
    adj.decide(db, "a2", label="claim", source="Gedung Putih", confidence="medium",
               adjudicator="lead", disputes=[])  # in no dispute at all
    assert authors(db) == ["Pejabat AS"] and gold_record(db, "a2")["disputes"] == []
    adj.set_rationale(db, "a2", "not part of the claim", "lead")  # keeps the links decided
    assert gold_record(db, "a2")["disputes"] == []
    assert adj.undo_last(db, "lead")["restored"]["disputes"] == "[]"


def test_cli_settles_links_refuses_contradictions_and_unknown_sources(db, db_path):
    dispute = corpus(db)
    result = run("adjudicate", "decide", "--db", db_path, "a2", "--label", "claim",
                 "--source", "Somebody Unknown")
    assert result.exit_code == 1 and "unknown source 'Somebody Unknown'" in result.output
    result = run("adjudicate", "decide", "--db", db_path, "a2", "--label", "claim",
                 "--link", f"{dispute[:8]}:alleges", "--no-links")
    assert result.exit_code != 0 and "contradict" in result.output
    assert db.execute("SELECT count(*) FROM gold").fetchone()[0] == 0
    result = run("adjudicate", "decide", "--db", db_path, "a2", "--label", "claim",
                 "--source", "gedung putih", "--link", f"{dispute[:8]}:context",
                 "--reason", "ambiguous")
    assert result.exit_code == 0, result.output
    assert "context in" in result.output
    gold = adj.get_gold(db, "a2")
    assert (gold["source"], gold["reason"]) == ("Gedung Putih", "ambiguous")
    result = run("adjudicate", "links", "--db", db_path, "a2", "--none", "--json")
    assert result.exit_code == 0 and json.loads(result.output)["disputes"] == []


def test_links_cannot_be_settled_before_a_differing_label(db):
    corpus(db)
    set_annotation(db, "a2", "budi", label="context", source="Gedung Putih")
    try:
        adj.decide_links(db, "a2", [], adjudicator="lead")
    except adj.AdjudicationError as exc:
        assert "decide those first" in str(exc)
    else:
        raise AssertionError("links settled under a differing label")


def test_decided_links_travel_through_export_and_import(db, db_path, tmp_path, empty_template):
    import shutil

    dispute = corpus(db)
    adj.decide_links(db, "a2", [f"{dispute}:context"], adjudicator="lead", rationale="x")
    out = tmp_path / "all.jsonl"
    assert run("export", "--db", db_path, "-o", out).exit_code == 0
    other = tmp_path / "other.db"  # the same corpus there, then the import
    shutil.copyfile(empty_template, other)
    theirs = open_db(other)
    for table in ("documents", "sentences"):
        cursor = db.execute(f"SELECT * FROM {table}")
        cols = [d[0] for d in cursor.description]
        theirs[table].insert_all([dict(zip(cols, row, strict=True)) for row in cursor])
    theirs.close()
    result = run("import", "--db", other, out)
    assert result.exit_code == 0, result.output
    theirs = open_db(other)
    try:
        assert json.loads(adj.get_gold(theirs, "a2")["disputes"]) == [
            {"id": dispute, "role": "context"}]
        assert [a["name"] for a in claim_reviews(theirs)[0]["itemReviewed"]["author"]] == [
            "Pejabat AS"]
    finally:
        theirs.close()


def test_merge_flags_differently_titled_disputes_sharing_members(db, db_path, tmp_path):
    import shutil

    corpus(db)
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    theirs_path = tmp_path / "budi.db"
    shutil.copyfile(db_path, theirs_path)
    theirs = open_db(theirs_path)
    other = disputes.create_dispute(theirs, "Pyongyang arms for Moscow", "budi")
    disputes.link(theirs, other["id"], "a1", "budi", "alleges")
    disputes.link(theirs, other["id"], "d1", "budi", "denies")
    unrelated = disputes.create_dispute(theirs, "Something else", "budi")
    disputes.link(theirs, unrelated["id"], "a2", "budi", "context")
    theirs.close()
    result = run("merge", "--db", db_path, theirs_path)
    assert result.exit_code == 0, result.output
    lines = [line for line in result.stderr.splitlines() if "likely duplicates" in line]
    assert len(lines) == 1
    assert '"Pyongyang arms for Moscow"' in lines[0] and "share 2 sentence(s)" in lines[0]
    assert "annotator disputes merge" in lines[0]
