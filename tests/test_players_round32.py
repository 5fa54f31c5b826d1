"""A body named inside the "at ..." phrase of a plural of people is not the speaker, also
when a description stands before its name (thirty-second round, issue 11, bug fix on
branch i11players32; domain/proposals/plural_people.py, rule 2).

The lead's article: "Players at National League side Harrow Borough FC say they have not
been paid for two months." The description "National League side" hid the "at" that ties
the players to the club, so the club was read as the subject of "say" and proposed as the
source; that placed it on the accusing side, and the next line, a player's own complaint,
was proposed as the accused side's denial. Without the description ("Players at Harrow
Borough FC say") the players were already read as a plural of unnamed people: no source.

A body's own staff, members or volunteers ("Staff at the family-run firm X") are left to
the rules before: they speak as the body (the guidelines).

Every sentence but the lead's article is invented for this test; none is taken from the
benchmark's sets."""

from __future__ import annotations

import pytest
from support.proposals import accepted

_OPENING = ("Players at National League side Harrow Borough FC say they have not been paid "
            "for two months.")
_ELLIS = ('"We turn up, we train, we play every Saturday, and nothing goes into the '
          'account," said midfielder Jordan Ellis.')
PLURAL = "a plural of unnamed people"


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


# --- the lead's case ---

def test_the_lead_article_club_is_not_the_speaker(db, scheme):
    opening, ellis = _all(db, scheme, [_OPENING, _ELLIS])
    assert opening.name is None, opening.reason
    assert PLURAL in opening.reason and "'Players'" in opening.reason
    assert ellis.name == "Jordan Ellis"
    assert ellis.label != "denial", ellis.label_reason


def test_without_the_description_as_before(db, scheme):
    opening, ellis = _all(db, scheme, [
        "Players at Harrow Borough FC say they have not been paid for two months.", _ELLIS])
    assert opening.name is None and PLURAL in opening.reason
    assert ellis.label != "denial"


# --- the class, on sentences of our own ---

def _first(db, scheme, sentence):
    return _all(db, scheme, [sentence])[0]


def test_a_league_description(db, scheme):
    got = _first(db, scheme, "Players at Premier League club Fulham say they were not told "
                             "about the pay cut.")
    assert got.name is None and PLURAL in got.reason


@pytest.mark.parametrize("sentence", [
    "Players at the Championship side Millwall say they have not been paid since March.",
    "Workers at the family-run firm Hobson Bakeries said they were laid off without notice.",
    "Residents of the council-owned block Grenfell House say the heating has been off for "
    "weeks.",
    "Tenants at the housing association Castlegate Homes say their flats are damp.",
    "Drivers at ride-hailing firm Zoomcar say their pay was slashed.",
])
def test_a_description_after_the_preposition(db, scheme, sentence):
    got = _first(db, scheme, sentence)
    assert got.name is None, got.reason
    assert PLURAL in got.reason


# --- near misses: no change ---

def test_a_body_s_own_staff_still_speak_as_it(db, scheme):
    got = _first(db, scheme, "Staff at the family-run firm Hobson Bakeries said the new "
                             "ovens would arrive in May.")
    assert got.name == "Hobson Bakeries", got.reason


def test_a_person_with_a_title_after_and(db, scheme):
    got = _first(db, scheme, "Players at the club and manager Dean Holloway say the pitch "
                             "is unsafe.")
    assert got.name is not None


def test_a_body_speaking_on_its_own(db, scheme):
    got = _first(db, scheme, "National League side Harrow Borough FC said it would pay "
                             "the players by Friday.")
    assert got.name == "Harrow Borough FC", got.reason


def test_what_the_people_say_another_did(db, scheme):
    got = _all(db, scheme, [
        "Residents of the estate say councillor Jane Doe promised new boilers.",
        "Councillor Jane Doe said the boilers were ordered in June."])[1]
    assert got.name == "Jane Doe", got.reason


# --- a body's staff who say they themselves were wronged (rule 3) ---

def test_staff_wronged_do_not_speak_as_their_employer(db, scheme):
    opening, ellis = _all(db, scheme, [
        "Staff at the Riverside Hotel say they have not been paid for two months.",
        '"We turn up, we work every shift, and nothing goes into the account," said '
        "receptionist Jordan Ellis."])
    assert opening.name is None, opening.reason
    assert "'Staff'" in opening.reason
    assert ellis.label != "denial"


def test_employees_laid_off(db, scheme):
    got = _first(db, scheme, "Employees at Brightwell Energy say they were laid off without "
                             "notice.")
    assert got.name is None, got.reason


@pytest.mark.parametrize("sentence", [
    "Staff at the Riverside Hotel say the new menu will launch in May.",
    "Staff at the Riverside Hotel say they have not been paid by the agency.",
])
def test_staff_otherwise_speak_as_the_body(db, scheme, sentence):
    got = _first(db, scheme, sentence)
    assert got.name == "Riverside Hotel", got.reason


def test_members_wronged_by_another_still_speak_as_their_body(db, scheme):
    got = _first(db, scheme, "Members of the Bugisu Cooperative say they have not been paid "
                             "for two months.")
    assert got.name == "Bugisu Cooperative", got.reason


def test_campaigners_at_a_described_charity_speak_as_it(db, scheme):
    got = _first(db, scheme, "Housing campaigners at the charity Roof Watch called the "
                             "eviction a disgrace.")
    assert got.name == "Roof Watch", got.reason


def test_only_a_verb_of_saying_after_the_described_name(db, scheme):
    got = _first(db, scheme, "Customers of the online lender Quickfunds filed a lawsuit on "
                             "Monday, accusing it of hidden charges.")
    assert got.name == "Quickfunds", got.reason
