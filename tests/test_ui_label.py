"""The labeling screen driven by Pilot on real databases: every key does what help says."""

from __future__ import annotations

import pytest
from support.corpus import place_of, queue
from support.ui import drive, settle, shown, type_text

from annotator.domain import navigation as nav
from annotator.domain.annotations import get_annotation, set_annotation
from annotator.ui.screens.label import LabelScreen

pytestmark = pytest.mark.both_engines  # db_path, db, seeded_db: SQLite and PostgreSQL


def annotation(db, sentence_id, reviewer="alice"):
    a = get_annotation(db, sentence_id, reviewer)
    return (a["label"], a["source"], a["confidence"], a["note"]) if a else None


def current(pilot) -> str:
    screen = pilot.app.screen
    assert isinstance(screen, LabelScreen)
    return screen.sentence.id


def test_opens_on_first_sentence_with_reviewer_position_and_context(seeded_db, db_path):
    ids = queue(seeded_db)
    seen = {}

    async def scenario(pilot):
        seen["id"] = current(pilot)
        seen["text"] = await shown(pilot)

    drive(db_path, scenario)
    assert seen["id"] == ids[0]
    text = seen["text"]
    assert "reviewer: alice" in text
    _, in_document, _, documents = place_of(seeded_db, ids[0])
    assert f"sentence 1 of {in_document} in this document, document 1 of {documents}" in text
    assert "Rusia Apresiasi Dukungan Korea Utara" in text  # document title
    assert f"labeled 0 of {len(ids)}" in text
    after = nav.get_sentence(seeded_db, ids[1]).text
    assert after.split()[0] in text and "not labeled yet" in text


def test_label_key_saves_proposal_and_moves_to_next_unlabeled(seeded_db, db_path):
    ids = queue(seeded_db)
    set_annotation(seeded_db, ids[1], "alice", label="context")  # already done: skipped
    seen = {}

    async def scenario(pilot):
        seen["proposal"] = pilot.app.screen.proposal.name
        await pilot.press("c")
        seen["after"] = current(pilot)
        seen["text"] = await shown(pilot)

    drive(db_path, scenario)
    assert annotation(seeded_db, ids[0]) == ("claim", seen["proposal"], "medium", None)
    assert seen["after"] == ids[2]
    assert "✓ saved claim" in seen["text"] and f"labeled 2 of {len(ids)}" in seen["text"]
    history = seeded_db.execute(
        "SELECT action, label FROM annotation_history WHERE sentence_id = ?", [ids[0]]
    ).fetchall()
    assert history == [("set", "claim")]


def test_every_label_key_and_number(seeded_db, db_path):
    ids = queue(seeded_db)

    async def scenario(pilot):
        for key in ["c", "a", "d", "x", "1", "2", "3", "4"]:
            await pilot.press(key)

    drive(db_path, scenario)
    labels = [annotation(seeded_db, i)[0] for i in ids[:8]]
    assert labels == ["claim", "accusation", "denial", "context"] * 2
    assert annotation(seeded_db, ids[8]) is None


def test_source_picker_ranks_as_you_type_and_enter_takes_it(seeded_db, db_path):
    ids = queue(seeded_db)
    seen = {}

    async def scenario(pilot):
        await pilot.press("s")
        await type_text(pilot, "Peskov")
        await settle(pilot)
        seen["picker"] = await shown(pilot)
        await pilot.press("enter")
        await pilot.pause()
        seen["pending"] = pilot.app.screen.draft().source
        await pilot.press("d")

    drive(db_path, scenario)
    assert "Dmitry Peskov" in seen["picker"]
    assert seen["pending"] == "Dmitry Peskov"
    assert annotation(seeded_db, ids[0]) == ("denial", "Dmitry Peskov", "medium", None)


def test_source_picker_alias_and_new_source_added_to_registry(seeded_db, db_path):
    ids = queue(seeded_db)

    async def scenario(pilot):
        await pilot.press("s")
        await type_text(pilot, "Korut")
        await settle(pilot)
        await pilot.press("enter", "a")
        await pilot.press("s")
        await type_text(pilot, "Kantor Berita Yonhap")
        await settle(pilot)
        options = pilot.app.screen.query_one("#picker-options")
        assert options.option_count >= 2  # the best match, then the new source second
        assert options.get_option_at_index(1).id.endswith("Kantor Berita Yonhap")
        await pilot.press("down")  # one step from the best match
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("x")

    drive(db_path, scenario)
    assert annotation(seeded_db, ids[0])[:2] == ("accusation", "Korea Utara")
    assert annotation(seeded_db, ids[1])[:2] == ("context", "Kantor Berita Yonhap")
    assert seeded_db.execute(
        "SELECT count(*) FROM sources WHERE name = 'Kantor Berita Yonhap'"
    ).fetchone()[0] == 1


def test_cancelled_picker_changes_nothing(seeded_db, db_path):
    ids = queue(seeded_db)
    seen = {}

    async def scenario(pilot):
        seen["before"] = pilot.app.screen.draft().source
        await pilot.press("s")
        await type_text(pilot, "Putin")
        await settle(pilot)
        await pilot.press("escape")
        await pilot.press("c")

    drive(db_path, scenario)
    assert annotation(seeded_db, ids[0])[1] == seen["before"]


def test_confidence_pending_then_saved_and_saved_at_once_when_labeled(seeded_db, db_path):
    ids = queue(seeded_db)
    seen = {}

    async def scenario(pilot):
        await pilot.press("plus", "plus")  # stops at the top of the scale
        seen["pending"] = await shown(pilot)
        await pilot.press("c")  # saves high, moves to ids[1]
        await pilot.press("k")  # back to ids[0], labeled
        await pilot.press("minus", "minus", "minus")
        seen["saved"] = await shown(pilot)

    drive(db_path, scenario)
    assert "[high]" in seen["pending"] and "will be saved with the label" in seen["pending"]
    assert annotation(seeded_db, ids[0])[2] == "low"
    assert "✓ saved confidence low" in seen["saved"]
    confidences = [r[0] for r in seeded_db.execute(
        "SELECT confidence FROM annotation_history WHERE sentence_id = ? ORDER BY rowid",
        [ids[0]])]
    assert confidences == ["high", "medium", "low", "low"]


def test_note_is_saved_with_label_and_edited_later(seeded_db, db_path):
    ids = queue(seeded_db)

    async def scenario(pilot):
        await pilot.press("e")
        await type_text(pilot, "cek ulang")
        await pilot.press("enter", "a")
        await pilot.press("k", "e")
        await type_text(pilot, " besok")
        await pilot.press("enter")

    drive(db_path, scenario)
    assert annotation(seeded_db, ids[0])[::3] == ("accusation", "cek ulang besok")


def test_undo_reverts_and_goes_to_the_sentence(seeded_db, db_path):
    ids = queue(seeded_db)
    seen = {}

    async def scenario(pilot):
        await pilot.press("c", "d")
        await pilot.press("j", "j", "j")
        await pilot.press("u")
        seen["at"] = current(pilot)
        seen["text"] = await shown(pilot)
        await pilot.press("u")
        seen["at2"] = current(pilot)
        await pilot.press("u")
        seen["text2"] = await shown(pilot)

    drive(db_path, scenario)
    assert seen["at"] == ids[1] and "undone" in seen["text"]
    assert seen["at2"] == ids[0]
    assert "nothing to undo" in seen["text2"]
    assert annotation(seeded_db, ids[0]) is None and annotation(seeded_db, ids[1]) is None
    actions = [r[0] for r in seeded_db.execute(
        "SELECT action FROM annotation_history ORDER BY rowid")]
    assert actions == ["set", "set", "undo", "undo"]  # the history keeps both


def test_moving_with_arrows_jk_and_n(seeded_db, db_path):
    ids = queue(seeded_db)
    set_annotation(seeded_db, ids[0], "alice", label="claim")
    set_annotation(seeded_db, ids[2], "alice", label="claim")
    set_annotation(seeded_db, ids[3], "alice", label="claim")
    seen = []

    async def scenario(pilot):
        seen.append(current(pilot))  # resumes at ids[1]
        for key in ["down", "j", "up", "k", "k", "k", "n", "n"]:
            await pilot.press(key)
            seen.append(current(pilot))

    drive(db_path, scenario)
    assert seen == [ids[1], ids[2], ids[3], ids[2], ids[1], ids[0], ids[0], ids[1], ids[4]]


def test_crossing_into_the_next_document(seeded_db, db_path):
    ids = queue(seeded_db)
    _, first_document, _, documents = place_of(seeded_db, ids[0])
    seen = {}

    async def scenario(pilot):
        await pilot.press(*["j"] * first_document)  # past the first document's last sentence
        seen["text"] = await shown(pilot)
        seen["id"] = current(pilot)

    drive(db_path, scenario)
    assert seen["id"] == ids[first_document]
    number, in_document, document, _ = place_of(seeded_db, ids[first_document])
    assert (number, document) == (1, 2)
    assert (f"sentence 1 of {in_document} in this document, document 2 of {documents}"
            in seen["text"])


def test_search_jumps_to_the_chosen_sentence(seeded_db, db_path):
    seen = {}

    async def scenario(pilot):
        await pilot.press("slash")
        await type_text(pilot, "Zaporozhia")
        await settle(pilot)
        seen["results"] = await shown(pilot)
        await pilot.press("enter")
        await pilot.pause()
        seen["sentence"] = pilot.app.screen.sentence.text

    drive(db_path, scenario)
    assert "Zaporozhia" in seen["sentence"]
    found = len(nav.search(seeded_db, "Zaporozhia"))
    assert found and f" {found} sentences" in seen["results"]


def test_search_with_fts_syntax_is_taken_literally(seeded_db, db_path):
    seen = {}

    async def scenario(pilot):
        await pilot.press("slash")
        await type_text(pilot, 'Lavrov" (')
        await settle(pilot)
        await pilot.press("enter")
        await pilot.pause()
        seen["sentence"] = pilot.app.screen.sentence.text

    drive(db_path, scenario)
    assert "Lavrov" in seen["sentence"]


def test_reopening_resumes_at_first_unlabeled(seeded_db, db_path):
    ids = queue(seeded_db)

    async def label_three(pilot):
        await pilot.press("c", "c", "j", "c")  # ids[0], ids[1], skip to ids[3]

    drive(db_path, label_three)
    seen = {}

    async def reopen(pilot):
        seen["id"] = current(pilot)
        seen["text"] = await shown(pilot)

    drive(db_path, reopen)
    assert [annotation(seeded_db, i) is not None for i in ids[:4]] == [True, True, False, True]
    assert seen["id"] == ids[2]
    assert "resumed" in seen["text"] and f"labeled 3 of {len(ids)}" in seen["text"]


def test_reviewers_see_only_their_own_progress(seeded_db, db_path):
    ids = queue(seeded_db)
    set_annotation(seeded_db, ids[0], "alice", label="claim")
    seen = {}

    async def bob(pilot):
        seen["id"] = current(pilot)
        seen["text"] = await shown(pilot)

    drive(db_path, bob, reviewer="bob")
    assert seen["id"] == ids[0]
    assert "reviewer: bob" in seen["text"] and f"labeled 0 of {len(ids)}" in seen["text"]


def test_group_membership_is_shown(seeded_db, db_path):
    ids = queue(seeded_db)
    last = nav.get_sentence(seeded_db, ids[-1])
    # what ingestion records for a near-duplicate across documents
    seeded_db.execute("UPDATE sentences SET group_id = ? WHERE id IN (?, ?)",
                      [ids[0], ids[0], ids[-1]])
    seeded_db.conn.commit()
    other = nav.get_document(seeded_db, last.doc_id).title
    seen = {}

    async def scenario(pilot):
        seen["text"] = await shown(pilot)

    drive(db_path, scenario)
    assert "also in" in seen["text"] and other[:40] in seen["text"]


def test_help_lists_every_key(seeded_db, db_path):
    seen = {}

    async def scenario(pilot):
        await pilot.press("question_mark")
        await pilot.pause()
        seen["text"] = await shown(pilot)
        await pilot.press("escape")
        seen["closed"] = isinstance(pilot.app.screen, LabelScreen)

    drive(db_path, scenario)
    text = seen["text"]
    for key, does in [("c, 1", "claim"), ("a, 2", "accusation"), ("d, 3", "denial"),
                      ("x, 4", "context"), ("s", "source"), ("+, =", "confidence"),
                      ("-", "confidence"), ("e", "note"), ("u", "undo"),
                      ("↓, j", "next sentence"), ("↑, k", "previous sentence"),
                      ("n", "next"), ("/", "search"), ("?", "help"), ("q", "quit"),
                      ("ctrl+p", "palette")]:
        rows = [line.split("█")[1].strip() for line in text.splitlines() if line.count("█") >= 2]
        assert any(row.startswith(key) and does in row for row in rows), (key, does)
    assert seen["closed"]


def test_quit_key(seeded_db, db_path):
    seen = {}

    async def scenario(pilot):
        await pilot.press("q")
        await pilot.pause()
        seen["running"] = pilot.app.is_running  # after the test it never is

    app = drive(db_path, scenario)
    assert app.return_code == 0
    assert seen["running"] is False


def test_keys_typed_in_one_burst_after_s_reach_the_picker(seeded_db, db_path):
    """Over SSH "sPeskov" arrives in one read: the letters must not be lost (nor taken
    as commands: "e" is the note key) while the picker opens."""
    from textual import events

    ids = queue(seeded_db)
    seen = {}

    async def scenario(pilot):
        for ch in "sPeskov":
            pilot.app.post_message(events.Key(ch, ch))
        await settle(pilot)
        seen["typed"] = pilot.app.screen.query_one("#picker-input").value
        await pilot.press("enter", "c")

    drive(db_path, scenario)
    assert seen["typed"] == "Peskov"
    assert annotation(seeded_db, ids[0])[:2] == ("claim", "Dmitry Peskov")


def test_speaker_is_carried_through_a_quotation_over_several_sentences(seeded_db, db_path):
    """Seed 000: Rudenko is named, then '"...," ujarnya.' and '"...," imbuhnya ...' follow;
    the quotes mention Korea Utara, but the speaker stays Rudenko even when the middle
    sentence is not labeled yet."""
    ids = queue(seeded_db)
    texts = [nav.get_sentence(seeded_db, sid).text for sid in ids[:4]]
    assert "Andrey Rudenko" in texts[1] and "ujarnya" in texts[2] and "imbuhnya" in texts[3]
    set_annotation(seeded_db, ids[1], "alice", label="context", source="Andrey Rudenko")
    seen = {}

    async def scenario(pilot):
        await pilot.press("j", "j", "j")
        seen["id"] = current(pilot)
        seen["proposal"] = pilot.app.screen.proposal

    drive(db_path, scenario)
    assert seen["id"] == ids[3]
    assert seen["proposal"].name == "Andrey Rudenko"
    assert seen["proposal"].reason == "continues the previous sentence"


def test_a_database_locked_past_the_timeout_is_reported_not_fatal(seeded_db, db_path,
                                                                   engine):
    """Another process holds the write lock (a long ingest): the label key says it did not
    save, the app stays up, and the same key saves once the lock is gone."""
    import sqlite3

    from annotator.db.connection import open_db

    ids = queue(seeded_db)
    seen = {}

    async def scenario(pilot):
        if engine == "sqlite":
            pilot.app.db.execute("PRAGMA busy_timeout = 50")  # the real wait is 30 s
            other = sqlite3.connect(db_path, isolation_level=None)
        else:  # PostgreSQL: the writers' lock, waited for up to lock_timeout
            pilot.app.db.raw.execute("SET lock_timeout = 50")
            other = open_db(db_path)
        other.execute("BEGIN IMMEDIATE")
        await pilot.press("c")
        seen["locked"] = await shown(pilot)
        seen["stayed"] = current(pilot)
        seen["running"] = pilot.app.is_running
        other.execute("ROLLBACK")
        other.close()
        await pilot.press("c")
        seen["after"] = await shown(pilot)

    drive(db_path, scenario)
    assert seen["running"] is True
    assert "not saved: another process is writing" in seen["locked"]
    assert seen["stayed"] == ids[0]
    assert "✓ saved claim" in seen["after"]
    assert annotation(seeded_db, ids[0])[0] == "claim"
    assert seeded_db.execute("SELECT count(*) FROM annotation_history").fetchone()[0] == 1


@pytest.mark.parametrize("engine", ["sqlite"], indirect=True)
def test_footer_fits_120_columns(seeded_db, db_path):
    """Every key the footer shows fits at 120 columns, the label keys as one group ("c a d
    x label"): it was cut after "g guidelines" before (confidence and note never showed).
    A wider terminal spells each label key out; a narrower one drops whole keys from the
    end (all of them are in `?`)."""
    seen = {}

    async def scenario(pilot):
        seen[120] = (await shown(pilot)).splitlines()[-1]
        await pilot.resize_terminal(160, 40)
        seen[160] = (await shown(pilot)).splitlines()[-1]
        await pilot.resize_terminal(80, 24)
        seen[80] = (await shown(pilot)).splitlines()[-1]

    drive(db_path, scenario)
    keys = ("s source", "n next", "/ search", "l link", "q quit", "⏎ accept", "u undo",
            "? help", "g guidelines", "+/- confidence", "e note")
    for footer, labels in ((seen[120], "c a d x label"),
                           (seen[160], "c claim a accusation d denial x context")):
        assert footer.startswith(f" {labels} s source "), footer
        for key in keys:
            assert key in footer, (key, footer)
    assert seen[80].startswith(" c a d x label s source n next / search l link q quit "
                               "⏎ accept u undo ? help"), seen[80]
    assert seen[80].rstrip().endswith("? help"), seen[80]  # whole keys, never a cut one


@pytest.mark.parametrize("engine", ["sqlite"], indirect=True)
def test_a_click_on_a_footer_key_presses_it(seeded_db, db_path):
    from annotator.ui.widgets.key_line import KeyLine

    ids = queue(seeded_db)
    seen = {}

    async def scenario(pilot):
        line = pilot.app.screen.query_one(KeyLine).render().plain
        await pilot.click(KeyLine, offset=(line.index("next"), 0))  # the words of "n next"
        seen["at"] = current(pilot)
        await pilot.click(KeyLine, offset=(line.index(" c ") + 1, 0))  # "c" of the group
        await pilot.pause()
        seen["labeled"] = annotation(seeded_db, ids[1])
        await pilot.click(KeyLine, offset=(line.index("? help") + 3, 0))
        await pilot.pause()
        seen["screen"] = type(pilot.app.screen).__name__

    drive(db_path, scenario)
    assert seen["at"] == ids[1]
    assert seen["labeled"][0] == "claim"
    assert seen["screen"] == "HelpScreen"
