"""A label's save (domain/annotations.set_annotation) reads once before it writes: the
sentence and the reviewer's annotation of it in one statement, with the same outcomes as
two reads (an unknown sentence refused with nothing written, a change keeping the first
save's created_at and recording what it replaced)."""

from __future__ import annotations

import pytest
from support.engines import sqlite_only

from annotator.base.errors import AnnotatorError
from annotator.db.history import ANNOTATION_HISTORY
from annotator.domain import annotations as labels

pytestmark = pytest.mark.both_engines  # db_path, db, seeded_db: SQLite and PostgreSQL


@pytest.fixture
def corpus(db):
    db["documents"].insert({"id": "docA", "ordinal": 0, "title": "A"})
    for i in range(3):
        db["sentences"].insert({"id": f"s{i}", "doc_id": "docA", "unit_index": i, "position": i,
                                "text": f"Kalimat nomor {i}."})
    return db


def test_unknown_sentence_is_refused_and_nothing_written(corpus):
    labels.set_annotation(corpus, "s0", "ana", label="claim")
    with pytest.raises(AnnotatorError, match="unknown sentence nope"):
        labels.set_annotation(corpus, "nope", "ana", label="claim")
    assert corpus.execute("SELECT count(*) FROM annotations").fetchone()[0] == 1
    assert corpus.execute("SELECT count(*) FROM annotation_history").fetchone()[0] == 1
    assert not corpus.conn.in_transaction


def test_a_change_keeps_created_at_and_records_what_it_replaced(corpus, clock):
    first = labels.set_annotation(corpus, "s1", "ana", label="claim", source="Budi",
                                  note="n1", seconds=3.0)
    other = labels.set_annotation(corpus, "s1", "bob", label="denial")  # another reviewer's
    second = labels.set_annotation(corpus, "s1", "ana", label="accusation")
    assert second["created_at"] == first["created_at"] != second["updated_at"]
    assert other["created_at"] != first["created_at"]
    stored = labels.get_annotation(corpus, "s1", "ana")
    assert stored["created_at"] == first["created_at"]
    assert stored["label"] == "accusation" and stored["seconds"] == 3.0  # kept: not given
    change = ANNOTATION_HISTORY.newest_undoable(corpus, "ana")
    assert (change["label"], change["prev_label"], change["prev_source"],
            change["prev_note"], change["prev_updated_at"]) == \
        ("accusation", "claim", "Budi", "n1", first["updated_at"])
    # a first save on a sentence another reviewer labeled replaces nothing
    change = ANNOTATION_HISTORY.newest_undoable(corpus, "bob")
    assert change["prev_label"] is None and change["prev_updated_at"] is None


@sqlite_only("the statements sent to SQLite, traced")
def test_a_save_reads_once_before_it_writes(corpus):
    labels.set_annotation(corpus, "s2", "ana", label="claim")  # statements made once
    statements: list[str] = []
    corpus.conn.set_trace_callback(statements.append)
    try:
        labels.set_annotation(corpus, "s2", "ana", label="denial")
        labels.set_annotation(corpus, "s0", "ana", label="claim")
    finally:
        corpus.conn.set_trace_callback(None)
    reads = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert len(reads) == 2, reads  # one a save
    writes = [s for s in statements if s.lstrip().upper().startswith("INSERT INTO ANNOTATION")]
    assert writes, statements
