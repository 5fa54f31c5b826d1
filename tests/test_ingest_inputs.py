"""Input formats (.txt, .jsonl, .csv), stable ids, and the ingest command."""

from __future__ import annotations

import csv
import json
import os
import shutil
import subprocess
import sys

import pytest
from click.testing import CliRunner

from annotator.cli import main
from annotator.corpus.ingest import document_id, ingest_paths
from annotator.db.connection import open_db
from annotator.db.document_text import raw_text

ARTICLE = (
    "Judul Artikel Uji\n"
    "loading...\n"
    "SEOUL - Korea Utara membantah laporan itu. Tn. Kim tidak hadir.\n"
    "Baca juga: Berita lain\n"
)


def presented(db) -> list[str]:
    return [
        r[0]
        for r in db.execute(
            "SELECT s.text FROM sentences s JOIN documents d ON d.id = s.doc_id "
            "WHERE s.excluded IS NULL ORDER BY d.ordinal, s.position"
        )
    ]


def test_jsonl_rows_are_documents_with_their_metadata(db, tmp_path):
    path = tmp_path / "corpus.jsonl"
    rows = [
        {"id": "a1", "title": "Judul Artikel Uji", "url": "https://example.id/a1",
         "published": "2024-06-19", "outlet": "KONTAN", "text": ARTICLE},
        {"text": "Putin tiba di Pyongyang. Kim menyambutnya.", "language": "id"},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n\n", encoding="utf-8")
    report = ingest_paths(db, [path])
    assert report.documents_added == 2
    docs = [(*row[1:], raw_text(db, row[0])) for row in db.execute(
        "SELECT id, path, title, url, published, outlet, dateline FROM documents ORDER BY ordinal"
    )]
    assert docs[0] == (f"{path}#1", "Judul Artikel Uji", "https://example.id/a1", "2024-06-19",
                       "KONTAN", "SEOUL", ARTICLE)
    assert docs[1][0] == f"{path}#2"
    # the row's own id is kept beside ours (the content hash)
    assert [r[0] for r in db.execute("SELECT external_id FROM documents ORDER BY ordinal")] == [
        "a1", None]
    assert presented(db) == [
        "Korea Utara membantah laporan itu.", "Tn. Kim tidak hadir.",
        "Putin tiba di Pyongyang.", "Kim menyambutnya.",
    ]


def test_csv_rows_are_documents(db, tmp_path):
    path = tmp_path / "corpus.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["title", "text", "outlet"])
        writer.writerow(["Judul Artikel Uji", ARTICLE, "ANTARA"])
        writer.writerow(["Dua", "Lavrov tiba di Pyongyang pada Rabu.", ""])
    report = ingest_paths(db, [path])
    assert report.documents_added == 2
    assert [r[0] for r in db.execute("SELECT outlet FROM documents ORDER BY ordinal")] == [
        "ANTARA", None]
    assert presented(db)[-1] == "Lavrov tiba di Pyongyang pada Rabu."
    assert db.execute("SELECT path FROM documents ORDER BY ordinal").fetchone()[0] == f"{path}#2"


def test_ids_are_content_hashes_independent_of_order_and_machine(tmp_path, seeds_dir,
                                                                  seeded_copy):
    a = open_db(seeded_copy("a.db"))  # the seeds ingested in order, as one folder
    b = open_db(tmp_path / "b.db")
    copies = tmp_path / "elsewhere"
    copies.mkdir()
    for p in sorted(seeds_dir.glob("*.txt"), reverse=True):
        shutil.copy(p, copies / f"renamed-{p.name}")
        ingest_paths(b, [copies / f"renamed-{p.name}"])
    columns = "SELECT id, doc_id, unit_index, position, excluded, group_id FROM sentences"
    ids_a = set(a.execute(columns))
    ids_b = set(b.execute(columns))
    assert ids_a == ids_b
    raw = (seeds_dir / "000_984cd94c51e94b8e.txt").read_text(encoding="utf-8")
    assert document_id(raw) in {r[0] for r in a.execute("SELECT id FROM documents")}
    assert len({r[0] for r in a.execute("SELECT id FROM sentences")}) == a["sentences"].count


def test_presented_sentences_have_consecutive_positions_and_offsets_into_raw(seeded_db):
    for (doc_id,) in seeded_db.execute("SELECT id FROM documents").fetchall():
        raw = raw_text(seeded_db, doc_id)
        rows = list(seeded_db.execute(
            "SELECT unit_index, position, text, char_start, char_end, excluded FROM sentences "
            "WHERE doc_id = ? ORDER BY unit_index", [doc_id]))
        assert [r[0] for r in rows] == list(range(len(rows)))
        positions = [r[1] for r in rows if r[5] is None]
        assert positions == list(range(len(positions)))
        assert all(r[1] is None for r in rows if r[5] is not None)
        for _, _, text, start, end, _ in rows:
            assert raw[start:end] == text


def test_full_text_index_is_consistent_after_ingest(seeded_db, seeds_dir):
    seeded_db.execute("INSERT INTO sentences_fts(sentences_fts) VALUES('integrity-check')")
    hits = seeded_db.execute(
        "SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH ?",
        [seeded_db.quote_fts("Lavrov")],
    ).fetchone()[0]
    assert hits > 3
    trigger = seeded_db.execute(
        "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = 'sentences_ai'"
    ).fetchone()[0]
    assert trigger == 1  # the per-row trigger is back for everyone else's inserts


def test_cli_ingest_prints_a_summary_and_json(tmp_path, seeds_dir):
    runner = CliRunner()
    db = tmp_path / "cli.db"
    result = runner.invoke(main, ["ingest", str(seeds_dir), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "documents added" in result.output and "5" in result.output
    again = runner.invoke(main, ["ingest", str(seeds_dir), "--db", str(db), "--json"])
    assert again.exit_code == 0
    report = json.loads(again.output)
    assert report["documents_added"] == 0 and report["documents_present"] == 5


def test_cli_ingest_as_a_subprocess(tmp_path, seeds_dir):
    env = {**os.environ, "ANNOTATOR_DB": str(tmp_path / "sub.db")}
    done = subprocess.run(
        [sys.executable, "-m", "annotator", "ingest", str(seeds_dir), "--json"],
        capture_output=True, text=True, env=env, check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["documents_added"] == 5
    assert "Traceback" not in done.stderr


def test_parallel_analysis_stores_exactly_what_serial_analysis_does(tmp_path, seeds_dir):
    serial = open_db(tmp_path / "serial.db")
    parallel = open_db(tmp_path / "parallel.db")
    ingest_paths(serial, [seeds_dir], parallel=False)
    ingest_paths(parallel, [seeds_dir], parallel=True)
    query = "SELECT * FROM sentences ORDER BY doc_id, unit_index"
    assert list(serial.execute(query)) == list(parallel.execute(query))
    docs = "SELECT id, ordinal, title, outlet, dateline, published, wire FROM documents"
    assert list(serial.execute(docs)) == list(parallel.execute(docs))


def test_windows_line_endings_and_a_repeated_document(db, tmp_path):
    crlf = tmp_path / "crlf.txt"
    crlf.write_bytes(ARTICLE.replace("\n", "\r\n").encode("utf-8"))
    copy = tmp_path / "copy.jsonl"
    text = "Putin tiba di Pyongyang. Kim menyambutnya."
    copy.write_text(json.dumps({"text": text}) + "\n" + json.dumps({"text": text}) + "\n",
                    encoding="utf-8")
    calls = []
    report = ingest_paths(db, [crlf, copy], progress=lambda *args: calls.append(args))
    assert report.documents_added == 2 and report.documents_present == 1
    assert presented(db)[:2] == ["Korea Utara membantah laporan itu.", "Tn. Kim tidak hadir."]
    raw = raw_text(db, db.execute("SELECT id FROM documents ORDER BY ordinal").fetchone()[0])
    assert raw.encode("utf-8") == crlf.read_bytes()  # verbatim
    total = crlf.stat().st_size + copy.stat().st_size
    assert calls[-1] == (total, total) and len(calls) == 2


def test_progress_moves_within_one_large_file(db, tmp_path):
    path = tmp_path / "many.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for i in range(120):
            out.write(json.dumps({"text": f"Dokumen nomor {i} membahas Korea Utara."}) + "\n")
    calls = []
    ingest_paths(db, [path], progress=lambda *args: calls.append(args))
    size = path.stat().st_size
    assert len(calls) >= 3
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)
    assert 0 < calls[0][0] < size and calls[-1] == (size, size)


def test_cli_takes_an_analysts_own_rules_file(tmp_path):
    from annotator.base.resources import data_file

    rules = json.loads((data_file("chrome_rules.json")).read_text(encoding="utf-8"))
    rules["line_rules"].append({"name": "tempo-promo", "pattern": "^Dapatkan berita pilihan"})
    own = tmp_path / "tempo_rules.json"
    own.write_text(json.dumps(rules), encoding="utf-8")
    page = tmp_path / "tempo.txt"
    page.write_text("Judul\nDapatkan berita pilihan setiap hari.\nLavrov tiba.\n", encoding="utf-8")
    db_path = tmp_path / "r.db"
    result = CliRunner().invoke(
        main, ["ingest", str(page), "--rules", str(own), "--db", str(db_path), "--json"]
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["excluded_by_reason"]["tempo-promo"] == 1
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    bad = CliRunner().invoke(main, ["ingest", str(page), "--rules", str(broken), "--db",
                                    str(tmp_path / "b.db")])
    assert bad.exit_code == 1 and str(broken) in bad.output and "cleaning rules" in bad.output
    assert not (tmp_path / "b.db").exists()


def test_garbage_collection_is_back_on_after_ingest_even_after_an_error(db, tmp_path, seeds_dir):
    import gc

    import pytest

    from annotator.base.errors import InputError

    ingest_paths(db, [seeds_dir])
    assert gc.isenabled()
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{broken\n", encoding="utf-8")
    with pytest.raises(InputError):
        ingest_paths(db, [bad])
    assert gc.isenabled()


def test_a_headline_ending_in_a_quotation_is_the_title_not_a_sentence(db, tmp_path):
    page = tmp_path / "quoted.txt"
    page.write_text(
        'Beijing calls Manila\'s account of the collision "a pure fabrication"\n\n'
        'BEIJING (Reuters) - China said the report was false. "It is a lie," Lin said.\n',
        encoding="utf-8")
    ingest_paths(db, [page])
    title = db.execute("SELECT title FROM documents").fetchone()[0]
    assert title == 'Beijing calls Manila\'s account of the collision "a pure fabrication"'
    assert not any("pure fabrication" in text for text in presented(db))
    assert any(text.startswith('"It is a lie,"') for text in presented(db))


def test_datelines_with_a_lower_case_domain_or_the_outlet_first(db, tmp_path):
    for name, head in (("a.txt", "BEKASI, KOMPAS.com - "), ("b.txt", "TEMPO.CO, Jakarta - ")):
        (tmp_path / name).write_text(
            f"Judul berita {name}\n\n{head}Pemerintah kota membantah tudingan itu.\n",
            encoding="utf-8")
    ingest_paths(db, [tmp_path / "a.txt", tmp_path / "b.txt"])
    assert presented(db) == ["Pemerintah kota membantah tudingan itu."] * 2
    assert sorted(r[0] for r in db.execute("SELECT dateline FROM documents")) == [
        "BEKASI", "Jakarta"]


def test_a_wire_dateline_with_a_country(db, tmp_path):
    page = tmp_path / "wire.txt"
    page.write_text("Bridge collapses\n\nPORTO ALEGRE, Brazil, June 2 (Reuters) - A bridge "
                    "collapsed on Sunday.\n", encoding="utf-8")
    ingest_paths(db, [page])
    assert presented(db) == ["A bridge collapsed on Sunday."]
    assert db.execute("SELECT dateline FROM documents").fetchone()[0] == "PORTO ALEGRE"


@pytest.mark.parametrize("filter_bits", [1 << 26, 8])
def test_groups_are_the_same_when_the_index_moves_to_disk(tmp_path, seeds_dir, monkeypatch,
                                                          filter_bits):
    """A large ingestion keeps only its latest sentences in memory and finds earlier ones on
    disk: near-duplicate groups come out exactly as when everything stays in memory, with
    the filter skipping lookups and with a filter so small every key shares a bit."""
    import annotator.corpus.ingest as ingest

    monkeypatch.setattr(ingest, "FILTER_BITS", filter_bits)

    corpus = tmp_path / "wire.jsonl"
    sentences = [
        "Kementerian luar negeri Korea Utara menolak tuduhan pengiriman senjata ke Rusia.",
        "Juru bicara Kremlin Dmitry Peskov mengatakan tuduhan Barat tidak berdasar sama sekali.",
        "Pejabat AS menuduh Korea Utara mengirim senjata ke Rusia untuk perang di Ukraina.",
    ]
    rows = []
    for n in range(12):  # each outlet copies the wire with a small change of its own
        body = " ".join(s.replace("senjata", "senjata" if n % 2 else "amunisi")
                        + f" Laporan {n} diterbitkan pada hari Senin." for s in sentences)
        rows.append({"id": f"w{n}", "text": f"Judul Berita Nomor {n}\n\n{body}\n"})
    corpus.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    paths = [*sorted(seeds_dir.glob("*.txt")), corpus]

    def grouped(name: str, in_memory: int) -> set:
        monkeypatch.setattr(ingest, "IN_MEMORY", in_memory)
        monkeypatch.setattr(ingest, "BATCH", 3)
        db = open_db(tmp_path / name)
        ingest_paths(db, paths)
        # the full-text index, filled a batch at a time, holds every row as stored
        db.execute("INSERT INTO sentences_fts(sentences_fts, rank) VALUES('integrity-check', 1)")
        assert db.execute("SELECT count(*) FROM sentences_fts_docsize").fetchone() == \
            db.execute("SELECT count(*) FROM sentences").fetchone()
        return set(db.execute("SELECT id, group_id FROM sentences WHERE excluded IS NULL"))

    in_memory = grouped("memory.db", 10**9)
    assert len({g for _, g in in_memory if g}) >= 3  # the copies did group
    assert grouped("disk.db", 4) == in_memory


def test_sentence_rowids_past_the_keys_range_are_refused_and_nothing_changes(db, tmp_path,
                                                                             seeds_dir):
    """Near-duplicate keys wait in 64-bit ints with the sentence's rowid in 30 bits: a
    database whose rowids reach that far is refused with one clear message, as it was."""
    from annotator.base.errors import AnnotatorError
    from annotator.corpus.ingest import ROWID_LIMIT

    ingest_paths(db, [sorted(seeds_dir.glob("*.txt"))[0]])
    doc = db.execute("SELECT id FROM documents").fetchone()[0]
    db.execute("INSERT INTO sentences (rowid, id, doc_id, unit_index, text, excluded) "
                "VALUES (?, 'far', ?, 999, 'Loading...', 'chrome')", [ROWID_LIMIT - 2, doc])
    db.conn.commit()
    before = list(db.execute("SELECT rowid, id, group_id FROM sentences ORDER BY rowid"))
    documents = list(db.execute("SELECT id FROM documents"))
    with pytest.raises(AnnotatorError, match="rowids reach 1,073,741,824"):
        ingest_paths(db, [seeds_dir])
    assert list(db.execute("SELECT rowid, id, group_id FROM sentences ORDER BY rowid")) == before
    assert list(db.execute("SELECT id FROM documents")) == documents
    assert db.execute("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' "
                      "AND name IN ('sentences_ai', 'sentences_au')").fetchone()[0] == 2
