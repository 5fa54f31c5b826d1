"""A merge counts what it changed (db/progress.Journal): the counts per label and reviewer,
the label times and the accepted proposals, worked out from the annotations it added,
updated and removed, equal a count from every annotation, on both engines; and the
insert that runs without its per-row triggers leaves them as they were."""

from __future__ import annotations

import sqlite3
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from support.corpus import queue

from annotator.db import progress
from annotator.db.connection import open_db, write
from annotator.db.migrations import recount_0007, recount_stats_0016
from annotator.domain.annotations import set_annotation
from annotator.sync.merge import merge_databases

pytestmark = pytest.mark.both_engines  # db_path, db, seeded_db: SQLite and PostgreSQL

REVIEWERS = ("ana", "budi", "citra")
OLD, OURS, THEIRS, LATER = ("2026-01-01T00:00:00.000000Z", "2026-01-02T00:00:00.000000Z",
                            "2026-01-03T00:00:00.000000Z", "2026-01-04T00:00:00.000000Z")
# what one side holds for a (sentence, reviewer): a label (None: an old or foreign file),
# its recorded time (or none; some on a tenth's edge), an accepted proposal or not
answer = st.tuples(st.sampled_from(["claim", "denial", "context", None]),
                   st.sampled_from([None, 2.5, 2.55, 3.0, 0.1, 119.999, 7.25]),
                   st.sampled_from([None, "cues", "classifier"]))
# per (sentence, reviewer): ours, theirs, and what the merge meets
#   "ours"    - only here;   "theirs" - only there (added);
#   "newer"   - both, theirs newer (updated);   "older" - both, ours newer (kept);
#   "removed" - here, and removed there after (their history says so)
kinds = st.sampled_from(["ours", "theirs", "newer", "older", "removed"])
plans = st.dictionaries(st.tuples(st.integers(0, 7), st.sampled_from(REVIEWERS)),
                        st.tuples(kinds, answer, answer), min_size=1, max_size=18)

_FIRST = {(0, "ana"): ("removed", ("claim", 2.5, "cues"), ("claim", None, None)),
          (0, "budi"): ("newer", ("claim", 2.5, None), ("denial", 2.55, "cues")),
          (1, "ana"): ("theirs", ("claim", None, None), ("claim", 3.0, "cues")),
          (2, "citra"): ("ours", ("context", 0.1, None), ("claim", None, None))}


def _row(sid: str, reviewer: str, value: tuple, stamp: str) -> dict:
    label, seconds, proposal = value
    return {"sentence_id": sid, "reviewer": reviewer, "label": label, "seconds": seconds,
            "accepted_proposal": proposal, "created_at": OLD, "updated_at": stamp}


def _insert(db, rows: list[dict]) -> None:
    for row in rows:
        db.execute(f"INSERT INTO annotations ({', '.join(row)}) "
                   f"VALUES ({', '.join('?' * len(row))})", list(row.values()))


def _fill(db, there: Path, ids: list[str], plan: dict) -> None:
    """Here (``db``): the seeds with everyone's earlier labels on the sentences the plan
    leaves alone, so a merge changes a small share, and ours; there: theirs."""
    ours, theirs, history = [], [], []
    for (at, reviewer), (kind, mine, yours) in sorted(plan.items()):
        sid = ids[at]
        if kind != "theirs":
            ours.append(_row(sid, reviewer, mine, OURS if kind != "older" else LATER))
        if kind in ("theirs", "newer", "older"):
            theirs.append(_row(sid, reviewer, yours, THEIRS))
        if kind == "removed":
            history.append((f"{at:08d}{reviewer}", sid, reviewer, "clear", THEIRS))
    earlier = [_row(sid, reviewer, ("claim" if n % 3 else "denial", 1.0 + n % 5, None), OLD)
               for n, sid in enumerate(ids[10:70]) for reviewer in REVIEWERS]
    with write(db):
        db.execute("DELETE FROM annotations")
        db.execute("DELETE FROM annotation_history")
        db.execute("DELETE FROM merge_marks")
        # their file is written anew below, its current rows without the history the tool
        # writes with them: merged in full, as a file never merged here
        db.execute("DELETE FROM merge_high_water")
        _insert(db, earlier + ours)  # counted by the live triggers, row by row
        recount_0007(db)  # as a full count leaves them (the live ones keep empty rows)
        recount_stats_0016(db)
    conn = sqlite3.connect(there)
    with conn:
        conn.execute("DELETE FROM annotations")
        conn.execute("DELETE FROM annotation_history")
        conn.executemany("INSERT INTO annotations (sentence_id, reviewer, label, seconds, "
                         "accepted_proposal, created_at, updated_at) VALUES (?, ?, ?, ?, ?, "
                         "?, ?)", [tuple(r.values()) for r in theirs])
        conn.executemany("INSERT INTO annotation_history (change_id, sentence_id, reviewer, "
                         "action, at) VALUES (?, ?, ?, ?, ?)", history)
    conn.close()


def brute_force(db) -> dict:
    """The counts from every annotation, in Python."""
    rows = db.execute("SELECT sentence_id, reviewer, label, seconds, accepted_proposal, "
                      "updated_at FROM annotations").fetchall()
    labels: dict[str, set] = {}
    for sid, _, label, *_ in rows:
        labels.setdefault(label or "", set()).add(sid)
    newest: dict[str, str] = {}
    for _, reviewer, *_, stamp in rows:
        newest[reviewer] = max(newest.get(reviewer, ""), stamp)
    return {
        "labels": sorted((label, sum(1 for r in rows if (r[2] or "") == label), len(sids))
                         for label, sids in labels.items()),
        "reviewers": sorted((who, sum(1 for r in rows if r[1] == who), newest[who])
                            for who in newest),
        "accepted": sorted(Counter((r[1], r[2] or "") for r in rows if r[4]).items()),
        "exact": sorted(Counter((r[1], r[2] or "", r[3]) for r in rows
                                if r[3] is not None).items()),
    }


def kept(db) -> dict:
    """What the merge left in the count tables, in brute_force's shape."""
    return {
        "labels": sorted(db.execute(
            "SELECT label, annotations, sentences FROM progress_labels").fetchall()),
        "reviewers": sorted(db.execute(
            "SELECT reviewer, labeled, last_labeled FROM progress_reviewers").fetchall()),
        "accepted": sorted(((r, label), n) for r, label, n in db.execute(
            "SELECT reviewer, label, annotations FROM accepted_proposals")),
        "exact": sorted(((r, label, s), n) for r, label, s, n in db.execute(
            "SELECT reviewer, label, seconds, labels FROM label_times_exact")),
    }


def tables(db) -> list[list[tuple]]:
    """Every count table as stored (times rounded where floats are summed)."""
    return [sorted(tuple(round(v, 6) if isinstance(v, float) else v for v in row)
                   for row in db.execute(f"SELECT * FROM {table}"))
            for table in ("progress_labels", "progress_reviewers", "accepted_proposals",
                          "label_times", "label_times_exact")]


class _Undone(Exception):
    pass


def recounted(db) -> list[list[tuple]]:
    """The count tables as a full recount leaves them (inside a rolled back write)."""
    result: list[list[tuple]] = []
    with pytest.raises(_Undone), write(db):
        recount_0007(db)
        recount_stats_0016(db)
        result = tables(db)
        raise _Undone
    return result


@pytest.fixture
def there(seeded_copy) -> Path:
    return seeded_copy("there.db")


def _must_not_recount(db) -> None:
    raise AssertionError("a merge that wrote its changes down counted everything afresh")


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@example(plan=_FIRST)
@given(plan=plans)
def test_counts_worked_out_from_what_the_merge_changed_equal_a_full_count(
        seeded_db, there, plan):
    ids = queue(seeded_db)
    _fill(seeded_db, there, ids, plan)
    with pytest.MonkeyPatch.context() as patch:  # the journal, never the full recount
        patch.setattr(progress, "recount_0007", _must_not_recount)
        patch.setattr(progress, "recount_stats_0016", _must_not_recount)
        (report,) = merge_databases(seeded_db, [there])
    assert report.annotations_added == sum(k == "theirs" for k, *_ in plan.values())
    assert report.annotations_updated == sum(k == "newer" for k, *_ in plan.values())
    assert report.annotations_removed == sum(k == "removed" for k, *_ in plan.values())
    assert kept(seeded_db) == brute_force(seeded_db)
    assert tables(seeded_db) == recounted(seeded_db)
    assert seeded_db.execute("SELECT counts_stale, deferred FROM progress_state"
                             ).fetchone() == (0, 0)


def test_a_merge_that_changes_most_annotations_counts_everything_afresh(seeded_db, there):
    """Into a database holding few labels, the full count is the cheaper one; the same
    figures either way. (One of those labels is on a sentence the file labels too, so
    the file's own counts cannot simply be added: tests/test_merge_fresh.py.)"""
    ids = queue(seeded_db)
    plan = {(at, who): ("theirs", ("claim", None, None), ("denial", 4.5, "cues"))
            for at in range(8) for who in REVIEWERS}
    _fill(seeded_db, there, ids, plan)
    with write(seeded_db):
        seeded_db.execute("DELETE FROM annotations")  # only what the merge brings
    set_annotation(seeded_db, ids[0], "dewi", label="claim", seconds=2.0)
    calls = []
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(progress, "recount_stats_0016",
                      lambda db: calls.append(1) or recount_stats_0016(db))
        merge_databases(seeded_db, [there])
    assert calls == [1]
    assert kept(seeded_db) == brute_force(seeded_db)
    assert tables(seeded_db) == recounted(seeded_db)


@pytest.mark.parametrize("engine", ["sqlite"], indirect=True)
def test_the_bulk_insert_leaves_every_trigger_as_it_was(seeded_db, there, db_path):
    """The insert runs without the annotations' per-row triggers (SQLite); afterwards the
    schema is the same, labeling keeps every count current, and a merge refused halfway
    leaves the triggers and the rows as they were."""
    schema = "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"
    before = seeded_db.execute(schema).fetchall()
    ids = queue(seeded_db)
    plan = {(at, who): ("theirs", ("claim", None, None), ("denial", 4.5, "cues"))
            for at in range(8) for who in REVIEWERS}
    _fill(seeded_db, there, ids, plan)
    merge_databases(seeded_db, [there])
    assert seeded_db.execute(schema).fetchall() == before
    set_annotation(seeded_db, ids[20], "dewi", label="context", seconds=6.5, proposal="cues")
    assert kept(seeded_db) == brute_force(seeded_db)
    assert tables(seeded_db) == recounted(seeded_db)
    # a row there naming a sentence that is not here: refused after the insert began
    conn = sqlite3.connect(there)
    with conn:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("INSERT INTO annotations (sentence_id, reviewer, label, created_at, "
                     "updated_at) VALUES ('no-such-sentence', 'budi', 'claim', ?, ?)",
                     [THEIRS, THEIRS])
    conn.close()
    rows = seeded_db.execute("SELECT * FROM annotations ORDER BY rowid").fetchall()
    counts = tables(seeded_db)
    with pytest.raises(Exception, match="no-such-sentence"):
        merge_databases(seeded_db, [there])
    assert seeded_db.execute(schema).fetchall() == before
    assert seeded_db.execute("SELECT * FROM annotations ORDER BY rowid").fetchall() == rows
    assert tables(seeded_db) == counts
    db = open_db(db_path)  # another connection sees the same
    try:
        assert db.execute(schema).fetchall() == before
    finally:
        db.close()
