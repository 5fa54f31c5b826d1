"""Corpus text is shown exactly as stored: Rich markup stays characters, escape sequences
never reach the terminal, and nothing about the stored text changes."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.ui import drive, settle, shown, type_text

from annotator.corpus.ingest import ingest_paths
from annotator.domain.annotations import get_annotation
from annotator.ui.widgets.literal import literal, visible

TITLE = "Judul [red]Berita[/red] Uji"
MARKUP = "Juru bicara Kremlin [bold]Dmitry Peskov[/] mengatakan laporan itu tidak berdasar."
ESCAPES = "Pernyataan itu memuat kode \x1b[31mmerah\x1b[0m dan \x1b]0;judul\x07, kata Lavrov."
LINK = "Ia menambahkan bahwa [link=http://x]tautan[/link] itu palsu."


@pytest.fixture
def tricky_db(db, tmp_path: Path):
    corpus = tmp_path / "uji.txt"
    corpus.write_text(f"{TITLE}\n\n{MARKUP}\n\n{ESCAPES}\n\n{LINK}\n", encoding="utf-8")
    ingest_paths(db, [corpus])
    stored = [r[0] for r in db.execute(
        "SELECT text FROM sentences WHERE excluded IS NULL ORDER BY position")]
    assert stored == [MARKUP, ESCAPES, LINK]  # ingestion keeps it verbatim
    return db


def test_literal_text_keeps_markup_and_shows_controls():
    text = literal(MARKUP, "bold")
    assert text.plain == MARKUP and text.spans == []
    shown_escapes = visible(ESCAPES)
    assert "\x1b" not in shown_escapes and "\x07" not in shown_escapes
    assert "␛[31mmerah␛[0m" in shown_escapes and "␇" in shown_escapes


def test_screen_shows_markup_and_escapes_literally(tricky_db, db_path):
    seen = {}

    async def scenario(pilot):
        seen["first"] = await shown(pilot)
        await pilot.press("j")
        seen["second"] = await shown(pilot)
        await pilot.press("slash")
        await type_text(pilot, "tautan")
        await settle(pilot)
        seen["search"] = await shown(pilot)

    drive(db_path, scenario)
    first, second = seen["first"], seen["second"]
    assert "[bold]Dmitry Peskov[/]" in first  # the current sentence, as typed
    assert "␛[31mmerah␛[0m" in first  # the next sentence, dimmed, controls visible
    assert "[link=http://x]tautan[/link]" in first  # the one after
    assert "␛[31mmerah␛[0m dan ␛]0;judul␇" in second
    assert TITLE in first  # the document title
    assert "[link=http://x]tautan[/link]" in seen["search"]
    for text in seen.values():
        assert "\x1b" not in text and "\x07" not in text


def test_labeling_tricky_text_leaves_it_unchanged(tricky_db, db_path):
    async def scenario(pilot):
        await pilot.press("c", "d", "x")

    drive(db_path, scenario)
    rows = tricky_db.execute(
        "SELECT id, text FROM sentences WHERE excluded IS NULL ORDER BY position").fetchall()
    assert [text for _, text in rows] == [MARKUP, ESCAPES, LINK]
    labels = [get_annotation(tricky_db, sid, "alice") for sid, _ in rows]
    assert [(a["label"], a["source"]) for a in labels] == [
        ("claim", "Dmitry Peskov"),  # named with its markup around it
        ("denial", "Sergei Lavrov"),  # "kata Lavrov"
        ("context", "Sergei Lavrov"),  # "Ia menambahkan" continues the previous sentence
    ]
