"""The learned choice of speaker (speaker_choice.py): the candidates a sentence offers at
key time, a choice that says why and registers a new name as the rules' would, and no
scikit-learn on the label key's path. Every sentence is invented for this test."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from support.proposals import accepted

from annotator.domain.proposals import speaker_choice
from annotator.domain.proposals.entities import entity_table
from annotator.domain.proposals.lexicon import lexicon
from annotator.domain.proposals.registering import register_proposed
from annotator.domain.sources import find
from annotator.domain.speakers import SourceIndex

ROOT = Path(__file__).resolve().parent.parent

ARTICLE = [
    "Menteri Kelautan Sakti Wahyu Trenggono menuding PT Laut Biru mencuri ikan di Arafura.",
    "Direktur PT Laut Biru, Budi Santoso, membantah tudingan itu.",
    "Ketua Asosiasi Nelayan Arafura Yohanes Rumbiak mengatakan kapal itu sering terlihat.",
]


@pytest.fixture
def observed():
    """The candidates of every proposal made while the test runs, as the engine read them."""
    seen: list[tuple] = []
    speaker_choice.OBSERVE = lambda before, found, after: seen.append((before, found, after))
    yield seen
    speaker_choice.OBSERVE = None


def test_the_candidates_are_the_rules_none_the_speaker_before_and_the_names(db, scheme,
                                                                           observed):
    got = accepted(db, scheme, ARTICLE, "id")
    before, found, after = observed[-1]
    assert before.name == got[-1].name
    names = {c.name: c.kinds for c in found}
    assert speaker_choice.RULES in names[before.name]
    assert names[None] >= {speaker_choice.NONE}
    assert speaker_choice.PREVIOUS in names[got[1].name]  # saved on the sentence before
    assert speaker_choice.LAST_NAMED in names[got[1].name]
    assert speaker_choice.IN_SENTENCE in names["Yohanes Rumbiak"]
    assert speaker_choice.NAMED_BEFORE in names["PT Laut Biru"]  # the sentence before's
    assert all(c.features for c in found)
    rules = next(c for c in found if speaker_choice.RULES in c.kinds)
    assert "is rules" in rules.features and any(k.startswith("rules|why=") for k in
                                                 rules.features)


def test_a_title_before_the_rules_name_gives_the_name_without_it(db, scheme, observed):
    lex = lexicon("id")
    assert speaker_choice._untitled("Ir. Markus Ndoen", lex) == "Markus Ndoen"
    assert speaker_choice._untitled("Markus Ndoen", lex) is None


def test_a_speaker_the_model_chooses_says_why_and_is_registered_when_accepted(db, scheme,
                                                                              observed):
    got = accepted(db, scheme, ARTICLE[:2], "id")
    before, found, _ = observed[-1]
    lex = lexicon("id")
    index = SourceIndex.from_db(db)
    # a model that always prefers a name of the sentence over the rules' reading
    weights = {"intercept": 0.0, "weights": {"is in the sentence": 4.0, "is rules": -4.0}}
    table = entity_table(tuple(ARTICLE[:2]), "id")
    chosen = speaker_choice.settle(got[-1], ARTICLE[1], lex, index, got[0].name,
                                   got[0].name, table=table, at=1, weights=weights)
    assert chosen.name != got[-1].name and chosen.name in {c.name for c in found}
    assert "speaker model" in chosen.reason and "the rules read" in chosen.reason
    if find(db, chosen.name) is None:
        assert chosen.new_source
        assert [s.name for s in register_proposed(db, chosen, chosen.name)] == [chosen.name]
        assert find(db, chosen.name) is not None


def test_a_model_not_sure_enough_keeps_the_rules_speaker(db, scheme, observed):
    got = accepted(db, scheme, ARTICLE[:2], "id")
    lex = lexicon("id")
    index = SourceIndex.from_db(db)
    weights = {"intercept": 0.0, "take": 0.99,
               "weights": {"is in the sentence": 0.1, "is rules": -0.1}}
    assert speaker_choice.settle(got[-1], ARTICLE[1], lex, index, None, None,
                                 weights=weights) == got[-1]
    assert speaker_choice.settle(got[-1], ARTICLE[1], lex, index, None, None, weights={
        **weights, "take": None}) != got[-1]


def test_the_model_is_read_without_scikit_learn_or_numpy(tmp_path):
    """The label key's path: proposing with the shipped model imports neither."""
    script = f"""
import sys
sys.path.insert(0, {str(ROOT / 'tests')!r})
from annotator.db.connection import open_db
from annotator.domain.proposals import propose, speaker_choice
from annotator.domain.scheme import load_scheme
from annotator.domain.speakers import SourceIndex
from support.corpus import add_document
db = open_db({str(tmp_path / 'a.db')!r})
ids = add_document(db, "d1", {ARTICLE!r})
index = SourceIndex.from_db(db)
for sid in ids:
    propose(db, sid, "ana", load_scheme(), index)
print(speaker_choice.model() is not None, "sklearn" in sys.modules, "numpy" in sys.modules)
"""
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         check=True, cwd=ROOT).stdout.split()
    assert out[1:] == ["False", "False"]
