"""The dispute model: create, link with roles, change, unlink, retitle, show, history, undo."""

from __future__ import annotations

import pytest
from support.corpus import add_document
from support.engines import sqlite_only

from annotator.db.connection import open_db
from annotator.db.migrations import migrations
from annotator.domain import disputes
from annotator.domain.annotations import set_annotation
from annotator.domain.disputes import DisputeError

pytestmark = pytest.mark.both_engines  # db_path, db, seeded_db: SQLite and PostgreSQL


@pytest.fixture
def corpus(db):
    a = add_document(db, "doca", ["Pejabat AS menuduh Korea Utara mengirim senjata ke Rusia.",
                                  "Kementerian luar negeri Korea Utara menolak tuduhan itu."],
                     title="Korut kirim senjata", outlet="CNN Indonesia",
                     published="2023-09-10", ordinal=0)
    b = add_document(db, "docb", ["Peskov mengatakan tuduhan Barat itu tidak disertai bukti."],
                     title="Kremlin membantah", outlet="Kompas", published="2023-09-12",
                     ordinal=1)
    return db, a, b


def test_create_link_show_groups_members_by_role(corpus):
    db, a, b = corpus
    d = disputes.create_dispute(db, "  Korea Utara memasok senjata ke Rusia ", "ana")
    assert len(d["id"]) == 32 and d["title"] == "Korea Utara memasok senjata ke Rusia"
    set_annotation(db, a[0], "ana", label="accusation", source="Pejabat AS")
    disputes.link(db, d["id"], a[0], "ana", "alleges")
    disputes.link(db, d["id"], a[1], "ana", "denies")
    disputes.link(db, d["id"], b[0], "ana", "denies")
    disputes.link(db, d["id"], b[0], "budi", "denies")

    shown = disputes.show(db, d["id"])
    assert [m["sentence_id"] for m in shown["members"]["alleges"]] == [a[0]]
    assert [m["sentence_id"] for m in shown["members"]["denies"]] == [a[1], b[0]]
    assert shown["members"]["supports"] == [] and shown["members"]["context"] == []
    first = shown["members"]["alleges"][0]
    assert first["label"] == "accusation" and first["source"] == "Pejabat AS"
    assert first["doc_title"] == "Korut kirim senjata" and first["outlet"] == "CNN Indonesia"
    assert first["published"] == "2023-09-10"
    assert shown["members"]["denies"][1]["reviewers"] == ["ana", "budi"]
    assert shown["documents"] == 2 and shown["sentences"] == 3

    listed = disputes.list_disputes(db)
    assert listed[0]["roles"] == {"alleges": 1, "denies": 2, "supports": 0, "context": 0}
    assert listed[0]["documents"] == 2
    assert disputes.disputes_of(db, b[0])[0]["reviewers"] == ["ana", "budi"]
    assert disputes.disputes_of(db, b[0], "budi")[0]["role"] == "denies"


def test_a_sentence_may_be_in_several_disputes_and_change_role(corpus):
    db, a, _ = corpus
    d1 = disputes.create_dispute(db, "Korut memasok senjata", "ana")
    d2 = disputes.create_dispute(db, "Korut melanggar sanksi PBB", "ana")
    disputes.link(db, d1["id"], a[0], "ana", "alleges")
    disputes.link(db, d2["id"], a[0], "ana", "context")
    assert {x["title"] for x in disputes.disputes_of(db, a[0])} == {
        "Korut memasok senjata", "Korut melanggar sanksi PBB"}
    disputes.set_role(db, d2["id"], a[0], "ana", "supports")
    assert [x["role"] for x in disputes.disputes_of(db, a[0]) if x["id"] == d2["id"]] == [
        "supports"]
    hist = disputes.history(db, d2["id"])
    assert [h["action"] for h in hist] == ["create", "link", "role"]
    assert hist[-1]["prev_role"] == "context" and hist[-1]["role"] == "supports"
    assert all(len(h["change_id"]) == 32 for h in hist)


def test_unlink_retitle_and_history_keep_previous_values(corpus):
    db, a, _ = corpus
    d = disputes.create_dispute(db, "Senjata", "ana")
    disputes.link(db, d["id"], a[0], "ana", "alleges")
    assert disputes.unlink(db, d["id"], a[0], "ana") is True
    assert disputes.unlink(db, d["id"], a[0], "ana") is False
    disputes.retitle(db, d["id"], "Korut mengirim senjata ke Rusia", "budi")
    assert disputes.get_dispute(db, d["id"])["title"] == "Korut mengirim senjata ke Rusia"
    hist = disputes.history(db, d["id"])
    assert [(h["action"], h["prev_role"], h["prev_title"]) for h in hist] == [
        ("create", None, None), ("link", None, None), ("unlink", "alleges", None),
        ("retitle", None, "Senjata")]


def test_undo_reverts_only_this_reviewers_last_change_in_order(corpus):
    db, a, b = corpus
    d = disputes.create_dispute(db, "Senjata", "ana")
    disputes.link(db, d["id"], a[0], "ana", "alleges")
    disputes.link(db, d["id"], a[0], "ana", "supports")  # role change
    disputes.link(db, d["id"], b[0], "budi", "denies")
    disputes.unlink(db, d["id"], a[0], "ana")
    disputes.retitle(db, d["id"], "Korut memasok senjata", "ana")

    assert disputes.undo_last(db, "ana")["title"] == "Senjata"
    assert disputes.get_dispute(db, d["id"])["title"] == "Senjata"
    assert disputes.undo_last(db, "ana")["role"] == "supports"  # unlink undone
    assert disputes.disputes_of(db, a[0], "ana")[0]["role"] == "supports"
    assert disputes.undo_last(db, "ana")["role"] == "alleges"  # role change undone
    assert disputes.undo_last(db, "ana")["role"] is None  # link undone
    assert disputes.disputes_of(db, a[0]) == []
    # budi's link is untouched, so ana cannot undo creating a dispute budi uses
    with pytest.raises(DisputeError, match="other reviewers"):
        disputes.undo_last(db, "ana")
    assert disputes.undo_last(db, "budi")["sentence_id"] == b[0]
    assert disputes.undo_last(db, "ana")["action"] == "create"
    assert disputes.get_dispute(db, d["id"]) is None
    assert disputes.undo_last(db, "ana") is None
    actions = [r[0] for r in db.execute(
        "SELECT action FROM dispute_history WHERE dispute_id = ? ORDER BY rowid", [d["id"]])]
    assert actions.count("undo") == 6 and len(actions) == 12  # nothing is ever deleted


def test_bad_input_is_refused_and_changes_nothing(corpus):
    db, a, _ = corpus
    d = disputes.create_dispute(db, "Senjata", "ana")
    before = db.execute("SELECT count(*) FROM dispute_history").fetchone()[0]
    with pytest.raises(DisputeError, match="unknown role"):
        disputes.link(db, d["id"], a[0], "ana", "accuses")
    with pytest.raises(DisputeError, match="no sentence"):
        disputes.link(db, d["id"], "nope", "ana", "alleges")
    with pytest.raises(DisputeError, match="no dispute"):
        disputes.link(db, "0" * 32, a[0], "ana", "alleges")
    with pytest.raises(DisputeError, match="needs a title"):
        disputes.create_dispute(db, "   ", "ana")
    with pytest.raises(DisputeError, match="not in dispute"):
        disputes.set_role(db, d["id"], a[0], "ana", "denies")
    assert db.execute("SELECT count(*) FROM dispute_history").fetchone()[0] == before
    assert db.execute("SELECT count(*) FROM dispute_members").fetchone()[0] == 0


def test_ids_resolve_from_a_unique_prefix(corpus):
    db, a, _ = corpus
    d = disputes.create_dispute(db, "Senjata", "ana")
    assert disputes.resolve_dispute_id(db, d["id"][:8]) == d["id"]
    assert disputes.resolve_sentence_id(db, a[0][:10]) == a[0]
    with pytest.raises(DisputeError, match="no dispute"):
        disputes.resolve_dispute_id(db, "zzzz")


@sqlite_only("an old SQLite file's upgrade")
def test_database_from_before_disputes_upgrades_in_place(db_path):
    from sqlite_utils import Database

    db = Database(db_path)
    migrations.apply(db, stop_before="0002_disputes")
    assert "disputes" not in db.table_names()
    ids = add_document(db, "old", ["Pejabat AS menuduh Korea Utara.", "Korut menolak."])
    # the row as that version wrote it (today's code writes columns it did not have yet)
    db["annotations"].insert({"sentence_id": ids[0], "reviewer": "ana", "label": "accusation",
                              "confidence": "medium", "created_at": "2025-01-01T00:00:00Z",
                              "updated_at": "2025-01-01T00:00:00Z"})
    db.close()

    upgraded = open_db(db_path)
    names = set(upgraded.table_names())
    assert {"disputes", "dispute_members", "dispute_history", "gold"} <= names
    assert upgraded.execute("SELECT count(*) FROM sentences").fetchone()[0] == 2
    assert upgraded.execute("SELECT label FROM annotations").fetchone()[0] == "accusation"
    d = disputes.create_dispute(upgraded, "Korut", "ana")
    disputes.link(upgraded, d["id"], ids[0], "ana", "alleges")
    assert disputes.show(upgraded, d["id"])["members"]["alleges"][0]["label"] == "accusation"
    upgraded.close()


def test_an_ambiguous_prefix_asks_for_more(corpus):
    db, _, _ = corpus
    first = disputes.create_dispute(db, "Satu", "ana", dispute_id="ab" + "1" * 30)
    disputes.create_dispute(db, "Dua", "ana", dispute_id="ab" + "2" * 30)
    with pytest.raises(DisputeError, match="ambiguous"):
        disputes.resolve_dispute_id(db, "ab")
    assert disputes.resolve_dispute_id(db, "ab1") == first["id"]
    assert disputes.resolve_dispute_id(db, first["id"].upper()) == first["id"]


def test_a_sentence_can_be_named_by_its_words(corpus):
    db, a, b = corpus
    assert disputes.resolve_sentence_id(db, "Pejabat AS menuduh") == a[0]
    assert disputes.resolve_sentence_id(db, "tidak disertai bukti") == b[0]
    with pytest.raises(DisputeError, match="2 sentences contain 'Korea Utara'"):
        disputes.resolve_sentence_id(db, "Korea Utara")
    with pytest.raises(DisputeError, match="no sentence with id"):
        disputes.resolve_sentence_id(db, 'menuduh" OR "menolak')
