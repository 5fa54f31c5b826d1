"""What a party should do, said by another, is an appeal: context with its speaker
(fortieth round, issue 11, bug fix on branch w15ctx4; should_appeal.py, read in
stances.stance, data ``context40_should_appeal`` in data/cues/en.json).

Counted on the readable sets before building: four gold context lines told a party what it
should do ("the ministry should welcome an audit", "Everyone should see the full body camera
footage first", "countries in the region should not ...", "Nobody should be sleeping in rooms
like these") and were proposed as claims; the two gold claims with "should" put a duty on a
thing ("It should not be capable of burning a child"). Every sentence below is invented for
this test."""

from __future__ import annotations

import pytest
from support.proposals import accepted


def _only(db, scheme, sentence):
    return accepted(db, scheme, [sentence], "en")[0]


@pytest.mark.parametrize("sentence", [
    "\"The council should publish the full report now,\" said the residents' chairman, Tom "
    "Ellis.",
    "The opposition leader said everyone should be able to see the contracts.",
    "\"No family should have to wait two years for a home,\" she said.",
    "The union said ministers should meet nurses before the strike begins.",
])
def test_party_told_what_it_should_do_is_an_appeal(db, scheme, sentence):
    assert _only(db, scheme, sentence).label == "context"


# --- near misses: what must not change ---

@pytest.mark.parametrize("sentence", [
    "The engineer said the new bridge should carry twice the traffic of the old one.",
    "The surveyor said the repairs should last at least a decade.",  # a thing's prospect
])
def test_duty_or_prospect_of_a_thing_unchanged(db, scheme, sentence):
    assert _only(db, scheme, sentence).label == "claim"
