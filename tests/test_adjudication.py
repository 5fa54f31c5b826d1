"""The disagreement queue, gold decisions, undo, and the status rule the export shares."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from annotator.analysis.stats import count_queue
from annotator.cli import main
from annotator.db.connection import open_db
from annotator.domain import adjudication, disputes
from annotator.domain import annotations as labels
from annotator.domain.adjudication import (
    AdjudicationError,
    decide,
    iter_queue,
    queue,
    take,
    undo_last,
)
from annotator.domain.scheme import UnknownLabel
from annotator.domain.status import resolve

pytestmark = pytest.mark.both_engines  # db_path, db, seeded_db: SQLite and PostgreSQL


@pytest.fixture
def corpus(db):
    """Two documents, six sentences, two reviewers who differ in every way there is."""
    db["documents"].insert({"id": "docA", "ordinal": 0, "title": "A"})
    db["documents"].insert({"id": "docB", "ordinal": 1, "title": "B"})
    ids = []
    for i in range(7):
        doc = "docA" if i < 4 else "docB"
        db["sentences"].insert({"id": f"s{i}", "doc_id": doc, "unit_index": i, "position": i,
                                "text": f"Kalimat nomor {i}."})
        ids.append(f"s{i}")
    same = {"label": "claim", "source": "Kremlin", "confidence": "high"}
    labels.set_annotation(db, "s0", "ana", **same)
    labels.set_annotation(db, "s0", "budi", **same)  # agreed
    labels.set_annotation(db, "s1", "ana", **same)
    labels.set_annotation(db, "s1", "budi", **{**same, "label": "denial"})  # label
    labels.set_annotation(db, "s2", "ana", **same)
    labels.set_annotation(db, "s2", "budi", **{**same, "source": "Reuters"})  # source
    labels.set_annotation(db, "s4", "ana", **same)
    labels.set_annotation(db, "s4", "budi", **{**same, "confidence": "low"})  # confidence
    labels.set_annotation(db, "s5", "ana", **same)
    labels.set_annotation(db, "s5", "budi", **same)
    dispute = disputes.create_dispute(db, "Arms to Russia", "ana")
    disputes.link(db, dispute["id"], "s5", "ana", "denies")  # disputes differ
    disputes.link(db, dispute["id"], "s0", "ana", "alleges")
    disputes.link(db, dispute["id"], "s0", "budi", "alleges")  # same links: still agreed
    labels.set_annotation(db, "s6", "ana", **same)  # single
    return db, ids, dispute["id"]


def test_queue_lists_every_kind_of_disagreement_in_corpus_order(corpus):
    db, ids, _ = corpus
    items = queue(db)
    assert [(i.sentence_id, i.kinds) for i in items] == [
        ("s1", ["label"]), ("s2", ["source"]), ("s4", ["confidence"]), ("s5", ["disputes"]),
    ]
    assert adjudication.kinds_of(db, "s0") == [] and adjudication.kinds_of(db, "s6") == []


def test_queue_filters_by_kind_and_document_and_walks_backwards(corpus):
    db, ids, _ = corpus
    assert [i.sentence_id for i in queue(db, kinds=["disputes", "label"])] == ["s1", "s5"]
    assert [i.sentence_id for i in queue(db, documents=["docB"])] == ["s4", "s5"]
    assert [i.sentence_id for i in iter_queue(db, after=(0, 1))] == ["s2", "s4", "s5"]
    assert [i.sentence_id for i in iter_queue(db, before=(1, 4))] == ["s2", "s1"]
    assert [i.sentence_id for i in iter_queue(db, page=1)] == ["s1", "s2", "s4", "s5"]
    with pytest.raises(AdjudicationError, match="unknown kind"):
        queue(db, kinds=["mood"])


def test_decide_writes_gold_and_history_and_settles_the_sentence(corpus):
    db, ids, _ = corpus
    gold = decide(db, "s1", label="denial", source="Kremlin", confidence="high",
                  adjudicator="lead", rationale="the ministry rejects it")
    assert gold["adjudicator"] == "lead" and gold["decided_at"]
    row = db.execute("SELECT label, source, confidence, adjudicator, rationale FROM gold "
                     "WHERE sentence_id = 's1'").fetchone()
    assert row == ("denial", "Kremlin", "high", "lead", "the ministry rejects it")
    history = db.execute("SELECT action, label, prev_label FROM gold_history").fetchall()
    assert history == [("decide", "denial", None)]
    assert [i.sentence_id for i in queue(db)] == ["s2", "s4", "s5"]
    settled = queue(db, include_settled=True)
    assert settled[0].sentence_id == "s1" and settled[0].gold["label"] == "denial"
    with pytest.raises(UnknownLabel):
        decide(db, "s2", label="rumour", source=None, confidence=None, adjudicator="lead")
    with pytest.raises(AdjudicationError, match="no sentence"):
        decide(db, "nope", label="claim", source=None, confidence=None, adjudicator="lead")


def test_take_reviewer_n_or_by_name(corpus):
    db, ids, _ = corpus
    gold = take(db, "s2", 2, adjudicator="lead")  # reviewers sorted: 1 ana, 2 budi
    assert (gold["label"], gold["source"], gold["confidence"]) == ("claim", "Reuters", "high")
    assert gold["rationale"] == "took budi's annotation"
    gold = take(db, "s4", "ana", adjudicator="lead", rationale="ana read the source")
    assert gold["confidence"] == "high" and gold["rationale"] == "ana read the source"
    with pytest.raises(AdjudicationError, match="no reviewer 3"):
        take(db, "s1", 3, adjudicator="lead")
    with pytest.raises(AdjudicationError, match="did not annotate"):
        take(db, "s1", "citra", adjudicator="lead")


def test_undo_restores_the_previous_decision_and_keeps_history(corpus):
    db, ids, _ = corpus
    take(db, "s1", 1, adjudicator="lead")
    take(db, "s1", 2, adjudicator="lead")
    decide(db, "s2", label="context", source=None, confidence="low", adjudicator="other")
    first = undo_last(db, "lead")  # the second take on s1
    assert first["sentence_id"] == "s1" and first["restored"]["label"] == "claim"
    assert db.execute("SELECT label FROM gold WHERE sentence_id = 's1'").fetchone() == (
        "claim",)
    second = undo_last(db, "lead")
    assert second == {"sentence_id": "s1", "restored": None}
    assert db.execute("SELECT count(*) FROM gold WHERE sentence_id = 's1'").fetchone()[0] == 0
    assert undo_last(db, "lead") is None  # "other"'s decision is not lead's to undo
    assert db.execute("SELECT count(*) FROM gold").fetchone()[0] == 1
    actions = [r[0] for r in db.execute("SELECT action FROM gold_history ORDER BY rowid")]
    assert actions == ["decide", "decide", "decide", "undo", "undo"]


def test_rationale_can_be_added_to_a_decision(corpus):
    db, ids, _ = corpus
    take(db, "s1", 1, adjudicator="lead")
    gold = adjudication.set_rationale(db, "s1", "matches the quote", "lead")
    assert gold["label"] == "claim" and gold["rationale"] == "matches the quote"
    with pytest.raises(AdjudicationError, match="no decision"):
        adjudication.set_rationale(db, "s2", "why", "lead")


def test_reviewer_annotations_show_each_reviewers_links(corpus):
    db, ids, dispute_id = corpus
    side_by_side = adjudication.reviewer_annotations(db, "s5")
    assert [a["reviewer"] for a in side_by_side] == ["ana", "budi"]
    assert side_by_side[0]["disputes"] == [
        {"id": dispute_id, "title": "Arms to Russia", "role": "denies"}]
    assert side_by_side[1]["disputes"] == []


def test_export_status_rule_counts_dispute_link_differences_as_conflict():
    ana = {"reviewer": "ana", "label": "denial", "source": "Kremlin", "confidence": "high"}
    budi = {**ana, "reviewer": "budi"}
    assert resolve([ana, budi])[0] == "agreed"
    one_linked = [{"id": "d1", "role": "denies", "reviewer": "ana"}]
    assert resolve([ana, budi], links=one_linked) == (
        "conflict", {"label": None, "source": None, "confidence": None})
    both = one_linked + [{"id": "d1", "role": "denies", "reviewer": "budi"}]
    assert resolve([ana, budi], links=both)[0] == "agreed"
    roles_differ = one_linked + [{"id": "d1", "role": "context", "reviewer": "budi"}]
    assert resolve([ana, budi], links=roles_differ)[0] == "conflict"
    # a link by someone who did not annotate the sentence does not make a conflict
    outsider = both + [{"id": "d2", "role": "alleges", "reviewer": "citra"}]
    assert resolve([ana, budi], links=outsider)[0] == "agreed"
    assert resolve([ana], links=one_linked)[0] == "single"
    assert resolve([ana, budi], {"label": "claim"}, links=one_linked)[0] == "gold"


def test_cli_queue_decide_take_undo(corpus, db_path):
    db, ids, _ = corpus
    db.close()
    runner = CliRunner()
    base = ["--db", str(db_path)]
    listed = runner.invoke(main, ["adjudicate", "queue", *base, "--json"])
    assert listed.exit_code == 0, listed.output
    items = json.loads(listed.output)
    assert [i["sentence_id"] for i in items] == ["s1", "s2", "s4", "s5"]
    assert items[0]["reviewers"][1]["label"] == "denial"
    table = runner.invoke(main, ["adjudicate", "queue", *base, "--kind", "source"])
    assert "1 disagreement(s)" in table.output and "2. budi: claim / Reuters" in table.output

    taken = runner.invoke(main, ["adjudicate", "take", *base, "--reviewer", "lead",
                                 "s1", "2"])
    assert taken.exit_code == 0, taken.output
    assert "gold s1: denial" in taken.output
    decided = runner.invoke(main, ["adjudicate", "decide", *base, "--reviewer", "lead", "s2",
                                   "--label", "claim", "--source", "Reuters",
                                   "--rationale", "wire copy", "--json"])
    assert json.loads(decided.output)["rationale"] == "wire copy"
    undone = runner.invoke(main, ["adjudicate", "undo", *base, "--reviewer", "lead"])
    assert "undid your decision on s2" in undone.output

    conn = open_db(db_path)
    before = conn.execute("SELECT * FROM gold").fetchall()
    conn.close()
    bad = runner.invoke(main, ["adjudicate", "decide", *base, "s2", "--label", "rumour"])
    assert bad.exit_code != 0 and "unknown label 'rumour'" in bad.output
    assert "Traceback" not in bad.output
    conn = open_db(db_path)
    assert conn.execute("SELECT * FROM gold").fetchall() == before
    conn.close()


def test_count_queue_agrees_with_the_queue(corpus):
    db, ids, _ = corpus
    assert count_queue(db) == {"open": 4, "settled": 0}
    take(db, "s1", 1, adjudicator="lead")
    assert count_queue(db) == {"open": 3, "settled": 1}
    assert count_queue(db, kinds=["disputes"]) == {"open": 1, "settled": 0}
    assert count_queue(db, kinds=["label"]) == {"open": 0, "settled": 1}
    assert count_queue(db, documents=["docB"]) == {"open": 2, "settled": 0}
    for kinds in ([], ["source"], ["confidence"], ["disputes", "label"]):
        everything = queue(db, kinds=kinds, include_settled=True)
        counted = count_queue(db, kinds=kinds)
        assert counted["open"] + counted["settled"] == len(everything)


def test_cli_adjudicate_refuses_an_unknown_document_in_one_line(corpus, db_path):
    db, ids, _ = corpus
    db.close()
    result = CliRunner().invoke(main, ["adjudicate", "--db", str(db_path), "--document", "zz"])
    assert result.exit_code != 0
    assert result.output.strip() == "annotator: error: no document with id 'zz'"
