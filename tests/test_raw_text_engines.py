"""The raw text held once, on SQLite and on PostgreSQL: ingestion, a copy between engines,
and migration 0015 converting a PostgreSQL database made before it."""

from __future__ import annotations

import sqlite3

import pytest

from annotator.corpus.ingest import document_id, ingest_paths
from annotator.db import fts
from annotator.db.connection import connect, open_db, write
from annotator.db.document_text import raw_text
from annotator.db.migrations import migrations

pytestmark = pytest.mark.both_engines

SENTENCE_ROWS = ("SELECT id, doc_id, unit_index, position, char_start, char_end, text, "
                 "excluded, duplicate_of, group_id FROM sentences ORDER BY id")


def _seed_texts(seeds_dir) -> dict[str, str]:
    texts = {}
    for seed in sorted(seeds_dir.glob("*.txt")):
        text = seed.read_bytes().decode("utf-8-sig")
        texts[document_id(text)] = text
    return texts


def test_the_seeds_come_back_verbatim_from_either_engine(seeded_db, seeds_dir):
    """On PostgreSQL the seeded database is a copy of SQLite's (``annotator copy``)."""
    texts = _seed_texts(seeds_dir)
    for doc_id, text in texts.items():
        assert raw_text(seeded_db, doc_id) == text
    assert seeded_db.execute("SELECT count(*) FROM documents WHERE raw IS NULL "
                             "AND gaps IS NOT NULL").fetchone()[0] == len(texts)


def test_ingestion_keeps_crlf_pages_verbatim_on_either_engine(db, seeds_dir, tmp_path):
    for seed in sorted(seeds_dir.glob("*.txt"))[:2]:
        (tmp_path / seed.name).write_bytes(seed.read_bytes().replace(b"\n", b"\r\n"))
    ingest_paths(db, [tmp_path])
    for page in sorted(tmp_path.glob("*.txt")):
        text = page.read_bytes().decode("utf-8")
        assert raw_text(db, document_id(text)).encode("utf-8") == page.read_bytes()
    assert db.execute("SELECT count(*) FROM documents WHERE raw IS NOT NULL").fetchone()[0] == 0


@pytest.mark.parametrize("engine", ["postgresql"], indirect=True)
def test_a_postgresql_database_made_before_0015_converts(db_path, seeded_template, seeds_dir):
    """Rows as 0014 stored them (the raw text whole) in a PostgreSQL database migrated to
    0014; opening it converts it, and its units and search results stay as they were."""
    texts = _seed_texts(seeds_dir)
    source = sqlite3.connect(seeded_template)
    old = connect(db_path)
    try:
        with write(old):
            old.ensure_functions()  # what open_db does first on PostgreSQL
            migrations.apply(old, stop_before="0015_raw_text_once")
        assert "gaps" not in old["documents"].columns_dict
        documents = source.execute("SELECT id, ordinal, path, title, language, ingested_at "
                                   "FROM documents ORDER BY ordinal").fetchall()
        sentences = source.execute(
            "SELECT rowid, id, doc_id, unit_index, position, text, char_start, char_end, "
            "excluded, duplicate_of, group_id FROM sentences ORDER BY rowid").fetchall()
        with write(old):
            old.conn.executemany(
                "INSERT INTO documents (id, ordinal, path, title, language, ingested_at, raw) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)", [(*row, texts[row[0]]) for row in documents])
            old.conn.executemany(
                "INSERT INTO sentences (rowid, id, doc_id, unit_index, position, text, "
                "char_start, char_end, excluded, duplicate_of, group_id) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", sentences)
        units = old.execute(SENTENCE_ROWS).fetchall()
        query = fts.words_query("Korea Utara Rusia")
        found = fts.ranked(old, query, columns="s.id", limit=40)
        assert found
    finally:
        old.close()
        source.close()
    db = open_db(db_path)  # migrates
    try:
        assert db.execute("SELECT count(*) FROM documents WHERE raw IS NOT NULL "
                          "OR gaps IS NULL").fetchone()[0] == 0
        for doc_id, text in texts.items():
            assert raw_text(db, doc_id) == text
        assert db.execute(SENTENCE_ROWS).fetchall() == units
        assert fts.ranked(db, query, columns="s.id", limit=40) == found
    finally:
        db.close()


def test_near_duplicates_found_on_disk_group_alike_on_either_engine(db, tmp_path, seeds_dir,
                                                                     monkeypatch):
    """A run keeping only its latest sentences in memory files the others' keys on disk
    and looks them up there (stored rows read back by rowid): the same groups on either
    engine as with everything in memory on SQLite."""
    import json

    import annotator.corpus.ingest as ingest

    corpus = tmp_path / "wire.jsonl"
    body = ("Pejabat AS menuduh Korea Utara mengirim senjata ke Rusia untuk perang di Ukraina. "
            "Juru bicara Kremlin Dmitry Peskov mengatakan tuduhan Barat tidak berdasar.")
    rows = [{"id": f"w{n}", "text": f"Judul Berita Nomor {n}\n\n{body} Laporan {n} terbit.\n"}
            for n in range(8)]
    rows.append({"id": "long", "text": "Judul Panjang\n\n" + "Kata demi kata " * 200 + "."})
    rows.append({"id": "long2", "text": "Judul Panjang Lagi\n\n" + "Kata demi kata " * 200 + "."})
    corpus.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    reference = open_db(tmp_path / "memory.db")
    ingest_paths(reference, [corpus])
    monkeypatch.setattr(ingest, "IN_MEMORY", 2)
    monkeypatch.setattr(ingest, "BATCH", 2)
    ingest_paths(db, [corpus])
    groups = "SELECT id, group_id FROM sentences WHERE excluded IS NULL ORDER BY id"
    assert len({g for _, g in reference.execute(groups) if g}) >= 2
    assert list(db.execute(groups)) == list(reference.execute(groups))
    keys = "SELECT key, sentence_rowid FROM near_duplicate_keys ORDER BY key, sentence_rowid"
    assert list(db.execute(keys)) == list(reference.execute(keys))
