"""The status a save works out at once (migration 0017) against a count from scratch.

After any run of labels, relabels, notes, clears, undos, adjudications, dispute links,
merges and ingests (excluded lines included), the progress tables that ``stats``, the
adjudication queue and the progress line read equal what the status rule in Python
(domain/status.py) gives from every row. And a save writes no progress row it need not.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlite_utils import Database
from support.corpus import add_document, queue
from test_merge_counts import brute_force, kept

from annotator.analysis.stats import count_queue
from annotator.corpus.ingest import ingest_paths
from annotator.db.connection import open_db, write
from annotator.db.migrations import migrations
from annotator.db.progress import count_sentences
from annotator.domain import adjudication
from annotator.domain.annotations import (
    clear_annotation,
    set_annotation,
    undo_last,
    update_annotation,
)
from annotator.domain.disputes.links import link, unlink
from annotator.domain.disputes.records import create_dispute
from annotator.domain.status import resolve
from annotator.sync.merge import merge_databases

pytestmark = pytest.mark.both_engines  # db_path, db, seeded_db: SQLite and PostgreSQL

REVIEWERS = ("ana", "budi", "citra")
# few values, so that reviewers agree often enough for every status to turn up
VALUES = st.tuples(st.sampled_from(("claim", "denial")), st.sampled_from((None, "Kremlin")),
                   st.sampled_from(("low", "high")))
SOURCES = st.sampled_from((None, ["Kremlin", "Reuters"], ["Reuters", "Kremlin"]))
SENTENCES = 8  # the first sentences of the seeds, where every step falls

step = st.one_of(
    st.tuples(st.just("label"), st.integers(0, SENTENCES - 1), st.sampled_from(REVIEWERS),
              VALUES, SOURCES),
    st.tuples(st.just("note"), st.integers(0, SENTENCES - 1), st.sampled_from(REVIEWERS)),
    st.tuples(st.just("clear"), st.integers(0, SENTENCES - 1), st.sampled_from(REVIEWERS)),
    st.tuples(st.just("undo"), st.sampled_from(REVIEWERS)),
    st.tuples(st.just("decide"), st.integers(0, SENTENCES - 1), VALUES),
    st.tuples(st.just("undo decision")),
    st.tuples(st.just("link"), st.integers(0, SENTENCES - 1), st.sampled_from(REVIEWERS),
              st.sampled_from(("alleges", "denies"))),
    st.tuples(st.just("unlink"), st.integers(0, SENTENCES - 1), st.sampled_from(REVIEWERS)),
    st.tuples(st.just("ingest"), st.integers(0, 3)),
)


def from_scratch(db) -> tuple[list[tuple], list[tuple]]:
    """(status rows, per-document figures) worked out in Python from every row."""
    rows: dict[str, list[dict]] = {}
    cursor = db.execute("SELECT * FROM annotations")
    names = [d[0] for d in cursor.description]
    for row in cursor.fetchall():
        record = dict(zip(names, row, strict=True))
        rows.setdefault(record["sentence_id"], []).append(record)
    gold = {sid for (sid,) in db.execute("SELECT sentence_id FROM gold")}
    links: dict[str, list[dict]] = {}
    for sid, who, dispute, role in db.execute(
            "SELECT sentence_id, reviewer, dispute_id, role FROM dispute_members"):
        links.setdefault(sid, []).append({"reviewer": who, "id": dispute, "role": role})
    statuses, documents = [], {}
    for sid, doc, excluded in db.execute("SELECT id, doc_id, excluded FROM sentences"):
        if excluded is not None:
            continue
        counts = documents.setdefault(doc, [0, 0, 0, 0])
        counts[0] += 1
        status, _ = resolve(rows.get(sid, []), {"gold": True} if sid in gold else None,
                            links.get(sid, []))
        if status == "unlabeled":
            continue
        statuses.append((sid, doc, status))
        counts[1] += 1
        counts[2] += status in ("gold", "agreed")
        counts[3] += status == "conflict"
    return sorted(statuses), sorted((doc, *counts) for doc, counts in documents.items())


def kept_progress(db) -> tuple[list[tuple], list[tuple]]:
    return (sorted(db.execute("SELECT sentence_id, doc_id, status FROM progress_sentences")
                   .fetchall()),
            sorted(db.execute("SELECT doc_id, sentences, labeled, settled, conflicts "
                              "FROM progress_documents WHERE sentences > 0 OR labeled > 0")
                   .fetchall()))


def counts(figures: dict) -> dict:
    """Annotations and sentences per label, annotations per reviewer: the rows the live
    triggers left at zero and the newest label time (kept after a clear) left aside."""
    return {"labels": [row for row in figures["labels"] if row[1]],
            "reviewers": [row[:2] for row in figures["reviewers"] if row[1]],
            "accepted": figures["accepted"]}


def same_as_from_scratch(db) -> None:
    statuses, documents = from_scratch(db)
    assert kept_progress(db) == (statuses, documents)
    assert counts(kept(db)) == counts(brute_force(db))
    conflicts = sum(status == "conflict" for *_, status in statuses)
    assert count_queue(db)["open"] == conflicts
    assert db.execute("SELECT count(*) FROM progress_queue").fetchone()[0] == 0


def _ingest(db, tmp_path, n: int) -> None:
    """A news page with chrome (excluded lines), reusing the seeds' first sentence."""
    first = db.execute("SELECT text FROM sentences WHERE excluded IS NULL "
                       "ORDER BY rowid LIMIT 1").fetchone()[0]
    page = tmp_path / f"page{n}.txt"
    page.write_text(f"Baca juga: berita lain\n\nJakarta - Menteri itu membantah tuduhan {n}. "
                    f"{first}\n\nloading...\n", encoding="utf-8")
    ingest_paths(db, [page])


def _run(db, tmp_path, steps) -> None:
    ids = queue(db)[:SENTENCES]
    dispute = create_dispute(db, "Senjata", "ana")["id"]
    for action, *args in steps:
        if action == "label":
            index, who, (label, source, confidence), sources = args
            set_annotation(db, ids[index], who, label=label, source=source,
                           confidence=confidence, sources=sources)
        elif action == "note":
            index, who = args
            if db.execute("SELECT 1 FROM annotations WHERE sentence_id = ? AND reviewer = ?",
                          [ids[args[0]], who]).fetchone():
                update_annotation(db, ids[index], who, note="dicek")
        elif action == "clear":
            clear_annotation(db, ids[args[0]], args[1])
        elif action == "undo":
            undo_last(db, args[0])
        elif action == "decide":
            index, (label, source, confidence) = args
            adjudication.decide(db, ids[index], label=label, source=source,
                                confidence=confidence, adjudicator="lead")
        elif action == "undo decision":
            adjudication.undo_last(db, "lead")
        elif action == "link":
            link(db, dispute, ids[args[0]], args[1], args[2])
        elif action == "unlink":
            unlink(db, dispute, ids[args[0]], args[1])
        elif action == "ingest":
            _ingest(db, tmp_path, args[0])


# every status in turn on one sentence, and back: single, agreed, conflict, gold, agreed,
# conflict by a link, agreed again, single, unlabeled
EVERY_STATUS = [("label", 0, "ana", ("claim", None, "low"), None),
                ("label", 0, "budi", ("claim", None, "low"), None),
                ("label", 0, "citra", ("denial", None, "low"), None),
                ("decide", 0, ("claim", None, "low")), ("undo decision",),
                ("clear", 0, "citra"), ("link", 0, "ana", "alleges"), ("unlink", 0, "ana"),
                ("ingest", 1), ("undo", "budi"), ("clear", 0, "ana")]


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@example(steps=EVERY_STATUS)
@given(steps=st.lists(step, min_size=1, max_size=25))
def test_every_kind_of_change_keeps_the_progress_equal_to_a_count_from_scratch(
        seeded_db, tmp_path_factory, steps):
    tmp_path = tmp_path_factory.mktemp("pages")
    with write(seeded_db):  # each example starts from the seeds alone
        # annotations one row a statement, as the app deletes them: PostgreSQL runs a row
        # trigger of a many-row DELETE after the whole statement, so 0016's "was this the
        # last annotation of its label on the sentence" test would see every row gone and
        # count a sentence off once per row (SQLite runs it after each row)
        for sid, who in seeded_db.execute(
                "SELECT sentence_id, reviewer FROM annotations").fetchall():
            seeded_db.execute("DELETE FROM annotations WHERE sentence_id = ? AND reviewer = ?",
                              [sid, who])
        for table in ("gold", "dispute_members", "disputes"):
            seeded_db.execute(f"DELETE FROM {table}")
    _run(seeded_db, tmp_path, steps)
    same_as_from_scratch(seeded_db)


@settings(max_examples=15, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(here=st.lists(step, max_size=12), there=st.lists(step, min_size=1, max_size=12),
       after=st.lists(step, max_size=8))
def test_a_merge_between_saves_keeps_the_progress_equal_to_a_count_from_scratch(
        seeded_copy, tmp_path_factory, here, there, after):
    tmp_path = tmp_path_factory.mktemp("merge")
    ours, theirs = seeded_copy(tmp_path / "ours.db"), seeded_copy(tmp_path / "theirs.db")
    db, other = open_db(ours), open_db(theirs)
    try:
        _run(db, tmp_path, here)
        _run(other, tmp_path, there)
        other.close()
        merge_databases(db, [theirs])
        same_as_from_scratch(db)
        _run(db, tmp_path, after)  # the live triggers take over again after the merge
        same_as_from_scratch(db)
    finally:
        db.close()


def _watch_progress(db) -> list[str]:
    """Every write to the progress rows a status moves, from now on (temporary triggers)."""
    db.execute("CREATE TEMP TABLE progress_writes (what TEXT)")
    for table in ("progress_sentences", "progress_queue", "progress_documents"):
        for event in ("INSERT", "UPDATE", "DELETE"):
            db.execute(f"CREATE TEMP TRIGGER watch_{table}_{event} AFTER {event} ON "
                       f"main.{table} BEGIN INSERT INTO progress_writes VALUES "
                       f"('{table} {event}'); END")

    def writes() -> list[str]:
        return [what for (what,) in db.execute("SELECT what FROM progress_writes")]

    return writes


def test_a_save_that_leaves_the_status_as_it_was_writes_no_progress_row(seeded_copy):
    db = open_db(seeded_copy())
    try:
        ids = queue(db)
        set_annotation(db, ids[0], "ana", label="claim")
        set_annotation(db, ids[1], "ana", label="claim")
        set_annotation(db, ids[1], "budi", label="denial")
        writes = _watch_progress(db)
        set_annotation(db, ids[0], "ana", label="denial")  # single, and single still
        update_annotation(db, ids[0], "ana", note="dicek")
        set_annotation(db, ids[1], "citra", label="context")  # in conflict, and still
        assert writes() == []
        set_annotation(db, ids[1], "citra", label="claim")
        assert writes() == []
        set_annotation(db, ids[2], "ana", label="claim")  # a first label: its row, its count
        assert writes() == ["progress_sentences INSERT", "progress_documents UPDATE"]
        set_annotation(db, ids[0], "budi", label="denial")  # single to agreed: moved once
        assert writes()[2:] == ["progress_sentences UPDATE", "progress_documents UPDATE"]
        same_as_from_scratch(db)
    finally:
        db.close()


def test_a_database_made_before_0017_keeps_every_count(tmp_path):
    path = tmp_path / "old.db"
    old = Database(path)
    migrations.apply(old, stop_before="0017_status_at_once")
    ids = add_document(old, "d1", [f"Kalimat {n}." for n in range(6)])
    add_document(old, "d2", ["Satu.", "Dua."], ordinal=1)
    with write(old):
        count_sentences(old)
    for n, who in enumerate(REVIEWERS):
        set_annotation(old, ids[n], who, label="claim")
        set_annotation(old, ids[3], who, label=("claim", "denial", "claim")[n])
        set_annotation(old, ids[4], who, label="context")
    adjudication.decide(old, ids[3], label="denial", source=None, confidence=None,
                        adjudicator="lead")
    before = kept_progress(old)
    old.close()
    db = open_db(path)
    try:
        assert [m.name for m in migrations.pending(db)] == []
        assert kept_progress(db) == before == from_scratch(db)
        set_annotation(db, ids[4], "ana", label="claim")  # agreed to conflict, at once
        clear_annotation(db, ids[0], "ana")
        same_as_from_scratch(db)
    finally:
        db.close()
