"""Folding duplicate disputes (`annotator disputes merge KEEP DROP`): links move, the newer
role wins, the history keeps everything, undo puts both back, and `annotator merge` names the
duplicates it brought together."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys

import pytest
from click.testing import CliRunner
from support.corpus import add_document

from annotator.cli import main
from annotator.db.connection import open_db
from annotator.domain import annotations as labels
from annotator.domain import disputes
from annotator.domain.disputes import DisputeError

TITLE = "North Korea supplies arms to Russia"
TABLES = ("documents", "sentences", "sources", "source_aliases", "annotations",
          "annotation_history", "disputes", "dispute_members", "dispute_history", "gold",
          "gold_history")


def dump(db) -> dict[str, list]:
    """Every row of every table, sorted: equal dumps mean nothing changed."""
    return {t: sorted(map(repr, db.execute(f"SELECT * FROM {t}"))) for t in TABLES}


def links(db, dispute_id: str) -> set[tuple[str, str, str]]:
    return set(db.execute("SELECT sentence_id, reviewer, role FROM dispute_members "
                          "WHERE dispute_id = ?", [dispute_id]).fetchall())


@pytest.fixture
def corpus(db):
    a = add_document(db, "doca", ["Pejabat AS menuduh Korea Utara mengirim senjata ke Rusia.",
                                  "Kementerian luar negeri Korea Utara menolak tuduhan itu.",
                                  "Gedung Putih mengatakan senjata itu dipakai di Ukraina."],
                     title="Korut kirim senjata", outlet="CNN Indonesia",
                     published="2023-09-10", ordinal=0)
    b = add_document(db, "docb", ["Peskov mengatakan tuduhan Barat itu tidak disertai bukti.",
                                  "Kremlin menyebut laporan itu tidak berdasar."],
                     title="Kremlin membantah", outlet="Kompas", published="2023-09-12",
                     ordinal=1)
    return db, a + b


@pytest.fixture
def pair(corpus):
    """Two disputes on one proposition: ana's (KEEP) and budi's (DROP), overlapping on s[0]
    (same role for ana in both) and s[1] (budi: context in KEEP, then denies in DROP)."""
    db, s = corpus
    keep = disputes.create_dispute(db, TITLE, "ana")["id"]
    drop = disputes.create_dispute(db, "north korea  SUPPLIES arms to russia", "budi")["id"]
    disputes.link(db, keep, s[0], "ana", "alleges")
    disputes.link(db, keep, s[1], "budi", "context")
    disputes.link(db, drop, s[0], "ana", "alleges")
    disputes.link(db, drop, s[1], "budi", "denies")  # newer than budi's link in KEEP
    disputes.link(db, drop, s[3], "budi", "denies")
    disputes.link(db, drop, s[4], "budi", "denies")
    return db, s, keep, drop


def test_merge_moves_every_link_and_deletes_the_dropped_dispute(pair):
    db, s, keep, drop = pair
    labels.set_annotation(db, s[0], "ana", label="accusation")
    before = dump(db)
    result = disputes.merge_disputes(db, keep[:6], drop[:6], "lead")  # prefixes work
    assert result["keep"] == keep and result["drop"] == drop
    assert (result["moved"], result["replaced"], result["kept"], result["same"]) == (2, 1, 0, 1)
    assert links(db, keep) == {(s[0], "ana", "alleges"), (s[1], "budi", "denies"),
                               (s[3], "budi", "denies"), (s[4], "budi", "denies")}
    assert disputes.get_dispute(db, drop) is None and links(db, drop) == set()
    assert disputes.show(db, keep)["documents"] == 2
    after = dump(db)
    for table in ("documents", "sentences", "annotations", "annotation_history", "gold",
                  "gold_history", "sources"):
        assert after[table] == before[table], table  # nothing but disputes changes
    # the dropped dispute's history stays, and gains the fold
    actions = [h["action"] for h in disputes.history(db, drop)]
    assert actions[:5] == ["create", "link", "link", "link", "link"]
    assert actions[5:] == ["merged", "merge-out", "merge-out", "merge-out", "merge-out"]
    assert result["history"] == 2 + 3 + 4  # two headers, 3 changes in KEEP, 4 links out


def test_the_newer_link_wins_and_the_other_role_stays_in_the_history(pair):
    db, s, keep, drop = pair
    disputes.link(db, keep, s[3], "budi", "supports")  # now newer than budi's DROP link
    result = disputes.merge_disputes(db, keep, drop, "lead")
    assert result["kept"] == 1 and result["replaced"] == 1
    current = {(sid, who): role for sid, who, role in links(db, keep)}
    assert current[(s[3], "budi")] == "supports"  # KEEP's was newer
    assert current[(s[1], "budi")] == "denies"  # DROP's was newer
    hist = disputes.history(db, keep)
    merge_in = {h["sentence_id"]: (h["role"], h["prev_role"], h["reviewer"])
                for h in hist if h["action"] == "merge-in"}
    assert merge_in[s[1]] == ("denies", "context", "budi")  # KEEP's old role kept
    assert s[3] not in merge_in
    out = {h["sentence_id"]: h["prev_role"] for h in disputes.history(db, drop)
           if h["action"] == "merge-out"}
    assert out[s[3]] == "denies"  # the losing role of DROP is in the history
    header = [h for h in hist if h["action"] == "merge"][0]
    assert header["reviewer"] == "lead" and header["title"] == TITLE
    assert header["prev_title"] == "north korea SUPPLIES arms to russia"
    ids = [h["change_id"] for h in hist + disputes.history(db, drop)]
    assert len(set(ids)) == len(ids)
    assert len({h["at"] for h in hist if h["action"].startswith("merge")}) == 1


@pytest.mark.parametrize("keep_given, drop_given, message", [
    ("KEEP", "KEEP", "with itself"),
    ("KEEP", "0000", "no dispute with id 0000"),
    ("ffff", "DROP", "no dispute with id ffff"),
    ("", "DROP", "no dispute id given"),
])
def test_refusals_leave_the_database_as_it_was(pair, keep_given, drop_given, message):
    db, _, keep, drop = pair
    names = {"KEEP": keep, "DROP": drop}
    before = dump(db)
    with pytest.raises(DisputeError, match=message):
        disputes.merge_disputes(db, names.get(keep_given, keep_given),
                                names.get(drop_given, drop_given), "lead")
    assert dump(db) == before


def test_an_ambiguous_prefix_is_refused(corpus):
    db, _ = corpus
    made = [disputes.create_dispute(db, TITLE, "ana")["id"] for _ in range(40)]
    by_first = {}
    for dispute_id in made:
        by_first.setdefault(dispute_id[0], []).append(dispute_id)
    shared = next(ids for ids in by_first.values() if len(ids) > 1)  # 40 ids, 16 letters
    before = dump(db)
    with pytest.raises(DisputeError, match="ambiguous"):
        disputes.merge_disputes(db, shared[0][0], shared[1], "lead")
    assert dump(db) == before


def test_undo_by_the_lead_puts_both_disputes_back(pair):
    db, s, keep, drop = pair
    keep_links, drop_links = links(db, keep), links(db, drop)
    created = disputes.get_dispute(db, drop)
    disputes.merge_disputes(db, keep, drop, "lead")
    # the reviewers whose links moved cannot undo a piece of the lead's fold, nor (before
    # the lead undoes it) their own earlier link that the fold changed
    before = dump(db)
    with pytest.raises(DisputeError, match="merging a duplicate dispute into it"):
        disputes.undo_last(db, "budi")
    assert dump(db) == before
    undone = disputes.undo_last(db, "lead")
    assert undone["action"] == "merge" and undone["dispute_id"] == keep
    assert undone["title"] == created["title"]
    assert links(db, keep) == keep_links and links(db, drop) == drop_links
    back = disputes.get_dispute(db, drop)
    assert (back["title"], back["created_by"]) == (created["title"], "budi")
    assert disputes.undo_last(db, "lead") is None
    # every row of the fold is marked undone; nothing was deleted from the history
    rows = db.execute("SELECT change_id FROM dispute_history WHERE action LIKE 'merge%'")
    folded = {r[0] for r in rows}
    undone_ids = {r[0] for r in db.execute(
        "SELECT undoes FROM dispute_history WHERE action = 'undo'")}
    assert folded and folded <= undone_ids
    # budi's own changes are his to undo again once his dispute is back
    assert disputes.undo_last(db, "budi")["sentence_id"] == s[4]
    # and the fold can be made again
    assert disputes.merge_disputes(db, keep, drop, "lead")["moved"] == 1


def test_undo_is_refused_when_the_kept_links_changed_since(pair):
    db, s, keep, drop = pair
    disputes.merge_disputes(db, keep, drop, "lead")
    disputes.link(db, keep, s[3], "budi", "context")  # budi changes a moved link
    before = dump(db)
    with pytest.raises(DisputeError, match="changed since"):
        disputes.undo_last(db, "lead")
    assert dump(db) == before


def test_undo_after_a_merge_skips_changes_in_the_dropped_dispute(pair):
    """budi's own last changes were in the dropped dispute: `u` must not get stuck on them."""
    db, s, keep, drop = pair
    disputes.link(db, keep, s[2], "budi", "supports")
    disputes.merge_disputes(db, keep, drop, "lead")
    assert disputes.last_change_at(db, "budi") is not None
    undone = disputes.undo_last(db, "budi")
    assert (undone["dispute_id"], undone["sentence_id"]) == (keep, s[2])


def test_duplicate_groups_ignore_case_and_spacing(pair):
    db, _, keep, drop = pair
    other = disputes.create_dispute(db, "Kremlin denies", "ana")["id"]
    groups = disputes.duplicate_groups(db)
    assert [[row["id"] for row in group] for group in groups] == [[keep, drop]]
    disputes.merge_disputes(db, keep, drop, "lead")
    assert disputes.duplicate_groups(db) == []
    assert disputes.get_dispute(db, other) is not None


def test_cli_merge_json_and_text(pair, db_path):
    db, s, keep, drop = pair
    runner = CliRunner()
    bad = runner.invoke(main, ["disputes", "merge", "--db", str(db_path), keep[:8], keep[:8]])
    assert bad.exit_code == 1 and "with itself" in bad.output
    assert len(bad.output.strip().splitlines()) == 1 and "Traceback" not in bad.output
    result = runner.invoke(main, ["disputes", "merge", "--db", str(db_path), "--reviewer",
                                  "lead", "--json", keep[:8], drop[:8]])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert (data["keep"], data["drop"], data["moved"]) == (keep, drop, 2)
    undo = runner.invoke(main, ["disputes", "undo", "--db", str(db_path), "--reviewer", "lead"])
    assert undo.exit_code == 0 and "back with its links" in undo.output
    text = runner.invoke(main, ["disputes", "merge", "--db", str(db_path), "--reviewer",
                                "lead", keep[:8], drop[:8]])
    assert text.exit_code == 0
    assert f"merged {drop}" in text.output and f"into {keep}" in text.output
    assert "2 link(s) moved, 1 took the dropped dispute's newer role" in text.output


def test_cli_shows_control_characters_in_titles_as_symbols(corpus, db_path):
    db, s = corpus
    keep = disputes.create_dispute(db, TITLE, "ana")["id"]
    drop = disputes.create_dispute(db, "Korut senjata", "ana")["id"]
    # a title from another machine's database can hold anything (import and merge copy it)
    db.execute("UPDATE disputes SET title = ? WHERE id = ?",
               ["Korut [bold]x[/bold] \x1b[31mred", drop])
    db.conn.commit()
    result = CliRunner().invoke(main, ["disputes", "merge", "--db", str(db_path), keep, drop])
    assert result.exit_code == 0
    assert "\x1b" not in result.output and "[bold]x[/bold] ␛[31mred" in result.output


def test_export_lists_only_the_kept_dispute(pair, db_path):
    db, s, keep, drop = pair
    disputes.merge_disputes(db, keep, drop, "lead")
    result = CliRunner().invoke(main, ["export", "--db", str(db_path), "--all", "-o", "-"])
    assert result.exit_code == 0, result.output
    records = {}
    for line in result.stdout.splitlines():
        if line.startswith("{"):
            record = json.loads(line)
            records[record["id"]] = record
    for sid in (s[0], s[1], s[3], s[4]):
        assert {d["id"] for d in records[sid]["disputes"]} == {keep}, sid
    assert {d["role"] for d in records[s[1]]["disputes"]} == {"denies"}
    assert all(d["id"] != drop for r in records.values() for d in r["disputes"])


def run(*args: str, env_extra: dict | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "ANNOTATOR_REVIEWER": "lead", **(env_extra or {})}
    return subprocess.run([sys.executable, "-m", "annotator", *args], capture_output=True,
                          text=True, env=env, timeout=120)


def _sentence(db, words: str) -> str:
    return disputes.resolve_sentence_id(db, words)


def test_two_reviewers_merge_then_fold_their_duplicates_end_to_end(tmp_path, seeded_template):
    """Each reviewer starts the same dispute on their own machine; the lead merges both,
    is told about the duplicate, folds it, and sees every member in one dispute."""
    lead_path, budi_path = tmp_path / "lead.db", tmp_path / "budi.db"
    shutil.copy(seeded_template, lead_path)
    shutil.copy(seeded_template, budi_path)
    lead, budi = open_db(lead_path), open_db(budi_path)
    accusation = _sentence(lead, "Pejabat AS menuduh Korea Utara")
    denial = _sentence(lead, "Namun juru bicara Kremlin Dmitry Peskov")
    assert accusation != denial
    ana_id = disputes.create_dispute(lead, TITLE, "ana")["id"]
    disputes.link(lead, ana_id, accusation, "ana", "alleges")
    budi_id = disputes.create_dispute(budi, "north korea supplies arms to  Russia", "budi")["id"]
    disputes.link(budi, budi_id, denial, "budi", "denies")
    lead.close()
    budi.close()

    merged = run("--db", str(lead_path), "merge", str(budi_path))
    assert merged.returncode == 0, merged.stderr
    hint = [line for line in merged.stderr.splitlines() if "disputes titled" in line]
    assert len(hint) == 1
    assert ana_id[:8] in hint[0] and budi_id[:8] in hint[0]
    command = hint[0].split("`")[1]
    assert command == (f"annotator disputes merge --db {lead_path} {ana_id[:8]} "
                       f"{budi_id[:8]}")

    folded = run(*command.split()[1:])  # exactly the command the hint names
    assert folded.returncode == 0, folded.stderr
    assert f"merged {budi_id}" in folded.stdout

    shown = run("--db", str(lead_path), "disputes", "show", ana_id[:8], "--json")
    assert shown.returncode == 0, shown.stderr
    data = json.loads(shown.stdout)
    assert [m["sentence_id"] for m in data["members"]["alleges"]] == [accusation]
    assert [m["sentence_id"] for m in data["members"]["denies"]] == [denial]
    assert data["members"]["denies"][0]["reviewers"] == ["budi"]
    assert data["documents"] == 2
    listed = json.loads(run("--db", str(lead_path), "disputes", "list", "--json").stdout)
    assert [d["id"] for d in listed] == [ana_id]

    # merging budi's database again does not bring his folded dispute back
    before = sqlite3.connect(lead_path)
    history_rows = before.execute("SELECT count(*) FROM dispute_history").fetchone()[0]
    before.close()
    again = run("--db", str(lead_path), "merge", str(budi_path))
    assert again.returncode == 0, again.stderr
    assert "disputes titled" not in again.stderr
    listed = json.loads(run("--db", str(lead_path), "disputes", "list", "--json").stdout)
    assert [d["id"] for d in listed] == [ana_id]
    check = sqlite3.connect(lead_path)
    try:
        assert check.execute("SELECT count(*) FROM dispute_members WHERE dispute_id = ?",
                             [budi_id]).fetchone()[0] == 0
        assert check.execute("SELECT count(*) FROM dispute_history").fetchone()[0] \
            == history_rows
    finally:
        check.close()

    # budi goes on linking in his own copy of the dispute; the next merge folds that in too
    budi = open_db(budi_path)
    later = _sentence(budi, "Ketika ditanya apakah pengiriman senjata telah dilakukan")
    disputes.link(budi, budi_id, later, "budi", "denies")
    budi.close()
    third = CliRunner().invoke(main, ["merge", "--db", str(lead_path), "--json",
                                      str(budi_path)])
    assert third.exit_code == 0, third.output
    assert json.loads(third.stdout)[0]["dispute_links_added"] == 1  # stdout stays JSON
    assert f"folded {budi_id[:8]} into {ana_id[:8]} again" in third.stderr
    lead = open_db(lead_path)
    try:
        assert disputes.get_dispute(lead, budi_id) is None
        assert (later, "budi", "denies") in links(lead, ana_id)
        assert disputes.undo_last(lead, "lead")["action"] == "merge"  # the lead's to undo
    finally:
        lead.close()


def test_no_hint_when_titles_differ(tmp_path, seeded_template):
    lead_path, budi_path = tmp_path / "lead.db", tmp_path / "budi.db"
    shutil.copy(seeded_template, lead_path)
    shutil.copy(seeded_template, budi_path)
    lead, budi = open_db(lead_path), open_db(budi_path)
    disputes.create_dispute(lead, TITLE, "ana")
    disputes.create_dispute(budi, "Kremlin calls the reports baseless", "budi")
    lead.close()
    budi.close()
    result = CliRunner().invoke(main, ["merge", "--db", str(lead_path), str(budi_path)])
    assert result.exit_code == 0
    assert "disputes titled" not in result.output


def test_fold_again_follows_later_folds_and_respects_undo(pair):
    """A dispute brought back by a merge is folded to where its fold went, even when that
    dispute was folded on in turn; one whose fold was undone is left alone."""
    db, s, keep, drop = pair
    third = disputes.create_dispute(db, "Arms for Russia", "ana")["id"]
    row = disputes.get_dispute(db, drop)
    disputes.merge_disputes(db, keep, drop, "lead")
    disputes.merge_disputes(db, third, keep, "ana")
    # what `annotator merge` does with budi's old database: the row comes back, with a link
    # budi made there after the fold (newer than the fold's history)
    with db.conn:
        db["disputes"].insert(row)
    disputes.link(db, drop, s[2], "budi", "context")
    folded = disputes.fold_again(db)
    assert [(f["keep"], f["drop"], f["moved"]) for f in folded] == [(third, drop, 1)]
    assert (s[2], "budi", "context") in links(db, third)
    assert disputes.get_dispute(db, drop) is None
    assert disputes.fold_again(db) == []

    undone = disputes.undo_last(db, "lead")  # the fold just made again, by lead
    assert undone["action"] == "merge" and disputes.get_dispute(db, drop) is not None
    before = dump(db)
    assert disputes.fold_again(db) == [] and dump(db) == before


def test_two_folds_of_the_same_dispute_are_undone_one_after_the_other(pair):
    """Folded, brought back empty by a merge, folded again by hand: two undos restore it."""
    db, s, keep, drop = pair
    keep_links, drop_links = links(db, keep), links(db, drop)
    row = disputes.get_dispute(db, drop)
    disputes.merge_disputes(db, keep, drop, "lead")
    with db.conn:
        db["disputes"].insert(row)
    assert disputes.merge_disputes(db, keep, drop, "lead")["history"] == 2  # nothing to move
    disputes.undo_last(db, "lead")
    assert disputes.get_dispute(db, drop) is not None and links(db, drop) == set()
    disputes.undo_last(db, "lead")  # the dispute is already back: the first fold's links too
    assert links(db, keep) == keep_links and links(db, drop) == drop_links


def test_list_marks_titles_used_twice(pair, db_path):
    db, _, keep, drop = pair
    other = disputes.create_dispute(db, "Kremlin denies", "ana")["id"]
    runner = CliRunner()
    data = json.loads(runner.invoke(main, ["disputes", "list", "--db", str(db_path),
                                           "--json"]).stdout)
    same = {row["id"]: row["same_title"] for row in data}
    assert same == {keep: [drop], drop: [keep], other: []}
    text = runner.invoke(main, ["disputes", "list", "--db", str(db_path)],
                         env={"COLUMNS": "200"})
    assert f"(same title as {drop[:8]})" in text.output
    disputes.merge_disputes(db, keep, drop, "lead")
    text = runner.invoke(main, ["disputes", "list", "--db", str(db_path)],
                         env={"COLUMNS": "200"})
    assert "same title" not in text.output


def test_subprocess_refusal_is_one_line_and_changes_nothing(pair, db_path):
    db, _, keep, drop = pair
    before = dump(db)
    result = run("--db", str(db_path), "disputes", "merge", drop[:8], "zzzz")
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.strip() == "annotator: error: no dispute with id zzzz"
    assert dump(db) == before
