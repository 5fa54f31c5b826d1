"""A source typed in the picker is registered the same way on the labeling screen and the
adjudication screen, and its notice shows the name as typed: a name with square brackets
("Tempo [edisi cetak]") is a name, not markup (it used to lose its brackets, or fail, when
the lead added it while adjudicating)."""

from __future__ import annotations

import asyncio

import pytest
from support.ui import settle
from textual.widgets._toast import Toast

from annotator.domain import annotations as labels
from annotator.domain.adjudication import get_gold
from annotator.domain.sources import find
from annotator.ui.app import AnnotatorApp

NAMES = ["Tempo [edisi cetak]", "Warga [/RW 07]", "[b]Kelompok Tani[/b] Maju"]


def _ids(db) -> list[str]:
    return [r[0] for r in db.execute(
        "SELECT s.id FROM sentences s JOIN documents d ON d.id = s.doc_id "
        "WHERE s.excluded IS NULL ORDER BY d.ordinal, s.position")]


def _pick_new_source(app, name, start):
    seen = {}

    async def main():
        async with app.run_test(size=(120, 40), notifications=True) as pilot:
            await settle(pilot)
            await pilot.press("s")
            await pilot.pause()
            await pilot.press(*name)
            await pilot.press("ctrl+n")
            await settle(pilot)
            seen["notices"] = [str(toast.render()) for toast in app.screen.query(Toast)]
            seen["screen"] = type(app.screen).__name__

    asyncio.run(main())
    return seen


@pytest.mark.ui
@pytest.mark.parametrize("name", NAMES)
def test_adjudicating_a_new_source_keeps_its_brackets(seeded_db, db_path, name):
    db = seeded_db
    sid = _ids(db)[0]
    labels.set_annotation(db, sid, "ana", label="claim", source="Dmitry Peskov",
                          confidence="medium")
    labels.set_annotation(db, sid, "budi", label="denial", source="Dmitry Peskov",
                          confidence="medium")
    app = AnnotatorApp(db_path, "lead", start="adjudicate")
    seen = _pick_new_source(app, name, "adjudicate")
    assert seen["screen"] == "AdjudicateScreen"
    assert any(f"added {name!r} to the sources" in notice for notice in seen["notices"]), seen
    assert find(db, name) is not None
    assert get_gold(db, sid) is None  # picking a source is a draft, not a decision


@pytest.mark.ui
@pytest.mark.parametrize("name", NAMES)
def test_labeling_a_new_source_keeps_its_brackets(seeded_db, db_path, name):
    app = AnnotatorApp(db_path, "alice")
    seen = _pick_new_source(app, name, "label")
    assert any(f"added {name!r} to the sources" in notice for notice in seen["notices"]), seen
    assert find(seeded_db, name) is not None
