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
    import os, sys, time
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
            time.sleep(0.002)  # a fast reviewer, not one who holds the lock without a break
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
            for key in KEYS:
                await pilot.press(key)
            await pilot.pause()

    asyncio.run(main())
    stop.touch()
    assert writer.wait() == 0
    rounds = int(writer.stdout.read())
    # carol was writing before alice's first label and between alice's labels (her last
    # round, after them, is certain): the app labeled while another process wrote
    writers = [r[0] for r in seeded_db.execute(
        "SELECT reviewer FROM annotation_history ORDER BY rowid")]
    saved = [n for n, who in enumerate(writers) if who == "alice"]
    assert len(saved) == len(KEYS)
    between = [writers[a + 1:b].count("carol") for a, b in zip(saved, saved[1:], strict=False)]
    assert "carol" in writers[:saved[0]]
    assert sum(1 for n in between if n) > len(between) // 2, between  # most gaps, at least
    alice = [get_annotation(seeded_db, i, "alice") for i in ids[: len(KEYS)]]
    assert [a["label"] for a in alice] == LABELS
    carol = seeded_db.execute(
        "SELECT count(*), min(note), max(note) FROM annotations WHERE reviewer = 'carol'"
    ).fetchone()
    assert carol == (len(ids), str(rounds), str(rounds))
    assert seeded_db.execute(
        "SELECT count(*) FROM annotation_history WHERE reviewer = 'carol'"
    ).fetchone()[0] == rounds * len(ids)
