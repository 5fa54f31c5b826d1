"""The adjudication screen driven by Pilot on a real database: every key does what help says."""

from __future__ import annotations

import asyncio

import pytest

from annotator.domain import annotations as labels
from annotator.domain import disputes
from annotator.domain.adjudication import get_gold, queue
from annotator.ui.app import AnnotatorApp
from annotator.ui.screens.adjudicate import AdjudicateScreen

pytestmark = pytest.mark.both_engines  # db_path, db, seeded_db: SQLite and PostgreSQL

def _ids(db) -> list[str]:
    return [r[0] for r in db.execute(
        "SELECT s.id FROM sentences s JOIN documents d ON d.id = s.doc_id "
        "WHERE s.excluded IS NULL ORDER BY d.ordinal, s.position")]


@pytest.fixture
def disagreeing(seeded_db):
    """Two reviewers on the first twelve seed sentences: they differ in label on 0, 3, 6, 9,
    in source on 1, in confidence on 4, in dispute links on 7; agree elsewhere."""
    db = seeded_db
    ids = _ids(db)[:12]
    names = ("claim", "accusation", "denial", "context")
    for i, sid in enumerate(ids):
        label, source, confidence = names[i % 4], "Dmitry Peskov", "medium"
        labels.set_annotation(db, sid, "ana", label=label, source=source, confidence=confidence)
        labels.set_annotation(
            db, sid, "budi",
            label=names[(i + 1) % 4] if i % 3 == 0 else label,
            source="Gedung Putih" if i == 1 else source,
            confidence="high" if i == 4 else confidence,
        )
    dispute = disputes.create_dispute(db, "North Korea supplies arms to Russia", "ana",
                                      dispute_id="d" * 32)
    disputes.link(db, dispute["id"], ids[7], "ana", "alleges")
    return db, ids


def run(db_path, scenario, *, size=(120, 40), adjudicator="lead", **filters):
    app = AnnotatorApp(db_path, adjudicator, start="adjudicate", **filters)

    async def main():
        async with app.run_test(size=size) as pilot:
            await settle(pilot)
            await scenario(pilot)

    asyncio.run(main())
    return app


async def settle(pilot) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.pause()


def text_of(app) -> str:
    return "\n".join(s.text for s in app.screen._compositor.render_strips())


def current(pilot) -> str:
    screen = pilot.app.screen
    assert isinstance(screen, AdjudicateScreen)
    return screen.item.sentence_id


OPEN = [0, 1, 3, 4, 6, 7, 9]  # positions of the disagreements among the twelve


def test_opens_on_the_first_disagreement_with_reviewers_side_by_side(disagreeing, db_path):
    db, ids = disagreeing
    seen = {}

    async def scenario(pilot):
        seen["id"] = current(pilot)
        seen["text"] = text_of(pilot.app)

    run(db_path, scenario)
    assert seen["id"] == ids[0]
    text = seen["text"]
    assert "7 open · 0 settled" in text
    assert "1  ana" in text and "2  budi" in text
    assert "claim" in text and "accusation" in text  # ana's and budi's labels
    assert "reviewers differ in: label" in text
    assert "Rusia Apresiasi Dukungan Korea Utara" in text  # the document, in context


def test_take_reviewer_n_settles_and_moves_to_the_next_open(disagreeing, db_path):
    db, ids = disagreeing
    seen = {}

    async def scenario(pilot):
        await pilot.press("2")
        await pilot.pause()
        seen["after"] = current(pilot)
        seen["text"] = text_of(pilot.app)
        await pilot.press("9")  # no reviewer 9 here: nothing happens but a message
        await pilot.pause()
        seen["no9"] = text_of(pilot.app)

    run(db_path, scenario)
    gold = get_gold(db, ids[0])
    assert (gold["label"], gold["adjudicator"]) == ("accusation", "lead")
    assert gold["rationale"] == "took budi's annotation"
    assert seen["after"] == ids[1]
    assert "✓ gold accusation" in seen["text"] and "6 open · 1 settled" in seen["text"]
    assert "there is no reviewer 9" in seen["no9"]
    assert get_gold(db, ids[1]) is None


def test_own_label_with_confidence_and_rationale(disagreeing, db_path):
    db, ids = disagreeing

    async def scenario(pilot):
        await pilot.press("plus")
        await pilot.press("e")
        await pilot.pause()
        await pilot.press(*"sumber resmi", "enter")
        await pilot.pause()
        await pilot.press("x")
        await pilot.pause()

    run(db_path, scenario)
    gold = get_gold(db, ids[0])
    assert (gold["label"], gold["source"], gold["confidence"], gold["rationale"]) == (
        "context", "Dmitry Peskov", "high", "sumber resmi")


def test_undo_reopens_the_last_decision_and_shows_it(disagreeing, db_path):
    db, ids = disagreeing
    seen = {}

    async def scenario(pilot):
        await pilot.press("1")
        await pilot.press("1")
        await pilot.pause()
        await pilot.press("u")
        await pilot.pause()
        seen["id"] = current(pilot)
        seen["text"] = text_of(pilot.app)

    run(db_path, scenario)
    assert get_gold(db, ids[0]) is not None and get_gold(db, ids[1]) is None
    assert seen["id"] == ids[1]
    assert "↶ undone: open again" in seen["text"] and "6 open · 1 settled" in seen["text"]
    actions = [r[0] for r in db.execute("SELECT action FROM gold_history ORDER BY rowid")]
    assert actions == ["decide", "decide", "undo"]


def test_moving_walks_the_queue_including_settled(disagreeing, db_path):
    db, ids = disagreeing
    seen = []

    async def scenario(pilot):
        await pilot.press("1")  # settle the first; now on the second
        for key in ("p", "n", "j", "k", "k", "k"):
            await pilot.press(key)
            await pilot.pause()
            seen.append(current(pilot))
        seen.append(text_of(pilot.app))

    run(db_path, scenario)
    assert seen[:6] == [ids[0], ids[1], ids[3], ids[1], ids[0], ids[0]]
    assert "start of the queue" in seen[6]
    assert "✓ gold" in seen[6]  # the settled one shows its decision


def test_filter_by_kind_and_by_document(disagreeing, db_path):
    db, ids = disagreeing
    seen = {}

    async def scenario(pilot):
        await pilot.press("f")
        await pilot.pause()
        # options: every kind, label, source, confidence, disputes, ...
        await pilot.press("down", "down", "down", "down", "enter")
        await settle(pilot)
        seen["disputes"] = current(pilot)
        seen["text"] = text_of(pilot.app)
        await pilot.press("n")
        await pilot.pause()
        seen["end"] = text_of(pilot.app)

    run(db_path, scenario)
    assert seen["disputes"] == ids[7]
    assert "1 open · 0 settled" in seen["text"] and "disputes" in seen["text"]
    assert "alleges: North Korea supplies arms to" in seen["text"]  # ana's link only
    assert "end of the queue" in seen["end"]

    second_doc = db.execute("SELECT doc_id FROM sentences WHERE id = ?", [ids[11]]).fetchone()[0]
    labels.set_annotation(db, ids[11], "budi", label="denial")  # ana said context
    shown = {}

    async def by_document(pilot):
        shown["id"] = current(pilot)
        shown["text"] = text_of(pilot.app)

    run(db_path, by_document, documents=[second_doc])
    in_document = queue(db, documents=[second_doc])
    assert shown["id"] == in_document[0].sentence_id
    assert f"{len(in_document)} open · 0 settled" in shown["text"]
    title = db.execute("SELECT title FROM documents WHERE id = ?", [second_doc]).fetchone()[0]
    assert title[:36] in shown["text"]  # the filter's title


def test_help_lists_every_key(disagreeing, db_path):
    seen = {}

    async def scenario(pilot):
        await pilot.press("question_mark")
        await pilot.pause()
        seen["text"] = text_of(pilot.app)

    run(db_path, scenario)
    text = seen["text"]
    for expected in ("reviewer N's annotation", "claim", "context", "rationale", "undo your last",
                     "next disagreement", "previous disagreement", "filter", "quit"):
        assert expected in text, expected


def test_footer_fits_120_columns(disagreeing, db_path):
    """Every key the footer shows fits at 120 columns, the label keys as one group ("c a d
    x label"): it was cut after "n/" before."""
    seen = {}

    async def scenario(pilot):
        seen["footer"] = text_of(pilot.app).splitlines()[-1]

    run(db_path, scenario, size=(120, 40))
    footer = seen["footer"]
    for shown in ("? help", "1-9 take", "c a d x label", "s source", "+/- confidence",
                  "e rationale", "l links", "u undo", "n next", "p previous", "f filter",
                  "q quit"):
        assert shown in footer, (shown, footer)


def test_everything_settled_says_so(disagreeing, db_path):
    db, ids = disagreeing
    for i in OPEN:
        from annotator.domain.adjudication import take

        take(db, ids[i], 1, adjudicator="lead")
    assert queue(db) == []
    seen = {}

    async def scenario(pilot):
        seen["text"] = text_of(pilot.app)

    run(db_path, scenario)
    assert "nothing to adjudicate" in seen["text"] and "0 open · 7 settled" in seen["text"]


def test_snapshot_of_the_adjudication_screen(disagreeing, db_path, snap_compare):
    app = AnnotatorApp(db_path, "lead", start="adjudicate")

    async def ready(pilot):
        await settle(pilot)

    assert snap_compare(app, terminal_size=(120, 40), run_before=ready)


def test_q_quits(disagreeing, db_path):
    seen = {}

    async def scenario(pilot):
        await pilot.press("q")
        await pilot.pause()
        seen["running"] = pilot.app.is_running

    run(db_path, scenario)
    assert seen["running"] is False


def test_a_database_locked_past_the_timeout_is_reported_not_fatal(disagreeing, db_path,
                                                                   engine):
    import sqlite3

    from annotator.db.connection import open_db

    db, ids = disagreeing
    seen = {}

    async def scenario(pilot):
        if engine == "sqlite":
            pilot.app.db.execute("PRAGMA busy_timeout = 50")  # the real wait is 30 s
            other = sqlite3.connect(db_path, isolation_level=None)
        else:  # PostgreSQL: the writers' lock, waited for up to lock_timeout
            pilot.app.db.raw.execute("SET lock_timeout = 50")
            other = open_db(db_path)
        other.execute("BEGIN IMMEDIATE")
        await pilot.press("2")
        await pilot.pause()
        seen["locked"] = text_of(pilot.app)
        seen["stayed"] = current(pilot)
        other.execute("ROLLBACK")
        other.close()
        await pilot.press("2")
        await pilot.pause()

    run(db_path, scenario)
    assert "not saved: another process is writing" in seen["locked"]
    assert seen["stayed"] == ids[0]
    assert get_gold(db, ids[0])["label"] == "accusation"
