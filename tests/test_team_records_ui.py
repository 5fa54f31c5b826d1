"""The labeling screen records the seconds and the guideline version with each label and
opens the guidelines with `g`; the adjudication screen tags why reviewers disagreed (`w`)."""

from __future__ import annotations

import asyncio

from support.corpus import queue
from support.ui import drive, screen_text, shown

from annotator.domain.adjudication import get_gold
from annotator.domain.annotations import MAX_SECONDS, get_annotation, set_annotation
from annotator.domain.guidelines import load_guidelines
from annotator.ui.app import AnnotatorApp


def test_label_records_seconds_shown_to_saved_and_guideline_version(seeded_db, db_path):
    ids = queue(seeded_db)
    seen = {}

    async def scenario(pilot):
        pilot.app.screen.shown_at -= 30  # the analyst read for half a minute
        await pilot.press("c")
        pilot.app.screen.shown_at -= 10_000  # then left for lunch
        await pilot.press("x")
        await pilot.press("g")
        seen["guidelines"] = await shown(pilot)

    drive(db_path, scenario)
    first = get_annotation(seeded_db, ids[0], "alice")
    assert 30 <= first["seconds"] < MAX_SECONDS
    assert get_annotation(seeded_db, ids[1], "alice")["seconds"] == MAX_SECONDS
    assert first["guideline_version"] == load_guidelines().version
    assert f"Guidelines {load_guidelines().version}" in seen["guidelines"]
    assert "Labeling guidelines" in seen["guidelines"]


def test_w_tags_why_reviewers_disagreed(seeded_db, db_path):
    sid = queue(seeded_db)[0]
    set_annotation(seeded_db, sid, "ana", label="claim")
    set_annotation(seeded_db, sid, "budi", label="denial")
    app = AnnotatorApp(db_path, "lead", start="adjudicate")
    seen = {}

    async def main():
        async with app.run_test(size=(120, 40)) as pilot:
            await app.workers.wait_for_complete()
            await pilot.pause()
            await pilot.press("w")
            seen["before"] = screen_text(app)
            await pilot.press("1")
            await pilot.pause()
            await pilot.press("p")  # back to the decided sentence
            await pilot.pause()
            await pilot.press("w", "w")
            await pilot.pause()
            seen["after"] = screen_text(app)

    asyncio.run(main())
    assert "decide first" in seen["before"]
    assert get_gold(seeded_db, sid)["reason"] == "ambiguous"
    assert "why they differed: ambiguous text" in seen["after"]
