"""A feeling shown by the body, reported as what was said ("said she cried when she saw the
garden", "said he wept when the verdict was read"), is a feeling reported: context, as
"said they were surprised and disappointed" is (forty-second round, issue 11, bug fix on
branch w18ctx3; "cried", "wept", "burst into tears" ... among ``feelings`` in
data/cues/en.json, read by acts.feeling).

Counted on the readable sets before building: one gold context line proposed as a claim on
those words, none of them in a right line. Every sentence below is invented for this
test."""

from __future__ import annotations

import pytest
from support.proposals import accepted_alone


@pytest.mark.parametrize("sentence", [
    "Mohammed Aziz, who waited four years for the flat, said he cried when the keys were "
    "handed over.",
    "The runner's mother said she burst into tears as her son crossed the finish line.",
])
def test_feeling_shown_is_context(db, scheme, sentence):
    assert accepted_alone(db, scheme, sentence).label == "context"


# --- near miss: a fact said by the same kind of speaker stays a claim ---

def test_fact_after_said_unchanged(db, scheme):
    sentence = "Mohammed Aziz said he waited four years for the flat and paid £900 a month."
    assert accepted_alone(db, scheme, sentence).label == "claim"
