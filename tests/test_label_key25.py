"""A label key's own work, twenty-fifth round (issue 10: the key's CPU against a bare
Textual app's): a sentence read back for its speaker makes the key of the dispute it is read
in once, not once for its own memory and again for its rules' reading; and a key whose next
sentences already have the classifier's guesses sends no call through the screen's queue
after its frame to find that out (each such call is a message and a turn of Textual's loop
on the key's time). What is proposed and shown stays the same."""

from __future__ import annotations

import asyncio

from support.corpus import add_document
from support.ui import settle, shown
from textual import messages
from textual.message_pump import MessagePump

from annotator.domain.annotations import set_annotation
from annotator.domain.proposals import engine, propose
from annotator.domain.proposals.dispute import Dispute
from annotator.domain.proposals.reading import ACCUSATION
from annotator.domain.speakers import SourceIndex
from annotator.ui.app import AnnotatorApp
from annotator.ui.screens.label import LabelScreen

# invented sentences, in no benchmark set
ALLEGED = "Warga Desa Sukamaju menuduh PT Sinar Tambang mencemari sungai."
READ_BACK = "Perusahaan itu membantah tuduhan tersebut, kata juru bicaranya."


def _a_dispute() -> Dispute:
    dispute = Dispute()
    dispute.take(ACCUSATION, "Warga Desa Sukamaju")
    dispute.seen.append(ALLEGED)
    return dispute


def test_a_sentence_read_back_makes_its_disputes_key_once(scheme, monkeypatch):
    index = SourceIndex([])
    dispute = _a_dispute()
    afresh = engine.propose_text(READ_BACK, scheme, index, "id", dispute=_a_dispute(),
                                 remember=False)
    real = engine._whole
    asked: list[object] = []

    def counted(value):
        if value is dispute:
            asked.append(value)
        return real(value)

    monkeypatch.setattr(engine, "_whole", counted)
    engine._EARLIER.clear()
    engine._RULED.clear()
    read = engine._earlier(READ_BACK, scheme, index, "id", engine.Chain(), dispute=dispute)
    assert len(asked) == 1  # its own memory's key, handed to the rules' memory
    assert read == afresh
    asked.clear()
    again = engine._earlier(READ_BACK, scheme, index, "id", engine.Chain(), dispute=dispute)
    assert again is read and len(asked) == 1  # remembered: found by the same key


def test_the_rules_memory_is_keyed_by_the_dispute_key_handed_to_it(scheme):
    """The key ``_earlier`` hands down is the one ``_ruled`` makes itself: a reading
    remembered through one path is found through the other."""
    index = SourceIndex([])
    engine._EARLIER.clear()
    engine._RULED.clear()
    dispute = _a_dispute()
    engine._earlier(READ_BACK, scheme, index, "id", engine.Chain(), dispute=dispute)
    kept = len(engine._RULED)
    direct = engine.propose_text(READ_BACK, scheme, index, "id", dispute=_a_dispute())
    assert len(engine._RULED) == kept  # found, not read again
    assert direct == engine.propose_text(READ_BACK, scheme, index, "id",
                                         dispute=_a_dispute(), remember=False)


def _corpus(db) -> list[str]:
    """Sixty labeled sentences (enough for the classifier), then six unlabeled ones."""
    cities = ["Ambon", "Medan", "Palu", "Kupang", "Jambi", "Bogor"] * 5
    prices = [f"Harga beras di pasar {c} naik {i + 2} persen bulan ini."
              for i, c in enumerate(cities)]
    weather = [f"Hujan turun di {c} sejak pagi hari ke-{i}." for i, c in enumerate(cities)]
    rest = ["Harga gula di pasar Ternate naik 7 persen bulan ini.",
            "Hujan turun di Sorong sejak pagi hari ke-3.",
            "Harga telur di pasar Manado naik 5 persen bulan ini.",
            "Warga Desa Sukamaju menuduh PT Sinar Tambang mencemari sungai.",
            "Hujan turun di Kendari sejak pagi hari ke-9.",
            "Harga minyak di pasar Kendari naik 4 persen bulan ini."]
    ids = add_document(db, "d1", prices + weather + rest)
    for sid in ids[:30]:
        set_annotation(db, sid, "ana", label="claim")
    for sid in ids[30:60]:
        set_annotation(db, sid, "ana", label="context")
    return ids


def test_a_label_key_whose_next_guesses_are_made_asks_for_no_call_after_its_frame(
        db, db_path, monkeypatch):
    ids = _corpus(db)
    app = AnnotatorApp(db_path, "ana")
    posted: list[str] = []
    real = MessagePump.post_message

    def post_message(self, message):
        if isinstance(self, LabelScreen):
            posted.append(type(message).__name__)
        return real(self, message)

    seen: dict = {}

    async def main():
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            await settle(pilot)  # the model is trained, then the sentences ahead guessed
            await settle(pilot)
            screen = app.screen
            assert screen.sentence.id == ids[60] and screen.model is not None
            seen["ahead"] = all(screen.model.knows(s.text) for s in screen.place.after[:2])
            monkeypatch.setattr(MessagePump, "post_message", post_message)
            for _ in range(2):
                await pilot.press("c")
                await shown(pilot)
            monkeypatch.setattr(MessagePump, "post_message", real)
            seen["at"] = screen.sentence.id
            seen["proposal"] = screen.proposal
            seen["direct"] = propose(app.db, ids[62], "ana", app.scheme, app.sources,
                                     screen.model)

    asyncio.run(main())
    assert seen["ahead"]
    assert seen["at"] == ids[62]
    assert messages.InvokeLater.__name__ not in posted, posted
    assert seen["proposal"] == seen["direct"]


def test_a_key_that_reaches_sentences_not_guessed_yet_still_has_them_guessed(
        db, db_path):
    """The guesses are asked for when they are due: a model trained after the start, the
    screen moved where nothing is guessed, and the key there starts the worker."""
    ids = _corpus(db)
    app = AnnotatorApp(db_path, "ana")
    seen: dict = {}

    async def main():
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            await settle(pilot)
            await settle(pilot)
            screen = app.screen
            model = screen.model
            with model._lock:  # forget what was guessed: the next key finds nothing made
                model._guesses.clear()
            await pilot.press("c")
            await settle(pilot)
            seen["at"] = screen.sentence.id
            seen["guessed"] = [model.knows(s.text) for s in screen.place.after[:2]]

    asyncio.run(main())
    assert seen["at"] == ids[61]
    assert seen["guessed"] == [True, True]
