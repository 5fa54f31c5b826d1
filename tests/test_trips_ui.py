"""The labeling screen's small trips: `"` repeats the previous sentence's source, the link
panel opens where enter can act, the 80-column footer shows the keys used most."""

from __future__ import annotations

from support.corpus import queue
from support.ui import drive, settle, shown

from annotator.domain.annotations import get_annotation, set_annotation


def test_ditto_takes_the_source_of_the_sentence_before(seeded_db, db_path):
    ids = queue(seeded_db)
    seen = {}

    async def scenario(pilot):
        await pilot.press("s")
        await pilot.press(*"Peskov")
        await settle(pilot)
        await pilot.press("enter", "c")  # sentence 1: Dmitry Peskov; now on sentence 2
        await pilot.press("quotation_mark", "d")
        seen["text"] = await shown(pilot)

    drive(db_path, scenario)
    assert get_annotation(seeded_db, ids[0], "alice")["source"] == "Dmitry Peskov"
    assert get_annotation(seeded_db, ids[1], "alice")["source"] == "Dmitry Peskov"
    assert "✓ saved denial · Dmitry Peskov" in seen["text"]


def test_ditto_repeats_every_speaker_of_a_joint_statement(seeded_db, db_path):
    ids = queue(seeded_db)
    set_annotation(seeded_db, ids[0], "alice", label="claim",
                   sources=["Korea Selatan", "Jepang", "Amerika Serikat"])

    async def scenario(pilot):
        await pilot.press("quotation_mark", "c")

    drive(db_path, scenario)
    done = get_annotation(seeded_db, ids[1], "alice")
    assert done["source"] == "Korea Selatan"
    assert done["sources"] == '["Korea Selatan", "Jepang", "Amerika Serikat"]'


def test_link_panel_opens_on_the_sentences_when_no_dispute_exists(seeded_db, db_path):
    seen = {}

    async def scenario(pilot):
        await pilot.press("l")
        await settle(pilot)
        seen["focused"] = pilot.app.focused.id if pilot.app.focused else None
        await pilot.press("enter")  # a sentence suggestion: asks for a title
        await settle(pilot)
        seen["screen"] = type(pilot.app.screen).__name__

    drive(db_path, scenario)
    assert seen["focused"] == "link-sentences"
    assert seen["screen"] != "LinkPanel"  # enter acted: the title dialog is up


def test_footer_at_80_columns_shows_the_keys_used_most(seeded_db, db_path):
    seen = {}

    async def scenario(pilot):
        seen["footer"] = (await shown(pilot)).splitlines()[-1]

    drive(db_path, scenario, size=(80, 24))
    for item in ("c a d x label", "s source", "n next", "/ search", "l link", "q quit"):
        assert item in seen["footer"], seen["footer"]
