"""Once the labeling screen's start is done the collector's young generation is large
(ui/collector.py: a label key rarely pays a collection), and the app leaves the
thresholds as it found them when it ends."""

from __future__ import annotations

import gc

from support.ui import drive

from annotator.ui.collector import YOUNG


def test_young_collections_are_rare_while_labeling_and_restored_after(seeded_db, db_path):
    found = gc.get_threshold()
    seen = {}

    async def scenario(pilot):
        seen["thresholds"] = gc.get_threshold()
        await pilot.press("c")
        await pilot.pause()
        seen["after a key"] = gc.get_threshold()

    try:
        drive(db_path, scenario)
    finally:
        gc.unfreeze()
    assert seen["thresholds"][0] == max(YOUNG, found[0])
    assert seen["thresholds"][1:] == found[1:]
    assert seen["after a key"] == seen["thresholds"]
    assert gc.get_threshold() == found
