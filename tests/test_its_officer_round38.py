""""Its compliance officer found that ...", "Its chief executive said": a body's officer or
staff by "its", unnamed, speaks for the body named last, as "Its spokesperson said" does
(thirty-eighth round, issue 11, bug fix on branch lt38b2; domain/proposals/reading.py
``_its_officer``, data ``speaker38_its_officer``).

The lead's try (a political story, gold written before any proposal): after "The Independent
Parliamentary Standards Authority (Ipsa) said Graham Pettifer ... had broken rules ...",
"Its compliance officer found that the payments were made over 19 months between 2024 and
2025." was proposed with no speaker (the guidelines: officials, members or staff of one body
speak as that body).

Every sentence but the lead's is invented for this test; none is taken from the benchmark's
sets."""

from __future__ import annotations

import pytest
from support.proposals import accepted

_IPSA = ("The Independent Parliamentary Standards Authority (Ipsa) said Graham Pettifer, MP for "
         "North Cotswolds, had broken rules that bar members from renting from a spouse or "
         "partner.")


def _last(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")[-1]


def test_the_lead_case(db, scheme):
    got = _last(db, scheme, [_IPSA, "Its compliance officer found that the payments were made "
                                    "over 19 months between 2024 and 2025."])
    assert got.name == "Independent Parliamentary Standards Authority"


@pytest.mark.parametrize("sentence", [
    "Its chief executive said the payments were made over 19 months.",
    "Its inspectors found that the kitchen had no hot water.",
    "Its chairman said the authority would publish its findings in full.",
])
def test_an_unnamed_officer_by_its(db, scheme, sentence):
    got = _last(db, scheme, [
        "The Food Standards Agency said Harbour Foods had sold mislabelled meat.", sentence])
    assert got.name == "Food Standards Agency"


# --- near misses: what must not change ---

def test_an_officer_named_beside_it(db, scheme):
    got = _last(db, scheme, [
        "The Food Standards Agency said Harbour Foods had sold mislabelled meat.",
        "Its chief executive, Tom Reddick, said the agency would publish its findings.",
    ])
    assert got.name == "Tom Reddick"


def test_their_lawyer_is_not_read_here(db, scheme):
    """"Their" may stand for people (a family, claimants), not a body: left as before."""
    got = _last(db, scheme, [
        "The Food Standards Agency said Harbour Foods had sold mislabelled meat.",
        "Their lawyer said the family would appeal.",
    ])
    assert got.name != "Food Standards Agency"
