"""People placed by a chain of where they are speak as a plural, never the place's council
(thirty-seventh round, issue 11, bug fix on branch t37f4; domain/proposals/plural_people.py
``_placed_in_chain``).

The try helper's local story opens "Homeowners on a new housing estate near Wakefield have
accused the builder of handing over properties riddled with leaks, cracked render and
missing insulation ..." and later writes "Wakefield Council's building control department
was approached for comment." The place at the end of the subject was read as the speaker
and, by the fuller name the article gives it, proposed as Wakefield Council: the accusers
became the council. A plural of unnamed people has no source (the guidelines).

Every sentence but the try article's is invented for this test; none is taken from the
benchmark's sets."""

from __future__ import annotations

import pytest
from support.proposals import accepted


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


# --- the try helper's case ---

def test_homeowners_near_wakefield_are_not_the_council(db, scheme):
    got = _all(db, scheme, [
        "Homeowners on a new housing estate near Wakefield have accused the builder of "
        "handing over properties riddled with leaks, cracked render and missing insulation, "
        "and of ignoring their complaints for months.",
        "Calderbrook Homes said it strongly refutes the suggestion that the homes were unsafe.",
        "Wakefield Council's building control department was approached for comment.",
    ])
    assert got[0].label == "accusation"
    assert got[0].name is None, got[0].reason


# --- the class, on sentences of our own ---

@pytest.mark.parametrize("opening", [
    "Residents of a village near Harrogate have accused the water company of polluting the "
    "river with sewage.",
    "Parents at a small primary school outside Doncaster say the academy trust cut their "
    "children's support hours without warning.",
    "Tenants on a council-run estate in Rotherham have accused the landlord of ignoring damp.",
])
def test_people_placed_by_a_chain(db, scheme, opening):
    town = next(w for w in ("Harrogate", "Doncaster", "Rotherham") if w in opening)
    got = _all(db, scheme, [
        opening,
        f"{town} Council said it was aware of the concerns.",
    ])
    assert got[0].name is None, got[0].reason
    assert got[1].name == f"{town} Council"


# --- near misses that must not change ---

def test_a_body_named_in_the_subject_is_left_to_the_rules(db, scheme):
    got = _all(db, scheme, [
        "Inspectors from the Environment Agency said the discharge had killed fish.",
    ])
    assert got[0].name == "Environment Agency", got[0].reason


def test_the_council_speaking_stays_the_council(db, scheme):
    got = _all(db, scheme, [
        "Homeowners on a new housing estate near Wakefield have accused the builder of "
        "leaving homes with leaks.",
        "Wakefield Council said it had received complaints from residents of the estate.",
    ])
    assert got[1].name == "Wakefield Council", got[1].reason
