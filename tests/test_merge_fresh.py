"""A reviewer's file labeled on sentences that hold nothing here brings its own status and
counts (sync/merge._fresh_sentences): the merge takes them instead of working them out
again, and what it leaves equals 0010's rule and a count from every annotation, on both
engines; a sentence excluded here, or labeled here too, is still worked out here."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from support.corpus import queue
from test_merge_counts import brute_force, kept, recounted, tables

from annotator.base.errors import AnnotatorError
from annotator.db import progress
from annotator.db.connection import open_db, write
from annotator.db.migrations import per_sentence_0010
from annotator.domain.adjudication import decide
from annotator.domain.annotations import clear_annotation, set_annotation
from annotator.sync.merge import merge_databases

pytestmark = pytest.mark.both_engines


def _spread(ids: list[str]) -> list[str]:
    """Every fourth sentence of the queue: the ones labeled lie in every seed document."""
    return ids[::4]


def _label_there(there: Path, ids: list[str], *, cleared: bool = True) -> None:
    """Their work, as the labeling screen leaves it: agreements, a conflict, a joint
    statement, times and accepted proposals, a gold label, and a reviewer's newest label
    cleared again (their kept 'last labeled' is then later than any label they hold)."""
    ids = _spread(ids)
    db = open_db(there)
    try:
        for n, sid in enumerate(ids[:12]):
            for who in ("ana", "budi", "citra")[: 1 + n % 3]:
                label = "denial" if who == "citra" and n % 4 == 2 else "claim"
                set_annotation(db, sid, who, label=label, seconds=1.5 + n / 10,
                               proposal="cues" if n % 2 else None)
        set_annotation(db, ids[12], "ana", label="claim", sources=["Kremlin", "Reuters"])
        set_annotation(db, ids[12], "budi", label="claim", sources=["Reuters", "Kremlin"])
        decide(db, ids[5], label="denial", source=None, confidence=None, adjudicator="lead")
        if cleared:
            set_annotation(db, ids[13], "budi", label="context", seconds=9.0)
            clear_annotation(db, ids[13], "budi")
    finally:
        db.close()


def _status_by_rule(db) -> list[tuple]:
    return db.execute("SELECT sentence_id, doc_id, status FROM ("
                      + per_sentence_0010("s.id IN (SELECT sentence_id FROM annotations) "
                                          "OR s.id IN (SELECT sentence_id FROM gold)")
                      + ") ORDER BY sentence_id").fetchall()


def _documents_by_rule(db) -> list[tuple]:
    rule = _status_by_rule(db)
    return sorted(
        (doc, sum(1 for _, d, _ in rule if d == doc),
         sum(1 for _, d, st in rule if d == doc and st in ("gold", "agreed")),
         sum(1 for _, d, st in rule if d == doc and st == "conflict"))
        for (doc,) in db.execute("SELECT id FROM documents"))


def _same_as_worked_out(db) -> None:
    assert db.execute("SELECT sentence_id, doc_id, status FROM progress_sentences "
                      "ORDER BY sentence_id").fetchall() == _status_by_rule(db)
    assert sorted(db.execute("SELECT doc_id, labeled, settled, conflicts "
                             "FROM progress_documents").fetchall()) == _documents_by_rule(db)
    assert kept(db) == brute_force(db)
    assert tables(db) == recounted(db)
    assert db.execute("SELECT counts_stale, deferred FROM progress_state").fetchone() == (0, 0)
    assert db.execute("SELECT count(*) FROM progress_queue").fetchone()[0] == 0


def _never(*_args) -> None:
    raise AssertionError("worked out again what the file brought")


def test_a_file_labeled_where_nothing_is_brings_its_status_and_counts(
        seeded_db, seeded_copy, engine):
    there = seeded_copy("there.db")
    ids = queue(seeded_db)
    _label_there(there, ids)
    schema = "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"
    before = seeded_db.execute(schema).fetchall() if engine == "sqlite" else None
    queued = []
    refresh = progress.refresh

    def counted_refresh(db, **kwargs):
        queued.extend(db.execute("SELECT sentence_id FROM progress_queue").fetchall())
        refresh(db, **kwargs)

    with pytest.MonkeyPatch.context() as patch:  # taken from the file, not counted here
        patch.setattr(progress, "recount_0007", _never)
        patch.setattr(progress, "recount_stats_0016", _never)
        patch.setattr(progress, "refresh", counted_refresh)
        (report,) = merge_databases(seeded_db, [there])
    assert queued == [(_spread(ids)[5],)]  # only the one whose gold label came in after
    assert report.annotations_added == 12 * 2 + 2  # 1, 2 or 3 reviewers each; the pair
    assert seeded_db.execute("SELECT count(*) FROM progress_sentences").fetchone()[0] == 13
    assert dict(seeded_db.execute("SELECT reviewer, last_labeled FROM progress_reviewers")
                ) == dict(seeded_db.execute("SELECT reviewer, max(updated_at) "
                                            "FROM annotations GROUP BY reviewer"))
    _same_as_worked_out(seeded_db)
    if engine == "sqlite":  # the status index, built after the rows, is as it was
        assert seeded_db.execute(schema).fetchall() == before
    (again,) = merge_databases(seeded_db, [there])
    assert not again.changed


@pytest.mark.parametrize("cleared", [False, True])
def test_each_reviewers_last_label_time_is_that_of_a_label_they_hold(
        seeded_db, seeded_copy, cleared):
    """Their kept time is taken when one of their labels carries it, and looked up again
    when their newest label was cleared."""
    there = seeded_copy("there.db")
    ids = queue(seeded_db)
    _label_there(there, ids, cleared=cleared)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(progress, "recount_0007", _never)
        patch.setattr(progress, "recount_stats_0016", _never)
        merge_databases(seeded_db, [there])
    assert dict(seeded_db.execute("SELECT reviewer, last_labeled FROM progress_reviewers")
                ) == dict(seeded_db.execute("SELECT reviewer, max(updated_at) "
                                            "FROM annotations GROUP BY reviewer"))
    _same_as_worked_out(seeded_db)


def test_labels_here_on_some_of_the_sentences_are_counted_with_theirs(
        seeded_db, seeded_copy):
    there = seeded_copy("there.db")
    ids = queue(seeded_db)
    _label_there(there, ids)
    ids = _spread(ids)
    set_annotation(seeded_db, ids[0], "dewi", label="denial", seconds=3.0)  # now a conflict
    set_annotation(seeded_db, ids[14], "dewi", label="claim", seconds=3.0)  # not theirs
    with write(seeded_db):  # a removal here on one of theirs: not brought back
        seeded_db.execute("INSERT INTO annotation_history (change_id, sentence_id, reviewer, "
                          "action, at) VALUES ('gone-here', ?, 'ana', 'clear', "
                          "'2099-01-01T00:00:00.000000Z')", [ids[3]])
    merge_databases(seeded_db, [there])
    assert seeded_db.execute("SELECT count(*) FROM annotations WHERE sentence_id = ? AND "
                             "reviewer = 'ana'", [ids[3]]).fetchone()[0] == 0
    status = dict(seeded_db.execute("SELECT sentence_id, status FROM progress_sentences"))
    assert status[ids[0]] == "conflict"
    _same_as_worked_out(seeded_db)


def test_a_sentence_excluded_here_gets_no_status_from_theirs(seeded_db, seeded_copy):
    """Another version's rules may present a sentence this one keeps out of the queue."""
    there = seeded_copy("there.db")
    ids = queue(seeded_db)
    _label_there(there, ids)
    ids = _spread(ids)
    with write(seeded_db):
        seeded_db.execute("UPDATE sentences SET excluded = 'caption' WHERE id = ?", [ids[1]])
    merge_databases(seeded_db, [there])
    status = dict(seeded_db.execute("SELECT sentence_id, status FROM progress_sentences"))
    assert ids[1] not in status and ids[2] in status
    _same_as_worked_out(seeded_db)


@pytest.mark.parametrize("engine", ["sqlite"], indirect=True)
def test_a_merge_refused_after_the_status_came_in_leaves_everything_as_it_was(
        seeded_db, seeded_copy):
    """The refusal comes at the gold labels, after the statuses were taken and their index
    dropped and built again: the schema, the rows and the counts are as before."""
    there = seeded_copy("there.db")
    ids = queue(seeded_db)
    _label_there(there, ids)
    conn = sqlite3.connect(there)
    with conn:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("INSERT INTO gold (sentence_id, label, adjudicator, decided_at) VALUES "
                     "('no-such-sentence', 'claim', 'lead', '2026-01-05T00:00:00.000000Z')")
    conn.close()
    schema = "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"
    before = [seeded_db.execute(schema).fetchall(), tables(seeded_db)] + [
        seeded_db.execute(f"SELECT * FROM {table} ORDER BY rowid").fetchall()
        for table in ("annotations", "annotation_history", "progress_sentences",
                      "progress_documents", "progress_queue")]
    with pytest.raises(AnnotatorError, match="no-such-sentence"):
        merge_databases(seeded_db, [there])
    after = [seeded_db.execute(schema).fetchall(), tables(seeded_db)] + [
        seeded_db.execute(f"SELECT * FROM {table} ORDER BY rowid").fetchall()
        for table in ("annotations", "annotation_history", "progress_sentences",
                      "progress_documents", "progress_queue")]
    assert after == before


def test_a_status_left_here_without_labels_is_replaced_and_its_document_counted_again(
        seeded_db, seeded_copy):
    """A status row for a sentence with nothing here (left by an older version): the
    file's status replaces it and its document's figures are counted afresh, not added."""
    there = seeded_copy("there.db")
    ids = queue(seeded_db)
    _label_there(there, ids)
    ids = _spread(ids)
    doc = seeded_db.execute("SELECT doc_id FROM sentences WHERE id = ?", [ids[2]]).fetchone()[0]
    with write(seeded_db):  # the live trigger counts it in its document
        seeded_db.execute("INSERT INTO progress_sentences (sentence_id, doc_id, status) "
                          "VALUES (?, ?, 'agreed')", [ids[2], doc])
    merge_databases(seeded_db, [there])
    _same_as_worked_out(seeded_db)
