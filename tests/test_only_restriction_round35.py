"""A limiting word inside a rule's restriction is no reply that plays the wrong down: after
parents say a school's switch to one uniform supplier doubled their costs, "Kingsdown Academy
told families in September that all items must carry the school's new crest and could only be
bought from Elite Schoolwear." states the rule the parents complain of; it was proposed the
accused side's denial, "answers the accusation before: 'only'" (thirty-fifth round, issue 11,
bug fix on branch i11only35; dispute._restriction, data ``rebuttal35_restriction`` in
data/cues/en.json).

The lead's two sentences come from his blind try (gold written before the first run); every
other sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

import pytest
from support.proposals import accepted

_LEDE = ("Parents at a Swindon secondary school say a switch to a single uniform supplier has "
         "more than doubled what they pay for a blazer, tie and PE kit.")


@pytest.mark.parametrize("line", [
    "Kingsdown Academy told families in September that all items must carry the school's new "
    "crest and could only be bought from Elite Schoolwear.",
    "The club told members that tickets can only be used on the day of purchase.",
])
def test_a_restriction_is_no_denial(db, scheme, line):
    got = accepted(db, scheme, [_LEDE, line], "en")[1]
    assert "answers the accusation before" not in got.label_reason, got.label_reason


@pytest.mark.parametrize("line", [
    "A spokesman for Elite Schoolwear said only 40 families had complained.",
    "Elite Schoolwear said it had only raised the price of the blazer.",
])
def test_a_reply_that_plays_it_down_still_denies(db, scheme, line):
    lede = ("Parents at a Swindon school accused Elite Schoolwear of overcharging them for "
            "blazers.")
    got = accepted(db, scheme, [lede, line], "en")[1]
    assert got.label == "denial", got.label_reason
