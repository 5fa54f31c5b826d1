"""A present-tense speech verb after a plural of people and where they are ("Parents at three
primary schools in Rotherham claim ..."), or before a plural that opens what is said ("claim
children are going hungry"), is reported speech (thirty-eighth round, issue 11, bug fix on
branch lt38a3; domain/proposals/present_plural.py).

The lead's try (a local paper, gold written before any proposal): "Parents at three primary
schools in Rotherham claim children are going hungry after a new catering firm took over
school dinners in September." was proposed as context, "no speech verb": the word before
"claim" is a place, not the plural, and "children" opened no clause by the openers alone.

Every sentence but the lead's is invented for this test; none is taken from the benchmark's
sets."""

from __future__ import annotations

import pytest
from support.proposals import accepted


def _one(db, scheme, sentence):
    return accepted(db, scheme, [sentence], "en")[-1]


def test_the_lead_case_is_reported_speech(db, scheme):
    got = _one(db, scheme, "Parents at three primary schools in Rotherham claim children are "
                           "going hungry after a new catering firm took over school dinners in "
                           "September.")
    assert got.label != "context"
    assert got.name is None  # a plural of unnamed people: no source


@pytest.mark.parametrize("sentence", [
    "Parents at three primary schools in Rotherham claim that their children are going hungry.",
    "Tenants on the Ferncliffe estate insist the damp was reported in March.",
    "Residents claim children are hungry.",
    "Drivers argue breaks have been cut by half.",
    "Some nurses at the Leeds hospital insist staff were never consulted.",
])
def test_reported_speech_of_a_plural(db, scheme, sentence):
    got = _one(db, scheme, sentence)
    assert got.label != "context"
    assert "no speech verb" not in got.label_reason


# --- near misses: what must not change ---

@pytest.mark.parametrize("sentence", [
    "Families claim benefits from the council every month.",
    "Workers claim expenses for travel.",
])
def test_a_claim_for_money_stays_no_speech(db, scheme, sentence):
    assert _one(db, scheme, sentence).label == "context"
