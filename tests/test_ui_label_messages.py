"""SentenceChanged and AnnotationSaved reach whoever handles them (a screen or an app built
on the labeling screen), though the label key posts them only when someone does."""

from __future__ import annotations

import asyncio
from pathlib import Path

from support.corpus import add_document
from support.ui import settle
from textual import on

import annotator.ui.app as app_module
from annotator.ui.app import AnnotatorApp
from annotator.ui.messages import AnnotationSaved, SentenceChanged


class Following(AnnotatorApp):
    """An app that follows the labeling screen: one handler by name, one by @on."""

    CSS_PATH = str(Path(app_module.__file__).with_name("app.tcss"))  # not tests/app.tcss

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.changed: list[str | None] = []
        self.saved: list[tuple[str, str | None]] = []

    def on_sentence_changed(self, message: SentenceChanged) -> None:
        self.changed.append(message.sentence_id)

    @on(AnnotationSaved)
    def note_saved(self, message: AnnotationSaved) -> None:
        annotation = message.annotation
        self.saved.append((message.sentence_id, annotation["label"] if annotation else None))


def test_a_handler_hears_every_move_and_save(db, db_path):
    ids = add_document(db, "d1", ["Hujan turun di Ambon.", "Harga cabai naik lagi.",
                                  "Pasar ramai sepanjang hari."])
    app = Following(db_path, "ana")

    async def main():
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            await settle(pilot)
            await pilot.press("c")  # saved, then the next sentence
            await settle(pilot)
            await pilot.press("u")  # undone: back to the first
            await settle(pilot)

    asyncio.run(main())
    assert app.changed == [ids[0], ids[1], ids[0]]
    assert app.saved == [(ids[0], "claim"), (ids[0], None)]
