"""Bad input: one line naming the file (and line), non-zero exit, the database unchanged."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys

import pytest
from click.testing import CliRunner

from annotator.base.errors import InputError
from annotator.cli import main
from annotator.corpus.ingest import ingest_paths
from annotator.db.document_text import raw_text


def snapshot(db) -> list[str]:
    return list(db.conn.iterdump())


def good_and(bad, tmp_path, seeds_dir):
    """A folder holding a good seed and the bad file, so a partial write would show."""
    folder = tmp_path / "corpus"
    folder.mkdir(exist_ok=True)
    seed = sorted(seeds_dir.glob("*.txt"))[1]
    (folder / "a_good.txt").write_text(seed.read_text(encoding="utf-8"), encoding="utf-8")
    return folder


BAD = {
    "non-utf8": ("b_bad.txt", "Korea Utara\nmembantah \xe9 itu.\n".encode("latin-1"), 2, "UTF-8"),
    "binary": ("b_bad.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", 3, "binary"),
    "empty": ("b_bad.txt", b"", None, "empty"),
    "blank": ("b_bad.txt", b"  \n\n \t\n", None, "empty"),
    "malformed-jsonl": (
        "b_bad.jsonl", b'{"text": "Satu kalimat."}\n{"text": "Dua kalimat."\n', 2, "not valid JSON"
    ),
    "jsonl-no-text": ("b_bad.jsonl", b'{"text": "Satu."}\n\n{"title": "x"}\n', 3, '"text"'),
    "jsonl-not-object": ("b_bad.jsonl", b'["Satu kalimat."]\n', 1, "JSON object"),
    "jsonl-bad-language": (
        "b_bad.jsonl", b'{"text": "Satu.", "language": "[red]x"}\n', 1, "language code"
    ),
    "jsonl-empty": ("b_bad.jsonl", b"\n  \n", None, "empty"),
    "jsonl-non-utf8": (
        "b_bad.jsonl", b'{"text": "Satu."}\n\n{"text": "\xe9t\xe9"}\n', 3, "not UTF-8"
    ),
    "jsonl-binary": ("b_bad.jsonl", b'{"text": "x"}\n\x00\x01\x02', None, "binary"),
    "csv-more-fields": ("b_bad.csv", b"title,text\nJudul,Isi berita.,lebih\n", 2, "more fields"),
    "csv-no-text-column": ("b_bad.csv", b"title,body\nJudul,Isi berita.\n", 1, '"text" column'),
    "huge-line-no-sentence-end": ("b_bad.txt", b"x" * 10_000_000, 1, "without a sentence end"),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_bad_file_is_refused_and_nothing_is_written(case, seeded_db, tmp_path, seeds_dir):
    name, content, line, words = BAD[case]
    folder = good_and(name, tmp_path, seeds_dir)
    (folder / name).write_bytes(content)
    before = snapshot(seeded_db)
    with pytest.raises(InputError) as caught:
        ingest_paths(seeded_db, [tmp_path / "corpus" / "a_good.txt", folder])
    assert caught.value.path.endswith(name)
    assert caught.value.line == line
    assert words in str(caught.value)
    assert snapshot(seeded_db) == before


@pytest.mark.parametrize("case", ["non-utf8", "malformed-jsonl", "csv-no-text-column", "empty"])
def test_cli_reports_one_line_and_fails(case, tmp_path, seeded_copy):
    name, content, line, words = BAD[case]
    db_path = seeded_copy("cli.db")
    runner = CliRunner()
    conn = sqlite3.connect(db_path)
    before = list(conn.iterdump())
    bad = tmp_path / name
    bad.write_bytes(content)
    result = runner.invoke(main, ["ingest", str(bad), "--db", str(db_path)])
    assert result.exit_code == 1
    where = f"{bad}:{line}" if line else str(bad)
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and where in lines[0] and words in lines[0]
    assert lines[0].startswith("annotator: error: ")
    assert list(conn.iterdump()) == before


def test_ten_megabyte_line_of_real_text_is_segmented(db, tmp_path):
    clause = "Korea Utara menolak tuduhan pengiriman senjata ke Rusia, "
    sentence = "Kalimat {} menyebut bahwa " + clause * 12 + "kata juru bicara itu. "
    text = "".join(sentence.format(i) for i in range(13_700))
    assert len(text) > 10_000_000 and "\n" not in text
    path = tmp_path / "huge.txt"
    path.write_text(text, encoding="utf-8")
    report = ingest_paths(db, [path])
    assert report.sentences == 13_700


def test_folder_without_usable_files(db, tmp_path):
    folder = tmp_path / "nothing"
    folder.mkdir()
    (folder / "notes.md").write_text("# not a corpus", encoding="utf-8")
    with pytest.raises(InputError, match="no .txt, .jsonl or .csv files") as caught:
        ingest_paths(db, [folder])
    assert caught.value.path == str(folder)


def test_missing_path_and_unsupported_file(db, tmp_path):
    with pytest.raises(InputError, match="no such file"):
        ingest_paths(db, [tmp_path / "missing.txt"])
    other = tmp_path / "page.html"
    other.write_text("<p>x</p>", encoding="utf-8")
    with pytest.raises(InputError, match="not a .txt, .jsonl or .csv file"):
        ingest_paths(db, [other])


def test_missing_path_does_not_create_the_database(tmp_path):
    db_path = tmp_path / "never.db"
    result = CliRunner().invoke(main, ["ingest", str(tmp_path / "nope"), "--db", str(db_path)])
    assert result.exit_code == 1 and "no such file or folder" in result.output
    assert not db_path.exists()


def test_markup_and_terminal_escapes_are_stored_verbatim(db, tmp_path):
    text = (
        "Judul Uji\n"
        "Peskov menyebut laporan itu [bold]palsu[/bold] dan tidak berdasar.\n"
        "Warna \x1b[31mmerah\x1b[0m muncul di layar analis.\n"
    )
    path = tmp_path / "markup.jsonl"
    path.write_text(json.dumps({"text": text}) + "\n", encoding="utf-8")
    ingest_paths(db, [path])
    doc_id = db.execute("SELECT id FROM documents").fetchone()[0]
    assert raw_text(db, doc_id) == text
    shown = [r[0] for r in db.execute(
        "SELECT text FROM sentences WHERE excluded IS NULL ORDER BY position")]
    assert shown == [
        "Peskov menyebut laporan itu [bold]palsu[/bold] dan tidak berdasar.",
        "Warna \x1b[31mmerah\x1b[0m muncul di layar analis.",
    ]


def test_subprocess_error_is_one_line_without_traceback(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00\x00binary")
    done = subprocess.run(
        [sys.executable, "-m", "annotator", "ingest", str(bad), "--db", str(tmp_path / "x.db")],
        capture_output=True, text=True, check=False,
    )
    assert done.returncode == 1
    assert done.stderr.strip() == (f"annotator: error: {bad}:1: binary file, not text "
                                   "(a NUL byte at offset 2)")


def test_language_option_must_be_a_language_code(tmp_path, seeds_dir):
    result = CliRunner().invoke(
        main, ["ingest", str(seeds_dir), "--language", "bahasa indonesia", "--db",
               str(tmp_path / "l.db")]
    )
    assert result.exit_code == 1
    assert "is not a language code" in result.output
    assert not (tmp_path / "l.db").exists()


def test_bad_input_with_parallel_analysis_leaves_nothing_behind(seeded_db, tmp_path, seeds_dir):
    folder = good_and("b_bad.jsonl", tmp_path, seeds_dir)
    lines = [json.dumps({"text": f"Kalimat nomor {i} tentang Korea Utara."}) for i in range(300)]
    (folder / "b_bad.jsonl").write_text("\n".join(lines) + "\n{broken\n", encoding="utf-8")
    before = snapshot(seeded_db)
    with pytest.raises(InputError) as caught:
        ingest_paths(seeded_db, [folder], parallel=True)
    assert caught.value.line == 301
    assert snapshot(seeded_db) == before
    trigger = seeded_db.execute(
        "SELECT count(*) FROM sqlite_master WHERE name = 'sentences_ai'"
    ).fetchone()[0]
    assert trigger == 1


@pytest.mark.parametrize("parallel", [False, True])
def test_bad_input_into_an_empty_database_leaves_its_schema_and_indexes(
    db, tmp_path, seeds_dir, parallel
):
    # into an empty database the sentences' indexes are built at the end: a failure
    # before then must leave them as they were
    folder = good_and("b_bad.jsonl", tmp_path, seeds_dir)
    lines = [json.dumps({"text": f"Kalimat nomor {i} tentang Korea Utara."}) for i in range(300)]
    (folder / "b_bad.jsonl").write_text("\n".join(lines) + "\n{broken\n", encoding="utf-8")
    before = snapshot(db)
    indexes = {name for (name,) in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'sentences'")}
    assert "idx_sentences_presented" in indexes
    with pytest.raises(InputError):
        ingest_paths(db, [folder], parallel=parallel)
    assert snapshot(db) == before


def test_ingest_into_an_empty_database_ends_with_every_sentence_index(db, seeds_dir):
    def schema():
        return sorted(db.execute(
            "SELECT name, sql FROM sqlite_master WHERE tbl_name = 'sentences'").fetchall())

    before = schema()
    ingest_paths(db, [seeds_dir])
    assert schema() == before
    plan = " ".join(str(row) for row in db.execute(
        "EXPLAIN QUERY PLAN SELECT id FROM sentences WHERE doc_id = ? AND position = 0 "
        "AND excluded IS NULL", ["x"]))
    assert "idx_sentences_presented" in plan


def test_a_bad_file_after_stored_batches_leaves_the_full_text_index_as_it_was(
        db, tmp_path, seeds_dir, monkeypatch):
    """The full-text index is filled on a thread of its own while rows are stored: when a
    later file is bad, that thread stops before the rollback, so nothing of the good files
    reaches the index (or any table) behind the transaction's back."""
    import annotator.corpus.ingest as ingest

    monkeypatch.setattr(ingest, "BATCH", 3)  # many batches queued for the index's thread
    ingest_paths(db, [sorted(seeds_dir.glob("*.txt"))[0]])
    tables = [name for (name,) in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY name")]

    def everything() -> dict:
        return {name: sorted(map(repr, db.execute(f"SELECT * FROM [{name}]")))
                for name in tables}

    before = everything()
    bad = tmp_path / "zz-bad.jsonl"
    bad.write_text('{"text": "Satu kalimat yang baik."}\n{"text": 5}\n', encoding="utf-8")
    with pytest.raises(InputError):
        ingest_paths(db, [*sorted(seeds_dir.glob("*.txt"))[1:], bad])
    assert not db.conn.in_transaction  # no statement of the thread's left after the rollback
    assert everything() == before
    assert db.execute("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' "
                      "AND name = 'sentences_ai'").fetchone()[0] == 1
    ingest_paths(db, [seeds_dir])  # and the next ingestion indexes every sentence
    db.execute("INSERT INTO sentences_fts(sentences_fts, rank) VALUES('integrity-check', 1)")
    assert db.execute("SELECT count(*) FROM sentences_fts_docsize").fetchone() == \
        db.execute("SELECT count(*) FROM sentences").fetchone()
