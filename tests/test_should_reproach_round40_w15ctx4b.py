"""A duty put on a party is an appeal (w15ctx4), but not a reproach of what it did: "should
not have" and "should never have" are read as "should have" is (fortieth round, issue 11,
bug fix on branch w15ctx4b, on top of w15ctx4; should_appeal.py). Every sentence below is
invented for this test."""

from __future__ import annotations

import pytest
from support.proposals import accepted


def _only(db, scheme, sentence):
    return accepted(db, scheme, [sentence], "en")[0]


@pytest.mark.parametrize("sentence", [
    "The union said ministers should meet nurses before the strike begins.",
    "\"No family should have to wait two years for a home,\" she said.",
])
def test_duty_on_a_party_is_an_appeal(db, scheme, sentence):
    assert _only(db, scheme, sentence).label == "context"


@pytest.mark.parametrize("sentence", [
    "Critics said the council should not have sold the land so cheaply.",
    "The campaigners said the council should not have closed the library in 2023.",
])
def test_reproach_of_the_past_is_no_appeal(db, scheme, sentence):
    assert _only(db, scheme, sentence).label != "context"
