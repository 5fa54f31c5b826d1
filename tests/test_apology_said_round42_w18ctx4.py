"""An apology said or withheld ("Nobody from that hospital has ever said sorry," he said) is
an act the sentence tells of, not a feeling the speaker reports: "sorry" right after a verb
of saying is no "a feeling reported" (context) but what the quoted speaker asserts, a claim
(forty-second round, issue 11, bug fix on branch w18ctx4; acts._apology_said, data
``w18ctx_apology_said`` in data/cues/en.json).

Counted on the readable sets before building: one gold claim read as a feeling on that
shape; the right feelings with "sorry" ("said it was deeply sorry", "We are sorry to every
customer") keep theirs. Every sentence below is invented for this test."""

from __future__ import annotations

import pytest
from support.proposals import accepted_alone


@pytest.mark.parametrize("sentence", [
    '"Not one person at the council has said sorry to us," the tenant said.',
    '"Nobody from the school has ever said sorry to my daughter," her mother said.',
])
def test_apology_said_or_withheld_is_not_a_feeling(db, scheme, sentence):
    assert accepted_alone(db, scheme, sentence).label == "claim"


# --- near miss: the speaker's own "sorry" stays a feeling reported ---

@pytest.mark.parametrize("sentence", [
    "The trust said it was sorry for the distress caused to the family.",
    '"We are sorry to every passenger whose journey was disrupted," the operator said.',
])
def test_own_sorry_unchanged(db, scheme, sentence):
    assert accepted_alone(db, scheme, sentence).label == "context"
