"""A fifth label end to end: a scheme with "rumour" (key r, number 5, role alleges) is a key
on both screens and a label in the export, agreement, adjudication and disputes."""

from __future__ import annotations

import asyncio
import json
import re

import pytest
from click.testing import CliRunner
from support.scheme import FOUR, RUMOUR, write_scheme
from support.ui import screen_text, settle

from annotator.base.resources import data_file
from annotator.cli import main
from annotator.domain import annotations as labels
from annotator.domain.adjudication import get_gold
from annotator.domain.scheme import load_scheme
from annotator.ui.app import AnnotatorApp
from annotator.ui.screens.adjudicate import AdjudicateScreen


@pytest.fixture
def five(tmp_path, monkeypatch):
    """Every command and the app read the five-label scheme; no user keymap."""
    path = write_scheme(tmp_path / "scheme", [*FOUR, RUMOUR])
    keymap = tmp_path / "keymap.toml"
    keymap.write_text("", encoding="utf-8")
    monkeypatch.setenv("ANNOTATOR_LABELS", str(path))
    monkeypatch.setenv("ANNOTATOR_KEYMAP", str(keymap))
    return path


def presented(db) -> list[str]:
    return [r[0] for r in db.execute(
        "SELECT s.id FROM sentences s JOIN documents d ON d.id = s.doc_id "
        "WHERE s.excluded IS NULL ORDER BY d.ordinal, s.position")]


def cli(*args: str) -> str:
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def label_in_the_ui(db_path, reviewer: str) -> dict:
    """r on the first sentence, 5 on the next: both save rumour; the footer and help show it."""
    app = AnnotatorApp(db_path, reviewer)
    seen: dict = {}

    async def scenario():
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            seen["footer"] = screen_text(app).splitlines()[-1]
            seen["first"] = app.screen.sentence.id
            await pilot.press("r")
            await settle(pilot)
            seen["second"] = app.screen.sentence.id
            await pilot.press("5")
            await settle(pilot)
            await pilot.press("up", "up")
            await settle(pilot)
            seen["panel"] = screen_text(app)
            await pilot.press("question_mark")
            await settle(pilot)
            seen["help"] = screen_text(app)

    asyncio.run(scenario())
    return seen


def test_a_fifth_label_works_everywhere(five, seeded_db, db_path, tmp_path):
    db = seeded_db
    ids = presented(db)

    # labeling: its key and its number save it, from the real app
    seen = label_in_the_ui(db_path, "ana")
    assert seen["first"] == ids[0] and seen["second"] == ids[1]
    assert labels.get_annotation(db, ids[0], "ana")["label"] == "rumour"
    assert labels.get_annotation(db, ids[1], "ana")["label"] == "rumour"
    assert "c a d x r label" in seen["footer"]  # the label keys as one group at 120 columns
    assert "label       rumour  saved" in seen["panel"]
    assert re.search(r"r, 5 +rumour: save with source and confidence shown", seen["help"])

    # a second reviewer: disagrees on ids 0, 2 and 3, agrees on 1
    scheme = load_scheme()
    assert scheme.names[-1] == "rumour"
    labels.set_annotation(db, ids[0], "budi", label="denial", scheme=scheme)
    ana = labels.get_annotation(db, ids[1], "ana")  # budi agrees with it entirely
    labels.set_annotation(db, ids[1], "budi", label="rumour", source=ana["source"],
                          confidence=ana["confidence"], scheme=scheme)
    labels.set_annotation(db, ids[2], "ana", label="claim", scheme=scheme)
    labels.set_annotation(db, ids[2], "budi", label="rumour", scheme=scheme)
    labels.set_annotation(db, ids[3], "ana", label="context", scheme=scheme)
    labels.set_annotation(db, ids[3], "budi", label="claim", scheme=scheme)
    labels.set_annotation(db, ids[4], "ana", label="rumour", scheme=scheme)

    # export: the records carry rumour and match the record schema
    import jsonschema

    out = tmp_path / "labels.jsonl"
    cli("export", "--db", str(db_path), "-o", str(out))
    records = {r["id"]: r for r in map(json.loads, out.read_text("utf-8").splitlines())}
    validator = jsonschema.Draft202012Validator(
        json.loads(data_file("export_record.schema.json").read_text("utf-8")))
    for record in records.values():
        validator.validate(record)
    assert records[ids[1]]["label"] == "rumour" and records[ids[1]]["status"] == "agreed"
    assert records[ids[4]]["label"] == "rumour" and records[ids[4]]["status"] == "single"
    assert {a["label"] for a in records[ids[0]]["annotations"]} == {"rumour", "denial"}

    # agreement: rumour is one of the labels counted
    figures = json.loads(cli("agreement", "--db", str(db_path), "--json"))
    per_label = {row["label"]: row for row in figures["per_label"]}
    assert "rumour" in per_label and per_label["rumour"]["items"] >= 1
    confusion = figures["confusion"]
    at = confusion["labels"].index("rumour")
    counts = confusion["counts"]
    assert counts[at][at] == 1  # ids[1]: both said rumour
    # ids[0], ids[1] and ids[2]: rumour by one reviewer or both
    assert sum(counts[at]) + sum(row[at] for row in counts) - counts[at][at] == 3

    # adjudication in the CLI: take the reviewer who said rumour, decide rumour yourself
    gold = json.loads(cli("adjudicate", "take", ids[2], "budi", "--db", str(db_path),
                          "--reviewer", "lead", "--json"))
    assert gold["label"] == "rumour"
    gold = json.loads(cli("adjudicate", "decide", ids[3], "--label", "rumour",
                          "--db", str(db_path), "--reviewer", "lead", "--json"))
    assert gold["label"] == "rumour"

    # adjudication on the screen: the scheme's key decides with rumour
    app = AnnotatorApp(db_path, "lead", start="adjudicate")
    decided: dict = {}

    async def adjudicate():
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            screen = app.screen
            assert isinstance(screen, AdjudicateScreen)
            decided["id"] = screen.item.sentence_id
            decided["footer"] = screen_text(app).splitlines()[-1]
            await pilot.press("r")
            await settle(pilot)

    asyncio.run(adjudicate())
    assert decided["id"] == ids[0]
    # the footer groups the label keys (every name is in the help): the fifth key is there
    assert "c a d x r label" in decided["footer"]
    assert get_gold(db, ids[0])["label"] == "rumour"

    # disputes: `disputes new` takes rumour's role from the scheme
    made = json.loads(cli("disputes", "new", "Arms shipments to Russia", ids[4],
                          "--db", str(db_path), "--reviewer", "ana", "--json"))
    assert [m["role"] for m in made["members"]] == ["alleges"]
