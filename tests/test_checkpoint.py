"""WAL checkpoints moved off the UI's connection (annotator/db/checkpoint.py): the
connection never checkpoints on a commit, a thread does, the log stays short, and every
commit is still on disk when its call returns (kill -9 loses nothing)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from annotator.db.checkpoint import checkpoints_in_background
from annotator.db.connection import open_db
from annotator.domain.annotations import get_annotation, set_annotation

HANG_GUARD = 60  # seconds: turns a thread that never checkpoints into a failure, not a limit


def sentence_ids(db) -> list[str]:
    return [row[0] for row in db.execute(
        "SELECT id FROM sentences WHERE excluded IS NULL ORDER BY doc_id, position")]


def wal_size(path: Path) -> int:
    wal = Path(f"{path}-wal")
    return wal.stat().st_size if wal.exists() else 0


def label_all(db, ids: list[str], reviewer: str, after_each=None) -> None:
    for sid in ids:
        set_annotation(db, sid, reviewer, label="claim")
        if after_each:
            after_each()


def test_the_thread_checkpoints_and_the_log_stays_short(seeded_copy):
    path = seeded_copy()
    db = open_db(path)
    ids = sentence_ids(db)
    checkpoints = checkpoints_in_background(db, path, quiet=0)
    try:
        assert db.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 0

        def wait_for_a_checkpoint() -> None:
            seen = checkpoints.done
            deadline = time.monotonic() + HANG_GUARD
            while checkpoints.done == seen:
                assert time.monotonic() < deadline, "the thread never checkpointed"
                time.sleep(0.005)

        label_all(db, ids, "kim", after_each=wait_for_a_checkpoint)
        checkpointed = wal_size(path)
    finally:
        checkpoints.stop()
    assert not checkpoints.thread.is_alive()
    # the same labels again with nobody checkpointing: the log only grows
    label_all(db, ids, "ana")
    grown = wal_size(path) - checkpointed
    db.close()
    assert checkpointed < grown, (checkpointed, grown)
    assert not Path(f"{path}-wal").exists()  # closing the last connection checkpoints the rest


def test_postgres_or_memory_gets_no_thread(tmp_path):
    import sqlite_utils

    memory = sqlite_utils.Database(memory=True)
    assert checkpoints_in_background(memory, ":memory:") is None


# A child that labels with the UI's setup (no checkpoint on commit, the thread's one second
# not yet come round) and then dies by kill -9 before any checkpoint or close.
CHILD = """
import os, signal, sys
from annotator.db.checkpoint import checkpoints_in_background
from annotator.db.connection import open_db
from annotator.domain.annotations import set_annotation
path = sys.argv[1]
db = open_db(path)
checkpoints_in_background(db, path, quiet=3600)
ids = [r[0] for r in db.execute(
    "SELECT id FROM sentences WHERE excluded IS NULL ORDER BY doc_id, position")]
for sid in ids:
    set_annotation(db, sid, "kim", label="denial")
print(len(ids), flush=True)
os.kill(os.getpid(), signal.SIGKILL)
"""


def test_labels_survive_kill_9_with_the_checkpoint_moved(seeded_copy):
    path = seeded_copy()
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    done = subprocess.run([sys.executable, "-c", CHILD, str(path)], capture_output=True,
                          text=True, env=env, timeout=HANG_GUARD * 5)
    assert done.returncode == -9, done.stderr
    labeled = int(done.stdout)
    assert wal_size(path) > 0  # nothing was checkpointed: the labels are in the log alone
    db = open_db(path)
    try:
        ids = sentence_ids(db)
        assert labeled == len(ids) > 0
        assert all(get_annotation(db, sid, "kim")["label"] == "denial" for sid in ids)
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        db.close()
