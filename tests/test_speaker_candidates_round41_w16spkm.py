"""The learned choice of speaker's study, extended in the forty-first round (branch w16spkm):
eighteen blind folds (heldout5-12 and classes9, by language), train10-19 as optional extra
training, never a sealed set; more candidates (the speakers saved earlier in the article, its
first named body and person, the names of the sentence after, the article's speakers named
in the sentence) with what the article says of each before. Measured, not shipped: no
proposal reads it. Every sentence is invented for this test."""

from __future__ import annotations

import re
import sys

import pytest
from support.benches import listened, on_path
from support.proposals import accepted

from annotator.domain.proposals.lexicon import lexicon

ARTICLE = [
    "The Harbourside Council accused Northway Freight of dumping ballast water in the bay.",
    "Northway Freight's chief executive, Dana Whitlock, denied the claims on Monday.",
    "Fisherman Owen Tully said the water had turned brown for weeks.",
    "The council said it would publish the test results next month.",
    "A spokesperson for Northway Freight, Priya Mendes, said the tests were flawed.",
]


@pytest.fixture(scope="module")
def bench():
    yield from on_path("bench_speakers_learned")


@pytest.fixture
def heard(bench):
    """The engine's reading listened to, as the benchmark listens, put back after."""
    yield from listened(bench)


def test_the_blind_folds_are_heldout5_to_12_and_classes9_by_language(bench):
    names = {name for name, _ in bench.BLIND_FOLDS}
    assert names == {f"heldout{n}" for n in range(5, 13)} | {"classes9"}
    assert len(bench.BLIND_FOLDS) == 18
    assert {lang for _, lang in bench.BLIND_FOLDS} == {"id", "en"}
    tuned = {name for name, _ in bench.TUNED}
    assert {f"train{n}" for n in (10, 11, 12, 13, 15, 16, 17, 18, 19)} <= tuned
    assert not tuned & names  # a test fold is never extra training


def test_no_sealed_set_is_read(bench):
    for name, _ in bench.BLIND_FOLDS + bench.TUNED:
        m = re.fullmatch(r"heldout(\d+)", name)
        assert m is None or int(m.group(1)) <= 12, name


def test_the_speakers_saved_earlier_in_the_article_are_candidates(db, scheme, heard, bench):
    got = accepted(db, scheme, ARTICLE[:4], "en")
    sc = sys.modules["speaker_candidates"]
    earlier = tuple(p.name for p in got[:3])
    found = {c.name: c for c in heard.candidates(earlier)}
    first = got[0].name
    assert first and sc.EARLIER in found[first].kinds  # three sentences back, still offered
    assert found[first].features.get("saved 1") == 1.0
    assert sc.FIRST_BODY in {k for c in found.values() for k in c.kinds}


def test_the_names_of_the_sentence_after_are_candidates(db, scheme, heard, bench):
    accepted(db, scheme, ARTICLE, "en")
    sc = sys.modules["speaker_candidates"]
    got, text, language, index, kwargs = heard.call
    before = dict(kwargs, later=("Marine biologist Helen Cardew said the bay would recover.",))
    heard.call = (got, text, language, index, before)
    found = {c.name: c.kinds for c in heard.candidates(())}
    assert sc.NAMED_NEXT in found.get("Helen Cardew", set())


def test_the_fourteenth_rounds_candidates_alone_where_asked(db, scheme, heard, bench):
    got = accepted(db, scheme, ARTICLE[:4], "en")
    sc = sys.modules["speaker_candidates"]
    sentence, text, _, index, kw = heard.call
    old = sc.candidates(sentence, text, lexicon("en"), index, kw.get("previous"),
                        kw.get("last_named"), kw.get("dispute"), kw.get("table"),
                        kw.get("at", 0), earlier=tuple(p.name for p in got[:3]),
                        extended=False)
    kinds = {k for c in old for k in c.kinds}
    assert not kinds & {sc.EARLIER, sc.FIRST_BODY, sc.FIRST_PERSON, sc.NAMED_NEXT,
                        sc.MENTIONED}
    assert not any(f.startswith("saved ") for c in old for f in c.features)


def test_the_history_says_how_often_a_candidate_was_saved(bench):
    sc = sys.modules["speaker_candidates"]
    got = sc._history("Dana Whitlock", ("Harbourside Council", "Dana Whitlock", None,
                                        "Dana Whitlock"), None, 4)
    assert "saved 2" in got and "saved last" in got and "saved most" in got
    assert sc._history("Owen Tully", ("Dana Whitlock",), None, 1) == ["saved 0"]


def test_a_fit_from_the_kept_pairs_ranks_the_right_candidate_first(bench):
    sentences = [{"candidates": [
        {"name": "A", "kinds": ["rules"], "features": {"is rules": 1.0}, "right": False},
        {"name": "B", "kinds": ["spoke earlier"], "features": {"is spoke earlier": 1.0},
         "right": True}], "rules_right": False} for _ in range(20)]
    weights = bench.fit(sentences, 1.0)
    assert weights["weights"]["is spoke earlier"] > weights["weights"].get("is rules", 0.0)
    assert all(bench.chosen_right(weights, s, None) for s in sentences)
