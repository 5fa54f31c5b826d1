"""Every screen, shown on a database whose names were written by an attacker (a colleague's
merged database or imported file): reviewer, source, outlet, dispute and document titles,
file names. Not one control character reaches the terminal; the app keeps running."""

from __future__ import annotations

import asyncio

import pytest
from support.hostile import OTHER_REVIEWER, REVIEWER, hostile_database, leaks
from support.ui import screen_text, settle

from annotator.ui.app import AnnotatorApp


@pytest.fixture
def hostile_db(tmp_path):
    path = tmp_path / "hostile.db"
    ids = hostile_database(path)
    return path, ids


def _walk(app, steps):
    """Run the app, take each (name, keys or callable) step, and collect the screen text
    after each; returns {name: text}."""
    seen: dict[str, str] = {}

    async def main():
        async with app.run_test(size=(140, 45)) as pilot:
            await settle(pilot)
            seen["start"] = screen_text(app)
            for name, action in steps:
                if callable(action):
                    result = action(app)
                    if asyncio.iscoroutine(result):
                        await result
                else:
                    await pilot.press(*action)
                await settle(pilot)
                seen[name] = screen_text(app) + "\n" + app.title + app.sub_title
                seen[name] += "".join(str(n.message) + n.title
                                      for n in app._notifications)

    asyncio.run(main())
    return seen


def test_the_labeling_screens_show_hostile_names_as_visible_characters(hostile_db):
    path, ids = hostile_db
    app = AnnotatorApp(path, REVIEWER)
    seen = _walk(app, [
        ("source picker", ["s"]), ("picker closed", ["escape"]),
        ("link panel", ["l"]), ("dispute view", ["v"]),
        ("dispute closed", ["escape"]), ("link closed", ["escape"]),
        ("search", ["slash", "K", "r", "e", "m"]), ("search closed", ["escape"]),
        ("help", ["question_mark"]), ("help closed", ["escape"]),
        ("labeled", ["c"]),
        ("stats", lambda app: app.action_show_stats()),
        ("notified", lambda app: app.notify(f"exported to {REVIEWER}")),
    ])
    assert "Kremlin" in seen["source picker"] and "Dispute" in seen["dispute view"]
    assert "Ana" in seen["stats"]
    for name, text in seen.items():
        assert leaks(text) == [], f"{name}: {leaks(text)}"


def test_the_adjudication_screen_shows_hostile_names_as_visible_characters(hostile_db):
    path, ids = hostile_db
    app = AnnotatorApp(path, OTHER_REVIEWER, start="adjudicate")
    seen = _walk(app, [("take reviewer 1", ["1"]), ("help", ["question_mark"]),
                       ("help closed", ["escape"]), ("filter", ["f"])])
    assert "Ana" in seen["start"]
    for name, text in seen.items():
        assert leaks(text) == [], f"{name}: {leaks(text)}"
