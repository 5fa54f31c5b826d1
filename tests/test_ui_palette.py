"""The command palette (ctrl+p): jump to a document or a sentence, run export and stats."""

from __future__ import annotations

import json

from support.corpus import place_of, queue
from support.ui import drive, settle, shown, type_text

from annotator.ui.screens.stats import StatsScreen


async def palette(pilot, text: str) -> str:
    await pilot.press("ctrl+p")
    await pilot.pause()
    await type_text(pilot, text)
    await settle(pilot)  # the palette gathers hits from its providers in a worker
    return await shown(pilot)


def test_palette_jumps_to_a_document(seeded_db, db_path):
    seen = {}

    async def scenario(pilot):
        seen["hits"] = await palette(pilot, "Sergei Lavrov terima")
        await pilot.press("enter")
        seen["screen"] = await shown(pilot)

    drive(db_path, scenario)
    assert "document: Sergei Lavrov terima kasih" in seen["hits"]
    doc_id = seeded_db.execute(
        "SELECT id FROM documents WHERE title LIKE 'Sergei Lavrov terima%'").fetchone()[0]
    first = seeded_db.execute("SELECT id FROM sentences WHERE doc_id = ? AND excluded IS NULL "
                              "ORDER BY position LIMIT 1", [doc_id]).fetchone()[0]
    _, in_document, document, documents = place_of(seeded_db, first)
    assert (f"sentence 1 of {in_document} in this document, document {document} of "
            f"{documents}") in seen["screen"]


def test_palette_jumps_to_a_sentence(seeded_db, db_path):
    seen = {}

    async def scenario(pilot):
        await palette(pilot, "Zaporozhia")
        await pilot.press("enter")
        await pilot.pause()
        seen["text"] = pilot.app.screen.sentence.text

    drive(db_path, scenario)
    assert "Zaporozhia" in seen["text"]


def test_palette_export_holds_exactly_what_was_labeled(seeded_db, db_path, tmp_path,
                                                       monkeypatch):
    target = tmp_path / "out.jsonl"
    monkeypatch.setattr("annotator.exchange.records.default_export_path", lambda kind="x": target)
    ids = queue(seeded_db)

    async def scenario(pilot):
        await pilot.press("c", "s")
        await type_text(pilot, "Peskov")
        await settle(pilot)
        await pilot.press("enter", "d")
        await palette(pilot, "Export labels")
        await pilot.press("enter")
        await settle(pilot)

    drive(db_path, scenario)
    records = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert [(r["id"], r["label"]) for r in records] == [(ids[0], "claim"), (ids[1], "denial")]
    assert records[1]["source"] == "Dmitry Peskov"
    assert records[1]["annotations"][0]["reviewer"] == "alice"


def test_palette_stats(seeded_db, db_path):
    seen = {}

    async def scenario(pilot):
        await pilot.press("c", "c")
        await palette(pilot, "Show stats")
        await pilot.press("enter")
        await settle(pilot)
        seen["screen"] = pilot.app.screen
        seen["text"] = await shown(pilot)

    drive(db_path, scenario)
    assert isinstance(seen["screen"], StatsScreen)
    assert f"{len(queue(seeded_db))} sentences" in seen["text"] and "alice" in seen["text"]
