"""Links set by hand on the adjudication screen (`l`): the disputes reviewers linked, others
found by title, a role per dispute or "in no dispute"; the decision goes to gold like
`adjudicate decide --link/--no-links`, and `u` undoes it."""

from __future__ import annotations

import asyncio
import json

import pytest
from support.corpus import queue
from support.ui import type_text

from annotator.domain import annotations as labels
from annotator.domain import disputes
from annotator.domain.adjudication import get_gold, gold_links
from annotator.ui.app import AnnotatorApp

pytestmark = pytest.mark.ui


@pytest.fixture
def linked(seeded_db):
    """ids[0]: ana and budi agree on the label but not the role in ARMS (alleges/context);
    ids[1]: they differ on the label, and ana alone links it to ARMS. DENIAL exists,
    linked to nothing here."""
    db = seeded_db
    ids = queue(db)[:2]
    for reviewer in ("ana", "budi"):
        labels.set_annotation(db, ids[0], reviewer, label="accusation", source="Pejabat AS",
                              confidence="high")
    labels.set_annotation(db, ids[1], "ana", label="claim", confidence="high")
    labels.set_annotation(db, ids[1], "budi", label="context", confidence="high")
    arms = disputes.create_dispute(db, "North Korea supplies arms to Russia", "ana",
                                   dispute_id="a" * 32)["id"]
    denial = disputes.create_dispute(db, "Pyongyang denies the transfers", "budi",
                                     dispute_id="b" * 32)["id"]
    disputes.link(db, arms, ids[0], "ana", "alleges")
    disputes.link(db, arms, ids[0], "budi", "context")
    disputes.link(db, arms, ids[1], "ana", "alleges")
    return db, ids, arms, denial


def run(db_path, scenario):
    app = AnnotatorApp(db_path, "lead", start="adjudicate")

    async def main():
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            await scenario(pilot)

    asyncio.run(main())


async def settle(pilot) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.pause()


def test_links_set_by_hand_with_a_searched_dispute_then_undone(linked, db_path):
    db, ids, arms, denial = linked
    seen = {}

    async def scenario(pilot):
        await pilot.press("l")
        await settle(pilot)
        seen["dialog"] = type(pilot.app.screen).__name__
        await pilot.press("d")  # the highlighted dispute (ARMS): denies
        await pilot.press("slash")
        await type_text(pilot, "Pyongyang")
        await pilot.press("enter")  # back to the list
        await pilot.press("down", "c")  # DENIAL: context
        await pilot.press("enter")  # save
        await settle(pilot)
        seen["after"] = gold_links(get_gold(db, ids[0]))
        await pilot.press("u")
        await settle(pilot)
        seen["undone"] = get_gold(db, ids[0])
        await pilot.press("l", "0")  # in no dispute
        await settle(pilot)

    run(db_path, scenario)
    assert seen["dialog"] == "LinksDialog"
    assert seen["after"] == [{"id": arms, "role": "denies"}, {"id": denial, "role": "context"}]
    assert seen["undone"] is None
    gold = get_gold(db, ids[0])
    assert (gold["label"], gold["adjudicator"], json.loads(gold["disputes"])) == (
        "accusation", "lead", [])


def test_links_kept_for_the_label_key_where_the_label_differs_too(linked, db_path):
    db, ids, arms, _ = linked
    labels.set_annotation(db, ids[0], "budi", label="accusation", source="Pejabat AS",
                          confidence="high")
    disputes.link(db, arms, ids[0], "budi", "alleges")  # ids[0] agreed now: ids[1] first
    seen = {}

    async def scenario(pilot):
        await pilot.press("l")
        await settle(pilot)
        await pilot.press("minus", "enter")  # ARMS out: no link marked
        await settle(pilot)
        seen["before label"] = get_gold(db, ids[1])
        await pilot.press("d")  # label key: denial, with the links set
        await settle(pilot)

    run(db_path, scenario)
    assert seen["before label"] is None  # the label still differs: nothing decided yet
    gold = get_gold(db, ids[1])
    assert gold["label"] == "denial" and json.loads(gold["disputes"]) == []
