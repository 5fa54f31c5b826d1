"""The export's lines written by SQLite (exchange/lines.py) against the records resolved
in Python (records.iter_records, the reference): the same text, byte for byte, on a
database that holds every kind of sentence, under every export option; strings quoted as
Python quotes them; one streaming query that sorts nothing."""

from __future__ import annotations

import json
import sqlite3

import jsonschema
import pytest
from support.corpus import add_document, queue
from support.team import two_reviewers

from annotator.base.errors import AnnotatorError
from annotator.db.connection import write
from annotator.domain.adjudication import decide
from annotator.domain.annotations import set_annotation
from annotator.domain.assignments import assign_documents
from annotator.domain.disputes import create_dispute_with_members, link
from annotator.exchange import lines
from annotator.exchange.jsonl import dumps
from annotator.exchange.records import (
    ALL,
    SCHEMA_PATH,
    ExportOptions,
    export_records,
    iter_lines,
    iter_records,
)

PRINTABLE = "\"kutip\" \\ é 😀 ünï"
HOSTILE = "kata \x1b[31mmerah\x1b[0m \x7f\x9b \u2028 \u202e\u2066 \"kutip\" \\ \t\n é 😀 \x1e"
OPTIONS = {
    "all": ALL,
    "labeled": ExportOptions(),
    "gold set": ExportOptions(settled_only=True),
    "ana": ExportOptions(reviewer="ana"),
    "budi, all": ExportOptions(reviewer="budi", include_unlabeled=True),
    "ana, gold set": ExportOptions(reviewer="ana", settled_only=True),
}


def worked(db, clock) -> list[str]:
    """Every kind of sentence an export meets: single, agreed, conflicting, agreed with and
    without dispute links, adjudicated (with and without links it settled), joint speakers
    agreeing and not, assigned and unlabeled, hostile characters in every text a line
    holds, two documents sharing an ordinal; returns the queue."""
    two_reviewers(db, clock)
    ids = queue(db)
    set_annotation(db, ids[10], "citra", label="claim", sources=["Korea Selatan", "Jepang"])
    set_annotation(db, ids[10], "ana", label="claim", sources=["Jepang", "Korea Selatan"])
    set_annotation(db, ids[11], "citra", label="claim", sources=["Jepang", "Rusia"])
    set_annotation(db, ids[11], "budi", label="claim", source="Jepang")
    set_annotation(db, ids[12], "citra", label="accusation", source=HOSTILE, note=HOSTILE,
                   confidence="high")
    set_annotation(db, ids[12], "ana", label="accusation", source=HOSTILE, confidence="high",
                   seconds=12.5)
    set_annotation(db, ids[13], "citra", label="denial", source="", note="")
    set_annotation(db, ids[14], "citra", label="context", confidence="low")
    set_annotation(db, ids[14], "budi", label="context")  # confidence differs: NULL vs low
    set_annotation(db, ids[15], "budi", label="claim", source="Rusia", confidence="low")
    set_annotation(db, ids[15], "citra", label="claim", source="Rusia", confidence="low")
    dispute = create_dispute_with_members(db, f"Sengketa {PRINTABLE}", "citra",
                                          [(ids[15], "alleges"), (ids[16], "denies")])
    link(db, dispute["id"], ids[15], "budi", "alleges")
    decide(db, ids[16], label="denial", source="Rusia", confidence="high", adjudicator="lead",
           rationale=HOSTILE, disputes=[{"id": dispute["id"], "role": "denies"}])
    decide(db, ids[17], label="claim", source=None, confidence=None, adjudicator="lead")
    set_annotation(db, ids[18], "ana", label="claim", sources=["Jepang", "Rusia"])
    decide(db, ids[18], label="claim", source="Jepang", confidence=None, adjudicator="lead")
    doc_id = db.execute("SELECT doc_id FROM sentences WHERE id = ?", [ids[-1]]).fetchone()[0]
    assign_documents(db, [doc_id], "citra", "lead")
    ordinal = db.execute("SELECT max(ordinal) FROM documents").fetchone()[0]
    for name in ("b-tied", "a-tied"):  # the same ordinal: the order of the ordinal index
        added = add_document(db, name, [f"Kalimat {HOSTILE} {name}.", "Dua."],
                             title=f"Judul {HOSTILE}", ordinal=ordinal)
        set_annotation(db, added[0], "ana", label="claim", source=HOSTILE)
    return ids


def reference(record: dict) -> str:
    """The line main writes for a record: compact JSON, except that a joint statement's
    speakers are written with json.dumps' default separator (records._json_list)."""
    line = dumps(record)
    if len(record["sources"]) > 1:
        compact = json.dumps(record["sources"], ensure_ascii=False, separators=(",", ":"))
        spaced = json.dumps(record["sources"], ensure_ascii=False)
        line = line.replace(f'"sources":{compact}', f'"sources":{spaced}', 1)
    return line


@pytest.fixture
def worked_db(seeded_db, clock, engine):
    if engine != "sqlite":
        pytest.skip("the lines SQLite writes")
    worked(seeded_db, clock)
    return seeded_db


@pytest.mark.parametrize("name", OPTIONS)
def test_lines_are_the_records_byte_for_byte(worked_db, name):
    options = OPTIONS[name]
    written = list(iter_lines(worked_db, options))
    expected = [reference(record) for record in iter_records(worked_db, options)]
    assert written == expected
    assert written  # every option keeps some sentence of this database
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    for line in written:
        jsonschema.validate(json.loads(line), schema)
        assert line.isprintable() or not any(c in line for c in "\x1b\x7f\x9b\u2028\u202e")


@pytest.mark.parametrize("batch", [1, 3, 512])
@pytest.mark.parametrize("name", OPTIONS)
def test_the_file_holds_the_same_lines(worked_db, tmp_path, monkeypatch, name, batch):
    """A file is written a batch of lines at a time (lines.encoded_batches): batches that
    mix lines SQLite wrote whole, lines built by Python, lines to escape and sentences left
    out give the same bytes."""
    monkeypatch.setattr(lines, "BATCH", batch)
    out = tmp_path / "out.jsonl"
    count = export_records(worked_db, out, OPTIONS[name])
    expected = [reference(record) for record in iter_records(worked_db, OPTIONS[name])]
    assert out.read_bytes() == "".join(f"{line}\n" for line in expected).encode("utf-8")
    assert count == len(expected)


def test_sqlite_quotes_every_character_as_python_does():
    """The lines' strings are quoted by SQLite; each character, alone and in a run."""
    conn = sqlite3.connect(":memory:")
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    assert conn.execute("SELECT json_quote(?)", [every]).fetchone()[0] == json.dumps(
        every, ensure_ascii=False)
    for c in range(0x100):
        text = f"a{chr(c)}b"
        assert conn.execute("SELECT json_quote(?)", [text]).fetchone()[0] == json.dumps(
            text, ensure_ascii=False)


@pytest.mark.parametrize("name", OPTIONS)
def test_one_query_walks_the_indexes_and_sorts_nothing(worked_db, name):
    """Sentences stream in corpus order from the indexes; only a sentence's own dispute
    links are sorted, inside its subquery; the rowids of the labeled (or chosen) sentences
    are listed once, each id looked up in the ids' unique index (no scan of them, no sort)."""
    sql, params = lines._query(worked_db, OPTIONS[name])
    steps = list(worked_db.execute(f"EXPLAIN QUERY PLAN {sql}", params))
    top = [detail for _, parent, _, detail in steps if parent == 0]
    assert top[:2] == ["SCAN d USING INDEX idx_documents_ordinal",
                       "SEARCH s USING INDEX idx_sentences_presented (doc_id=?)"], top
    assert all(detail.startswith(("CORRELATED SCALAR SUBQUERY", "LIST SUBQUERY"))
               for detail in top[2:]), top
    lists = [step for step, parent, _, detail in steps
             if parent == 0 and detail.startswith("LIST SUBQUERY")]
    assert len(lists) == 1, top
    for listed in lists:
        below, parents = [], {listed}
        for step, parent, _, detail in steps:
            if parent in parents:
                parents.add(step)
                below.append(detail)
        assert "SEARCH sentences USING COVERING INDEX idx_sentences_id (id=?)" in (
            below), below
        assert not any("TEMP B-TREE" in detail or detail.startswith("SCAN sentences")
                       for detail in below), below


def test_a_position_that_is_not_a_whole_number_is_written_as_before(worked_db):
    """A database edited by hand: Python writes such a position as it always did."""
    ids = queue(worked_db)
    with write(worked_db):
        worked_db.execute("UPDATE sentences SET position = position + 0.5 WHERE id = ?",
                          [ids[0]])
        worked_db.execute("UPDATE sentences SET position = '7' WHERE id = ?", [ids[11]])
    half = worked_db.execute("SELECT position FROM sentences WHERE id = ?", [ids[0]]).fetchone()
    written = {json.loads(line)["id"]: line for line in iter_lines(worked_db, ALL)}
    assert isinstance(half[0], float) and f'"position":{half[0]},' in written[ids[0]]
    assert '"position":7,' in written[ids[11]]
    assert list(written.values()) == [reference(r) for r in iter_records(worked_db, ALL)]


def test_text_that_is_not_utf8_stops_the_export_in_one_line(worked_db, tmp_path):
    with write(worked_db):
        worked_db.execute("UPDATE sentences SET text = CAST(x'4b61ff6c' AS TEXT) "
                          "WHERE id = ?", [queue(worked_db)[3]])
    out = tmp_path / "out.jsonl"
    with pytest.raises(AnnotatorError, match="not UTF-8"):
        export_records(worked_db, out, ALL)
    assert not out.exists()


@pytest.fixture
def labels_only_db(seeded_db, clock, engine):
    """Labels and nothing else (no dispute link, plan or gold label): the unlabeled lines
    are then SQLite's constant form (lines._UNLABELED)."""
    if engine != "sqlite":
        pytest.skip("the lines SQLite writes")
    ids = queue(seeded_db)
    set_annotation(seeded_db, ids[0], "ana", label="claim", source=HOSTILE)
    set_annotation(seeded_db, ids[1], "budi", label="denial", note="}")
    add_document(seeded_db, "kurung", [f"Kalimat {HOSTILE} }}", "}", "{\"a\": 1}", "Dua."],
                 title=f"Judul {HOSTILE} }}")
    with write(seeded_db):  # a hand-edited database: no text, a number as text
        seeded_db.execute("UPDATE sentences SET text = NULL WHERE id = ?", [ids[2]])
        seeded_db.execute("UPDATE sentences SET text = 12 WHERE id = ?", [ids[3]])
    return seeded_db


@pytest.mark.parametrize("name", OPTIONS)
def test_unlabeled_lines_of_a_database_with_labels_only_are_the_records(labels_only_db,
                                                                         name):
    sql, _ = lines._query(labels_only_db, OPTIONS[name])
    assert ("rtrim(json_object(" in sql) == (not OPTIONS[name].settled_only)
    written = list(iter_lines(labels_only_db, OPTIONS[name]))
    assert written == [reference(r) for r in iter_records(labels_only_db, OPTIONS[name])]
    assert sum('"status":"unlabeled"' in line for line in written) > (
        5 if OPTIONS[name].include_unlabeled else -1)
