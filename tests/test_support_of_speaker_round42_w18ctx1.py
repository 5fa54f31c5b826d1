"""Another party's support of the speaker told in a pledge's words ("Japan has stood with
us at every step") is a claim, not the speaker's own pledge: the guidelines' "saying that
another party supports you is a claim; stating your own support ... is a pledge (context)"
(forty-second round, issue 11, bug fix on branch w18ctx1; acts.support_of_speaker, data
``w18ctx_support_of_speaker`` in data/cues/en.json; "at every step" is no rebuttal).

Counted on the readable sets before building: one gold claim read as a pledge on that
shape, no line of the shape right now. Every sentence below is invented for this test."""

from __future__ import annotations

import pytest
from support.proposals import accepted_alone


@pytest.mark.parametrize("sentence", [
    '"Our neighbours across the river have stood with us through every flood," the mayor '
    'told reporters.',
    '"The whole club has stood with me since the accident," Okafor said on Friday.',
])
def test_another_party_standing_with_the_speaker_is_a_claim(db, scheme, sentence):
    assert accepted_alone(db, scheme, sentence).label == "claim"


# --- near misses: the speaker's own pledge stays context ---

@pytest.mark.parametrize("sentence", [
    '"We stand with the families of the crew," the foreign minister said.',
    "The union said it stood with its members and would back them at the tribunal.",
])
def test_own_pledge_unchanged(db, scheme, sentence):
    assert accepted_alone(db, scheme, sentence).label == "context"
