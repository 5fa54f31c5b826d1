"""Gold keeps every speaker of a joint statement: take N takes the reviewer's speakers,
`adjudicate decide --source A --source B` sets several, undo restores them, the export
(full and --gold-only) writes `sources`, import reads it back, ClaimReview names every
alleging speaker, and agreement treats the speakers as a set."""

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

JOINT = ["Korea Selatan", "Jepang", "Amerika Serikat"]


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def corpus(db) -> str:
    db["documents"].insert({"id": "seoul", "ordinal": 0, "title": "Tiga negara mengutuk",
                            "outlet": "ANTARA", "published": "2023-11-22"})
    rows = [("j1", "Korea Selatan, Jepang, dan Amerika Serikat mengutuk peluncuran itu."),
            ("j2", "Pyongyang menyebut peluncuran itu hak kedaulatan.")]
    for i, (sid, text) in enumerate(rows):
        db["sentences"].insert({"id": sid, "doc_id": "seoul", "unit_index": i, "position": i,
                                "text": text})
    for name in (*JOINT, "Korea Utara"):
        sources.add_source(db, name, "government")
    dispute = disputes.create_dispute(db, "The launch breaks UN resolutions", "ana")
    set_annotation(db, "j1", "ana", label="accusation", sources=JOINT)
    set_annotation(db, "j1", "budi", label="accusation", source="Korea Selatan")
    set_annotation(db, "j2", "ana", label="denial", source="Korea Utara")
    set_annotation(db, "j2", "budi", label="denial", source="Korea Utara")
    for reviewer in ("ana", "budi"):
        disputes.link(db, dispute["id"], "j1", reviewer, "alleges")
        disputes.link(db, dispute["id"], "j2", reviewer, "denies")
    return dispute["id"]


def record(db, sid, **options):
    return next(r for r in iter_records(db, ExportOptions(**options)) if r["id"] == sid)


def test_take_decide_undo_and_the_exports_keep_every_speaker(db, db_path):
    corpus(db)
    assert adj.kinds_of(db, "j1") == ["source"]  # a set against one of its members
    assert claim_reviews(db) == []  # j1 unsettled
    result = run("adjudicate", "take", "--db", db_path, "--reviewer", "lead", "j1", "1")
    assert result.exit_code == 0, result.output
    assert "Korea Selatan + Jepang + Amerika Serikat" in result.output
    gold = adj.get_gold(db, "j1")
    assert (gold["source"], json.loads(gold["sources"])) == ("Korea Selatan", JOINT)
    for options in ({}, {"settled_only": True}):
        exported = record(db, "j1", **options)
        assert exported["status"] == "gold"
        assert exported["source"] == "Korea Selatan" and exported["sources"] == JOINT
        assert exported["gold"]["sources"] == JOINT
    (review,) = claim_reviews(db)
    assert [a["name"] for a in review["itemReviewed"]["author"]] == JOINT
    assert "denied by Korea Utara" in review["reviewRating"]["ratingExplanation"]

    # decide two speakers by alias-free names in another case; the registry spells them
    result = run("adjudicate", "decide", "--db", db_path, "--reviewer", "lead", "j1",
                 "--label", "accusation", "--source", "jepang", "--source", "KOREA SELATAN",
                 "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["sources"] == ["Jepang", "Korea Selatan"]
    assert record(db, "j1")["sources"] == ["Jepang", "Korea Selatan"]
    # a changed rationale keeps the speakers decided
    adj.set_rationale(db, "j1", "the joint statement of two", "lead")
    assert json.loads(adj.get_gold(db, "j1")["sources"]) == ["Jepang", "Korea Selatan"]
    adj.undo_last(db, "lead")
    adj.undo_last(db, "lead")  # back to the speakers taken from ana
    assert record(db, "j1")["sources"] == JOINT
    # one --source is one speaker: no joint statement left
    run("adjudicate", "decide", "--db", db_path, "--reviewer", "lead", "j1",
        "--label", "accusation", "--source", "Jepang")
    gold = adj.get_gold(db, "j1")
    assert (gold["source"], gold["sources"]) == ("Jepang", None)
    assert record(db, "j1")["sources"] == ["Jepang"]
    assert record(db, "j1")["gold"]["sources"] is None


def test_decide_refuses_an_unknown_speaker_and_changes_nothing(db, db_path):
    corpus(db)
    result = run("adjudicate", "decide", "--db", db_path, "--reviewer", "lead", "j1",
                 "--label", "accusation", "--source", "Jepang", "--source", "Nobody Known")
    assert result.exit_code != 0
    assert "unknown source 'Nobody Known'" in result.output
    assert adj.get_gold(db, "j1") is None


def test_import_reads_gold_sources_and_refuses_a_source_not_first(db, db_path, tmp_path,
                                                                  empty_template):
    corpus(db)
    speakers = [*JOINT, "Dewan Tiga Negara"]  # a name only this database's registry has
    sources.add_source(db, "Dewan Tiga Negara", "other")
    set_annotation(db, "j1", "ana", label="accusation", sources=speakers)
    adj.take(db, "j1", "ana", adjudicator="lead")
    out = tmp_path / "gold.jsonl"
    assert run("export", "--db", db_path, "--gold-only", "-o", out).exit_code == 0
    target = tmp_path / "target.db"
    target.write_bytes(empty_template.read_bytes())
    other = open_db(target)
    corpus(other)
    assert sources.find(other, "Dewan Tiga Negara") is None
    other.close()
    result = run("import", "--db", target, out)
    assert result.exit_code == 0, result.output
    other = open_db(target)
    try:
        gold = adj.get_gold(other, "j1")
        assert json.loads(gold["sources"]) == speakers
        assert sources.find(other, "Dewan Tiga Negara") is not None  # registered as given
    finally:
        other.close()
    bad = json.loads(out.read_text().splitlines()[0])
    bad["gold"]["sources"] = ["Jepang", "Korea Selatan"]  # source is Korea Selatan
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps(bad) + "\n")
    before = open_db(target)
    was = before.execute("SELECT sources FROM gold").fetchall()
    before.close()
    result = run("import", "--db", target, path)
    assert result.exit_code != 0
    assert "bad.jsonl" in result.output and "first of" in result.output
    assert len(result.output.strip().splitlines()) == 1
    after = open_db(target)
    assert after.execute("SELECT sources FROM gold").fetchall() == was
    after.close()


def test_links_decided_alone_keep_the_agreed_speakers(db):
    dispute = corpus(db)
    set_annotation(db, "j1", "budi", label="accusation", sources=list(reversed(JOINT)))
    assert adj.kinds_of(db, "j1") == []  # the same set agrees
    adj.decide_links(db, "j1", [f"{dispute}:context"], adjudicator="lead")
    assert json.loads(adj.get_gold(db, "j1")["sources"]) == JOINT
