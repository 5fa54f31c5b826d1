"""With the committing thread's event loop, the checkpoint thread is woken once the told
commits go quiet (the loop times it), not every quiet span through a run of commits
(db/checkpoint.py): each of its wake-ups was a checkpoint; a commit told from another
thread is timed on the loop too; the app hands its loop over."""

from __future__ import annotations

import asyncio
import time

import annotator.db.checkpoint as checkpoint
from annotator.db.checkpoint import checkpoints_in_background
from annotator.db.connection import open_db
from annotator.domain.annotations import set_annotation

HANG_GUARD = 60  # seconds: turns a thread that never checkpoints into a failure, not a limit


def sentence_ids(db) -> list[str]:
    return [row[0] for row in db.execute(
        "SELECT id FROM sentences WHERE excluded IS NULL ORDER BY doc_id, position")]


async def until(condition, what: str) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + HANG_GUARD
    while not condition():
        assert loop.time() < deadline, what
        await asyncio.sleep(0.005)


def test_a_run_of_commits_wakes_the_thread_only_to_checkpoint(seeded_copy, monkeypatch):
    monkeypatch.setattr(checkpoint, "LOOK_SECONDS", 3600.0)  # no look of its own
    path = seeded_copy()
    db = open_db(path)
    ids = sentence_ids(db)[:12]

    async def run() -> tuple[int, int, int]:
        checkpoints = checkpoints_in_background(db, path, quiet=0.3,
                                                loop=asyncio.get_running_loop())
        try:
            looks, done = checkpoints.looks, checkpoints.done  # asleep until told
            for sid in ids:  # labels faster than the quiet span: the polling thread woke
                set_annotation(db, sid, "kim", label="claim")  # every 0.3 s through them
                await asyncio.sleep(0.02)
            await until(lambda: checkpoints.done > done, "the run was never checkpointed")
            await asyncio.sleep(0.5)  # nothing more to wake it for
            return checkpoints.looks - looks, checkpoints.done - done, checkpoints.told_commits
        finally:
            checkpoints.stop()

    try:
        woken, checkpointed, told = asyncio.run(run())
    finally:
        db.close()
    assert told == len(ids)
    assert woken == checkpointed >= 1  # each wake-up a checkpoint, none only to look


def test_a_commit_told_from_another_thread_is_timed_on_the_loop(seeded_copy, monkeypatch):
    monkeypatch.setattr(checkpoint, "LOOK_SECONDS", 3600.0)
    path = seeded_copy()
    db = open_db(path)

    async def run() -> tuple[int, int]:
        checkpoints = checkpoints_in_background(db, path, quiet=0,
                                                loop=asyncio.get_running_loop())
        try:
            looks, done = checkpoints.looks, checkpoints.done  # asleep until told
            db.conn.execute("UPDATE documents SET title = title || '.'")
            db.conn.commit()
            await asyncio.to_thread(checkpoints.committed)  # told from another thread
            await until(lambda: checkpoints.done > done, "the told commit never checkpointed")
            return checkpoints.looks - looks, checkpoints.done - done
        finally:
            checkpoints.stop()

    try:
        woken, checkpointed = asyncio.run(run())
    finally:
        db.close()
    assert woken == checkpointed == 1


def test_a_commit_told_after_the_loop_closed_wakes_the_thread_itself(seeded_copy,
                                                                     monkeypatch):
    monkeypatch.setattr(checkpoint, "LOOK_SECONDS", 3600.0)
    path = seeded_copy()
    db = open_db(path)

    async def start():
        return checkpoints_in_background(db, path, quiet=0, loop=asyncio.get_running_loop())

    checkpoints = asyncio.run(start())  # the loop is closed when this returns
    try:
        set_annotation(db, sentence_ids(db)[0], "kim", label="claim")  # told: no loop
        deadline = time.monotonic() + HANG_GUARD
        while checkpoints.done < 1:
            assert time.monotonic() < deadline, "the told commit never checkpointed"
            time.sleep(0.005)
    finally:
        checkpoints.stop()
        db.close()


def test_the_app_times_the_quiet_on_its_loop(seeded_copy):
    from annotator.ui.app import AnnotatorApp

    app = AnnotatorApp(seeded_copy(), "kim")

    async def run() -> None:
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            assert app.checkpoints.loop is asyncio.get_running_loop()
            done = app.checkpoints.done
            await pilot.press("c")  # a label saved: its quiet is timed on the loop
            await pilot.pause()
            assert app.checkpoints.told_commits >= 1
            await until(lambda: app.checkpoints.done > done, "the label never checkpointed")

    asyncio.run(run())
