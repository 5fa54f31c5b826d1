"""A plural of people opening a sentence is no body whose name holds the word, and a plural
placed "on the River X" is no name (thirty-ninth round, issue 11, bug fix on branch w14c2;
domain/proposals/plural_people.py, ``_plural_in_name`` and ``_opening_plural``, read in
``unnamed_plural``).

The try articles: "Riders plan to protest outside the company's headquarters ..." after the
"Couriers and Riders Union" was named was proposed with the union as its source (the one
word read as a short form of the name that holds it); "Anglers on the River X say ..." was
proposed with the source "Anglers on the River X". The guidelines: a plural of unnamed
people has no source.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

import pytest
from support.proposals import accepted, registered


@pytest.fixture(params=["accepted", "registered"])
def read(request):
    """Both ways of reading a document: sources only accepted, and registered as well."""
    if request.param == "registered":
        return registered
    return lambda db, scheme, sentences: accepted(db, scheme, sentences, "en")


# --- the try articles' shapes ---

def test_riders_who_plan_a_protest_are_not_the_union(db, scheme, read):
    got = read(db, scheme, [
        "The Couriers and Riders Union said the delivery targets were unsafe.",
        "Riders plan to protest outside the company's offices next Friday.",
    ])
    assert got[0].name == "Couriers and Riders Union"
    assert got[1].name is None, got[1].reason


def test_anglers_on_a_named_river_are_no_name(db, scheme, read):
    got = read(db, scheme, [
        "Anglers on the River Wenning say Severn Vale Water pumped sewage into the river "
        "for 300 hours last year.",
    ])
    assert got[0].name is None, got[0].reason


# --- the class, in other wordings ---

def test_rowers_who_say_are_not_the_club(db, scheme, read):
    got = read(db, scheme, [
        "The Thames Swimmers and Rowers Club said the water was unsafe.",
        "Rowers say they have fallen ill after training.",
    ])
    assert got[1].name is None, got[1].reason


def test_anglers_who_say_are_not_the_association(db, scheme, read):
    got = read(db, scheme, [
        "The Wenning Anglers Association said fish had died below the outfall.",
        "Anglers say Severn Vale Water pumped sewage into the river.",
    ])
    assert got[1].name is None, got[1].reason


def test_drivers_who_intend_a_strike_are_not_the_association(db, scheme, read):
    got = read(db, scheme, [
        "The Hartfield Private Hire Drivers Association said fares had fallen.",
        "Drivers intend to strike next month.",
    ])
    assert got[1].name is None, got[1].reason


# --- near misses that must not change ---

def test_the_union_itself_still_speaks(db, scheme, read):
    got = read(db, scheme, [
        "The Couriers and Riders Union said the delivery targets were unsafe.",
        "The union plans to protest outside the company's offices.",
    ])
    assert got[1].name == "Couriers and Riders Union", got[1].reason


def test_a_club_named_elsewhere_is_left_as_it_was(db, scheme, read):
    got = read(db, scheme, [
        "Kelmouth Rovers' owners have been accused by the Kelmouth Rovers Supporters' Trust "
        "of hiding a tax bill.",
        "Rovers have denied any wrongdoing.",
    ])
    assert got[1].name is not None, got[1].reason  # "Rovers", the club: no plural of people
