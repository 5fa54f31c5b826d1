"""The `l` link panel and the dispute view, driven by Pilot on the seeds: from an accusation
the panel leads to the denials in other articles, one key links, N starts a dispute, and the
dispute view shows the whole exchange and jumps to a member."""

from __future__ import annotations

import threading

from support.ui import drive, settle, shown, type_text

import annotator.ui.screens.link as link_module
from annotator.domain import disputes
from annotator.ui.screens.dispute import DisputeScreen
from annotator.ui.screens.label import LabelScreen
from annotator.ui.screens.link import LinkPanel
from annotator.ui.screens.title import TitleScreen

ACCUSATION_000 = "Pejabat AS menuduh Korea Utara mengirim senjata ke Rusia%"
DENIAL_000 = "Kementerian luar negeri Korea Utara menolak tuduhan%"
DENIAL_002 = "Namun juru bicara Kremlin Dmitry Peskov mengatakan tuduhan Barat%"
ACCUSATION_003 = "Peryataan tersebut dirilis sehari setelah Korea Selatan%"
DENIAL_003 = '"Ada banyak laporan seperti itu, semuanya tidak berdasar%'


def sid(db, pattern):
    return db.execute("SELECT id FROM sentences WHERE text LIKE ? AND excluded IS NULL",
                      [pattern]).fetchone()[0]


def label_screen(pilot) -> LabelScreen:
    for screen in pilot.app.screen_stack:
        if isinstance(screen, LabelScreen):
            return screen
    raise AssertionError("no labeling screen")


async def open_panel(pilot, sentence_id) -> LinkPanel:
    label_screen(pilot).show_sentence(sentence_id)
    await pilot.pause()
    await pilot.press("l")
    await settle(pilot)
    assert isinstance(pilot.app.screen, LinkPanel)
    return pilot.app.screen


def test_panel_leads_from_an_accusation_to_the_denials_and_N_starts_a_dispute(
        seeded_db, db_path, monkeypatch):
    accusation = sid(seeded_db, ACCUSATION_000)
    threads = []
    real = link_module.suggest

    def recording(*args, **kwargs):
        threads.append(threading.current_thread() is threading.main_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(link_module, "suggest", recording)
    seen = {}

    async def scenario(pilot):
        panel = await open_panel(pilot, accusation)
        seen["panel"] = await shown(pilot)
        seen["ids"] = list(panel.sentences)
        await pilot.press("N")
        assert isinstance(pilot.app.screen, TitleScreen)
        await type_text(pilot, "Korea Utara memasok senjata ke Rusia")
        await pilot.press("enter")
        await pilot.pause()
        seen["main"] = await shown(pilot)

    drive(db_path, scenario)
    assert threads == [False]  # computed in a worker thread, never on the UI thread
    assert seen["ids"][0] == sid(seeded_db, DENIAL_000)
    assert sid(seeded_db, DENIAL_002) in seen["ids"][:5]
    assert sid(seeded_db, DENIAL_003) in seen["ids"][:10]
    assert "menolak tuduhan" in seen["panel"] and "answers" in seen["panel"]
    assert "role for this sentence: alleges" in seen["panel"]
    [made] = disputes.list_disputes(seeded_db)
    assert made["title"] == "Korea Utara memasok senjata ke Rusia"
    assert disputes.disputes_of(seeded_db, accusation, "alice")[0]["role"] == "alleges"
    assert "started dispute" in seen["main"]
    assert " disputes    Korea Utara memasok senjata ke Rusia (alleges, alice)" in seen["main"]


def test_one_key_adds_a_labeled_denial_to_the_suggested_dispute(seeded_db, db_path):
    accusation, denial = sid(seeded_db, ACCUSATION_000), sid(seeded_db, DENIAL_002)
    d = disputes.create_dispute(seeded_db, "Korea Utara memasok senjata ke Rusia", "alice")
    disputes.link(seeded_db, d["id"], accusation, "alice", "alleges")
    seen = {}

    async def scenario(pilot):
        label_screen(pilot).show_sentence(denial)
        await pilot.press("d")  # label it a denial (moves on)
        panel = await open_panel(pilot, denial)
        seen["panel"] = await shown(pilot)
        seen["first"] = panel.query_one("#link-disputes").get_option_at_index(0).id
        await pilot.press("enter")
        await pilot.pause()
        seen["main"] = await shown(pilot)

    drive(db_path, scenario)
    assert seen["first"] == f"join:{d['id']}"
    assert "role for this sentence: denies (from its label" in seen["panel"]
    assert disputes.disputes_of(seeded_db, denial, "alice")[0]["role"] == "denies"
    assert "linked to dispute" in seen["main"] and "(denies, alice)" in seen["main"]


def test_enter_on_a_suggested_sentence_starts_a_dispute_with_both(seeded_db, db_path):
    accusation, denial = sid(seeded_db, ACCUSATION_003), sid(seeded_db, DENIAL_003)

    async def scenario(pilot):
        panel = await open_panel(pilot, accusation)
        assert list(panel.sentences)[0] == denial
        # no dispute exists yet: the panel opens on the sentences, enter acts at once
        await pilot.press("enter")
        assert isinstance(pilot.app.screen, TitleScreen)
        await type_text(pilot, "Senjata untuk Moskow")
        await pilot.press("enter")
        await pilot.pause()

    drive(db_path, scenario)
    [d] = disputes.list_disputes(seeded_db)
    shown_ = disputes.show(seeded_db, d["id"])
    assert [m["sentence_id"] for m in shown_["members"]["alleges"]] == [accusation]
    assert [m["sentence_id"] for m in shown_["members"]["denies"]] == [denial]


def test_dispute_view_groups_by_role_and_enter_jumps_to_a_member(seeded_db, db_path):
    accusation = sid(seeded_db, ACCUSATION_000)
    d = disputes.create_dispute(seeded_db, "Korea Utara memasok senjata ke Rusia", "alice")
    disputes.link(seeded_db, d["id"], accusation, "alice", "alleges")
    for pattern in (DENIAL_000, DENIAL_002, DENIAL_003):
        disputes.link(seeded_db, d["id"], sid(seeded_db, pattern), "bob", "denies")
    seen = {}

    async def scenario(pilot):
        await open_panel(pilot, sid(seeded_db, DENIAL_002))
        await pilot.press("v")
        await pilot.pause()
        assert isinstance(pilot.app.screen, DisputeScreen)
        seen["view"] = await shown(pilot)
        await pilot.press("down", "enter")  # the first denial (by date)
        await pilot.pause()
        seen["at"] = label_screen(pilot).sentence.id
        seen["top"] = pilot.app.screen

    drive(db_path, scenario, size=(120, 50))
    view = seen["view"]
    assert "alleges (1)" in view and "denies (3)" in view
    assert view.index("alleges (1)") < view.index("denies (3)")
    assert "4 sentences in 3 documents" in view and "linked by bob" in view
    assert "Pejabat AS menuduh" in view and "tidak berdasar" in view
    assert isinstance(seen["top"], LabelScreen)
    first_denial = disputes.show(seeded_db, d["id"])["members"]["denies"][0]  # earliest first
    assert seen["at"] == first_denial["sentence_id"]


def test_u_in_the_panel_undoes_the_last_link(seeded_db, db_path):
    accusation = sid(seeded_db, ACCUSATION_000)
    d = disputes.create_dispute(seeded_db, "Korea Utara memasok senjata ke Rusia", "alice")
    disputes.link(seeded_db, d["id"], sid(seeded_db, DENIAL_000), "bob", "denies")
    seen = {}

    async def scenario(pilot):
        await open_panel(pilot, accusation)
        await pilot.press("enter")  # joins the suggested dispute
        await pilot.pause()
        seen["linked"] = disputes.disputes_of(pilot.app.db, accusation)
        await open_panel(pilot, accusation)
        await pilot.press("u")
        await pilot.pause()
        seen["panel"] = await shown(pilot)

    drive(db_path, scenario)
    assert [x["id"] for x in seen["linked"]] == [d["id"]]
    assert disputes.disputes_of(seeded_db, accusation) == []
    actions = [h["action"] for h in disputes.history(seeded_db, d["id"])]
    assert actions == ["create", "link", "link", "undo"]
    assert "✓ in" not in seen["panel"]


def test_titles_and_text_are_shown_literally(seeded_db, db_path):
    accusation = sid(seeded_db, ACCUSATION_000)
    d = disputes.create_dispute(seeded_db, "[red]Senjata[/red] [bold]", "alice")
    disputes.link(seeded_db, d["id"], accusation, "alice", "alleges")
    seen = {}

    async def scenario(pilot):
        seen["main"] = None
        label_screen(pilot).show_sentence(accusation)
        seen["main"] = await shown(pilot)
        await open_panel(pilot, accusation)
        await pilot.press("v")
        seen["view"] = await shown(pilot)

    drive(db_path, scenario)
    assert "[red]Senjata[/red] [bold]" in seen["main"]
    assert "[red]Senjata[/red] [bold]" in seen["view"]


def test_u_on_the_labeling_screen_undoes_the_newest_change_label_or_link(seeded_db, db_path):
    accusation = sid(seeded_db, ACCUSATION_000)
    d = disputes.create_dispute(seeded_db, "Korea Utara memasok senjata ke Rusia", "bob")
    disputes.link(seeded_db, d["id"], sid(seeded_db, DENIAL_000), "bob", "denies")
    seen = {}

    async def scenario(pilot):
        label_screen(pilot).show_sentence(accusation)
        await pilot.press("a")  # label: accusation (moves on)
        await open_panel(pilot, accusation)
        await pilot.press("enter")  # link it
        await pilot.pause()
        await pilot.press("u")  # undoes the link, not the label
        await pilot.pause()
        seen["after_first"] = (disputes.disputes_of(pilot.app.db, accusation),
                               label_screen(pilot).annotation)
        seen["text"] = await shown(pilot)
        await pilot.press("u")  # then the label
        await pilot.pause()
        seen["after_second"] = label_screen(pilot).annotation

    drive(db_path, scenario)
    links, annotation = seen["after_first"]
    assert links == [] and annotation["label"] == "accusation"
    assert "undone: link in a dispute" in seen["text"]
    assert seen["after_second"] is None


def test_dispute_view_retitles_and_takes_a_link_out(seeded_db, db_path):
    accusation, denial = sid(seeded_db, ACCUSATION_000), sid(seeded_db, DENIAL_000)
    d = disputes.create_dispute(seeded_db, "Senjata", "alice")
    disputes.link(seeded_db, d["id"], accusation, "alice", "alleges")
    disputes.link(seeded_db, d["id"], denial, "alice", "denies")
    seen = {}

    async def scenario(pilot):
        await open_panel(pilot, accusation)
        await pilot.press("v")
        await pilot.pause()
        await pilot.press("t")
        await pilot.press(*["backspace"] * 7)
        await type_text(pilot, "Korut memasok senjata")
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("down", "x")  # the denial
        seen["view"] = await shown(pilot)

    drive(db_path, scenario)
    assert disputes.get_dispute(seeded_db, d["id"])["title"] == "Korut memasok senjata"
    assert disputes.disputes_of(seeded_db, denial) == []
    assert "Korut memasok senjata" in seen["view"] and "denies" not in seen["view"]
