"""A wish to find out what happened, reported, is a stance: context by the guidelines (a
feeling or a wish), which the shipped label model then leaves alone (thirty-fourth round,
issue 11, bug fix on branch w5negated; domain/proposals/stances.py ``wish_to_learn``, data
``context34_wish_to_learn``).

The lead's article: after the farm denied using the banned insecticide, 'He added that the
company was "as keen as anyone" to find out what had happened.' was proposed a denial by the
label model (93%) over the rules' claim.

Every sentence but the lead's article is invented for this test; none is taken from the
benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted
from test_negated_act_round34 import _FARM, _PESTICIDE

_MD = ("Its managing director, Simon Clarke, said the farm's spraying records, which had been "
       "shared with investigators, showed only approved products were applied that month.")
_KEEN = 'He added that the company was "as keen as anyone" to find out what had happened.'


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


# --- the lead's case ---

def test_keen_to_find_out_is_context(db, scheme):
    got = _all(db, scheme, [*_PESTICIDE, _FARM, _MD, _KEEN])
    keen = got[-1]
    assert keen.label == "context", keen.label_reason
    assert keen.name == "Simon Clarke"
    assert got[-2].label == "denial", got[-2].label_reason  # the director's reply stays


# --- the class, on sentences of our own ---

def test_eager_to_establish_the_cause_is_context(db, scheme):
    got = _all(db, scheme, [
        "Anglers accuse a water company of letting sewage pour into the River Teme.",
        "A spokeswoman for Severn Dale Water said the company was eager to establish the "
        "cause of the fish deaths."])[-1]
    assert got.label == "context", got.label_reason


def test_determined_to_get_to_the_bottom_of_it_is_context(db, scheme):
    got = _all(db, scheme, [
        "Parents have accused a nursery of leaving toddlers unsupervised in its garden.",
        "The nursery's owner, Dana Pike, said the nursery was determined to get to the "
        "bottom of what happened."])[-1]
    assert got.label == "context", got.label_reason


# --- near misses: nothing changes ---

def test_not_keen_is_no_wish(db, scheme):
    got = _all(db, scheme, [
        "Anglers accuse a water company of letting sewage pour into the River Teme.",
        "Anglers said the company was not keen to find out what had killed the fish."])[-1]
    assert "to find out what happened" not in got.label_reason


def test_keen_on_something_else_is_no_wish(db, scheme):
    got = _all(db, scheme, [
        "Anglers accuse a water company of letting sewage pour into the River Teme.",
        "Severn Dale Water said it was keen to expand the Ludlow works next year."])[-1]
    assert "to find out what happened" not in got.label_reason


def test_keen_to_find_out_who_did_it_is_no_wish_of_this_kind(db, scheme):
    got = _all(db, scheme, [
        "Anglers accuse a water company of letting sewage pour into the River Teme.",
        "Police are determined to find out who opened the sluice gates, the force said."])[-1]
    assert "to find out what happened" not in got.label_reason
