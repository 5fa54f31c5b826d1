"""A participle of rejecting set before a noun as its adjective denies nothing (thirty-fourth
round, issue 11, try branch t34transport; domain/proposals/misread.py ``attributive``, data
``misread34_attributive``).

The try article: a passengers' group accuses a rail operator of turning down valid delay
claims; the group "said it had collected 412 rejected claims from members since June".
"rejected" there names the claims the operator turned down, it is no denial by the group;
the cue read it as one, and the group was proposed as denying its own complaint.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

import pytest
from support.proposals import accepted

_OPENING = ("A passengers' group has accused Northvale Rail of routinely rejecting "
            "compensation claims from commuters whose trains were delayed by more than "
            "30 minutes.")
_COUNTED = ("The Eastway Rail Users' Association said it had collected 412 rejected claims "
            "from members since June, more than half of which met the operator's own "
            "criteria for a payout.")


def _one(db, scheme, sentence):
    return accepted(db, scheme, [sentence], "en")[0]


# --- the try article's case ---

def test_counted_rejected_claims_are_no_denial(db, scheme):
    got = _one(db, scheme, _COUNTED)
    assert got.label != "denial", got.label_reason
    assert "'rejected'" not in got.label_reason


def test_the_accusers_count_after_the_accusation_is_no_cue_denial(db, scheme):
    got = accepted(db, scheme, [_OPENING, _COUNTED], "en")[1]
    assert "cue 'rejected'" not in got.label_reason


# --- the class, on sentences of our own ---

@pytest.mark.parametrize("sentence", [
    "The ombudsman said the rejected applications would be reviewed by an independent "
    "panel.",
    "Figures released by the council show that 1,200 denied refunds were later paid in "
    "full.",
    "The regulator published a list of rejected bids for the Severn ferry contract.",
])
def test_determiner_before_the_participle(db, scheme, sentence):
    got = _one(db, scheme, sentence)
    assert got.label != "denial", got.label_reason


# --- near misses: the verb stays a denial ---

@pytest.mark.parametrize("sentence", [
    "Northvale Rail rejected the allegation.",
    "The company rejected claims that it had misled passengers about delays.",
    "Carrow Buses denied any wrongdoing.",
])
def test_a_subject_before_the_verb_keeps_the_denial(db, scheme, sentence):
    got = _one(db, scheme, sentence)
    assert got.label == "denial", got.label_reason


def test_an_object_after_the_verb_keeps_the_denial(db, scheme):
    got = _one(db, scheme, "In a statement, the 12 directors rejected the findings.")
    assert got.label == "denial", got.label_reason
