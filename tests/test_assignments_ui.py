"""The labeling screen with an assignment: the queue, `n`, resume and the progress bar
follow it; `A` (or `annotator label --all`) shows every sentence."""

from __future__ import annotations

import asyncio

from support.corpus import queue
from support.ui import drive, settle, shown

from annotator.domain import assignments as A
from annotator.domain import navigation as nav
from annotator.domain.annotations import get_annotation
from annotator.ui.app import AnnotatorApp


def give_second_document(db, reviewer="alice"):
    doc = nav.document_titles(db)[1][0]
    A.assign_documents(db, [doc], reviewer, "lead")
    return [sid for sid in queue(db) if db.execute(
        "SELECT 1 FROM assignments WHERE sentence_id = ? AND reviewer = ?",
        [sid, reviewer]).fetchone()]


def test_queue_opens_on_the_assignment_and_label_moves_within_it(seeded_db, db_path):
    mine = give_second_document(seeded_db)
    seen = {}

    async def scenario(pilot):
        seen["first"] = pilot.app.screen.sentence.id
        seen["text"] = await shown(pilot)
        for _ in mine:
            await pilot.press("x")
        await settle(pilot)
        seen["done"] = await shown(pilot)
        await pilot.press("n")
        seen["n"] = await shown(pilot)

    drive(db_path, scenario)
    assert seen["first"] == mine[0]
    assert f"labeled 0 of {len(mine)} assigned" in seen["text"]
    assert all(get_annotation(seeded_db, sid, "alice") for sid in mine)
    assert seeded_db.execute("SELECT count(*) FROM annotations").fetchone()[0] == len(mine)
    assert f"labeled {len(mine)} of {len(mine)} assigned" in seen["done"]
    assert "every sentence of your assignment is labeled" in seen["n"]


def test_A_switches_to_every_sentence_and_back(seeded_db, db_path):
    mine = give_second_document(seeded_db)
    every = queue(seeded_db)
    seen = {}

    async def scenario(pilot):
        await pilot.press("A")
        await settle(pilot)
        seen["all"] = await shown(pilot)
        await pilot.press("n")
        seen["n_all"] = pilot.app.screen.sentence.id
        await pilot.press("A")
        await settle(pilot)
        seen["mine"] = await shown(pilot)

    drive(db_path, scenario)
    assert f"labeled 0 of {len(every)}" in seen["all"] and "assigned" not in seen["all"]
    assert seen["n_all"] == every[every.index(mine[0]) + 1]
    assert f"labeled 0 of {len(mine)} assigned" in seen["mine"]


def test_label_all_flag_opens_on_every_sentence(seeded_db, db_path):
    give_second_document(seeded_db)
    every = queue(seeded_db)
    app = AnnotatorApp(db_path, "alice", everything=True)
    seen = {}

    async def main():
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            seen["first"] = app.screen.sentence.id
            seen["text"] = await shown(pilot)

    asyncio.run(main())
    assert seen["first"] == every[0]
    assert f"labeled 0 of {len(every)}" in seen["text"]


def test_reviewer_without_assignment_sees_everything(seeded_db, db_path):
    give_second_document(seeded_db, "budi")
    every = queue(seeded_db)
    seen = {}

    async def scenario(pilot):
        seen["first"] = pilot.app.screen.sentence.id
        await pilot.press("A")
        seen["text"] = await shown(pilot)

    drive(db_path, scenario)
    assert seen["first"] == every[0]
    assert "you have no assignment" in seen["text"]
