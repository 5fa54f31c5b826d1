"""Several speakers from the keyboard: in the source picker `+` adds the highlighted name
and keeps the picker open (the chosen set shows above the field), backspace in an empty
field takes the last one back, enter saves the set; on the labeling screen and on the
adjudication screen alike."""

from __future__ import annotations

import json

import pytest
from support.corpus import queue
from support.ui import drive, settle, shown, type_text

from annotator.domain import adjudication as adj
from annotator.domain.annotations import get_annotation, set_annotation
from annotator.ui.app import AnnotatorApp

pytestmark = pytest.mark.ui
JOINT = ["Korea Selatan", "Jepang", "Amerika Serikat"]


async def choose(pilot, *names: str) -> None:
    """In the open picker: each name typed, then + (the last one too)."""
    for name in names:
        await type_text(pilot, name)
        await settle(pilot)
        await pilot.press("plus")
        await settle(pilot)


def test_a_reviewer_labels_a_joint_statement_with_three_speakers(seeded_db, db_path):
    ids = queue(seeded_db)
    seen = {}

    async def scenario(pilot):
        await pilot.press("s")
        await choose(pilot, "Korea Selatan", "Jepang", "Kirby")
        seen["picker"] = await shown(pilot)
        seen["screen"] = type(pilot.app.screen).__name__
        await pilot.press("backspace")  # John Kirby back out
        await type_text(pilot, "Amerika Serikat")
        await settle(pilot)
        await pilot.press("enter")  # the highlighted name joins the set, which is saved
        await settle(pilot)
        seen["panel"] = await shown(pilot)
        await pilot.press("a")

    drive(db_path, scenario)
    assert seen["screen"] == "SourcePicker"  # + keeps the picker open
    assert "speakers: Korea Selatan + Jepang + John Kirby" in seen["picker"]
    assert "Korea Selatan + Jepang + Amerika Serikat" in seen["panel"]
    done = get_annotation(seeded_db, ids[0], "alice")
    assert done["label"] == "accusation" and done["source"] == "Korea Selatan"
    assert json.loads(done["sources"]) == JOINT


def test_enter_on_an_empty_field_saves_the_chosen_set_on_a_labeled_sentence(seeded_db,
                                                                          db_path):
    ids = queue(seeded_db)

    async def scenario(pilot):
        await pilot.press("a", "k")  # label the first sentence, then back to it
        await settle(pilot)
        await pilot.press("s")
        await choose(pilot, "Jepang", "Korea Selatan")
        await pilot.press("enter")  # "✓ save the speakers" is first and highlighted
        await settle(pilot)

    drive(db_path, scenario)
    done = get_annotation(seeded_db, ids[0], "alice")
    assert json.loads(done["sources"]) == ["Jepang", "Korea Selatan"]
    assert done["label"] == "accusation"  # saved at once, the label kept


def test_the_adjudicator_decides_several_speakers_from_the_picker(seeded_db, db_path):
    ids = queue(seeded_db)
    set_annotation(seeded_db, ids[0], "ana", label="accusation", source="Jepang")
    set_annotation(seeded_db, ids[0], "budi", label="claim", source="Korea Selatan")
    app = AnnotatorApp(db_path, "lead", start="adjudicate")

    async def main():
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            await pilot.press("s")
            await choose(pilot, "Korea Selatan", "Jepang")
            await pilot.press("enter")
            await settle(pilot)
            await pilot.press("a")  # accusation with the speakers shown
            await settle(pilot)

    import asyncio

    asyncio.run(main())
    gold = adj.get_gold(seeded_db, ids[0])
    assert gold["label"] == "accusation"
    assert json.loads(gold["sources"]) == ["Korea Selatan", "Jepang"]


def test_snapshot_of_the_picker_with_two_speakers_chosen(seeded_db, db_path, snap_compare):
    async def pick(pilot):
        await settle(pilot)
        await pilot.press("s")
        await choose(pilot, "Korea Selatan", "Jepang")
        await type_text(pilot, "Amerika")
        await settle(pilot)

    assert snap_compare(AnnotatorApp(db_path, "alice"), terminal_size=(120, 40),
                        run_before=pick)
