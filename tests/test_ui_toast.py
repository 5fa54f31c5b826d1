"""A notice on the labeling screen ("added 'Maria Ostrow' to the sources") hides nothing the
analyst reads: not the proposal lines, the status, the progress, the sentence or its context,
and no written character of the heading. It used to sit at the bottom right, over the ends
of the proposal lines, the status and the progress line."""

from __future__ import annotations

import asyncio

import pytest
from support.ui import settle
from textual.geometry import Region
from textual.widgets._toast import Toast, ToastHolder, ToastRack

from annotator.corpus.ingest import ingest_paths
from annotator.ui.app import AnnotatorApp

STORY = """Council accuses builder over bridge bolts

RIVERTON - The city council accused Brennan Civil Works of using cheaper steel bolts in the \
Mill Street footbridge that collapsed last month.
"The bolts we recovered were not the grade we paid for," council leader Maria Ostrow told \
reporters on Monday.
Brennan Civil Works rejected the accusation as groundless.
The company said the collapse was caused by a barge that struck the pier during the flood.
Police have opened an investigation into the collapse.
The council urged residents to avoid the riverside path until the inquiry is finished.
"""

LONG_TITLE = ("Dewan kota menuduh kontraktor jembatan memakai baut murah, kontraktor membantah "
              "dan menyalahkan tongkang yang menabrak tiang saat banjir")


def drive(db_path, scenario, size) -> None:
    """support.ui.drive with notifications on (Pilot leaves them out unless asked)."""
    app = AnnotatorApp(db_path, "alice")

    async def main():
        async with app.run_test(size=size, notifications=True) as pilot:
            await pilot.pause()
            await settle(pilot)
            await scenario(pilot)

    asyncio.run(main())


def written_cells(screen) -> dict[tuple[int, int], str]:
    """(x, y) -> the character every widget under the notices paints there, blanks left out:
    what the analyst can read."""
    cells = {}
    for widget in screen.query("*"):
        if isinstance(widget, (Toast, ToastHolder, ToastRack)) or widget.children \
                or not widget.display or not widget.region:
            continue
        region = widget.region
        strips = widget.render_lines(Region(0, 0, region.width, region.height))
        for dy, strip in enumerate(strips):
            for dx, char in enumerate(strip.text):
                if not char.isspace():
                    cells[(region.x + dx, region.y + dy)] = char
    return cells


def covered(screen) -> list[tuple[int, int, str]]:
    """The written cells a notice lies over."""
    written = written_cells(screen)
    hidden = []
    for toast in screen.query(Toast):
        r = toast.region
        hidden += [(x, y, written[(x, y)]) for y in range(r.y, r.bottom)
                   for x in range(r.x, r.right) if (x, y) in written]
    return hidden


@pytest.mark.ui
@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
@pytest.mark.parametrize("title", ["", LONG_TITLE])
def test_the_new_source_notice_covers_nothing_the_analyst_reads(db, db_path, tmp_path, size,
                                                                 title):
    story = tmp_path / "bridge.txt"
    story.write_text(title + "\n\n" + STORY.split("\n\n", 1)[1] if title else STORY,
                     encoding="utf-8")
    ingest_paths(db, [story], language="en")
    seen = {}

    async def scenario(pilot):
        await pilot.press("enter")  # the accusation, no speaker named
        await pilot.press("enter")  # the claim by Maria Ostrow: a source the registry lacks
        await pilot.pause()
        await pilot.pause()
        screen = pilot.app.screen
        seen["notices"] = [str(t._notification.message) for t in screen.query(Toast)]
        seen["covered"] = covered(screen)
        seen["heading"] = screen.query_one("#document").region.height
        await pilot.press("enter")  # the denial by Brennan Civil Works: another new source
        await pilot.pause()
        await pilot.pause()
        seen["then"] = [str(t._notification.message) for t in screen.query(Toast)]
        seen["covered then"] = covered(screen)

    drive(db_path, scenario, size=size)
    assert seen["notices"] == ["added 'Maria Ostrow' to the sources"]
    assert seen["covered"] == []
    if title and size[0] == 80:
        assert seen["heading"] > 3  # the title wraps: the notice went down with it
    assert seen["then"] == ["added 'Brennan Civil Works' to the sources"]  # one at a time
    assert seen["covered then"] == []
