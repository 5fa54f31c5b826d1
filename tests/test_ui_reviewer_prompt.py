"""A session given no reviewer name (a browser tab opened without ?reviewer=) asks first."""

from __future__ import annotations

import asyncio

from support.ui import screen_text, settle, type_text

from annotator.domain.annotations import get_annotation
from annotator.ui.app import AnnotatorApp
from annotator.ui.screens.label import LabelScreen


def test_the_name_is_asked_checked_and_used(seeded_db, db_path):
    app = AnnotatorApp(db_path, "login-name", ask_reviewer=True)
    seen = {}

    async def main():
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            seen["asked"] = screen_text(app)
            await pilot.press("enter")
            await pilot.pause()
            seen["empty"] = screen_text(app)
            await type_text(pilot, "  dewi  ")
            await pilot.press("enter")
            await settle(pilot)
            seen["screen"] = app.screen
            seen["shown"] = screen_text(app)
            seen["sentence"] = app.screen.sentence.id
            await pilot.press("c")
            await settle(pilot)

    asyncio.run(main())
    assert "Who is labeling?" in seen["asked"]
    assert "the reviewer name cannot be empty" in seen["empty"]
    assert isinstance(seen["screen"], LabelScreen) and "reviewer: dewi" in seen["shown"]
    assert get_annotation(seeded_db, seen["sentence"], "dewi")["label"] == "claim"
    assert get_annotation(seeded_db, seen["sentence"], "login-name") is None
