"""A run's near-duplicate keys in bulk (key_batches): numpy for many keys gives exactly
what plain Python gives for a few, the filter's bits included."""

from __future__ import annotations

import json
import random
import sys

import pytest

from annotator.corpus import key_batches
from annotator.corpus.dedupe import EXACT
from annotator.corpus.key_batches import MIX, as_bytes

UNIT_BITS, ROWID_BITS = 24, 30


def _documents(count: int, seed: int) -> list[tuple[int, bytes]]:
    """Documents of a few units each, their keys as a worker sends them: window keys
    (crc32) and exact-text keys (EXACT and up), the largest of both included."""
    rng = random.Random(seed)
    documents, before = [], 0
    for _ in range(count):
        units = rng.randint(1, 40)
        keys = []
        for unit in range(units):
            for _ in range(rng.choice((1, 3))):
                key = rng.choice((rng.getrandbits(32), EXACT + rng.getrandbits(32),
                                  (1 << 32) - 1, 2 * EXACT - 1, 0))
                keys.append(key << UNIT_BITS | unit)
        documents.append((before, as_bytes(keys)))
        before += units + rng.randint(0, 3)
    return documents


def _python(documents, mask):
    """Every key's packed value and both its bits, one by one."""
    filed = bytearray(max(1, (mask + 1) >> 3))
    out = []
    for before, raw in documents:
        for i in range(0, len(raw), 8):
            value = int.from_bytes(raw[i:i + 8], sys.byteorder)
            key, unit = value >> UNIT_BITS, value & ((1 << UNIT_BITS) - 1)
            out.append(key << ROWID_BITS | (before + 1 + unit))
            for bit in (key & mask, (key * MIX >> 40) & mask):
                filed[bit >> 3] |= 1 << (bit & 7)
    return sorted(out), filed


@pytest.mark.parametrize("mask", [(1 << 26) - 1, 7])
@pytest.mark.parametrize("numpy_from", [10**9, 0])
def test_packed_keys_and_their_bits_as_one_by_one(monkeypatch, mask, numpy_from):
    monkeypatch.setattr(key_batches, "NUMPY_FROM", numpy_from)
    monkeypatch.setattr(key_batches, "NUMPY_LOADED_FROM", numpy_from)
    documents = _documents(300, seed=mask)
    expected, expected_bits = _python(documents, mask)
    filed = bytearray(max(1, (mask + 1) >> 3))
    got = key_batches.packed(documents, UNIT_BITS, ROWID_BITS, filed, mask)
    assert list(got) == expected
    assert filed == expected_bits
    assert [v for text in key_batches.json_slices(got, 7) for v in json.loads(text)] == expected
    assert key_batches.pairs(got, ROWID_BITS) == [
        (v >> ROWID_BITS, v & ((1 << ROWID_BITS) - 1)) for v in expected]
    assert all(type(k) is int and type(r) is int for k, r in key_batches.pairs(got, ROWID_BITS))


@pytest.mark.parametrize("numpy_from", [10**9, 0])
def test_passing_keys_are_those_with_both_bits(monkeypatch, numpy_from):
    monkeypatch.setattr(key_batches, "NUMPY_FROM", numpy_from)
    monkeypatch.setattr(key_batches, "NUMPY_LOADED_FROM", numpy_from)
    mask = (1 << 12) - 1  # small: many keys share a bit, some pass by chance
    stored = _documents(40, seed=1)
    _, filed = _python(stored, mask)
    batch = [keys for _, keys in _documents(200, seed=2)] + [keys for _, keys in stored]
    expected = set()
    for raw in batch:
        for i in range(0, len(raw), 8):
            key = int.from_bytes(raw[i:i + 8], sys.byteorder) >> UNIT_BITS
            first, second = key & mask, (key * MIX >> 40) & mask
            if filed[first >> 3] >> (first & 7) & 1 and filed[second >> 3] >> (second & 7) & 1:
                expected.add(key)
    got = key_batches.passing(filed, batch, UNIT_BITS, mask)
    assert got == expected
    assert {k for _, raw in stored for k in _keys(raw)} <= got  # every stored key passes
    assert got != {k for raw in batch for k in _keys(raw)}  # and the filter does filter


def _keys(raw: bytes) -> set[int]:
    return {int.from_bytes(raw[i:i + 8], sys.byteorder) >> UNIT_BITS for i in range(0, len(raw), 8)}


def test_a_days_articles_do_not_load_numpy(tmp_path, seeds_dir):
    """A day's articles (the seeds) take the plain Python paths: importing numpy would
    cost their ingest a tenth of a second and 15 MB."""
    import os
    import subprocess
    from pathlib import Path

    import annotator

    checkout = str(Path(annotator.__file__).resolve().parents[1])
    script = (
        "import sys\n"
        "from annotator.corpus.ingest import ingest_paths\n"
        "from annotator.db.connection import open_db\n"
        f"ingest_paths(open_db({str(tmp_path / 'day.db')!r}), [{str(seeds_dir)!r}])\n"
        "print('numpy' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": checkout}, check=True, timeout=300)
    assert done.stdout.strip() == "False"
