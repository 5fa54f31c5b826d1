"""The learned choice of speaker, as measured (benchmarks/speaker_candidates.py and
bench_speakers_learned.py): the candidates a sentence offers at key time, read from what the
key's own reading was given, and a choice that keeps the rules' speaker unless the model
is sure enough. Measured, not shipped: no proposal reads it. Every sentence is invented for
this test."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from support.benches import BENCHMARKS, listened, on_path
from support.proposals import accepted

from annotator.domain.annotations import set_annotation
from annotator.domain.proposals import engine, propose
from annotator.domain.proposals.lexicon import lexicon
from annotator.domain.speakers import SourceIndex

ROOT = Path(__file__).resolve().parent.parent

ARTICLE = [
    "Menteri Kelautan Sakti Wahyu Trenggono menuding PT Laut Biru mencuri ikan di Arafura.",
    "Direktur PT Laut Biru, Budi Santoso, membantah tudingan itu.",
    "Ketua Asosiasi Nelayan Arafura Yohanes Rumbiak mengatakan kapal itu sering terlihat.",
]


@pytest.fixture(scope="module")
def bench():
    yield from on_path("bench_speakers_learned")


@pytest.fixture
def heard(bench):
    """The engine's reading listened to, as the benchmark listens, put back after."""
    yield from listened(bench)


def test_the_candidates_are_the_rules_none_the_speaker_before_and_the_names(db, scheme,
                                                                           heard, bench):
    got = accepted(db, scheme, ARTICLE, "id")
    assert heard.call[0] is got[-1]  # the sentence's own reading, the last one asked
    found = heard.candidates()
    names = {c.name: c.kinds for c in found}
    sc = sys.modules["speaker_candidates"]
    assert sc.RULES in names[got[-1].name]
    assert sc.NONE in names[None]
    assert sc.PREVIOUS in names[got[1].name]  # saved on the sentence before
    assert sc.LAST_NAMED in names[got[1].name]
    assert sc.IN_SENTENCE in names["Yohanes Rumbiak"]
    assert sc.NAMED_BEFORE in names["PT Laut Biru"]  # the sentence before's
    rules = next(c for c in found if sc.RULES in c.kinds)
    assert "is rules" in rules.features
    assert any(k.startswith("rules|why=") for k in rules.features)


def test_listening_leaves_the_proposals_as_they_are(db, scheme, heard):
    listened = [(p.label, p.name, p.reason) for p in accepted(db, scheme, ARTICLE, "id")]
    engine.propose_text = heard._propose_text
    db.execute("DELETE FROM annotations")
    db.commit()
    index = SourceIndex.from_db(db)
    again = []
    for (sid,) in db.execute("SELECT id FROM sentences ORDER BY position").fetchall():
        p = propose(db, sid, "ana", scheme, index)
        set_annotation(db, sid, "ana", label=p.label, source=p.name,
                       confidence=p.confidence, scheme=scheme, proposal=p.proposer)
        again.append((p.label, p.name, p.reason))
    assert again == listened


def test_a_title_before_the_rules_name_gives_the_name_without_it(bench):
    sc = sys.modules["speaker_candidates"]
    lex = lexicon("id")
    assert sc._untitled("Ir. Markus Ndoen", lex) == "Markus Ndoen"
    assert sc._untitled("Markus Ndoen", lex) is None


def test_the_rules_speaker_stays_unless_the_model_is_sure_enough(bench):
    sc = sys.modules["speaker_candidates"]
    found = [sc.Candidate("Budi Santoso", {sc.RULES}, {"is rules": 1.0}),
             sc.Candidate(None, {sc.NONE}, {"is none": 1.0}),
             sc.Candidate("Yohanes Rumbiak", {sc.IN_SENTENCE}, {"is in the sentence": 1.0})]
    weights = {"intercept": 0.0, "weights": {"is in the sentence": 0.4, "is rules": 0.0}}
    best, p = sc.choose(weights, found, None)
    assert best.name == "Yohanes Rumbiak" and 0.5 < p < 0.7
    assert sc.choose(weights, found, 0.7) is None
    assert sc.choose({**weights, "weights": {"is rules": 1.0}}, found, None) is None


def test_the_benchmark_starts(tmp_path):
    run = subprocess.run([sys.executable, str(BENCHMARKS / "bench_speakers_learned.py"),
                          "--help"], cwd=tmp_path, capture_output=True, text=True,
                         check=False)
    assert run.returncode == 0, run.stderr
    assert "--workdir" in run.stdout
