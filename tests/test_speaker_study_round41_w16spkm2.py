"""The learned choice of speaker's study reads the sets as the tuned table does (forty-first
round, branch w16spkm2): every set read once whole, split by language after. (The branch
also played the corrector in the study's database, as the table then did; the table's
corrector has its own database since, so the study plays `enter` alone, as the table's
`enter` reviewer is.)"""

from __future__ import annotations

import pytest
from support.benches import on_path


@pytest.fixture(scope="module")
def bench():
    yield from on_path("bench_speakers_learned")


def test_each_set_is_read_once_whole_and_split_by_language(bench, monkeypatch):
    read = []

    def fake(name, language):
        read.append((name, language))
        return [{"language": "id", "n": 1}, {"language": "en", "n": 2}]

    monkeypatch.setattr(bench, "read_fold", fake)
    got = bench.by_language([("heldout5", "id"), ("heldout5", "en"), ("dev", None)])
    assert read == [("heldout5", None), ("dev", None)]
    assert [s["n"] for s in got["heldout5", "en"]] == [2]
    assert [s["n"] for s in got["heldout5", "id"]] == [1]
    assert len(got["dev", None]) == 2
