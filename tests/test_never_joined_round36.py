""""never" joined by "or", "and" or "but" to a relative clause's passive describes the thing,
it rejects nothing (thirty-sixth round, issue 11, bug fix on branch t36c3;
domain/proposals/no_denial.py, ``coordinated_never``).

The try article: a court report's lead, "A builder took deposits totalling more than £180,000
from 14 families for home extensions that were left half-built or never started, a jury at
Cardiff Crown Court heard.", was proposed a denial ("cue 'never'") with no speaker: the
prosecution's case read as a rebuttal. The bare "never" of a passive ("was never triggered")
and a negation right after the relative pronoun ("hours that were never paid") were already
read as describing; a second passive joined to the first by a conjunction was not. The
sentence is now what the other rules read (here a claim: narration giving evidence).

Every sentence but the try article's is invented for this test; none is taken from the
benchmark's sets."""

from __future__ import annotations

import pytest
from support.proposals import accepted

_LEAD = (
    "A builder took deposits totalling more than £180,000 from 14 families for home "
    "extensions that were left half-built or never started, a jury at Cardiff Crown Court "
    "heard.")


def _one(db, scheme, sentence):
    return accepted(db, scheme, [sentence], "en")[0]


# --- the try article's case ---

def test_the_lead_is_no_denial(db, scheme):
    got = _one(db, scheme, _LEAD)
    assert got.label != "denial", got.label_reason


# --- the class, on sentences of our own ---

@pytest.mark.parametrize("sentence", [
    "Customers paid for kitchens which were ordered but never delivered, the court heard.",
    "The firm took deposits for work that was promised and never done.",
    "Families paid for conservatories that were measured up and never built.",
])
def test_a_joined_passive_describes(db, scheme, sentence):
    got = _one(db, scheme, sentence)
    assert got.label != "denial", got.label_reason


# --- near misses that must not change ---

@pytest.mark.parametrize("sentence", [
    "Marsden said the extensions were delayed but never abandoned.",
    "The company said the claims, which were investigated and never substantiated, were "
    "false.",
    "Marsden said he had always paid his suppliers and never took a deposit he could not "
    "honour.",
])
def test_a_speaker_s_never_stays_a_denial(db, scheme, sentence):
    got = _one(db, scheme, sentence)
    assert got.label == "denial", got.label_reason
