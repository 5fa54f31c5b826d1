"""`annotator assign`: plans with overlap, rebalancing, queues that follow the assignment,
stats, and assignments travelling through export/import and merge."""

from __future__ import annotations

import json
import shutil

from click.testing import CliRunner
from support.corpus import queue

from annotator.cli import main
from annotator.db.connection import open_db
from annotator.domain import assignments as A
from annotator.domain import navigation as nav
from annotator.domain.annotations import set_annotation


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def assigned(db, reviewer):
    return {sid for (sid,) in db.execute(
        "SELECT sentence_id FROM assignments WHERE reviewer = ?", [reviewer])}


def test_two_reviewers_per_document_covers_every_sentence_twice_evenly(seeded_db):
    plan = A.make_plan(seeded_db, ["ana", "budi", "cici"], per_document=2)
    A.apply_plan(seeded_db, plan, "lead")
    every = queue(seeded_db)
    per_sentence = dict(seeded_db.execute(
        "SELECT sentence_id, count(*) FROM assignments GROUP BY sentence_id").fetchall())
    assert set(per_sentence) == set(every) and set(per_sentence.values()) == {2}
    # a document goes whole to its reviewers
    for doc_id, reviewers in seeded_db.execute(
            "SELECT doc_id, count(DISTINCT reviewer) FROM assignments GROUP BY doc_id"):
        assert reviewers == 2, doc_id
    loads = [len(assigned(seeded_db, r)) for r in ("ana", "budi", "cici")]
    assert sum(loads) == 2 * len(every)
    assert max(loads) - min(loads) <= 16  # no reviewer gets more than a document extra


def test_a_share_of_sentences_double_labeled(seeded_db):
    plan = A.make_plan(seeded_db, ["ana", "budi", "cici"], overlap=A.parse_share("20%"))
    every = queue(seeded_db)
    doubled = [sid for sid, who in plan.assign.items() if len(who) == 2]
    assert len(doubled) == round(len(every) * 0.2)
    assert all(len(set(who)) == len(who) for who in plan.assign.values())
    # deterministic: the same rule gives the same plan
    again = A.make_plan(seeded_db, ["ana", "budi", "cici"], overlap=0.2)
    assert again.assign == plan.assign


def test_bad_rules_are_refused_in_one_line(seeded_db, db_path):
    result = run("assign", "make", "--db", db_path, "ana", "--per-document", "2")
    assert result.exit_code == 1
    assert "2 reviewers per document needs 2 reviewers" in result.output
    result = run("assign", "make", "--db", db_path, "ana", "budi", "--overlap", "150%")
    assert result.exit_code == 1 and "between 0% and 100%" in result.output
    assert seeded_db.execute("SELECT count(*) FROM assignments").fetchone()[0] == 0


def test_cli_make_shows_the_plan_and_saves_it_dry_run_does_not(seeded_db, db_path):
    result = run("assign", "make", "--db", db_path, "ana,budi", "cici", "--per-document", "2",
                 "--dry-run")
    assert result.exit_code == 0, result.output
    assert "Per reviewer" in result.output and "cici" in result.output
    assert seeded_db.execute("SELECT count(*) FROM assignments").fetchone()[0] == 0
    result = run("assign", "make", "--db", db_path, "ana", "budi", "cici",
                 "--per-document", "2", "--json")
    assert result.exit_code == 0, result.output
    plan = json.loads(result.output)
    assert plan["added"] == 2 * len(queue(seeded_db))
    assert {r["reviewer"] for r in plan["reviewers"]} == {"ana", "budi", "cici"}
    shown = run("assign", "show", "--db", db_path, "--json")
    figures = {r["reviewer"]: r for r in json.loads(shown.output)["reviewers"]}
    assert sum(f["assigned"] for f in figures.values()) == 2 * len(queue(seeded_db))
    assert all(f["done"] == 0 and f["remaining"] == f["assigned"] for f in figures.values())


def test_plain_table_when_piped(seeded_db, db_path):
    run("assign", "make", "--db", db_path, "ana", "budi", "--per-document", "2")
    result = run("assign", "show", "--db", db_path)
    lines = result.output.splitlines()
    assert "# Per reviewer" in lines
    header = lines.index("reviewer\tdocuments\tassigned\tdone\tremaining")
    assert lines[header + 1].split("\t")[0] == "ana"
    assert not any(ch in result.output for ch in "┃│━")


def test_queue_n_and_progress_follow_the_assignment(seeded_db):
    docs = [d for d, _ in nav.document_titles(seeded_db)]
    A.assign_documents(seeded_db, [docs[1]], "ana", "lead")
    mine = [sid for sid in queue(seeded_db) if sid in assigned(seeded_db, "ana")]
    first = nav.first_unlabeled(seeded_db, "ana", assigned=True)
    assert first.id == mine[0]
    assert nav.first_unlabeled(seeded_db, "ana").id == queue(seeded_db)[0]  # everything
    set_annotation(seeded_db, mine[0], "ana", label="claim")
    following = nav.next_unlabeled(seeded_db, "ana", first, assigned=True)
    assert following.id == mine[1]
    # labeling outside the assignment does not count toward its progress
    set_annotation(seeded_db, queue(seeded_db)[0], "ana", label="claim")
    presented, labeled, _ = nav.progress_snapshot(seeded_db, "ana", assigned=True)
    assert (presented, labeled) == (len(mine), 1)
    for sid in mine[1:]:
        set_annotation(seeded_db, sid, "ana", label="context")
    last = nav.get_sentence(seeded_db, mine[-1])
    assert nav.next_unlabeled(seeded_db, "ana", last, assigned=True) is None
    assert nav.next_unlabeled(seeded_db, "ana", last) is not None


def test_rebalance_hands_remaining_work_on_and_keeps_done_work(seeded_db, db_path):
    A.apply_plan(seeded_db, A.make_plan(seeded_db, ["ana", "budi", "cici"], per_document=2),
                 "lead")
    cici = sorted(assigned(seeded_db, "cici"))
    done = cici[:3]
    for sid in done:
        set_annotation(seeded_db, sid, "cici", label="claim")
    result = run("assign", "rebalance", "--db", db_path, "ana",
                 "budi", "dedi", "--json")
    assert result.exit_code == 0, result.output
    assert assigned(seeded_db, "cici") == set(done)  # what cici did stays hers
    every = queue(seeded_db)
    counts = dict(seeded_db.execute(
        "SELECT sentence_id, count(*) FROM assignments GROUP BY sentence_id").fetchall())
    assert all(counts[sid] == 2 for sid in every)  # the overlap is kept
    remaining = {f["reviewer"]: f["remaining"] for f in json.loads(result.output)["reviewers"]}
    assert remaining["cici"] == 0 and remaining["dedi"] > 0
    loads = [remaining[r] for r in ("ana", "budi", "dedi")]
    assert max(loads) - min(loads) <= 16


def test_stats_show_assigned_done_remaining(seeded_db, db_path):
    A.assign_documents(seeded_db, [nav.document_titles(seeded_db)[0][0]], "ana", "lead")
    mine = sorted(assigned(seeded_db, "ana"))
    set_annotation(seeded_db, mine[0], "ana", label="claim")
    figures = json.loads(run("stats", "--db", db_path, "--json").output)
    assert figures["assignments"] == [{"reviewer": "ana", "documents": 1,
                                       "assigned": len(mine), "done": 1,
                                       "remaining": len(mine) - 1}]
    table = run("stats", "--db", db_path).output
    assert f"ana\t1\t{len(mine)}\t1\t{len(mine) - 1}" in table


def test_assignments_travel_through_export_and_import(seeded_db, db_path, seeded_copy,
                                                      tmp_path):
    A.apply_plan(seeded_db, A.make_plan(seeded_db, ["ana", "budi"], per_document=2), "lead")
    out = tmp_path / "all.jsonl"
    assert run("export", "--db", db_path, "--all", "-o", out).exit_code == 0
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert all(r["assigned"] == ["ana", "budi"] for r in records)
    other = seeded_copy("other.db")
    result = run("import", "--db", other, out)
    assert result.exit_code == 0, result.output
    theirs = open_db(other)
    try:
        assert assigned(theirs, "ana") == assigned(seeded_db, "ana")
        assert nav.first_unlabeled(theirs, "ana", assigned=True) is not None
    finally:
        theirs.close()
    assert "0 assignments" not in run("import", "--db", other, out).output  # idempotent


def test_a_plan_travels_through_an_export_without_all(seeded_db, db_path, seeded_copy,
                                                      tmp_path):
    """The default export (labeled sentences) also carries the sentences assigned but not
    labeled yet, so the whole plan arrives; --gold-only stays the settled set."""
    A.apply_plan(seeded_db, A.make_plan(seeded_db, ["ana", "budi"], per_document=1), "lead")
    ids = queue(seeded_db)
    set_annotation(seeded_db, ids[0], "ana", label="claim")
    out = tmp_path / "labels.jsonl"
    assert run("export", "--db", db_path, "-o", out).exit_code == 0
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(records) == len(ids)  # every sentence is somebody's
    assert sum(r["status"] == "unlabeled" for r in records) == len(ids) - 1
    mine = run("export", "--db", db_path, "--reviewer", "budi", "-o", "-").stdout
    assert {r["id"] for r in map(json.loads, mine.splitlines())} == assigned(seeded_db, "budi")
    set_annotation(seeded_db, ids[0], "budi", label="claim")  # agreed: settled
    gold_only = run("export", "--db", db_path, "--gold-only", "-o", "-").stdout
    assert [json.loads(line)["id"] for line in gold_only.splitlines()] == [ids[0]]
    other = seeded_copy("other.db")
    assert run("import", "--db", other, out).exit_code == 0
    theirs = open_db(other)
    try:
        for reviewer in ("ana", "budi"):
            assert assigned(theirs, reviewer) == assigned(seeded_db, reviewer)
    finally:
        theirs.close()


def test_assignments_travel_through_merge_and_removals_stay_removed(seeded_db, db_path,
                                                                  tmp_path):
    A.apply_plan(seeded_db, A.make_plan(seeded_db, ["ana", "budi"], per_document=1), "lead")
    seeded_db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    reviewer_copy = tmp_path / "ana.db"
    shutil.copyfile(db_path, reviewer_copy)  # the lead hands ana a copy
    lead_fresh = tmp_path / "lead.db"
    shutil.copyfile(db_path, lead_fresh)
    ana = open_db(reviewer_copy)
    first = nav.first_unlabeled(ana, "ana", assigned=True)
    set_annotation(ana, first.id, "ana", label="claim")
    ana.close()
    # meanwhile the lead moves budi's work to cici
    A.rebalance(seeded_db, ["ana", "cici"], "lead")
    budi_before = assigned(seeded_db, "budi")
    result = run("merge", "--db", db_path, reviewer_copy)
    assert result.exit_code == 0, result.output
    assert assigned(seeded_db, "budi") == budi_before  # not brought back by the old copy
    # a database without assignments gets them from a merge
    fresh = open_db(tmp_path / "empty.db")
    fresh.close()
    result = run("merge", "--db", tmp_path / "empty.db", db_path)
    assert result.exit_code == 0, result.output
    merged = open_db(tmp_path / "empty.db")
    try:
        assert assigned(merged, "cici") == assigned(seeded_db, "cici")
    finally:
        merged.close()


def test_reviewers_with_an_assignment_do_not_see_each_others_labels(seeded_db):
    from annotator.domain.disputes import sentence_label
    from annotator.domain.suggest import evidence

    every = queue(seeded_db)
    set_annotation(seeded_db, every[0], "budi", label="accusation", source="Pejabat AS")
    assert sentence_label(seeded_db, every[0], "alice")["label"] == "accusation"  # no team yet
    A.assign_documents(seeded_db, [nav.document_titles(seeded_db)[0][0]], "alice", "lead")
    assert sentence_label(seeded_db, every[0], "alice")["label"] is None
    assert evidence.labels(seeded_db, [every[0]], "alice") == {}
    set_annotation(seeded_db, every[0], "alice", label="claim")
    assert sentence_label(seeded_db, every[0], "alice")["label"] == "claim"


def test_clearing_a_reviewer_without_an_assignment_is_one_line_and_changes_nothing(
        seeded_db, db_path):
    """`assign clear nobody` (a typo, or someone never assigned) said "removed 0" and exited
    0, as if it had done what was asked."""
    assert run("assign", "make", "--db", db_path, "ana", "budi").exit_code == 0
    before = seeded_db.execute("SELECT count(*) FROM assignments").fetchone()[0]
    result = run("assign", "clear", "--db", db_path, "ana", "nobody")
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert lines == ["annotator: error: no assignment to clear for nobody (reviewers with one: "
                     "ana, budi)"], lines
    assert seeded_db.execute("SELECT count(*) FROM assignments").fetchone()[0] == before
    # known names, one comma-separated list: cleared
    result = run("assign", "clear", "--db", db_path, "ana,budi")
    assert result.exit_code == 0, result.output
    assert f"removed {before} sentence assignment(s)" in result.output
    assert seeded_db.execute("SELECT count(*) FROM assignments").fetchone()[0] == 0
