"""Two reviewers on one database file at the same time: no lost writes, never "locked"."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import textwrap

from support.corpus import queue

from annotator.domain.annotations import get_annotation
from annotator.ui.app import AnnotatorApp

KEYS = ["c", "a", "d", "x", "1", "2", "3", "4", "c", "d"]
LABELS = ["claim", "accusation", "denial", "context"] * 2 + ["claim", "denial"]


def test_two_apps_label_the_same_database_interleaved(seeded_db, db_path):
    ids = queue(seeded_db)
    alice, bob = AnnotatorApp(db_path, "alice"), AnnotatorApp(db_path, "bob")

    async def main():
        async with alice.run_test(size=(120, 40)) as pa, bob.run_test(size=(120, 40)) as pb:
            for key in KEYS:
                await pa.press(key)
                await pb.press(key)
                await pb.press("plus")  # bob raises the confidence of the next one too
            await pa.pause()
            await pb.pause()

    asyncio.run(main())
    for reviewer in ("alice", "bob"):
        got = [get_annotation(seeded_db, i, reviewer) for i in ids[: len(KEYS)]]
        assert [a["label"] for a in got] == LABELS, reviewer
    assert get_annotation(seeded_db, ids[1], "bob")["confidence"] == "high"
    assert get_annotation(seeded_db, ids[1], "alice")["confidence"] == "medium"
    history = seeded_db.execute("SELECT count(*) FROM annotation_history").fetchone()[0]
    assert history == 2 * len(KEYS)


WRITER = textwrap.dedent(
    """
    import os, sys
    from annotator.domain.annotations import set_annotation
    from annotator.db.connection import open_db
    db = open_db(sys.argv[1])
    ids = [r[0] for r in db.execute(
        "SELECT id FROM sentences WHERE excluded IS NULL ORDER BY id")]
    print("ready", flush=True)
    rounds = 0
    while not os.path.exists(sys.argv[2]):  # write until the app is done, then one more
        rounds += 1
        for sentence_id in ids:
            set_annotation(db, sentence_id, "carol", label="context", note=str(rounds))
    rounds += 1
    for sentence_id in ids:
        set_annotation(db, sentence_id, "carol", label="context", note=str(rounds))
    print(rounds, flush=True)
    """
)


def test_app_labels_while_another_process_writes(seeded_db, db_path, tmp_path):
    ids = queue(seeded_db)
    stop = tmp_path / "stop"
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(db_path), str(stop)],
                              stdout=subprocess.PIPE, text=True)
    assert writer.stdout.readline().strip() == "ready"
    app = AnnotatorApp(db_path, "alice")

    async def main():
        async with app.run_test(size=(120, 40)) as pilot:
            for _ in range(3):
                for key in KEYS:
                    await pilot.press(key)
            await pilot.pause()

    asyncio.run(main())
    stop.touch()
    assert writer.wait() == 0
    rounds = int(writer.stdout.read())
    assert rounds >= 2  # it was writing the whole time the app was
    alice = [get_annotation(seeded_db, i, "alice") for i in ids[: 3 * len(KEYS)]]
    assert [a["label"] for a in alice] == LABELS * 3
    carol = seeded_db.execute(
        "SELECT count(*), min(note), max(note) FROM annotations WHERE reviewer = 'carol'"
    ).fetchone()
    assert carol == (len(ids), str(rounds), str(rounds))
    assert seeded_db.execute(
        "SELECT count(*) FROM annotation_history WHERE reviewer = 'carol'"
    ).fetchone()[0] == rounds * len(ids)
