"""The classifier's guess for the sentence after the one on screen is made by a worker while
the analyst reads it, so the label key that moves there does not run the classifier; what
the screen then proposes is what the classifier proposes for that sentence."""

from __future__ import annotations

from support.corpus import add_document
from support.ui import settle, shown
from test_classifier import labeled_corpus

from annotator.domain.annotations import get_annotation
from annotator.domain.proposals import propose
from annotator.ui.app import AnnotatorApp


def test_the_next_sentence_is_guessed_before_the_key_that_shows_it(db, db_path):
    ids = labeled_corpus(db, 30, 30)  # ids[60]: unlabeled prices; ids[61]: an accusation
    following = db.execute("SELECT text FROM sentences WHERE id = ?", [ids[61]]).fetchone()[0]
    app = AnnotatorApp(db_path, "ana")
    seen = {}

    async def main():
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            await settle(pilot)  # the model is trained, then the next sentence guessed
            await settle(pilot)
            screen = app.screen
            assert screen.sentence.id == ids[60] and screen.model is not None
            seen["ahead"] = screen.model.knows(following)
            calls = []
            model = screen.model.model
            predict = model.predict
            model.predict = lambda text: calls.append(text) or predict(text)
            await pilot.press("c")
            seen["text"] = await shown(pilot)
            seen["at"], seen["calls"] = screen.sentence.id, list(calls)  # the key's own
            seen["proposal"] = screen.proposal
            seen["direct"] = propose(app.db, ids[61], "ana", app.scheme, app.sources, model)

    app_run(main)
    assert seen["ahead"]
    assert seen["at"] == ids[61]
    assert following not in seen["calls"]  # the key did not run the classifier for it
    assert seen["proposal"] == seen["direct"]
    assert "proposed: accusation" in seen["text"]
    assert get_annotation(db, ids[60], "ana")["label"] == "claim"


def test_the_next_documents_first_sentence_is_guessed_before_the_key_that_reaches_it(
        db, db_path):
    ids = labeled_corpus(db, 30, 30)  # d1 ends with two unlabeled sentences
    opening = "Harga bawang di pasar Ambon turun 4 persen pekan ini."
    add_document(db, "d2", [opening, "Cuaca di Ambon cerah sepanjang hari ke-2."], ordinal=1)
    app = AnnotatorApp(db_path, "ana")
    seen = {}

    async def main():
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            await settle(pilot)  # the model is trained, then what comes next guessed
            await settle(pilot)
            screen = app.screen
            assert screen.sentence.id == ids[60] and screen.model is not None
            seen["ahead"] = screen.model.knows(opening)  # another document's, before a key
            calls = []
            model = screen.model.model
            predict = model.predict
            model.predict = lambda text: calls.append(text) or predict(text)
            await pilot.press("c")
            await settle(pilot)
            await pilot.press("c")
            await shown(pilot)
            seen["at"], seen["calls"] = screen.sentence.doc_id, list(calls)
            seen["proposal"] = screen.proposal
            seen["direct"] = propose(app.db, screen.sentence.id, "ana", app.scheme,
                                     app.sources, model)

    app_run(main)
    assert seen["ahead"]
    assert seen["at"] == "d2"
    assert opening not in seen["calls"]  # the key into d2 did not run the classifier
    assert seen["proposal"] == seen["direct"]


def app_run(main) -> None:
    import asyncio

    asyncio.run(main())
