"""The labeling app on a PostgreSQL database, driven by Pilot: label, undo, quit, reopen."""

from __future__ import annotations

from support.corpus import queue
from support.ui import drive, shown

from annotator.base.resources import SEEDS_DIR
from annotator.corpus.ingest import ingest_paths
from annotator.db.connection import open_db
from annotator.domain.annotations import get_annotation
from annotator.ui.screens.label import LabelScreen


def test_label_undo_quit_and_reopen_on_postgres(pg_url):
    db = open_db(pg_url)
    try:
        ingest_paths(db, [SEEDS_DIR])
        ids = queue(db)
    finally:
        db.close()
    seen = {}

    async def first(pilot):
        await pilot.press("c")  # claim on the first sentence, on to the second
        await pilot.press("a")  # accusation on the second, on to the third
        await pilot.press("u")  # the accusation is undone
        seen["text"] = await shown(pilot)
        seen["at"] = pilot.app.screen.sentence.id
        await pilot.press("q")

    drive(pg_url, first)
    assert "labeled 1 of" in seen["text"]
    db = open_db(pg_url)  # another connection: what the app said is saved, is
    try:
        assert get_annotation(db, ids[0], "alice")["label"] == "claim"
        assert get_annotation(db, ids[1], "alice") is None
        assert [r[0] for r in db.execute(
            "SELECT action FROM annotation_history ORDER BY rowid")] == ["set", "set", "undo"]
    finally:
        db.close()

    async def again(pilot):
        screen = pilot.app.screen
        assert isinstance(screen, LabelScreen)
        seen["reopened"] = screen.sentence.id
        seen["text"] = await shown(pilot)

    drive(pg_url, again)
    assert seen["reopened"] == ids[1]  # the first unlabeled sentence
    assert "labeled 1 of" in seen["text"]


def test_adjudicate_on_postgres(pg_url, clock):
    """The lead settles the team's disagreements on PostgreSQL: take reviewer 1, then a
    label key; the gold rows and their history are there afterwards."""
    import asyncio

    from support.team import two_reviewers

    from annotator.ui.app import AnnotatorApp

    db = open_db(pg_url)
    try:
        ingest_paths(db, [SEEDS_DIR])
        two_reviewers(db, clock)
        before = db.execute("SELECT count(*) FROM gold").fetchone()[0]
        open_before = db.execute("SELECT count(*) FROM progress_sentences "
                                 "WHERE status = 'conflict'").fetchone()[0]
    finally:
        db.close()
    app = AnnotatorApp(pg_url, "lead", start="adjudicate")

    async def main():
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.app.workers.wait_for_complete()
            await pilot.pause()
            await pilot.press("1")
            await pilot.app.workers.wait_for_complete()
            await pilot.press("c")
            await pilot.app.workers.wait_for_complete()
            await pilot.pause()

    asyncio.run(main())
    db = open_db(pg_url)
    try:
        assert db.execute("SELECT count(*) FROM gold").fetchone()[0] == before + 2
        assert db.execute("SELECT count(*) FROM gold_history WHERE adjudicator = 'lead' "
                          "AND action = 'decide'").fetchone()[0] == before + 2
        assert db.execute("SELECT count(*) FROM progress_sentences WHERE status = "
                          "'conflict'").fetchone()[0] == open_before - 2
    finally:
        db.close()
