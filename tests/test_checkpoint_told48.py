"""The checkpoint thread is told of each commit ``write`` makes and sleeps otherwise
(db/checkpoint.py): it no longer reads the database twenty times a second, and a commit
made outside ``write`` is still checkpointed."""

from __future__ import annotations

import time

import pytest

import annotator.db.checkpoint as checkpoint
from annotator.db.checkpoint import checkpoints_in_background
from annotator.db.connection import open_db, write
from annotator.domain.annotations import set_annotation

HANG_GUARD = 60  # seconds: turns a thread that never checkpoints into a failure, not a limit


def first_sentence(db) -> str:
    return db.execute("SELECT id FROM sentences WHERE excluded IS NULL "
                      "ORDER BY doc_id, position LIMIT 1").fetchone()[0]


def wait_until(condition, what: str) -> None:
    deadline = time.monotonic() + HANG_GUARD
    while not condition():
        assert time.monotonic() < deadline, what
        time.sleep(0.005)


def test_write_tells_of_each_commit_and_not_of_a_rollback(seeded_copy):
    db = open_db(seeded_copy())
    told = []
    db.committed = lambda: told.append(1)
    try:
        set_annotation(db, first_sentence(db), "kim", label="claim")
        assert told == [1]
        with pytest.raises(RuntimeError), write(db):
            db.execute("DELETE FROM annotations")
            raise RuntimeError("rolled back")
        assert told == [1]
        assert db.execute("SELECT count(*) FROM annotations").fetchone()[0] == 1
    finally:
        db.close()


def test_the_idle_thread_sleeps_and_a_told_commit_wakes_it(seeded_copy, monkeypatch):
    monkeypatch.setattr(checkpoint, "LOOK_SECONDS", 3600.0)  # no look of its own
    path = seeded_copy()
    db = open_db(path)
    checkpoints = checkpoints_in_background(db, path, quiet=0)
    try:
        assert db.committed == checkpoints.committed
        set_annotation(db, first_sentence(db), "kim", label="claim")
        wait_until(lambda: checkpoints.done >= 1, "the told commit was never checkpointed")
        looks = checkpoints.looks
        time.sleep(0.5)  # the old thread looked ten times in this half second
        assert checkpoints.looks == looks
        set_annotation(db, first_sentence(db), "kim", label="denial")
        wait_until(lambda: checkpoints.done >= 2, "the second commit was never checkpointed")
    finally:
        checkpoints.stop()
        db.close()
    assert not checkpoints.thread.is_alive()


def test_a_commit_outside_write_is_seen_by_the_looks(seeded_copy, monkeypatch):
    monkeypatch.setattr(checkpoint, "LOOK_SECONDS", 0.05)
    path = seeded_copy()
    db = open_db(path)
    checkpoints = checkpoints_in_background(db, path, quiet=0)
    try:
        wait_until(lambda: checkpoints.done >= 1, "the start's log was never checkpointed")
        done = checkpoints.done
        db.conn.execute("UPDATE documents SET title = title || '.'")  # no write(): untold
        db.conn.commit()
        wait_until(lambda: checkpoints.done > done, "the untold commit was never checkpointed")
    finally:
        checkpoints.stop()
        db.close()
