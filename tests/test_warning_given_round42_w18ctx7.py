"""A formal warning a body gave a party, told as past enforcement ("The European Commission
warned Ireland in 2023 over weak controls at landing sites"), is enforcement as background:
context, not what the body asserts (forty-second round, issue 11, bug fix on branch w18ctx7;
warning_given.py, read in reading.py where reported speech would make a claim, data
``w18ctx_warning_given`` in data/cues/en.json).

Counted on the readable sets before building: two gold context lines (heldout6, heldout11)
read as claims on that shape; "warned that", "warned of", "warned parents not to" and the
passive "had been warned" (an accusation) are other shapes and keep their labels. Every
sentence below is invented for this test."""

from __future__ import annotations

import pytest
from support.proposals import accepted_alone


@pytest.mark.parametrize("sentence", [
    "The food standards agency warned the bakery in 2024 over hygiene at its Leeds site.",
    "The regulator cautioned the broadcaster twice last year over unbalanced phone-in "
    "programmes.",
])
def test_warning_given_is_enforcement_as_background(db, scheme, sentence):
    assert accepted_alone(db, scheme, sentence).label == "context"


# --- near misses: a warning of what may happen stays a claim ---

@pytest.mark.parametrize("sentence", [
    "Forecasters warned that rivers in the valley could burst their banks by Friday.",
    "Doctors have warned of a sharp rise in measles cases among schoolchildren since 2023.",
])
def test_warning_of_what_may_happen_unchanged(db, scheme, sentence):
    assert accepted_alone(db, scheme, sentence).label == "claim"
