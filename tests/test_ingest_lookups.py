"""Lookups of stored near-duplicates during a large ingestion: the stored rows a lookup
reads are remembered in a bounded cache, and a full cache lets its oldest rows go rather
than forgetting every row (each row read again is a seek into a large table)."""

from __future__ import annotations

import json

import pytest
from support.watched import WatchedConnection

import annotator.corpus.ingest as ingest
from annotator.corpus.ingest import ingest_paths
from annotator.db.connection import open_db

SENTENCES = [
    "Kementerian luar negeri Korea Utara menolak tuduhan pengiriman senjata ke Rusia.",
    "Juru bicara Kremlin Dmitry Peskov mengatakan tuduhan Barat tidak berdasar sama sekali.",
    "Pejabat AS menuduh Korea Utara mengirim senjata ke Rusia untuk perang di Ukraina.",
    "Officials in Seoul said the shipments had continued through the summer months.",
]


def _wire(tmp_path):
    """Twelve outlets copying the same wire story, each with a change of its own."""
    corpus = tmp_path / "wire.jsonl"
    rows = []
    for n in range(12):
        body = " ".join(s.replace("senjata", "senjata" if n % 2 else "amunisi")
                        + f" Laporan {n} diterbitkan pada hari Senin." for s in SENTENCES)
        rows.append({"id": f"w{n}", "text": f"Judul Berita Nomor {n}\n\n{body}\n"})
    corpus.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return corpus


def _noting_reads(read: list[int]):
    """Notes which stored rows each lookup reads from the table."""
    def seen(sql, args):
        if sql.startswith("SELECT rowid, id, doc_id, group_id, text FROM sentences"):
            read.extend(json.loads(args[0][0]))
    return seen


def _ingest(tmp_path, name, seeds_dir, monkeypatch, cached_rows, read=None, held=None):
    monkeypatch.setattr(ingest, "IN_MEMORY", 4)  # most lookups go to disk
    monkeypatch.setattr(ingest, "BATCH", 3)
    monkeypatch.setattr(ingest, "CACHED_ROWS", cached_rows)
    db = open_db(tmp_path / name)
    if read is not None:
        db.conn = WatchedConnection(db.conn, _noting_reads(read))
        stored = ingest._Run._stored

        def noting(run, keys):
            held.append(set(run._stored_rows))  # what the cache holds before this lookup
            read.append(None)  # a lookup starts
            return stored(run, keys)

        monkeypatch.setattr(ingest._Run, "_stored", noting)
        prefetch = ingest._Run._prefetch

        def reading_ahead(run, batch):
            held.append(set(run._stored_rows))  # a batch's lookups read at once count as one
            read.append(None)
            return prefetch(run, batch)

        monkeypatch.setattr(ingest._Run, "_prefetch", reading_ahead)
    ingest_paths(db, [*sorted(seeds_dir.glob("*.txt")), _wire(tmp_path)])
    return set(db.execute("SELECT id, group_id FROM sentences WHERE excluded IS NULL"))


@pytest.mark.parametrize("cached_rows", [1, 4, 8])
def test_groups_are_the_same_with_a_small_cache_of_stored_rows(tmp_path, seeds_dir,
                                                               monkeypatch, cached_rows):
    large = _ingest(tmp_path, "large.db", seeds_dir, monkeypatch, 10**9)
    assert len({g for _, g in large if g}) >= 4  # the copies did group
    assert _ingest(tmp_path, "small.db", seeds_dir, monkeypatch, cached_rows) == large


def test_a_lookup_never_reads_again_a_row_the_cache_holds(tmp_path, seeds_dir, monkeypatch):
    read: list[int | None] = []
    held: list[set[int]] = []
    _ingest(tmp_path, "small.db", seeds_dir, monkeypatch, 4, read, held)
    lookups: list[list[int]] = []
    for rowid in read:
        if rowid is None:
            lookups.append([])
        else:
            lookups[-1].append(rowid)
    assert len(lookups) == len(held) > 10
    assert sum(map(len, lookups)) > 10  # rows were read, the cache overflowed
    for rows, cached in zip(lookups, held, strict=True):
        assert not cached.intersection(rows)
    assert max(map(len, held)) <= 4 + max(map(len, lookups))  # bounded


def _counting_statements(counted: list[str]):
    """Counts the statements that read stored sentences or their keys."""
    def seen(sql, args):
        if sql.startswith(("SELECT rowid, id, doc_id, group_id, text FROM sentences",
                           "SELECT sentence_rowid FROM near_duplicate_keys",
                           "SELECT j.value, (SELECT group_concat(sentence_rowid)")):
            counted.append(sql)
    return seen


def test_a_batch_reads_its_stored_lookups_in_two_statements(tmp_path, seeds_dir,
                                                             monkeypatch):
    """Each statement on the connection waits while the full-text index's thread holds it:
    a batch's lookups on disk are read ahead at once, not one or two statements each."""
    monkeypatch.setattr(ingest, "IN_MEMORY", 4)
    monkeypatch.setattr(ingest, "BATCH", 40)
    lookups = []
    stored = ingest._Run._stored
    monkeypatch.setattr(ingest._Run, "_stored",
                        lambda run, keys: lookups.append(keys) or stored(run, keys))
    db = open_db(tmp_path / "batched.db")
    counted: list[str] = []
    db.conn = WatchedConnection(db.conn, _counting_statements(counted))
    ingest_paths(db, [_wire(tmp_path)])
    batches = -(-len(list(db.execute("SELECT 1 FROM sentences"))) // 40)
    assert len(lookups) > 2 * batches  # many lookups, in a few batches
    assert len(counted) <= 2 * batches


@pytest.mark.parametrize("cached_rows", [1, 4, 10**9])
def test_a_batchs_lookups_read_no_row_after_it_is_read_ahead(tmp_path, seeds_dir, monkeypatch,
                                                            cached_rows):
    """A row the rows cache let go between the batch's read-ahead and its lookup was read
    again then, one statement at a time, each waiting while the full-text index's thread
    held the connection (3.6 s of 25 s at 1,000,000 sentences). Every row a batch's lookups
    want is now held for the batch: once the batch is read ahead, its lookups read
    nothing; and the groups are the same."""
    monkeypatch.setattr(ingest, "LOAD_FILTER_AFTER", 1)  # the filter read at once
    late: list[list[int]] = []
    read_rows = ingest._Run._read_rows
    inside: list[bool] = [False]

    def reading(run, rowids, into):
        if run._passing is not None and not inside[0]:
            late.append(list(rowids))  # a batch read ahead, and a lookup still reads
        return read_rows(run, rowids, into)

    prefetch = ingest._Run._prefetch

    def reading_ahead(run, batch):
        inside[0] = True
        try:
            return prefetch(run, batch)
        finally:
            inside[0] = False

    monkeypatch.setattr(ingest._Run, "_read_rows", reading)
    monkeypatch.setattr(ingest._Run, "_prefetch", reading_ahead)
    groups = _ingest(tmp_path, "ahead.db", seeds_dir, monkeypatch, cached_rows)
    assert late == []
    monkeypatch.undo()
    assert groups == _ingest(tmp_path, "plain.db", seeds_dir, monkeypatch, 10**9)
    assert len({g for _, g in groups if g}) >= 4  # the copies did group
