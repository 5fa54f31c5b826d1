"""A merge from a file's high-water mark (migration 0018, sync/high_water.py) leaves this
database exactly as a merge of the whole file would, keeps a merge idempotent and a change
merged twice one change, and merges a file restored from an older copy (or renumbered by a
VACUUM) in full, losing nothing."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from support.corpus import queue
from test_merge_counts import brute_force, kept
from test_progress_at_once import counts, kept_progress, same_as_from_scratch

from annotator.base import clock as clock_module
from annotator.db.connection import open_db, write
from annotator.domain.annotations import clear_annotation, set_annotation, undo_last
from annotator.sync import high_water
from annotator.sync.merge import merge_databases

REVIEWERS = ("ana", "budi")
SENTENCES = 6
LABELS = ("claim", "denial", "context")

step = st.one_of(
    st.tuples(st.just("label"), st.integers(0, SENTENCES - 1), st.sampled_from(REVIEWERS),
              st.sampled_from(LABELS)),
    st.tuples(st.just("clear"), st.integers(0, SENTENCES - 1), st.sampled_from(REVIEWERS)),
    st.tuples(st.just("undo"), st.sampled_from(REVIEWERS)),
    # the lead's own labels here, some as the file's reviewers: newer wins either way
    st.tuples(st.just("lead"), st.integers(0, SENTENCES - 1),
              st.sampled_from((*REVIEWERS, "lead")), st.sampled_from(LABELS)),
    st.tuples(st.just("merge")),
)
DAYS = [("label", 0, "ana", "claim"), ("label", 1, "budi", "denial"), ("merge",),
        ("label", 0, "ana", "denial"), ("clear", 1, "budi"), ("label", 2, "ana", "claim"),
        ("lead", 2, "ana", "context"), ("label", 3, "budi", "claim"), ("undo", "budi"),
        ("merge",), ("lead", 0, "ana", "claim"), ("label", 4, "ana", "claim"), ("merge",)]


class Clock:
    """Each reading 1 ms after the last, from the same start in every timeline."""

    def __init__(self) -> None:
        self.current = datetime(2025, 1, 1, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.current += timedelta(milliseconds=1)
        return self.current


def state(db) -> dict:
    """Everything a merge writes here, change ids left aside (they differ between runs)."""
    rows = sorted(db.execute("SELECT * FROM annotations").fetchall(), key=repr)
    history = sorted(db.execute(
        "SELECT sentence_id, reviewer, action, label, prev_label, at FROM annotation_history"
    ).fetchall(), key=repr)
    return {"annotations": rows, "history": history, "progress": kept_progress(db),
            "counts": counts(kept(db)), "from scratch": counts(brute_force(db))}


def timeline(folder, seeded_copy, steps, *, marks: bool) -> tuple[dict, list]:
    """Play ``steps`` on a lead's database and a reviewer's file; each "merge" brings the
    file in, from its mark or (``marks`` False) in full. Returns the lead's state and the
    marks each merge found."""
    clock_module.use_clock(Clock())
    lead = open_db(seeded_copy(folder / f"lead-{marks}.db"))
    there = seeded_copy(folder / f"file-{marks}.db")
    other = open_db(there)
    found = []
    original = high_water.mark
    try:
        ids = queue(lead)[:SENTENCES]
        for action, *args in steps:
            if action == "label":
                set_annotation(other, ids[args[0]], args[1], label=args[2])
            elif action == "clear":
                clear_annotation(other, ids[args[0]], args[1])
            elif action == "undo":
                undo_last(other, args[0])
            elif action == "lead":
                set_annotation(lead, ids[args[0]], args[1], label=args[2])
            else:
                if not marks:
                    with write(lead):
                        lead.execute("DELETE FROM merge_high_water")

                def spy(db, file, *rest):
                    found.append(original(db, file, *rest))
                    return found[-1]

                high_water.mark = spy
                merge_databases(lead, [there])
                high_water.mark = original
        return state(lead), found
    finally:
        high_water.mark = original
        clock_module.use_clock(None)
        lead.close()
        other.close()


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@example(steps=DAYS)
@given(steps=st.lists(step, min_size=1, max_size=20))
def test_a_merge_from_the_mark_leaves_what_a_merge_of_the_whole_file_leaves(
        seeded_copy, tmp_path_factory, steps):
    folder = tmp_path_factory.mktemp("timelines")
    from_marks, found = timeline(folder, seeded_copy, steps, marks=True)
    in_full, none = timeline(folder, seeded_copy, steps, marks=False)
    assert from_marks == in_full
    assert not any(none)
    assert from_marks["counts"] == from_marks["from scratch"]
    if steps == DAYS:  # the second and third merges each started from the one before
        assert found[0] is None and found[1] is not None and found[2] > found[1]


def _label_file(path, ids, labels) -> None:
    other = open_db(path)
    try:
        for index, who, label in labels:
            set_annotation(other, ids[index], who, label=label)
    finally:
        other.close()


def _history_ids(source) -> set[str]:
    """The change ids of a database's annotation history (an open one, or a file)."""
    conn = source if hasattr(source, "execute") else sqlite3.connect(source)
    rows = conn.execute("SELECT change_id FROM annotation_history").fetchall()
    if conn is not source:
        conn.close()
    return {change for (change,) in rows}


def test_a_merge_is_idempotent_and_a_change_merged_twice_is_one_change(seeded_copy,
                                                                       tmp_path):
    lead = open_db(seeded_copy(tmp_path / "lead.db"))
    there, third = seeded_copy(tmp_path / "file.db"), seeded_copy(tmp_path / "third.db")
    try:
        ids = queue(lead)
        _label_file(there, ids, [(0, "ana", "claim"), (1, "ana", "denial")])
        merge_databases(lead, [there])
        _label_file(there, ids, [(2, "ana", "claim")])
        # the file reaches the lead twice: itself, and inside a colleague's file
        third_db = open_db(third)
        merge_databases(third_db, [there])
        third_db.close()
        merge_databases(lead, [there, third])
        before = state(lead)
        with write(lead):  # forget the file was merged unchanged: its mark alone remains
            lead.execute("DELETE FROM merge_marks")
        (report,) = merge_databases(lead, [there])
        assert not report.changed
        assert state(lead) == before
        assert lead.execute("SELECT count(*) FROM annotation_history").fetchone()[0] == 3
        # the colleague's file holds the same history rows in the same order: one mark
        assert lead.execute("SELECT count(*) FROM merge_high_water").fetchone()[0] == 1
    finally:
        lead.close()


@pytest.mark.parametrize("renumbered", [False, True])
def test_a_file_restored_from_an_older_copy_loses_nothing(seeded_copy, tmp_path, renumbered):
    """The file is merged, labeled on and merged again; then the reviewer goes back to a
    copy made before, labels other things in it and hands that in. Every change of it
    arrives (merged in full: it no longer holds the mark), as after a VACUUM."""
    lead = open_db(seeded_copy(tmp_path / "lead.db"))
    there = seeded_copy(tmp_path / "file.db")
    try:
        ids = queue(lead)
        _label_file(there, ids, [(0, "ana", "claim"), (1, "ana", "claim")])
        merge_databases(lead, [there])
        older = tmp_path / "older.db"
        shutil.copyfile(there, older)
        _label_file(there, ids, [(2, "ana", "claim"), (3, "ana", "denial")])
        merge_databases(lead, [there])
        shutil.copyfile(older, there)  # the older copy, labeled on otherwise
        if renumbered:
            _label_file(there, ids, [(5, "budi", "claim")])
            conn = sqlite3.connect(there)
            conn.execute("VACUUM")
            conn.close()
        _label_file(there, ids, [(1, "ana", "denial"), (4, "ana", "context"),
                                 (6, "budi", "claim"), (7, "ana", "claim")])
        merge_databases(lead, [there])
        assert _history_ids(there) <= _history_ids(lead)
        file_rows = sqlite3.connect(there).execute(
            "SELECT sentence_id, reviewer, label FROM annotations").fetchall()
        lead_rows = set(lead.execute("SELECT sentence_id, reviewer, label FROM annotations"))
        assert set(file_rows) <= lead_rows
        assert (ids[3], "ana", "denial") in lead_rows  # the lead keeps the newer day too
        same_as_from_scratch(lead)
    finally:
        lead.close()


def test_the_next_merge_reads_only_what_the_file_changed_after_its_mark(seeded_copy,
                                                                        tmp_path):
    """The mark is kept, and a merge from it looks at the rows its history names alone: a
    row changed in the file behind the tool's back (no history row) is not read again."""
    lead = open_db(seeded_copy(tmp_path / "lead.db"))
    there = seeded_copy(tmp_path / "file.db")
    try:
        ids = queue(lead)
        _label_file(there, ids, [(0, "ana", "claim"), (1, "ana", "claim")])
        merge_databases(lead, [there])
        conn = sqlite3.connect(there)
        last = conn.execute("SELECT max(rowid), change_id FROM annotation_history").fetchone()
        assert lead.execute("SELECT through, change_id FROM merge_high_water").fetchall() \
            == [last]
        with conn:  # not through the tool: no history row
            conn.execute("UPDATE annotations SET label = 'denial', updated_at = "
                         "'2026-06-01T00:00:00.000000Z' WHERE sentence_id = ?", [ids[0]])
        conn.close()
        _label_file(there, ids, [(2, "ana", "context")])
        (report,) = merge_databases(lead, [there])
        assert (report.annotations_added, report.annotations_updated) == (1, 0)
        assert lead.execute("SELECT label FROM annotations WHERE sentence_id = ?",
                            [ids[0]]).fetchone() == ("claim",)
    finally:
        lead.close()
