"""A name does not run back across a comma through "the" (thirty-fifth round, issue 11, bug
fix on branch t35b; domain/proposals/name_words.py ``run_back``).

The try article (a wire story on a port's record year): "Kenya's Mombasa port handled a
record 41.2 million tonnes of cargo last year, ... driven by transit shipments to Uganda,
South Sudan and Congo, the Kenya Ports Authority said on Wednesday." was proposed with the
source "the Kenya Ports Authority" (a second source beside the "Kenya Ports Authority" of the
next sentence): the lower-case "the" was read as a word joining "Congo" and "Kenya" into one
name, across the comma. With a place after a preposition before the comma ("Cargo rose
sharply in Congo, the Kenya Ports Authority said") the whole run was then read as a place in
apposition and no source was proposed. "the" still joins the words of one name with no break
between them ("Save the Children").

Every sentence but the try article's is invented for this test; none is taken from the
benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

_LEAD = (
    "Kenya's Mombasa port handled a record 41.2 million tonnes of cargo last year, up 6.8 "
    "percent from 2024, driven by transit shipments to Uganda, South Sudan and Congo, the "
    "Kenya Ports Authority said on Wednesday.")


def _one(db, scheme, sentence):
    return accepted(db, scheme, [sentence], "en")[0]


# --- the try article ---

def test_the_closing_attribution_after_a_list_of_places(db, scheme):
    got = accepted(db, scheme, [
        _LEAD,
        "Container traffic rose to 2.1 million twenty-foot equivalent units (TEUs), the "
        "authority said in a statement, the first time it has passed two million.",
    ], "en")
    assert got[0].name == "Kenya Ports Authority", got[0].reason
    assert got[1].name == "Kenya Ports Authority", got[1].reason


# --- the class, on sentences of our own ---

def test_a_place_after_a_preposition_before_the_comma(db, scheme):
    got = _one(db, scheme, "Cargo volumes rose sharply in Congo, the Kenya Ports Authority "
                           "said.")
    assert got.name == "Kenya Ports Authority", got.reason


def test_a_closing_attribution_after_a_country(db, scheme):
    got = _one(db, scheme, "Bean exports fell by a fifth after heavy rains in Ghana, the "
                           "Cocoa Marketing Board said on Friday.")
    assert got.name == "Cocoa Marketing Board", got.reason


# --- near misses that must not change ---

def test_the_inside_one_name_still_joins(db, scheme):
    got = _one(db, scheme, "Save the Children said the camp had run out of clean water.")
    assert got.name == "Save the Children", got.reason


def test_a_closing_attribution_after_a_day(db, scheme):
    got = _one(db, scheme, "The strike will begin on Monday, the Transport Workers Union "
                           "said.")
    assert got.name == "Transport Workers Union", got.reason
