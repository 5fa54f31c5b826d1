"""A merge's own shortcuts give what the slow forms gave: the status of every sentence it
touched (compared column by column, db/progress.py) equals 0010's frozen rule, and the
one-pass time check picks out exactly the times the old per-column check picked out."""

from __future__ import annotations

import json
import shutil
import sqlite3
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlite_utils import Database
from support.corpus import status_template

from annotator.base.errors import StoreError
from annotator.db.connection import open_db
from annotator.db.migrations import per_sentence_0010, recount_0007
from annotator.sync.merge import (
    _STAMP_SHAPE,
    check_stamps,
    merge_databases,
    odd_stamp,
    utc_copy,
)

SENTENCES = [f"s{i}" for i in range(8)]
DOC_OF = {sid: ("docA" if i < 4 else "docB") for i, sid in enumerate(SENTENCES)}
REVIEWERS = ("ana", "budi", "citra")
DISPUTES = ("d1", "d2")
OURS, THEIRS = "2026-01-01T00:00:00.000000Z", "2026-01-02T00:00:00.000000Z"

# Values where a quote()-joined key and a column-by-column comparison could part ways:
# NULL beside "", apostrophes that run two quoted values into one ('claim' 'O''Brien' and
# 'claim''O' 'Brien' join alike), joint statements whose speakers compare as a set.
VALUES = {
    "label": ["claim", "denial", "claim'O", None],
    "source": [None, "", "Kremlin", "O'Brien", "Brien"],
    "confidence": [None, "low", "high"],
    "sources": [None, None, ("Kremlin", "Reuters"), ("Reuters", "Kremlin"),
                ("O'Brien", "Kremlin")],
}
answers = st.fixed_dictionaries({field: st.sampled_from(v) for field, v in VALUES.items()})
# Each annotation is its sentence's common answer with up to two fields changed, so that
# reviewers agree often enough for a wrong "agreed" or "conflict" to show.
changes = st.lists(st.sampled_from(
    [(field, value) for field, values in VALUES.items() for value in values]), max_size=2)
side = st.fixed_dictionaries({
    "annotations": st.dictionaries(
        st.tuples(st.sampled_from(SENTENCES), st.sampled_from(REVIEWERS)),
        st.tuples(changes, st.booleans()),  # (change, their copy is the newer one)
        max_size=14),
    "links": st.dictionaries(st.tuples(st.sampled_from(DISPUTES), st.sampled_from(SENTENCES),
                                       st.sampled_from(REVIEWERS)),
                             st.sampled_from(["alleges", "denies"]), max_size=3),
    "gold": st.dictionaries(st.sampled_from(SENTENCES), st.sampled_from(["claim", "denial"]),
                            max_size=2),
})


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    """A database with two documents, eight sentences (one excluded) and two disputes."""
    path = tmp_path_factory.mktemp("merge-status") / "template.db"
    status_template(path, DOC_OF, DISPUTES, OURS, excluded={"s7"})
    return path


def _fill(path: Path, common: dict, data: dict, stamp: str) -> None:
    """Rows straight into one side's tables, its progress kept by the triggers."""
    db = open_db(path)
    try:
        for (sid, reviewer), (change, newer) in data["annotations"].items():
            answer = {**common[sid], **dict(change)}
            when = THEIRS if stamp == THEIRS and newer else OURS
            speakers = answer["sources"]
            db["annotations"].insert(
                {"sentence_id": sid, "reviewer": reviewer, "label": answer["label"],
                 "source": answer["source"], "confidence": answer["confidence"],
                 "sources": json.dumps(list(speakers)) if speakers else None,
                 "created_at": when, "updated_at": when})
        for (dispute, sid, reviewer), role in data["links"].items():
            db["dispute_members"].insert(
                {"dispute_id": dispute, "sentence_id": sid, "reviewer": reviewer,
                 "role": role, "created_at": stamp, "updated_at": stamp})
        for sid, label in data["gold"].items():
            db["gold"].insert({"sentence_id": sid, "label": label, "adjudicator": "lead",
                               "decided_at": stamp})
    finally:
        db.close()


# Two answers whose quoted values join into one text: 'claim' 'O''Brien' and
# 'claim''O' 'Brien'. The frozen rule (and the per-row trigger that shares it) calls them
# agreed; the merge must say what the trigger says.
_JOINED = {sid: {"label": "claim", "source": "O'Brien", "confidence": None, "sources": None}
           for sid in SENTENCES}
_JOINED_THERE = {"annotations": {("s0", "budi"): ([("label", "claim'O"), ("source", "Brien")],
                                                  True)}, "links": {}, "gold": {}}


@settings(max_examples=80, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@example(common=_JOINED, ours={"annotations": {("s0", "ana"): ([], False)}, "links": {},
                               "gold": {}}, theirs=_JOINED_THERE)
@given(common=st.fixed_dictionaries({sid: answers for sid in SENTENCES}), ours=side,
       theirs=side)
def test_a_merge_leaves_every_status_as_the_frozen_rule_says(template, common, ours, theirs):
    with tempfile.TemporaryDirectory() as folder:
        here, there = Path(folder) / "here.db", Path(folder) / "there.db"
        shutil.copy(template, here)
        shutil.copy(template, there)
        _fill(here, common, ours, OURS)
        _fill(there, common, theirs, THEIRS)
        db = open_db(here)
        try:
            merge_databases(db, [there])
            rule = db.execute("SELECT sentence_id, doc_id, status FROM ("
                              + per_sentence_0010("s.id IN (SELECT sentence_id FROM annotations)"
                                                  " OR s.id IN (SELECT sentence_id FROM gold)")
                              + ") ORDER BY sentence_id").fetchall()
            kept = db.execute("SELECT sentence_id, doc_id, status FROM progress_sentences "
                              "ORDER BY sentence_id").fetchall()
            assert kept == rule
            documents = db.execute("SELECT doc_id, sentences, labeled, settled, conflicts "
                                   "FROM progress_documents ORDER BY doc_id").fetchall()
            assert documents == [
                (doc, sum(DOC_OF[s] == doc and s != "s7" for s in SENTENCES),
                 sum(1 for s, d, _ in rule if d == doc),
                 sum(1 for s, d, st_ in rule if d == doc and st_ in ("gold", "agreed")),
                 sum(1 for s, d, st_ in rule if d == doc and st_ == "conflict"))
                for doc in ("docA", "docB")]
            counts = (db.execute("SELECT * FROM progress_labels ORDER BY label").fetchall(),
                      db.execute("SELECT * FROM progress_reviewers ORDER BY reviewer")
                      .fetchall())
            with db.conn:
                recount_0007(db)
            assert counts == (
                db.execute("SELECT * FROM progress_labels ORDER BY label").fetchall(),
                db.execute("SELECT * FROM progress_reviewers ORDER BY reviewer").fetchall())
        finally:
            db.close()


# The check as it was before it read each table once (frozen here): a time is looked at
# in Python when it is not text, not in the tool's exact form, later than the limit or
# unreadable by julianday().
_OLD_FORM = ("[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-6][0-9]"
             ".[0-9][0-9][0-9][0-9][0-9][0-9]Z")
_OLD_ODD = ("(x IS NOT NULL AND (typeof(x) != 'text' OR x NOT GLOB :form OR x > :limit "
            "OR julianday(x) IS NULL))")
CANONICAL = "2025-03-01T10:20:30.123456Z"
LIMIT = "2026-12-02T00:00:00.000000Z"
odd_characters = st.sampled_from(list("0123456789-:.TtZz +/aX\t\n\x0b\x0c\r")
                                 + ["\u0663", "\uff11", "é", ""])


@st.composite
def near_times(draw) -> object:
    """Times in the tool's form with a character or two changed, dropped or added, and
    times of other kinds (another zone, a blob, a number)."""
    kind = draw(st.sampled_from(["edit", "edit", "edit", "text", "blob", "number"]))
    if kind == "text":
        return draw(st.text(max_size=30))
    if kind == "blob":
        return draw(st.sampled_from([CANONICAL.encode(), b"", b"\x00\xff"]))
    if kind == "number":
        return draw(st.sampled_from([20250301, 2460000.5, 0]))
    text = list(draw(st.sampled_from([CANONICAL, "9999-12-31T23:59:59.999999Z",
                                      "2025-13-01T00:00:00.000000Z",
                                      "2025-03-01T24:00:00.000000Z"])))
    for _ in range(draw(st.integers(1, 2))):
        at = draw(st.integers(0, len(text)))
        if draw(st.booleans()) and at < len(text):
            text[at] = draw(odd_characters)
        else:
            text.insert(at, draw(odd_characters))
    return "".join(text)


@settings(max_examples=400, deadline=None)
@given(values=st.lists(near_times(), min_size=1, max_size=20))
@example(values=["2025-03-01T10:20:30.12345 Z"])  # julianday() reads a short fraction then a space
@example(values=["2025-03-01T10:20:30.1    2Z", "2025-03-01T10:20:30.1\t\t\t\t9Z",
                 "2025-03-01T10:20:30.1\n\n\n\n Z", "2025-03-01T10:20:30.12a456Z",
                 "2025-03-01T10:20:30. 23456Z", "2025-03-01T10:20:30.1+0:00Z",
                 "2025-03-01T10:20:30.1z   9Z",
                 "2025-03-01T10:20:30.\u0663\u0663\u0663\u0663\u06639Z"])
def test_the_one_pass_time_check_looks_at_exactly_what_the_old_one_did(values):
    conn = sqlite3.connect(":memory:")
    try:
        for declared in ("TEXT", ""):  # as annotator's tables declare them, and untyped
            conn.execute("DROP TABLE IF EXISTS t")
            conn.execute(f"CREATE TABLE t (x {declared})")
            conn.executemany("INSERT INTO t VALUES (?)", [(v,) for v in values])
            rows = conn.execute("SELECT rowid, x FROM t").fetchall()
            old = {r for (r,) in conn.execute(f"SELECT rowid FROM t WHERE {_OLD_ODD}",
                                              {"form": _OLD_FORM, "limit": LIMIT})}
            new = {r for (r,) in conn.execute(f"SELECT rowid FROM t WHERE {odd_stamp('x')}",
                                              {"shape": _STAMP_SHAPE, "limit": LIMIT})}
            assert new == old, [x for r, x in rows if (r in new) != (r in old)]
    finally:
        conn.close()


@pytest.mark.parametrize(("created", "updated", "named"), [
    ("9999-garbage", "9999-garbage", "annotations.created_at"),  # equal: the first one named
    ("9999-garbage", CANONICAL, "annotations.created_at"),
    (CANONICAL, "9999-garbage", "annotations.updated_at"),
    ("9000-01-01T00:00:00.000000Z", "9000-01-01T00:00:00.000000Z", "annotations.created_at"),
    (CANONICAL, "2025-03-01T10:20:30.12345 Z", "annotations.updated_at"),  # julianday reads it
])
def test_a_time_equal_to_the_rows_first_is_checked_as_that_one(tmp_path, created, updated,
                                                               named):
    """created_at is checked; updated_at only where it differs from it: a forged pair or
    either forged alone is still refused, naming the column that holds it."""
    path = tmp_path / "theirs.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE annotations (sentence_id TEXT, created_at TEXT, "
                 "updated_at TEXT)")
    conn.executemany("INSERT INTO annotations VALUES (?, ?, ?)",
                     [("s1", CANONICAL, CANONICAL), ("s2", created, updated),
                      ("s3", CANONICAL, "2025-03-02T10:20:30.123456Z")])
    conn.commit()
    other = Database(conn)
    try:
        with pytest.raises(StoreError, match=named):
            check_stamps(other, path)
    finally:
        conn.close()


def test_equal_times_in_another_form_both_go_into_the_utc_copy(tmp_path):

    path = tmp_path / "theirs.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE annotations (sentence_id TEXT, created_at TEXT, "
                 "updated_at TEXT)")
    zoned = "2025-03-01T17:20:30+07:00"
    conn.execute("INSERT INTO annotations VALUES ('s1', ?, ?)", [zoned, zoned])
    conn.commit()
    other = Database(conn)
    try:
        assert check_stamps(other, path)
        copy = utc_copy(other, path, tmp_path)
    finally:
        conn.close()
    moved = sqlite3.connect(copy)
    assert moved.execute("SELECT created_at, updated_at FROM annotations").fetchone() == (
        "2025-03-01T10:20:30.000000Z", "2025-03-01T10:20:30.000000Z")
    moved.close()
