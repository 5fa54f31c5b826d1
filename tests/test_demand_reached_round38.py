"""Market demand that reached, hit or kept rising is the noun of the market, not an appeal
(thirty-eighth round, issue 11, bug fix on branch lt38c2; data ``context36_market_demand``'s
``after`` words, read by domain/proposals/market_demand.py).

The lead's try (a wire story, gold written before any proposal): "Grid operator HDEN said
demand reached a record 10.8 gigawatts in the early afternoon, as households ran air
conditioners through the hottest hours." and '"We asked large industrial users to reduce
their consumption, but demand kept rising," HDEN spokesman Nikos Marinakis told state
broadcaster ERT.' were context ("an appeal or a call: 'demand'"); round 36 read "demand rose",
"demand had risen" as the market, not "reached" or "kept".

Every sentence but the lead's is invented for this test; none is taken from the benchmark's
sets."""

from __future__ import annotations

import pytest
from support.proposals import accepted


def _one(db, scheme, sentence):
    return accepted(db, scheme, [sentence], "en")[-1]


@pytest.mark.parametrize("sentence", [
    "Grid operator HDEN said demand reached a record 10.8 gigawatts in the early afternoon, as "
    "households ran air conditioners through the hottest hours.",
    '"We asked large industrial users to reduce their consumption, but demand kept rising," '
    "HDEN spokesman Nikos Marinakis told state broadcaster ERT.",
])
def test_the_lead_cases(db, scheme, sentence):
    assert "appeal" not in _one(db, scheme, sentence).label_reason


@pytest.mark.parametrize("sentence", [
    "The airline said demand hit its highest level since 2019 over the summer.",
    "Ms Cole said demand topped 4,000 orders in the first week.",
    "The bakery said demand climbed after the shop reopened.",
])
def test_market_demand(db, scheme, sentence):
    assert "appeal" not in _one(db, scheme, sentence).label_reason


# --- near misses: what must not change ---

@pytest.mark.parametrize("sentence", [
    "Residents demand answers from the council, the group said.",
    "The union said its demand for a pay rise had been ignored.",
])
def test_a_demand_made_stays_an_appeal(db, scheme, sentence):
    assert "appeal" in _one(db, scheme, sentence).label_reason
