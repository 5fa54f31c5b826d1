"""What the labeling screen's start made (modules, the app, its widgets, the classifier's
model) is kept out of the cyclic collector's full passes once the counts and the model are
in: a full pass walking all of it cost a label key about 70 ms every few hundred keys."""

from __future__ import annotations

import gc

from support.ui import drive


def test_the_start_is_frozen_once_the_counts_and_model_are_in(seeded_db, db_path):
    gc.unfreeze()
    seen = {}

    async def scenario(pilot):
        seen["frozen"] = gc.get_freeze_count()

    try:
        drive(db_path, scenario)
    finally:
        gc.unfreeze()
    assert seen["frozen"] > 1000
