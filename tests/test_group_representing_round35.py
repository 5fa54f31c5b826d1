"""A group described by whom it represents speaks as the group, not as the owner of the
people it represents (thirty-fifth round, issue 11, bug fix on branch t35b;
domain/proposals/reading.py ``_group_representing``, data ``speaker35_group_of_people``).

The try article (a local paper on a mackerel quota): "A group representing Newlyn's inshore
fishermen has accused one of the port's largest trawler operators of landing hundreds of
tonnes of mackerel over its quota last winter." was proposed with the source "Newlyn" (the
fishermen read as members of Newlyn, a town); the next sentence names the group ("The
Cornish Inshore Fishermen's Alliance says ..."), and the guidelines give a described group
the name the article gives it. "A union representing Ryanair's pilots said" is the same
class (the company whose pilots the union represents was proposed as the accuser). A name
set apart between commas after the description, and "a lawyer representing ...", are left
as they were.

Every sentence but the try article's is invented for this test; none is taken from the
benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

_LEAD = (
    "A group representing Newlyn's inshore fishermen has accused one of the port's largest "
    "trawler operators of landing hundreds of tonnes of mackerel over its quota last winter.")
_NAMED = (
    "The Cornish Inshore Fishermen's Alliance says three vessels owned by Trevaskis Fishing "
    "Ltd landed around 640 tonnes more than the company's allocation between November and "
    "January, basing its figure on sales notes and port records.")


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


# --- the try article ---

def test_the_group_is_the_alliance_named_next(db, scheme):
    got = _all(db, scheme, [_LEAD, _NAMED])
    assert got[0].name == "Cornish Inshore Fishermen's Alliance", got[0].reason
    assert got[0].label == "accusation"
    assert got[1].name == "Cornish Inshore Fishermen's Alliance"


def test_never_named_the_group_has_no_source(db, scheme):
    got = _all(db, scheme, [_LEAD])[0]
    assert got.name != "Newlyn", got.reason
    assert got.name is None


# --- the class, on sentences of our own ---

def test_a_union_representing_a_company_s_pilots(db, scheme):
    got = _all(db, scheme, [
        "A union representing Ryanair's pilots said on Monday that the airline had cut rest "
        "periods below the legal minimum.",
        "The British Airline Pilots' Association said it had logged 42 complaints from crews "
        "since June.",
        "Ryanair denied the claims.",
    ])
    assert got[0].name == "British Airline Pilots' Association", got[0].reason
    assert got[2].name == "Ryanair"


def test_an_association_representing_a_city_s_taxi_drivers(db, scheme):
    got = _all(db, scheme, [
        "An association representing Lisbon's taxi drivers says the ride-hailing firm Vaio "
        "ignored a court order to suspend its service.",
        "The Lisbon Taxi Drivers' Federation said it had filed a complaint with the "
        "transport regulator.",
    ])[0]
    assert got.name != "Lisbon", got.reason
    assert got.name == "Lisbon Taxi Drivers' Federation", got.reason


# --- near misses that must not change ---

def test_a_name_set_apart_after_the_description_is_left(db, scheme):
    got = _all(db, scheme, [
        "A union representing the port's dockers, the Harbour Workers' Union, said the "
        "operator had cut overtime pay.",
    ])[0]
    assert got.name == "Harbour Workers' Union", got.reason


def test_a_named_company_speaking_is_unchanged(db, scheme):
    got = _all(db, scheme, [
        "Ryanair, which employs 4,000 pilots, said the union's figures were wrong.",
    ])[0]
    assert got.name == "Ryanair", got.reason
    assert got.label == "denial"
