"""The editors pre-filled from data (the note `e`, the adjudication rationale `e`, the
dispute title `t`), on values a colleague's database carried in: the stored text shows as
visible symbols, enter without a change keeps it byte for byte (no new save, no history
row), an edit stores what was shown and typed, and control characters pasted in are
refused with a line that says so."""

from __future__ import annotations

import asyncio

import pytest
from support.hostile import HOSTILE, OTHER_REVIEWER, REVIEWER, TITLE, hostile_database, leaks
from support.ui import screen_text, settle
from textual import events

from annotator.base.text import visible
from annotator.db.connection import open_db
from annotator.domain import adjudication as adj
from annotator.domain.annotations import get_annotation
from annotator.ui.app import AnnotatorApp
from annotator.ui.widgets.data_input import REFUSED, DataInput

NOTE = f"note{HOSTILE}"
RATIONALE = f"why{HOSTILE}"


@pytest.fixture
def hostile_db(tmp_path):
    path = tmp_path / "hostile.db"
    return path, hostile_database(path)


def _count(path, sql):
    db = open_db(path)
    try:
        return db.execute(sql).fetchone()[0]
    finally:
        db.close()


def _run(app, scenario):
    async def main():
        async with app.run_test(size=(140, 45)) as pilot:
            await settle(pilot)
            await scenario(pilot)
    asyncio.run(main())


def _everything_shown(app) -> str:
    return screen_text(app) + "".join(str(n.message) for n in app._notifications)


def test_the_note_editor_shows_a_hostile_note_as_symbols_and_keeps_it_when_unchanged(
        hostile_db):
    path, ids = hostile_db
    history = _count(path, "SELECT count(*) FROM annotation_history")
    app = AnnotatorApp(path, REVIEWER)
    seen = {}

    async def scenario(pilot):
        await pilot.press("up", "up", "e")  # the first sentence: the noted one
        await settle(pilot)
        seen["editor"] = _everything_shown(app)
        seen["value"] = app.screen.query_one(DataInput).value
        await pilot.press("enter")
        await settle(pilot)
        seen["after"] = _everything_shown(app)

    _run(app, scenario)
    assert "note␛]0;pwned␇␛[5m" in seen["editor"]
    assert "It holds 5 control characters, shown as ␛ or �" in seen["editor"]
    assert seen["value"] == visible(NOTE)
    for name in ("editor", "after"):
        assert leaks(seen[name]) == [], f"{name}: {leaks(seen[name])}"
    db = open_db(path)
    assert get_annotation(db, ids["sentences"][0], REVIEWER)["note"] == NOTE  # byte for byte
    db.close()
    assert _count(path, "SELECT count(*) FROM annotation_history") == history  # no new save


def test_an_edited_note_stores_what_was_shown_and_typed(hostile_db):
    path, ids = hostile_db
    app = AnnotatorApp(path, REVIEWER)

    async def scenario(pilot):
        await pilot.press("up", "up", "e", "end", "space", "o", "k", "enter")
        await settle(pilot)

    _run(app, scenario)
    db = open_db(path)
    assert get_annotation(db, ids["sentences"][0], REVIEWER)["note"] == visible(NOTE) + " ok"
    db.close()


def test_control_characters_pasted_into_the_note_editor_are_refused_with_a_line(hostile_db):
    path, ids = hostile_db
    app = AnnotatorApp(path, REVIEWER)
    seen = {}

    async def scenario(pilot):
        await pilot.press("up", "up", "e", "ctrl+u")  # an empty line: what a new note starts from
        editor = app.screen.query_one(DataInput)
        editor.post_message(events.Paste(f"fine{HOSTILE}"))
        await settle(pilot)
        seen["value"] = editor.value
        seen["shown"] = _everything_shown(app)
        editor.post_message(events.Paste("checked with the ministry"))
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)

    _run(app, scenario)
    assert seen["value"] == ""
    assert REFUSED in seen["shown"] and leaks(seen["shown"]) == []
    db = open_db(path)
    assert get_annotation(db, ids["sentences"][0], REVIEWER)["note"] == \
        "checked with the ministry"
    db.close()


def test_the_rationale_editor_shows_a_hostile_rationale_as_symbols_and_keeps_it(hostile_db):
    path, ids = hostile_db
    first = ids["sentences"][0]
    app = AnnotatorApp(path, OTHER_REVIEWER, start="adjudicate")
    seen = {}

    async def scenario(pilot):
        await pilot.press("1")  # the only open disagreement: the screen stays on it
        await settle(pilot)
        # a colleague's merged decision carries a hostile rationale
        adj.set_rationale(app.db, first, RATIONALE, "colleague")
        app.screen._show_sentence(first)
        await settle(pilot)
        seen["decisions"] = _count(path, "SELECT count(*) FROM gold_history")
        await pilot.press("e")
        await settle(pilot)
        seen["editor"] = _everything_shown(app)
        await pilot.press("enter")
        await settle(pilot)
        seen["after"] = _everything_shown(app)

    _run(app, scenario)
    assert "why␛]0;pwned␇" in seen["editor"]
    for name in ("editor", "after"):
        assert leaks(seen[name]) == [], f"{name}: {leaks(seen[name])}"
    assert adj.get_gold(open_db(path), first)["rationale"] == RATIONALE  # byte for byte
    assert _count(path, "SELECT count(*) FROM gold_history") == seen["decisions"]


def test_retitling_a_hostile_dispute_shows_its_title_as_symbols_and_enter_keeps_it(
        hostile_db):
    path, ids = hostile_db
    app = AnnotatorApp(path, REVIEWER)
    seen = {}

    async def scenario(pilot):
        await pilot.press("up", "up", "l")
        await settle(pilot)
        await pilot.press("v")
        await settle(pilot)
        await pilot.press("t")
        await settle(pilot)
        seen["editor"] = _everything_shown(app)
        await pilot.press("enter")
        await settle(pilot)
        seen["after"] = _everything_shown(app)

    _run(app, scenario)
    assert "Dispute␛]0;pwned␇" in seen["editor"]
    for name in ("editor", "after"):
        assert leaks(seen[name]) == [], f"{name}: {leaks(seen[name])}"
    db = open_db(path)
    assert db.execute("SELECT title FROM disputes").fetchone()[0] == TITLE
    db.close()
