"""The status rule has one Python form and one SQL form (domain/status.py); on random reviewer
data in a real SQLite database they, the export, the stats, the adjudication queue and
count_queue must all say the same of every sentence."""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support.corpus import status_template

from annotator.analysis.stats import count_queue, stats
from annotator.db import progress
from annotator.db.connection import open_db
from annotator.domain.adjudication import kinds_of, queue
from annotator.domain.status import KINDS, STATUS_SQL, differing, per_sentence_sql, resolve
from annotator.exchange.records import ALL, iter_records

SENTENCES = [f"s{i}" for i in range(6)]
DOC_OF = {sid: ("docA" if i < 3 else "docB") for i, sid in enumerate(SENTENCES)}
REVIEWERS = ("ana", "budi", "citra", "dewi")
DISPUTES = ("d1", "d2")
STAMP = "2026-01-01T00:00:00.000000Z"

answers = st.fixed_dictionaries({
    "label": st.sampled_from(["claim", "denial"]),
    "source": st.sampled_from([None, "", "Kremlin", "Reuters"]),  # NULL and "" differ
    "confidence": st.sampled_from([None, "low", "high"]),
})
sentence_data = st.fixed_dictionaries({
    "annotations": st.dictionaries(st.sampled_from(REVIEWERS), answers, max_size=4),
    # links by anyone, also by people who did not annotate the sentence (they do not count)
    "links": st.dictionaries(st.tuples(st.sampled_from(DISPUTES), st.sampled_from(REVIEWERS)),
                             st.sampled_from(["alleges", "denies"]), max_size=4),
    "gold": st.none() | answers,
})
corpora = st.fixed_dictionaries({sid: sentence_data for sid in SENTENCES})


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    """An empty database with two documents, six sentences and two disputes."""
    path = tmp_path_factory.mktemp("status") / "template.db"
    status_template(path, DOC_OF, DISPUTES, STAMP)
    return path


def _fill(db, corpus: dict) -> None:
    """Rows straight into the tables, as merges and imports can leave them (an empty source
    included, which the labeling screen would have saved as none)."""
    db["annotations"].insert_all(
        [{"sentence_id": sid, "reviewer": reviewer, **answer, "created_at": STAMP,
          "updated_at": STAMP}
         for sid, data in corpus.items() for reviewer, answer in data["annotations"].items()],
        pk=("sentence_id", "reviewer"))
    db["dispute_members"].insert_all(
        [{"dispute_id": dispute, "sentence_id": sid, "reviewer": reviewer, "role": role,
          "created_at": STAMP, "updated_at": STAMP}
         for sid, data in corpus.items() for (dispute, reviewer), role in data["links"].items()],
        pk=("dispute_id", "sentence_id", "reviewer"))
    db["gold"].insert_all(
        [{"sentence_id": sid, **data["gold"], "adjudicator": "lead", "decided_at": STAMP}
         for sid, data in corpus.items() if data["gold"]], pk="sentence_id")


def _python_form(data: dict) -> tuple[str, list[str], int]:
    """(status, differing kinds, number of annotations) by the Python form of the rule."""
    annotations = [{"reviewer": r, **a} for r, a in sorted(data["annotations"].items())]
    links = [{"reviewer": r, "id": d, "role": role} for (d, r), role in data["links"].items()]
    status, _ = resolve(annotations, data["gold"], links)
    return status, differing(annotations, links), len(annotations)


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(corpus=corpora)
def test_every_consumer_of_the_status_rule_agrees(template, corpus):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "annotator.db"
        shutil.copy(template, path)
        db = open_db(path)
        try:
            _fill(db, corpus)
            _check(db, {sid: _python_form(data) for sid, data in corpus.items()})
        finally:
            db.close()


def _check(db, expected: dict[str, tuple[str, list[str], int]]) -> None:
    status = {sid: s for sid, (s, _, _) in expected.items()}

    # the SQL form, one sentence at a time and as a grouped pass
    assert dict(db.execute(f"SELECT s.id, {STATUS_SQL} FROM sentences s").fetchall()) == status
    assert dict(db.execute(
        f"SELECT sentence_id, status FROM ({per_sentence_sql()})").fetchall()) == status

    # the export
    assert {r["id"]: r["status"] for r in iter_records(db, ALL)} == status

    # stats, per document
    for document in stats(db)["documents"]:
        mine = [s for sid, s in status.items() if DOC_OF[sid] == document["id"]]
        assert document["labeled"] == sum(s != "unlabeled" for s in mine)
        assert document["settled"] == sum(s in ("gold", "agreed") for s in mine)
        assert document["conflicts"] == sum(s == "conflict" for s in mine)

    # the adjudication queue: the sentences with two or more annotations that do not agree,
    # with what differs; settled ones are those a gold label decided
    def disagreements(kinds=KINDS, documents=None):
        return {sid: [k for k in diff if k in kinds]
                for sid, (_, diff, n) in expected.items()
                if n >= 2 and set(diff) & set(kinds)
                and (documents is None or DOC_OF[sid] in documents)}

    assert {i.sentence_id: i.kinds for i in queue(db)} == {
        sid: kinds for sid, kinds in disagreements().items() if status[sid] == "conflict"}
    assert {i.sentence_id: i.kinds for i in queue(db, include_settled=True)} == disagreements()
    for sid, (_, diff, n) in expected.items():
        assert kinds_of(db, sid) == (diff if n >= 2 else [])

    # count_queue, for every kind alone, all kinds, and one document
    for kinds, documents in [(KINDS, None), *[((k,), None) for k in KINDS], (KINDS, ["docB"])]:
        wanted = disagreements(kinds, documents)
        settled = sum(status[sid] == "gold" for sid in wanted)
        assert count_queue(db, kinds=list(kinds), documents=documents or ()) == {
            "open": len(wanted) - settled, "settled": settled}


def _progress_matches_the_rule(db) -> None:
    """The progress tables the triggers keep equal what the SQL form of the rule and plain
    counts say now."""
    rule = {sid: status for sid, status in db.execute(
        f"SELECT sentence_id, status FROM ({per_sentence_sql()})") if status != "unlabeled"}
    kept = dict(db.execute("SELECT sentence_id, status FROM progress_sentences").fetchall())
    assert kept == rule
    figures = stats(db)
    assert {d["id"]: (d["sentences"], d["labeled"], d["settled"], d["conflicts"])
            for d in figures["documents"]} == {
        doc: (sum(DOC_OF[s] == doc for s in SENTENCES),
              sum(DOC_OF[s] == doc for s in rule),
              sum(DOC_OF[s] == doc and st in ("gold", "agreed") for s, st in rule.items()),
              sum(DOC_OF[s] == doc and st == "conflict" for s, st in rule.items()))
        for doc in ("docA", "docB")}
    assert [(r["label"], r["annotations"], r["sentences"]) for r in figures["labels"]] == [
        tuple(row) for row in db.execute(
            "SELECT label, count(*), count(DISTINCT sentence_id) FROM annotations "
            "GROUP BY label ORDER BY count(*) DESC, label")]
    assert [(r["reviewer"], r["labeled"]) for r in figures["reviewers"]] == [
        tuple(row) for row in db.execute(
            "SELECT reviewer, count(*) FROM annotations GROUP BY reviewer ORDER BY reviewer")]


changes = st.lists(st.tuples(
    st.sampled_from(["relabel", "clear", "unlink", "ungold", "link"]),
    st.sampled_from(SENTENCES), st.sampled_from(REVIEWERS),
    st.sampled_from(["claim", "denial", "context"])), max_size=12)


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(corpus=corpora, edits=changes, bulk=st.booleans())
def test_progress_kept_by_triggers_follows_every_change(template, corpus, edits, bulk):
    """Row by row (a keystroke) or deferred to the end of a bulk write (a merge), the
    progress that stats reads follows inserts, updates and deletes of annotations, gold
    labels and dispute links."""
    from annotator.db.connection import write

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "annotator.db"
        shutil.copy(template, path)
        db = open_db(path)
        try:
            _fill(db, corpus)
            _progress_matches_the_rule(db)
            with write(db), (progress.deferred(db) if bulk else _nothing()):
                for action, sid, reviewer, label in edits:
                    where = [sid, reviewer]
                    if action == "relabel":
                        db.execute("UPDATE annotations SET label = ?, updated_at = ? "
                                   "WHERE sentence_id = ? AND reviewer = ?",
                                   [label, "2026-02-01T00:00:00.000000Z", *where])
                    elif action == "clear":
                        db.execute("DELETE FROM annotations WHERE sentence_id = ? "
                                   "AND reviewer = ?", where)
                    elif action == "unlink":
                        db.execute("DELETE FROM dispute_members WHERE sentence_id = ? "
                                   "AND reviewer = ?", where)
                    elif action == "link":
                        db.execute("INSERT OR REPLACE INTO dispute_members (dispute_id, "
                                   "sentence_id, reviewer, role) VALUES ('d1', ?, ?, 'denies')",
                                   where)
                    else:
                        db.execute("DELETE FROM gold WHERE sentence_id = ?", [sid])
            _progress_matches_the_rule(db)
        finally:
            db.close()


@contextlib.contextmanager
def _nothing():
    yield


def test_a_database_from_before_0007_gets_its_progress_worked_out_on_upgrade(tmp_path):
    """An existing database (labels, gold, links already in it) opened by this version:
    the migration fills the progress tables from what it holds, and stats is right."""
    from annotator.db.connection import connect
    from annotator.db.migrations import migrations

    path = tmp_path / "old.db"
    db = connect(path)
    migrations.apply(db, stop_before="0007_progress")
    db["documents"].insert_all([{"id": "docA", "ordinal": 0, "title": "A"},
                                {"id": "docB", "ordinal": 1, "title": "B"}])
    db["sentences"].insert_all(  # the column names of the day (0010 renamed them)
        {"id": sid, "doc_id": DOC_OF[sid], "position": i, "seq": i, "text": f"Kalimat {i}."}
        for i, sid in enumerate(SENTENCES))
    db["disputes"].insert({"id": "d1", "title": "D", "created_by": "ana", "created_at": STAMP,
                           "updated_at": STAMP})
    answer = {"label": "claim", "source": None, "confidence": "low"}
    _fill(db, {
        "s0": {"annotations": {"ana": answer, "budi": answer}, "links": {}, "gold": None},
        "s1": {"annotations": {"ana": answer, "budi": {**answer, "label": "denial"}},
               "links": {}, "gold": None},
        "s2": {"annotations": {"ana": answer}, "links": {("d1", "ana"): "alleges"},
               "gold": None},
        "s3": {"annotations": {"ana": answer, "budi": answer},
               "links": {("d1", "ana"): "alleges"}, "gold": None},
        "s4": {"annotations": {}, "links": {}, "gold": answer},
        "s5": {"annotations": {}, "links": {}, "gold": None},
    })
    assert "progress_documents" not in db.table_names()
    db.close()
    db = open_db(path)
    try:
        _progress_matches_the_rule(db)
        assert [(d["labeled"], d["settled"], d["conflicts"]) for d in stats(db)["documents"]] \
            == [(3, 1, 1), (2, 1, 1)]
        # and the triggers run from then on
        db.execute("DELETE FROM annotations WHERE sentence_id = 's1' AND reviewer = 'budi'")
        _progress_matches_the_rule(db)
    finally:
        db.close()
