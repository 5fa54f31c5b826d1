"""The ingestion's rows are stored by a thread beside the main one, many rows a
statement, and a batch's stored near-duplicates are read before it is grouped: the same
rows as one by one, and an error on that thread still rolls everything back."""

from __future__ import annotations

import json
import sqlite3
import threading

import pytest

import annotator.corpus.ingest as ingest
import annotator.corpus.writer as writer
from annotator.corpus.ingest import ingest_paths
from annotator.db.connection import open_db

SENTENCES = [
    "Kementerian luar negeri Korea Utara menolak tuduhan pengiriman senjata ke Rusia.",
    "Juru bicara Kremlin Dmitry Peskov mengatakan tuduhan Barat tidak berdasar sama sekali.",
    "Pejabat AS menuduh Korea Utara mengirim senjata ke Rusia untuk perang di Ukraina.",
    "Officials in Seoul said the shipments had continued through the summer months.",
]


def _wire(tmp_path, outlets=12):
    """Outlets copying the same wire story, each with a change of its own."""
    corpus = tmp_path / "wire.jsonl"
    rows = []
    for n in range(outlets):
        body = " ".join(s.replace("senjata", "senjata" if n % 2 else "amunisi")
                        + f" Laporan {n} diterbitkan pada hari Senin." for s in SENTENCES)
        rows.append({"id": f"w{n}", "text": f"Judul Berita Nomor {n}\n\n{body}\n"})
    corpus.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return corpus


class _Noted:
    """The connection, noting each statement's first words and the thread running it."""

    def __init__(self, conn, noted: list[tuple[str, str, object]]):
        self._conn, self._noted = conn, noted

    def __getattr__(self, name):
        return getattr(self._conn, name)

    def execute(self, sql, *args):
        self._noted.append((" ".join(sql.split()[:3]), threading.current_thread().name,
                            args[0] if args else None))
        return self._conn.execute(sql, *args)

    def executemany(self, sql, *args):
        self._noted.append((" ".join(sql.split()[:3]), threading.current_thread().name,
                            "many"))
        return self._conn.executemany(sql, *args)


def _table(db, table):
    """The table's rows, but for the time of ingestion."""
    columns = ", ".join(c for c in db[table].columns_dict if c != "ingested_at")
    if table in ("near_duplicate_keys", "sentences_fts_idx"):  # WITHOUT ROWID
        return sorted(db.execute(f"SELECT {columns} FROM {table}").fetchall())
    return db.execute(f"SELECT rowid, {columns} FROM {table} ORDER BY rowid").fetchall()


@pytest.mark.parametrize("limit", [11, 40, 32_766])
def test_the_rows_stored_many_to_a_statement_are_those_stored_one_by_one(
        tmp_path, seeds_dir, monkeypatch, limit):
    """11 values a statement: one sentence row each (the writer's statement as executemany
    ran it); 40: a few rows each, in powers of two; 32,766: thousands."""
    files = [*sorted(seeds_dir.glob("*.txt")), _wire(tmp_path)]
    one = open_db(tmp_path / "one.db")
    monkeypatch.setattr(writer, "VALUES_PER_STATEMENT", 11)
    ingest_paths(one, files)
    many = open_db(tmp_path / "many.db")
    monkeypatch.setattr(writer, "VALUES_PER_STATEMENT", limit)
    ingest_paths(many, files)
    for table in ("documents", "sentences", "progress_documents", "near_duplicate_keys",
                  "sentences_fts", "sentences_fts_data", "sentences_fts_idx"):
        assert _table(many, table) == _table(one, table), table


def test_each_statement_has_a_power_of_two_of_rows_and_all_of_them():
    rows = [(n, f"s{n}") for n in range(5_000)]
    statements = list(writer._values("INSERT INTO t (a, b) VALUES", rows, 4_096))
    sizes = [len(values) // 2 for _, values in statements]
    assert sizes == [2048, 2048, 512, 256, 128, 8]
    assert [v for _, values in statements for v in values] == [v for row in rows for v in row]
    assert len({sql for sql, _ in statements}) == len(set(sizes))  # one text per size


def test_sentence_rows_are_stored_beside_the_main_thread_many_to_a_statement(
        tmp_path, seeds_dir):
    db = open_db(tmp_path / "a.db")
    noted: list[tuple[str, str, object]] = []
    db.conn = _Noted(db.conn, noted)
    ingest_paths(db, [*sorted(seeds_dir.glob("*.txt")), _wire(tmp_path)])
    inserts = [(thread, params) for words, thread, params in noted
               if words == "INSERT INTO sentences"]
    assert inserts
    main = threading.main_thread().name
    assert all(thread != main and params != "many" for thread, params in inserts)
    assert max(len(params) for _, params in inserts) > 11 * 10  # more than ten rows


def test_a_batch_reads_its_stored_near_duplicates_in_one_statement(
        tmp_path, seeds_dir, monkeypatch):
    """Most sentences look on disk (a small index); with room in the caches no lookup
    reads a key's sentences one key at a time, and the groups are those found so."""
    monkeypatch.setattr(ingest, "IN_MEMORY", 4)
    monkeypatch.setattr(ingest, "BATCH", 3)
    files = [*sorted(seeds_dir.glob("*.txt")), _wire(tmp_path)]
    db = open_db(tmp_path / "a.db")
    noted: list[tuple[str, str, object]] = []
    db.conn = _Noted(db.conn, noted)
    ingest_paths(db, files)
    one_key = sum(1 for words, _, _ in noted if words == "SELECT sentence_rowid FROM")
    many_keys = sum(1 for words, _, _ in noted if words == "SELECT n.key, n.sentence_rowid")
    assert one_key == 0 and many_keys > 5
    groups = set(db.execute("SELECT id, group_id FROM sentences WHERE excluded IS NULL"))
    assert len({g for _, g in groups if g}) >= 4  # the copies did group

    monkeypatch.setattr(ingest._Run, "_prefetch", lambda run, results: None)
    alone = open_db(tmp_path / "alone.db")  # each lookup on its own, as before
    ingest_paths(alone, files)
    assert set(alone.execute(
        "SELECT id, group_id FROM sentences WHERE excluded IS NULL")) == groups


def test_a_statement_failing_on_the_writer_rolls_everything_back(
        tmp_path, seeds_dir, monkeypatch):
    db = open_db(tmp_path / "a.db")
    ingest_paths(db, [sorted(seeds_dir.glob("*.txt"))[0]])
    before = {t: _table(db, t) for t in ("documents", "sentences", "sentences_fts")}
    triggers = db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"
                          ).fetchall()
    monkeypatch.setattr(writer, "INSERT_SENTENCES", "INSERT INTO no_such_table (a) VALUES")
    with pytest.raises(sqlite3.OperationalError, match="no_such_table"):
        ingest_paths(db, [*sorted(seeds_dir.glob("*.txt"))[1:], _wire(tmp_path)])
    assert {t: _table(db, t) for t in before} == before
    assert db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"
                      ).fetchall() == triggers
