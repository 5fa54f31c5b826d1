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
