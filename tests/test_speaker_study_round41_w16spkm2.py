"""The learned choice of speaker's study reads the sets as the tuned table does (forty-first
round, branch w16spkm2): the reviewer who corrects registers a gold speaker the registry
lacks, as bench_proposals.run's corrector does, so the rules' speakers the study counts are
the ones the table counts. Every sentence is invented for this test."""

from __future__ import annotations

import sys

import pytest
from support.benches import BENCHMARKS, load_bench
from support.corpus import add_document

from annotator.domain.sources import find
from annotator.domain.speakers import SourceIndex


@pytest.fixture(scope="module")
def bench():
    sys.path.insert(0, str(BENCHMARKS))
    yield load_bench("bench_speakers_learned")
    sys.path.remove(str(BENCHMARKS))


@pytest.mark.parametrize("sentence, speaker", [
    ("The ferry had not been inspected for two years, a harbour official said.",
     "Harbour Authority of Wenlow"),
    ("Pemeriksaan kapal itu tidak dilakukan selama dua tahun, kata seorang pejabat.",
     "Otoritas Pelabuhan Tanjung Wangi"),
])
def test_a_gold_speaker_the_corrector_missed_is_registered(db, scheme, bench, sentence,
                                                           speaker):
    (sid,) = add_document(db, "d1", [sentence])
    index = SourceIndex.from_db(db)
    assert find(db, speaker) is None
    bench._correct(db, sid, {"label": "claim", "source": [speaker]}, scheme, index)
    assert find(db, speaker) is not None
    assert index.suggest(speaker, limit=1)[0].name == speaker


def test_no_source_registers_nothing(db, scheme, bench):
    (sid,) = add_document(db, "d1", ["The ferry left port at dawn on Friday."])
    index = SourceIndex.from_db(db)
    before = db.execute("SELECT COUNT(*) FROM sources").fetchone()[0]
    bench._correct(db, sid, {"label": "context", "source": [None]}, scheme, index)
    assert db.execute("SELECT COUNT(*) FROM sources").fetchone()[0] == before


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
