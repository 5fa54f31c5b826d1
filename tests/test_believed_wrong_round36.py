"""A wrong only believed, in a relative clause of advice to readers, is no accusation
(thirty-sixth round, issue 11, bug fix on branch w9investigate2;
domain/proposals/believed_wrong.py, read in reading._conditional, data
``context36_believed``).

The try's article: shoppers fined at a retail park; it closes with "Drivers who believe they
were wrongly charged can appeal to the independent appeals service POPLA.", proposed an
accusation (cue 'charged'). It is advice to readers on how to appeal, the wrong a condition
of it ("if you believe you were wrongly charged"): context, no source.

Every sentence but the try's is invented for this test; none is taken from the benchmark's
sets."""

from __future__ import annotations

import pytest
from support.proposals import accepted

_OPENING = ("Shoppers at the Team Valley Retail Park have been hit with £100 parking fines "
            "after overstaying a two-hour limit by only minutes.")
_SIGNS = ("Motorists say the signs put up by ClearPark Enforcement Ltd are too small to read "
          "from a car.")
_DENIAL = "ClearPark said its signs met the industry code of practice."


def _last(db, scheme, sentence):
    return accepted(db, scheme, [_OPENING, _SIGNS, _DENIAL, sentence], "en")[-1]


# --- the try's case ---

def test_the_try_article_advice_to_appeal_is_context(db, scheme):
    got = _last(db, scheme, "Drivers who believe they were wrongly charged can appeal to the "
                "independent appeals service POPLA.")
    assert got.label == "context", got.label_reason
    assert got.name is None


# --- the class, on sentences of our own ---

@pytest.mark.parametrize("sentence", [
    "Drivers who believe they were wrongly fined can appeal to the independent appeals "
    "service.",
    "Motorists who think they have been unfairly charged should contact the operator first.",
    "Any parents who feel they were wrongly fined are advised to write to the council.",
    "Tenants who suspect that they were wrongly charged can complain to the Housing "
    "Ombudsman.",
])
def test_advice_to_those_who_believe_a_wrong_is_context(db, scheme, sentence):
    got = _last(db, scheme, sentence)
    assert got.label == "context", got.label_reason


# --- near misses: unchanged ---

@pytest.mark.parametrize("sentence", [
    "Drivers were wrongly charged, the group said.",
    "Drivers who were wrongly charged can appeal to the independent appeals service.",
    "Drivers who believe they were wrongly charged said ClearPark had ignored their letters.",
])
def test_a_wrong_stated_or_no_advice_stays_an_accusation(db, scheme, sentence):
    got = _last(db, scheme, sentence)
    assert got.label == "accusation", got.label_reason
