"""The labeling screen keeps running when the database cannot take a label: it says what
happened, in the words the command line uses, and nothing is marked saved."""

from __future__ import annotations

import sqlite3

import pytest
from support.ui import drive, screen_text

from annotator.ui.screens import label as label_screen


@pytest.mark.parametrize(("error", "expected"), [
    ("database or disk is full", "the disk is full"),
    ("attempt to write a readonly database", "read-only"),
    ("database disk image is malformed", "damaged"),
    ("database is locked", "another process is writing"),
])
def test_the_ui_says_why_a_label_was_not_saved_and_keeps_running(seeded_db, db_path,
                                                                   monkeypatch, error,
                                                                   expected):
    def refuse(*args, **kwargs):
        raise sqlite3.OperationalError(error)

    monkeypatch.setattr(label_screen, "set_annotation", refuse)
    seen = {}

    async def scenario(pilot):
        await pilot.press("c")
        await pilot.pause()
        seen["after"] = screen_text(pilot.app)
        seen["screen"] = type(pilot.app.screen).__name__
        await pilot.press("j")  # still answering keys
        await pilot.pause()

    app = drive(db_path, scenario)
    assert expected in seen["after"] and "not saved" in seen["after"]
    assert "✓ saved" not in seen["after"]
    assert seen["screen"] == "LabelScreen" and app.return_code in (None, 0)
    assert seeded_db.execute("SELECT count(*) FROM annotations").fetchone()[0] == 0
