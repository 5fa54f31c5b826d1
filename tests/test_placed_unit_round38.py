"""A body's full name, then its branch, members or officials, then where, speaks as the body
(thirty-eighth round, issue 11, bug fix on branch w12speak2; domain/proposals/body_units.py,
``_placed_people``, data ``speaker38_placed_people``).

The lead's article: "The University and College Union branch at Trentside said members had
raised concerns ..." got no source: the round-32 reading of a body's unit ("The Unite branch
at the terminal said") takes only names of capitalised words, and "and" stopped it. The
guidelines: officials or members of one body speak as that body.

Every sentence but the lead's is invented for this test; none is taken from the benchmark's
sets."""

from __future__ import annotations

from support.proposals import accepted

_BEFORE = "The college said it would ask the commission to review its findings."


def _last(db, scheme, sentence):
    return accepted(db, scheme, [_BEFORE, sentence], "en")[-1]


# --- the lead's case ---

def test_the_lead_case_union_branch_at_a_place(db, scheme):
    got = _last(db, scheme, "The University and College Union branch at Trentside said "
                            "members had raised concerns about withdrawals with managers as "
                            "early as 2023.")
    assert got.name == "University and College Union", got.reason


# --- the class, on sentences of our own ---

def test_members_in_a_place(db, scheme):
    got = _last(db, scheme, "The Royal College of Nursing members at the hospital said they "
                            "had warned managers about staffing.")
    assert got.name == "Royal College of Nursing", got.reason


def test_officials_in_a_city(db, scheme):
    got = _last(db, scheme, "The Fire Brigades Union officials in Leeds said the council had "
                            "ignored them.")
    assert got.name == "Fire Brigades Union", got.reason


# --- near misses that must not change ---

def test_round_32_unit_stays_as_named(db, scheme):
    got = _last(db, scheme, "The Unite branch at the depot said drivers had complained for "
                            "months.")
    assert got.name == "Unite branch", got.reason


def test_two_bodies_without_the_are_not_joined(db, scheme):
    got = _last(db, scheme, "University and College Union members at Trentside said they had "
                            "raised concerns.")
    assert got.name != "University and College Union", got.reason


def test_no_place_no_reading(db, scheme):
    got = _last(db, scheme, "The University and College Union branch said members had raised "
                            "concerns.")
    assert got.name != "University and College Union", got.reason


def test_a_name_that_is_no_body(db, scheme):
    got = _last(db, scheme, "The Labour members at the council meeting said the plan was "
                            "rushed.")
    assert got.name != "Labour", got.reason
