"""A plural of people tied to a body ("Customers of Brightwell Energy say ...") is those
people, never a fuller name of that body (thirty-sixth round, issue 11, bug fix on branch
t36e1; domain/proposals/entities.py, data ``speaker36_people_of``).

The try's article: "Customers of Brightwell Energy say they have been sent catch-up bills
..." opens the story; later "In a statement, Brightwell Energy said the bills ... and denied
breaching the back-billing rules" was proposed with the source "Customers of Brightwell
Energy" (the accused company's denial given to the people who complain of it), and so was
the company's spokesperson after it. The run "Customers of Brightwell Energy" was taken for
the company's fuller name.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

_OPENING = (
    "Customers of Brightwell Energy say they have been sent catch-up bills for gas and "
    "electricity, some demanding more than £3,000.")
_CHARITY = (
    "Fuel poverty charity WarmHomes Trust accused Brightwell of breaking the rule that bars "
    "suppliers from billing customers for energy used more than 12 months earlier.")
_DENIAL = (
    'In a statement, Brightwell Energy said the bills "reflect genuine consumption that was '
    'under-recorded because of faulty smart meters" and denied breaching the back-billing '
    "rules.")
_SPOKESPERSON = ("A spokesperson for the company said every bill would be checked by "
                 "hand.")


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


# --- the try's case ---

def test_the_company_denial_keeps_the_company_name(db, scheme):
    got = _all(db, scheme, [_OPENING, _CHARITY, _DENIAL, _SPOKESPERSON])
    assert got[0].name is None
    assert got[2].label == "denial"
    assert got[2].name == "Brightwell Energy", got[2].reason
    assert got[3].name == "Brightwell Energy", got[3].reason


# --- the class, on sentences of our own ---

def test_residents_of_a_body(db, scheme):
    got = _all(db, scheme, [
        "Residents of Castlegate Homes say their flats have been left damp for two winters.",
        "Castlegate Homes said it had repaired 40 flats since March.",
    ])
    assert got[1].name == "Castlegate Homes", got[1].reason


def test_workers_at_a_firm(db, scheme):
    got = _all(db, scheme, [
        "Workers at Harlow Foods have accused the firm of cutting their overtime pay.",
        "Harlow Foods rejected the claims.",
    ])
    assert got[1].name == "Harlow Foods", got[1].reason


# --- near misses: fuller names that stay ---

def test_a_group_named_with_of_stays_whole(db, scheme):
    got = _all(db, scheme, [
        "Friends of Hollin Wood accused the council of felling protected oaks.",
        '"The council ignored its own survey," said a spokesman for Friends of Hollin Wood.',
    ])
    assert got[0].name == "Friends of Hollin Wood", got[0].reason


def test_a_company_name_ending_in_another_still_found_fuller(db, scheme):
    got = _all(db, scheme, [
        "Brightwell Energy Supply Ltd was fined £2 million by the regulator last year.",
        "Brightwell Energy said it had appealed against the fine.",
    ])
    assert got[1].name == "Brightwell Energy Supply Ltd", got[1].reason
