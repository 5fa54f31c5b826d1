"""Sympathy with others' feelings reported as what was said ("said he understood parents'
concerns") is a feeling, context, as "said it was disappointed" is (thirty-eighth round, issue
11, bug fix on branch lt38a5; domain/proposals/acts.py ``_sympathy``, data
``context38_sympathy``).

The lead's try (a local paper, gold written before any proposal): "Councillor Amir Saddiq,
cabinet member for children's services, said he understood parents' concerns." was proposed
as a claim (reported speech 'said'): no fact is stated, only a feeling shared.

Every sentence but the lead's is invented for this test; none is taken from the benchmark's
sets."""

from __future__ import annotations

import pytest
from support.proposals import accepted


def _one(db, scheme, sentence):
    return accepted(db, scheme, [sentence], "en")[-1]


def test_the_lead_case(db, scheme):
    got = _one(db, scheme, "Councillor Amir Saddiq, cabinet member for children's services, said "
                           "he understood parents' concerns.")
    assert (got.label, got.name) == ("context", "Amir Saddiq")


@pytest.mark.parametrize("sentence", [
    "The council said it appreciated residents' concerns and would keep them informed.",
    "Ms Okafor said she understood the anger of families who had waited months.",
    "A spokesman for Harbour Homes said the firm recognised the frustration of tenants.",
    "The head teacher said she shared parents' worries.",
])
def test_sympathy_is_context(db, scheme, sentence):
    assert _one(db, scheme, sentence).label == "context"


# --- near misses: what must not change ---

@pytest.mark.parametrize("sentence", [
    "Mr Hale said he understood that the firm had stopped trading in May.",
    "The trust said it understood the scheme had been paused.",
    "Ms Okafor said she understood how the money had been spent.",
])
def test_understood_that_states_a_fact(db, scheme, sentence):
    assert _one(db, scheme, sentence).label != "context"
