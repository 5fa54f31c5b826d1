"""The adjudication screen settles a sentence's dispute links with `1`-`9` (take reviewer N)
and shows the links decided."""

from __future__ import annotations

import asyncio
import json

from support.corpus import queue
from support.ui import screen_text

from annotator.domain import disputes
from annotator.domain.adjudication import get_gold
from annotator.domain.annotations import set_annotation
from annotator.ui.app import AnnotatorApp


def test_take_settles_the_links_and_the_screen_shows_them(seeded_db, db_path):
    sid = queue(seeded_db)[0]
    for reviewer in ("ana", "budi"):
        set_annotation(seeded_db, sid, reviewer, label="claim", source="Rusia")
    dispute = disputes.create_dispute(seeded_db, "Russia thanks North Korea", "ana",
                                      dispute_id="e" * 32)
    disputes.link(seeded_db, dispute["id"], sid, "ana", "alleges")  # budi did not link it
    app = AnnotatorApp(db_path, "lead", start="adjudicate")
    seen = {}

    async def main():
        async with app.run_test(size=(120, 40)) as pilot:
            await app.workers.wait_for_complete()
            await pilot.pause()
            await pilot.press("2")  # budi: claim, Rusia, in no dispute
            await pilot.pause()
            await pilot.pause()
            seen["text"] = screen_text(app)

    asyncio.run(main())
    assert json.loads(get_gold(seeded_db, sid)["disputes"]) == []
    assert "dispute links: in no dispute" in seen["text"]
