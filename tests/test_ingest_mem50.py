"""Ingest's peak memory at 1,000,000 sentences (issue 10, 50th round): the filter bits of a
filing worked out a slice of keys at a time, the stored rows cache letting go of the rows
least recently asked, rows of one document read together holding one copy of its id, and
stored rows held without their text, read again by rowid when a match needs it."""

from __future__ import annotations

import random

import pytest
from support.watched import WatchedConnection

import annotator.corpus.ingest as ingest
from annotator.corpus import key_batches
from annotator.corpus.ingest import ingest_paths
from annotator.corpus.key_batches import MIX
from annotator.db.connection import open_db


def _bits_one_by_one(keys: list[int], mask: int) -> bytearray:
    filed = bytearray(max(1, (mask + 1) >> 3))
    for key in keys:
        for bit in (key & mask, (key * MIX >> 40) & mask):
            filed[bit >> 3] |= 1 << (bit & 7)
    return filed


@pytest.mark.parametrize("as_list", [True, False])
def test_many_keys_are_marked_a_slice_at_a_time_with_the_same_bits(monkeypatch, as_list):
    """No numpy step sees more than MARK_SLICE keys (a whole filing's made a dozen arrays
    of its length at once, 10-14 MB at the peak), and every key's two bits are set, the
    last slice's (shorter) included."""
    np = pytest.importorskip("numpy")
    monkeypatch.setattr(key_batches, "MARK_SLICE", 7)
    monkeypatch.setattr(key_batches, "NUMPY_FROM", 0)
    seen: list[int] = []
    bits = key_batches._bits_numpy

    def noting(keys, mask):
        seen.append(len(keys))
        return bits(keys, mask)

    monkeypatch.setattr(key_batches, "_bits_numpy", noting)
    rng = random.Random(50)
    keys = [rng.getrandbits(33) for _ in range(7 * 9 + 3)]
    mask = (1 << 14) - 1
    filed = bytearray((mask + 1) >> 3)
    key_batches.mark(filed, keys if as_list else np.array(keys, dtype=np.uint64), mask)
    assert filed == _bits_one_by_one(keys, mask)
    assert max(seen) <= 7
    assert sum(seen) == len(keys)


def _run_with(batch_keys: dict[int, list[int]]) -> ingest._Run:
    """A run whose batch has read ahead ``batch_keys``' rows (no database needed)."""
    run = object.__new__(ingest._Run)
    run._full_keys, run._recent_keys, run._stored_rows = {}, {}, {}
    run._batch_keys = batch_keys
    run._batch_rows = {rowid: (f"s{rowid}", "d", None, "t", "t")
                       for rowids in batch_keys.values() for rowid in rowids}
    run._passing = set(batch_keys)
    run.filter_complete, run.filed = True, bytearray(1)
    return run


def test_a_full_cache_lets_go_of_the_rows_least_recently_asked(monkeypatch):
    """The rows every copy of a wire story asks for stay while rows asked once go: the
    cache is filled with 1, 2 then 3, 4; 1 and 2 are asked again; a fifth row makes room
    by letting 3 and 4 go, not 1 and 2 (read first, but asked last)."""
    monkeypatch.setattr(ingest, "CACHED_ROWS", 4)
    monkeypatch.setattr(ingest, "ROWS_LET_GO", 4)  # one row's room at a time
    run = _run_with({10: [1, 2], 20: [3, 4], 30: [5]})
    for key in (10, 20, 10):
        run._stored((key,))
    assert list(run._stored_rows)[-2:] == [1, 2]
    assert [row[0] for row in run._stored((30,))] == ["s5"]
    assert set(run._stored_rows) == {1, 2, 5}


def test_rows_of_one_document_read_together_share_its_id(tmp_path, seeds_dir):
    db = open_db(tmp_path / "shared.db")
    ingest_paths(db, [seeds_dir])
    doc_id, *_ = db.execute("SELECT doc_id FROM sentences GROUP BY doc_id "
                            "HAVING count(*) > 2 LIMIT 1").fetchone()
    rowids = [r for (r,) in db.execute("SELECT rowid FROM sentences WHERE doc_id = ? "
                                       "ORDER BY rowid", [doc_id])]
    run = object.__new__(ingest._Run)
    run.db = db
    into: dict[int, tuple] = {}
    run._read_rows(rowids, into)
    assert len(into) == len(rowids)
    first = into[rowids[0]][1]
    assert first == doc_id
    assert all(into[r][1] is first for r in rowids)
    texts = dict(db.execute("SELECT rowid, text FROM sentences WHERE doc_id = ?", [doc_id]))
    # held without its text: the rowid to read it by, and the normalised text
    assert all(into[r][3] == r and into[r][4] == ingest.normalised(texts[r]) for r in rowids)
    assert all(run._stored_text(r) == texts[r] for r in rowids)


def _counting_text_reads(counted: list[str]):
    """Counts the reads of one stored sentence's text."""
    def seen(sql, args):
        if sql == ingest.STORED_ROWS and args and args[0][0].count(",") == 0:
            counted.append(args[0][0])
    return seen


def _wire_groups(tmp_path, name, seeds_dir, monkeypatch, counted=None):
    from tests.test_ingest_lookups import _wire

    monkeypatch.setattr(ingest, "IN_MEMORY", 4)  # most lookups go to disk
    monkeypatch.setattr(ingest, "BATCH", 3)
    db = open_db(tmp_path / name)
    if counted is not None:
        db.conn = WatchedConnection(db.conn, _counting_text_reads(counted))
    ingest_paths(db, [*sorted(seeds_dir.glob("*.txt")), _wire(tmp_path)])
    return set(db.execute("SELECT id, group_id FROM sentences WHERE excluded IS NULL"))


def test_a_stored_match_reads_its_text_and_groups_as_with_the_text_held(tmp_path, seeds_dir,
                                                                       monkeypatch):
    """Copies of a wire story matched on disk: a match that needs the stored sentence's
    names and numbers reads its text by rowid, and the groups are those of an index given
    rows with their text (the rows as they were held before)."""
    counted: list[str] = []
    lean = _wire_groups(tmp_path, "lean.db", seeds_dir, monkeypatch, counted)
    assert counted  # the text of some stored matches was read again
    assert len({g for _, g in lean if g}) >= 4  # the copies did group
    read_rows = ingest._Run._read_rows

    def with_text(run, rowids, into):
        read_rows(run, rowids, into)
        for rowid in rowids:
            if rowid in into:
                row = into[rowid]
                into[rowid] = (*row[:3], run._stored_text(rowid), row[4])

    monkeypatch.setattr(ingest._Run, "_read_rows", with_text)
    assert _wire_groups(tmp_path, "full.db", seeds_dir, monkeypatch) == lean
