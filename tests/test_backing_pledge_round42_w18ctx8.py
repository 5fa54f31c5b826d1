"""A body's own backing stated in the progressive ("A performers' union said it was backing
the plaintiffs and urged members to check ...") is a pledge of support: context by the
guidelines ("a public pledge of support is a promise: context"), as "said it would support"
is (forty-second round, issue 11, bug fix on branch w18ctx8; "is backing", "was backing",
"are backing", "were backing" among ``pledges`` in data/cues/en.json, read by
acts.pledge).

Counted on the readable sets before building: one gold context line proposed as a claim on
that shape; the past "backed" ("fans ... backed the club's position", "officials who backed
the winner") is a fact told and is not among the words. Every sentence below is invented
for this test."""

from __future__ import annotations

import pytest
from support.proposals import accepted_alone


@pytest.mark.parametrize("sentence", [
    "The nurses' union said it was backing the three sacked ward managers.",
    "The league's players said they are backing the referee who was abused after the match.",
])
def test_own_backing_is_a_pledge(db, scheme, sentence):
    assert accepted_alone(db, scheme, sentence).label == "context"


# --- near miss: backing told as a past fact stays a claim ---

def test_backing_told_as_a_fact_unchanged(db, scheme):
    sentence = "The union said most of its members had backed the strike in a ballot in May."
    assert accepted_alone(db, scheme, sentence).label == "claim"
