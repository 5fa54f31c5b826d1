"""`enter` accepts the proposal shown (label, source, confidence) and moves on like a label key;
the reasons are on screen; an accepted annotation is marked as such."""

from __future__ import annotations

from support.corpus import add_document, queue
from support.ui import drive, shown

from annotator.domain.annotations import get_annotation, set_annotation
from annotator.domain.proposals import propose
from annotator.domain.scheme import load_scheme
from annotator.domain.sources import find
from annotator.domain.speakers import SourceIndex


def saved(db, sentence_id, reviewer="alice"):
    a = get_annotation(db, sentence_id, reviewer)
    return (a["label"], a["source"], a["confidence"], a["accepted_proposal"]) if a else None


def test_enter_saves_the_proposal_and_moves_on(seeded_db, db_path):
    ids = queue(seeded_db)
    for sid in ids[:5]:
        set_annotation(seeded_db, sid, "someone-else", label="claim")  # not alice's chain
    expected = []  # what the screen proposes, with alice's labels saved before each sentence
    seen = {}

    async def scenario(pilot):
        for _ in range(5):
            p = pilot.app.screen.proposal
            expected.append((p.label, p.name, p.confidence, p.proposer))
            await pilot.press("enter")
        seen["at"] = pilot.app.screen.sentence.id
        seen["text"] = await shown(pilot)

    drive(db_path, scenario)
    assert [saved(seeded_db, sid) for sid in ids[:5]] == expected
    assert seen["at"] == ids[5]
    assert f"(proposal accepted, by {expected[-1][3]})" in seen["text"]
    # the five proposals differ: enter is not saving one fixed label
    assert len({e[:2] for e in expected}) > 1


def test_reasons_are_shown_and_a_label_key_overrides(db, db_path):
    ids = add_document(db, "d1", [
        "Pejabat AS menuduh Korea Utara diduga mengirim senjata ke Rusia.",
        "Moskow menandatangani pakta pertahanan dengan Pyongyang.",
    ])
    seen = {}

    async def scenario(pilot):
        seen["first"] = await shown(pilot)
        await pilot.press("c")  # the analyst disagrees with the proposed accusation
        seen["second"] = await shown(pilot)

    drive(db_path, scenario)
    first = seen["first"]
    assert "proposed: accusation (cue 'menuduh'; by cues)" in first
    assert "Pejabat AS  (proposed: subject of 'menuduh')" in first
    assert "hedge 'diduga'" in first
    assert "proposed: context (no speech verb; by cues)" in seen["second"]
    assert "(proposed: narration: no speech verb)" in seen["second"]
    # overridden: claim, the proposed source, the default confidence; not an accepted proposal
    assert saved(db, ids[0]) == ("claim", "Pejabat AS", "medium", None)


def test_a_proposed_new_name_is_registered_when_accepted(db, db_path):
    ids = add_document(db, "d1", [
        "Direktur Utama Perum Bulog Bayu Krisnamurthi mengatakan stok beras aman.",
        '"Masyarakat tidak perlu panik," ucap Bayu.',
    ])
    assert find(db, "Bayu Krisnamurthi") is None
    p = propose(db, ids[0], "alice", load_scheme(), SourceIndex.from_db(db))
    seen = {}

    async def scenario(pilot):
        seen["text"] = await shown(pilot)
        await pilot.press("enter")
        seen["next"] = pilot.app.screen.proposal

    drive(db_path, scenario)
    assert "new: added when saved" in seen["text"]
    assert saved(db, ids[0]) == (p.label, "Bayu Krisnamurthi", "high", p.proposer)
    assert find(db, "Bayu Krisnamurthi") is not None
    assert seen["next"].name == "Bayu Krisnamurthi"  # "Bayu" now names a known source


def test_enter_on_a_labeled_sentence_goes_on_without_changing_it(seeded_db, db_path):
    ids = queue(seeded_db)
    set_annotation(seeded_db, ids[0], "alice", label="denial", source="Kremlin")
    seen = {}

    async def scenario(pilot):
        await pilot.press("k")  # back to the labeled first sentence
        seen["on"] = pilot.app.screen.sentence.id
        await pilot.press("enter")
        seen["at"] = pilot.app.screen.sentence.id

    drive(db_path, scenario)
    assert seen["on"] == ids[0]
    assert saved(seeded_db, ids[0]) == ("denial", "Kremlin", "medium", None)
    assert seen["at"] == ids[1]


def test_footer_and_help_show_enter(seeded_db, db_path):
    seen = {}

    async def scenario(pilot):
        seen["footer"] = await shown(pilot)
        await pilot.press("question_mark")
        seen["help"] = await shown(pilot)

    drive(db_path, scenario)
    assert "accept" in seen["footer"].splitlines()[-1]
    assert any("enter" in line and "accept the proposal shown" in line
               for line in seen["help"].splitlines())


def test_undo_after_a_relabel_restores_the_accepted_flag(db, db_path):
    ids = add_document(db, "d1", [
        "Pejabat AS menuduh Korea Utara mengirim senjata ke Rusia.",
        "Moskow menandatangani pakta pertahanan dengan Pyongyang.",
    ])
    seen = {}

    async def scenario(pilot):
        await pilot.press("enter")  # accept the proposal on the first sentence
        seen["accepted"] = saved(db, ids[0])
        await pilot.press("k")  # back to it
        await pilot.press("c")  # relabel: now the reviewer's own
        seen["relabeled"] = saved(db, ids[0])
        await pilot.press("u")  # undo the relabel
        seen["undone"] = saved(db, ids[0])
        seen["text"] = await shown(pilot)

    drive(db_path, scenario)
    assert seen["accepted"] == ("accusation", "Pejabat AS", "high", "cues")
    assert seen["relabeled"][0] == "claim" and seen["relabeled"][3] is None
    assert seen["undone"] == seen["accepted"]
