"""The history engine (db/history.py) and undoing the newest change of any kind
(domain/undo.py): one description per history table, one "newest change not undone" query,
and `u` deciding between a label and a dispute change in the core."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from support.engines import sqlite_only

from annotator.base.clock import use_clock
from annotator.db.history import ANNOTATION_HISTORY, DISPUTE_HISTORY, GOLD_HISTORY, TABLES
from annotator.domain import adjudication, disputes
from annotator.domain import annotations as labels
from annotator.domain.undo import undo_newest
from annotator.exchange.importer import import_file

pytestmark = pytest.mark.both_engines  # db_path, db, seeded_db: SQLite and PostgreSQL


@pytest.fixture
def corpus(db):
    db["documents"].insert({"id": "docA", "ordinal": 0, "title": "A"})
    for i in range(4):
        db["sentences"].insert({"id": f"s{i}", "doc_id": "docA", "unit_index": i, "position": i,
                                "text": f"Kalimat nomor {i}."})
    return db


@pytest.fixture
def ticking():
    """A clock that moves one second per reading, so every change has its own time."""
    start = datetime(2026, 1, 1, tzinfo=UTC)
    ticks = iter(range(10_000))
    use_clock(lambda: start + timedelta(seconds=next(ticks)))
    yield
    use_clock(None)


def test_every_table_described_matches_its_real_columns(db):
    for table in TABLES:
        assert table.columns == set(db[table.name].columns_dict), table.name


@pytest.mark.parametrize("table", TABLES, ids=lambda t: t.name)
@sqlite_only("SQLite's query plan")
def test_newest_undoable_looks_up_undone_changes_by_index(db, table):
    plan = " ".join(row[3] for row in db.execute(
        "EXPLAIN QUERY PLAN " + table.newest_undoable_sql, ["ana"]))
    assert f"idx_{table.name}_undoes" in plan


def test_record_refuses_a_column_the_table_does_not_have(corpus):
    with pytest.raises(ValueError, match="no column colour"):
        ANNOTATION_HISTORY.record(corpus, action="set", actor="ana", sentence_id="s0",
                                  colour="red")


def test_records_keep_previous_values_and_undo_is_one_more_row(corpus, ticking):
    db = corpus
    labels.set_annotation(db, "s0", "ana", label="claim", source="Kremlin")
    labels.set_annotation(db, "s0", "ana", label="denial", source="Kremlin")
    change = ANNOTATION_HISTORY.newest_undoable(db, "ana")
    assert (change["action"], change["label"], change["prev_label"]) == ("set", "denial", "claim")
    assert change["prev_updated_at"] == "2026-01-01T00:00:00.000000Z"
    labels.undo_last(db, "ana")
    rows = db.execute("SELECT action, label, prev_label, undoes FROM annotation_history "
                      "ORDER BY rowid").fetchall()
    assert rows[-1] == ("undo", "claim", "denial", change["change_id"])
    assert ANNOTATION_HISTORY.newest_undoable(db, "ana")["label"] == "claim"


def test_imported_changes_are_history_but_not_undone_by_the_importer(corpus, tmp_path):
    db = corpus
    labels.set_annotation(db, "s1", "ana", label="claim")
    path = tmp_path / "in.jsonl"
    path.write_text(
        '{"id": "s0", "annotations": [{"reviewer": "ana", "label": "denial", '
        '"updated_at": "2025-01-01T00:00:00.000000Z"}], "gold": {"label": "claim", '
        '"adjudicator": "lead", "decided_at": "2025-01-02T00:00:00.000000Z"}}\n',
        encoding="utf-8")
    import_file(db, path)
    imported = db.execute("SELECT reviewer, label, prev_label, prev_updated_at FROM "
                          "annotation_history WHERE action = 'import'").fetchall()
    assert imported == [("ana", "denial", None, None)]
    gold = db.execute("SELECT adjudicator, label, prev_label FROM gold_history "
                      "WHERE action = 'import'").fetchall()
    assert gold == [("lead", "claim", None)]
    assert GOLD_HISTORY.newest_undoable(db, "lead") is None  # only decisions are undone
    assert labels.undo_last(db, "ana")["sentence_id"] == "s1"  # the label, not the import


def test_gold_undo_goes_through_the_engine(corpus):
    db = corpus
    adjudication.decide(db, "s0", label="claim", source=None, confidence="high",
                        adjudicator="lead")
    adjudication.decide(db, "s0", label="denial", source=None, confidence="high",
                        adjudicator="lead")
    assert adjudication.undo_last(db, "lead")["restored"]["label"] == "claim"
    assert adjudication.undo_last(db, "lead")["restored"] is None
    assert adjudication.undo_last(db, "lead") is None
    assert [r[0] for r in db.execute("SELECT action FROM gold_history ORDER BY rowid")] == [
        "decide", "decide", "undo", "undo"]


def test_dispute_changes_in_a_dispute_gone_are_passed_over(corpus):
    db = corpus
    kept = disputes.create_dispute(db, "Kept", "ana")
    gone = disputes.create_dispute(db, "Folded away", "ana")
    disputes.link(db, gone["id"], "s0", "ana", "alleges")
    disputes.merge_disputes(db, kept["id"], gone["id"], "lead")
    assert DISPUTE_HISTORY.newest_undoable(db, "ana")["dispute_id"] == kept["id"]


def test_undo_newest_takes_the_newest_change_of_either_kind(corpus, ticking):
    db = corpus
    labels.set_annotation(db, "s0", "ana", label="claim")
    dispute = disputes.create_dispute(db, "Arms to Russia", "ana")
    disputes.link(db, dispute["id"], "s0", "ana", "supports")
    labels.set_annotation(db, "s1", "ana", label="denial")

    undone = undo_newest(db, "ana")
    assert (undone.kind, undone.sentence_id, undone.restored) == ("annotation", "s1", None)
    assert undone.labeled_change == -1
    undone = undo_newest(db, "ana")
    assert (undone.kind, undone.action, undone.what, undone.sentence_id, undone.role) == (
        "dispute", "link", "link", "s0", None)
    undone = undo_newest(db, "ana")
    assert (undone.kind, undone.action, undone.what, undone.sentence_id) == (
        "dispute", "create", "new dispute", None)
    assert disputes.get_dispute(db, dispute["id"]) is None
    undone = undo_newest(db, "ana")
    assert (undone.kind, undone.sentence_id, undone.labeled_change) == ("annotation", "s0", -1)
    assert undo_newest(db, "ana") is None


def test_undo_newest_counts_labeled_sentences_as_the_screen_shows_them(corpus, ticking):
    db = corpus
    labels.set_annotation(db, "s0", "ana", label="claim")
    labels.set_annotation(db, "s0", "ana", label="denial")
    labels.clear_annotation(db, "s0", "ana")
    undone = undo_newest(db, "ana")  # the clear: labeled again
    assert (undone.labeled_change, undone.restored["label"]) == (1, "denial")
    undone = undo_newest(db, "ana")  # the relabel: still labeled
    assert (undone.labeled_change, undone.restored["label"]) == (0, "claim")


def test_on_the_same_instant_the_dispute_change_goes_first(corpus):
    db = corpus
    use_clock(lambda: datetime(2026, 1, 1, tzinfo=UTC))
    try:
        dispute = disputes.create_dispute(db, "Arms to Russia", "ana")
        labels.set_annotation(db, "s0", "ana", label="claim")
        disputes.link(db, dispute["id"], "s0", "ana", "supports")
        assert undo_newest(db, "ana").kind == "dispute"
    finally:
        use_clock(None)


def test_a_dispute_change_that_cannot_be_undone_leaves_the_label_alone(corpus, ticking):
    db = corpus
    labels.set_annotation(db, "s0", "ana", label="claim")
    dispute = disputes.create_dispute(db, "Arms to Russia", "ana")
    disputes.link(db, dispute["id"], "s1", "budi", "alleges")  # someone else's link
    with pytest.raises(disputes.DisputeError, match="other reviewers"):
        undo_newest(db, "ana")
    assert labels.get_annotation(db, "s0", "ana")["label"] == "claim"
    assert db.execute("SELECT count(*) FROM annotation_history WHERE action = 'undo'"
                      ).fetchone()[0] == 0


def test_a_dispute_with_members_is_made_whole_or_not_at_all(corpus):
    db = corpus
    made = disputes.create_dispute_with_members(
        db, "Arms to Russia", "ana", [("s0", "alleges"), ("s1", "denies")])
    assert [(m["sentence_id"], m["role"]) for m in made["members"]] == [
        ("s0", "alleges"), ("s1", "denies")]
    assert disputes.get_dispute(db, made["id"])["title"] == "Arms to Russia"
    before = db.execute("SELECT count(*) FROM dispute_history").fetchone()[0]
    with pytest.raises(disputes.DisputeError, match="no sentence with id nope"):
        disputes.create_dispute_with_members(
            db, "Half made", "ana", [("s2", "alleges"), ("nope", "denies")])
    assert [d["title"] for d in disputes.list_disputes(db)] == ["Arms to Russia"]
    assert db.execute("SELECT count(*) FROM dispute_history").fetchone()[0] == before
