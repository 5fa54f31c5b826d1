"""Export and import: the record's shape, its filters, atomic files, and a lossless round trip."""

from __future__ import annotations

import io
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.base.clock import now
from annotator.cli import main
from annotator.db.connection import open_db, write
from annotator.domain.annotations import set_annotation
from annotator.domain.scheme import load_scheme
from annotator.exchange.importer import import_file
from annotator.exchange.records import ALL, SCHEMA_PATH, ExportOptions, export_records, iter_records

pytestmark = pytest.mark.both_engines  # db_path, db, seeded_db: SQLite and PostgreSQL

SCHEMA = json.loads(SCHEMA_PATH.read_text())
jsonschema.Draft202012Validator.check_schema(SCHEMA)
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)  # checking the schema once, not per record
SCHEME = load_scheme()


def fresh_copy(template: Path, folder: Path, name: str) -> Path:
    target = folder / name
    shutil.copy(template, target)
    return target


def sentence_ids(db, limit=None):
    sql = ("SELECT s.id FROM sentences s JOIN documents d ON d.id = s.doc_id "
           "WHERE s.excluded IS NULL ORDER BY d.ordinal, s.position")
    ids = [r[0] for r in db.execute(sql)]
    return ids[:limit] if limit else ids


def export_lines(db, options: ExportOptions | None = None) -> list[str]:
    out = io.StringIO()
    export_records(db, out, options or ExportOptions())
    return out.getvalue().splitlines()


def test_records_validate_against_the_schema_and_resolve_status(seeded_template, tmp_path):
    db = open_db(fresh_copy(seeded_template, tmp_path, "a.db"))
    ids = sentence_ids(db)
    set_annotation(db, ids[0], "ana", label="claim", source="Rusia", confidence="high")
    set_annotation(db, ids[1], "ana", label="accusation", source="Pejabat AS")
    set_annotation(db, ids[1], "budi", label="accusation", source="Pejabat AS")
    set_annotation(db, ids[2], "ana", label="denial")
    set_annotation(db, ids[2], "budi", label="claim")
    records = [json.loads(line) for line in export_lines(db, ExportOptions(include_unlabeled=True))]
    assert len(records) == len(ids)
    for record in records:
        VALIDATOR.validate(record)
    by_id = {r["id"]: r for r in records}
    assert by_id[ids[0]]["status"] == "single"
    assert (by_id[ids[0]]["label"], by_id[ids[0]]["source"], by_id[ids[0]]["confidence"]) == (
        "claim", "Rusia", "high")
    assert by_id[ids[1]]["status"] == "agreed" and by_id[ids[1]]["label"] == "accusation"
    assert by_id[ids[2]]["status"] == "conflict" and by_id[ids[2]]["label"] is None
    assert [a["reviewer"] for a in by_id[ids[2]]["annotations"]] == ["ana", "budi"]
    assert by_id[ids[3]]["status"] == "unlabeled" and by_id[ids[3]]["annotations"] == []
    # records come in corpus order, positions count the document's presented sentences
    assert [r["id"] for r in records] == ids
    first_doc = [r for r in records if r["doc_id"] == records[0]["doc_id"]]
    assert [r["position"] for r in first_doc] == list(range(len(first_doc)))


def test_default_export_holds_exactly_the_labeled_sentences(seeded_template, tmp_path):
    db = open_db(fresh_copy(seeded_template, tmp_path, "a.db"))
    ids = sentence_ids(db)
    for sid in ids[5:8]:
        set_annotation(db, sid, "ana", label="context")
    set_annotation(db, ids[9], "budi", label="claim")
    records = [json.loads(line) for line in export_lines(db)]
    assert [r["id"] for r in records] == ids[5:8] + [ids[9]]
    only_budi = [json.loads(x) for x in export_lines(db, ExportOptions(reviewer="budi"))]
    assert [r["id"] for r in only_budi] == [ids[9]]
    assert only_budi[0]["annotations"][0]["reviewer"] == "budi"
    set_annotation(db, ids[9], "ana", label="claim")
    set_annotation(db, ids[5], "budi", label="claim")  # ana said context: a conflict
    settled = [json.loads(x) for x in export_lines(db, ExportOptions(settled_only=True))]
    assert [r["id"] for r in settled] == [ids[9]] and settled[0]["status"] == "agreed"


def test_markup_and_escapes_are_exported_verbatim_and_never_raw(tmp_path):
    from annotator.corpus.ingest import ingest_paths

    src = tmp_path / "odd.txt"
    text = "Ia berkata [bold red]bohong[/] \x1b[31mmerah\x1b[0m hari ini."
    src.write_text(f"Judul berita\n\n{text}\n", encoding="utf-8")
    db = open_db(tmp_path / "odd.db")
    ingest_paths(db, [src])
    (sid, stored), = [(r[0], r[1]) for r in db.execute(
        "SELECT id, text FROM sentences WHERE excluded IS NULL AND text LIKE '%bohong%'")]
    set_annotation(db, sid, "ana", label="claim")
    line, = export_lines(db)
    assert "\x1b" not in line and "\\u001b[31m" in line
    assert json.loads(line)["text"] == stored and stored == text


def test_export_file_is_atomic_and_unwritable_path_is_one_line_error(seeded_template, tmp_path):
    db_file = fresh_copy(seeded_template, tmp_path, "a.db")
    db = open_db(db_file)
    set_annotation(db, sentence_ids(db)[0], "ana", label="claim")
    db.close()
    runner = CliRunner()
    out = tmp_path / "out.jsonl"
    result = runner.invoke(main, ["export", "--db", str(db_file), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert len(out.read_text().splitlines()) == 1
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".out")] == []
    missing = tmp_path / "no-such-folder" / "x.jsonl"
    result = runner.invoke(main, ["export", "--db", str(db_file), "-o", str(missing)])
    assert result.exit_code != 0
    assert "no-such-folder" in result.stderr and "Traceback" not in result.output
    assert len(result.stderr.strip().splitlines()) == 1
    a_file = tmp_path / "plain.txt"
    a_file.write_text("x")
    result = runner.invoke(main, ["export", "--db", str(db_file), "-o", str(a_file / "x.jsonl")])
    assert result.exit_code != 0 and "plain.txt is a file, not a folder" in result.stderr
    readonly = tmp_path / "ro"
    readonly.mkdir()
    readonly.chmod(0o500)
    try:
        if os.access(readonly, os.W_OK):
            pytest.skip("running as a user who can write anywhere (root)")
        result = runner.invoke(main, ["export", "--db", str(db_file), "-o",
                                      str(readonly / "x.jsonl")])
        assert result.exit_code != 0 and "ro/x.jsonl" in result.stderr
    finally:
        readonly.chmod(0o700)


def test_export_to_stdout_as_a_subprocess(seeded_template, tmp_path):
    db_file = fresh_copy(seeded_template, tmp_path, "a.db")
    db = open_db(db_file)
    ids = sentence_ids(db)
    set_annotation(db, ids[3], "ana", label="denial", source="Dmitry Peskov")
    db.close()
    proc = subprocess.run(
        [sys.executable, "-m", "annotator", "export", "--db", str(db_file), "-o", "-"],
        capture_output=True, text=True, check=True,
    )
    record, = [json.loads(x) for x in proc.stdout.splitlines()]
    assert record["id"] == ids[3] and record["source"] == "Dmitry Peskov"
    assert "exported 1 records" in proc.stderr


def write_jsonl(path: Path, lines: list) -> Path:
    path.write_text("".join((x if isinstance(x, str) else json.dumps(x)) + "\n" for x in lines),
                    encoding="utf-8")
    return path


def snapshot(db_file: Path) -> list:
    conn = sqlite3.connect(db_file)
    rows = [conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall()
            for t in ("annotations", "annotation_history", "gold")]
    conn.close()
    return rows


@pytest.mark.parametrize(
    "bad_line, message",
    [
        ("{not json", "malformed JSON"),
        ('["a list"]', "must be a JSON object"),
        ({"id": "no-such-sentence", "annotations": []}, "unknown sentence"),
        ({"id": "SID", "annotations": [{"reviewer": "x", "label": "rumour"}]}, "unknown label"),
        ({"id": "SID", "annotations": [{"reviewer": "x", "label": "claim",
                                        "confidence": "sure"}]}, "unknown confidence"),
        ({"id": "SID", "annotations": [{"label": "claim"}]}, 'missing "reviewer"'),
        ({"id": "SID", "annotations": "claim"}, "must be a list"),
    ],
)
def test_import_is_all_or_nothing_and_names_the_line(seeded_template, tmp_path, bad_line,
                                                      message):
    db_file = fresh_copy(seeded_template, tmp_path, "a.db")
    db = open_db(db_file)
    ids = sentence_ids(db)
    set_annotation(db, ids[0], "ana", label="claim")
    db.close()
    before = snapshot(db_file)
    if isinstance(bad_line, dict):
        bad_line = json.loads(json.dumps(bad_line).replace("SID", ids[2]))
    good = {"id": ids[1], "annotations": [{"reviewer": "budi", "label": "denial",
                                           "source": None, "confidence": "low", "note": None,
                                           "updated_at": "2026-01-01T00:00:00.000000Z"}]}
    src = write_jsonl(tmp_path / "in.jsonl", [good, good, bad_line])
    result = CliRunner().invoke(main, ["import", "--db", str(db_file), str(src)])
    assert result.exit_code != 0
    assert f"{src}:3: " in result.stderr and message in result.stderr
    assert "Traceback" not in result.output
    assert snapshot(db_file) == before


def test_import_of_non_utf8_and_missing_files(seeded_template, tmp_path):
    db_file = fresh_copy(seeded_template, tmp_path, "a.db")
    bad = tmp_path / "latin1.jsonl"
    bad.write_bytes(b'{"id": "x"}\n{"id": "caf\xe9"}\n')
    result = CliRunner().invoke(main, ["import", "--db", str(db_file), str(bad)])
    assert result.exit_code != 0 and "latin1.jsonl:" in result.stderr
    result = CliRunner().invoke(main, ["import", "--db", str(db_file), str(tmp_path / "nope")])
    assert result.exit_code != 0 and "nope" in result.stderr


def test_import_keeps_newer_work_and_is_idempotent(seeded_template, tmp_path):
    db = open_db(fresh_copy(seeded_template, tmp_path, "a.db"))
    sid = sentence_ids(db)[0]
    set_annotation(db, sid, "ana", label="denial")
    old = {"id": sid, "annotations": [{"reviewer": "ana", "label": "claim", "source": None,
                                       "confidence": "low", "note": None,
                                       "updated_at": "2020-01-01T00:00:00.000000Z"}]}
    src = write_jsonl(tmp_path / "old.jsonl", [old])
    report = import_file(db, src)
    assert report.annotations_unchanged == 1
    assert db.execute("SELECT label FROM annotations").fetchone()[0] == "denial"
    newer = json.loads(json.dumps(old))
    newer["annotations"][0]["updated_at"] = now()  # later than ana's label, not in the future
    src = write_jsonl(tmp_path / "new.jsonl", [newer])
    assert import_file(db, src).annotations_updated == 1
    history = db.execute("SELECT count(*) FROM annotation_history").fetchone()[0]
    assert import_file(db, src).annotations_unchanged == 1
    assert db.execute("SELECT count(*) FROM annotation_history").fetchone()[0] == history
    assert db.execute("SELECT label FROM annotations").fetchone()[0] == "claim"


annotation_strategy = st.fixed_dictionaries({
    "label": st.sampled_from(SCHEME.names),
    "source": st.one_of(st.none(), st.sampled_from(["Dmitry Peskov", "Korea Utara", "Reuters"]),
                        st.text(min_size=1, max_size=20)),
    "confidence": st.sampled_from(SCHEME.confidence_scale),
    "note": st.one_of(st.none(), st.text(max_size=40)),
})


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_round_trip_export_import_export_is_lossless(seeded_template, tmp_path, data):
    folder = Path(tempfile.mkdtemp(dir=tmp_path))
    first = open_db(fresh_copy(seeded_template, folder, "first.db"))
    ids = sentence_ids(first)
    picks = data.draw(st.lists(
        st.tuples(st.sampled_from(ids), st.sampled_from(["ana", "budi", "citra"]),
                  annotation_strategy), max_size=12))
    gold = data.draw(st.lists(st.sampled_from(ids), max_size=3, unique=True))
    with write(first):  # one commit: the property is about content, not durability
        for sid, reviewer, values in picks:
            set_annotation(first, sid, reviewer, **values)
        for sid in gold:
            first["gold"].upsert({"sentence_id": sid, "label": "claim", "source": "Reuters",
                                  "confidence": "high", "adjudicator": "lead", "rationale": "r",
                                  "decided_at": "2026-11-22T10:00:00.000000Z"},
                                 pk="sentence_id")
    exported = export_lines(first, ExportOptions(include_unlabeled=True))
    # the fast line path and the record path describe the same records
    assert [json.loads(x) for x in exported] == list(iter_records(first, ALL))
    src = folder / "export.jsonl"
    src.write_text("\n".join(exported) + "\n", encoding="utf-8")
    second = open_db(fresh_copy(seeded_template, folder, "second.db"))
    import_file(second, src)
    assert export_lines(second, ExportOptions(include_unlabeled=True)) == exported
    for line in exported:
        VALIDATOR.validate(json.loads(line))
    first.close()
    second.close()


def test_records_stream_without_loading_everything(seeded_template, tmp_path):
    db = open_db(fresh_copy(seeded_template, tmp_path, "a.db"))
    read = []
    records = iter_records(db, ExportOptions(include_unlabeled=True),
                           on_row=lambda: read.append(1))
    first = next(records)
    assert first["status"] == "unlabeled"
    assert len(read) == 1  # one row read for the first record, not the whole table
    assert 1 + sum(1 for _ in records) == len(read) == len(sentence_ids(db))


def test_export_to_a_pipe_closed_early_stops_quietly(seeded_template, tmp_path):
    db_file = fresh_copy(seeded_template, tmp_path, "a.db")
    db = open_db(db_file)
    with write(db):
        for sid in sentence_ids(db):
            set_annotation(db, sid, "ana", label="context", note="x" * 2000)  # ~130 KB out
    db.close()
    proc = subprocess.Popen(
        [sys.executable, "-m", "annotator", "export", "--db", str(db_file), "-o", "-"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    assert proc.stdout.read(100)
    proc.stdout.close()  # like `| head -c 100`
    stderr = proc.stderr.read().decode()
    assert proc.wait() == 141
    assert stderr == ""


def test_lines_resolve_as_records_with_reviewers_saved_out_of_order(seeded_db):
    """The export's lines take the common statuses from SQL (one letter before the
    annotations); each line must equal the record resolved in Python, and annotations come
    in reviewer order whatever order they were saved in."""
    db = seeded_db
    ids = sentence_ids(db, 8)
    cases = [
        [("zoe", "claim", "Rusia", "high"), ("ana", "claim", "Rusia", "high")],  # agreed
        [("zoe", "claim", "Rusia", "high"), ("ana", "claim", "Rusia", "low")],  # conflict
        [("zoe", "claim", None, "high"), ("ana", "claim", "Rusia", "high")],  # no source differs
        [("zoe", "claim", None, None), ("ana", "claim", None, None)],  # agreed on nothing
        [("zoe", "denial", "Rusia", None), ("budi", "denial", "Rusia", "high")],  # conflict
        [("zoe", "context", "Rusia", "high")],  # single
        [("zoe", "claim", "Rusia", "high"), ("ana", "claim", "Rusia", "high"),
         ("budi", "claim", "Rusia", "high")],  # agreed by three
    ]
    with write(db):
        for sid, saved in zip(ids, cases, strict=False):
            for reviewer, label, source, confidence in saved:
                set_annotation(db, sid, reviewer, label=label, source=source,
                               confidence=confidence)
    lines = {r["id"]: r for r in map(json.loads, export_lines(db, ALL))}
    records = {r["id"]: r for r in iter_records(db, ALL)}
    assert lines == records
    statuses = [lines[sid]["status"] for sid in ids[:len(cases)]]
    assert statuses == ["agreed", "conflict", "conflict", "agreed", "conflict", "single",
                        "agreed"]
    for sid, saved in zip(ids, cases, strict=False):
        reviewers = [a["reviewer"] for a in lines[sid]["annotations"]]
        assert reviewers == sorted(r for r, *_ in saved)
    assert lines[ids[0]]["label"] == "claim" and lines[ids[0]]["sources"] == ["Rusia"]
    assert lines[ids[1]]["label"] is None and lines[ids[1]]["sources"] == []
    gold_only = [json.loads(x)["id"] for x in export_lines(db, ExportOptions(settled_only=True))]
    assert gold_only == [ids[0], ids[3], ids[6]]
