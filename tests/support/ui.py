"""Driving the real app with Pilot from plain (non-async) tests."""

from __future__ import annotations

import asyncio

from annotator.ui.app import AnnotatorApp


def drive(db_path, scenario, *, reviewer: str = "alice", size=(120, 40)):
    """Run the app on a real database file, hand its Pilot to ``scenario``, return the app."""
    app = AnnotatorApp(db_path, reviewer)

    async def main():
        async with app.run_test(size=size) as pilot:
            await pilot.pause()
            await settle(pilot)  # the progress counts arrive from a worker
            await scenario(pilot)

    asyncio.run(main())
    return app


def screen_text(app) -> str:
    """What the terminal shows right now, as plain text lines."""
    strips = app.screen._compositor.render_strips()
    return "\n".join(strip.text for strip in strips)


async def settle(pilot) -> None:
    """Let workers (suggestions, search) finish and their messages arrive, and the workers
    those messages start (the labeling screen trains its classifier once the counts are
    in)."""
    while True:
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.pause()
        if not any(worker.is_running for worker in pilot.app.workers):
            return


async def type_text(pilot, text: str) -> None:
    await pilot.press(*[{" ": "space"}.get(c, c) for c in text])


async def shown(pilot) -> str:
    """The screen's text once pending refreshes have been painted."""
    await pilot.pause()
    await pilot.pause()
    return screen_text(pilot.app)
