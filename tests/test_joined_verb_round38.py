"""A verb joined by "and has"/"and had" shares its clause's subject, and so does one after a
name set off by commas that names a described subject (thirty-eighth round, issue 11, bug fix
on branch t38a3; domain/proposals/reading.py, ``_PERFECT`` and ``_apposed_name_at``).

The try helper's wire article: swimmers accuse a leisure operator of charging pool fees after
the pool closed; then "A Facebook group set up by members, Westmead Swimmers Together, has
more than 300 followers and has asked Trading Standards to investigate." The filing was read
(an accusation) but with no speaker: "and has asked" was not read as "and asked" (the
auxiliary stood between), and the clause before "and" opened after the apposed name.

Every sentence but the try helper's case is invented for this test; none is taken from the
benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

_OPENING = ("Members of a Swindon leisure centre have accused its operator of continuing to "
            "charge full swimming fees for five months after the pool was shut for repairs.")


def _one(db, scheme, sentence):
    return accepted(db, scheme, [_OPENING, sentence], "en")[1]


# --- the try helper's case ---

def test_the_article_group_named_in_apposition_has_asked(db, scheme):
    got = _one(db, scheme, "A Facebook group set up by members, Westmead Swimmers Together, "
                           "has more than 300 followers and has asked Trading Standards to "
                           "investigate.")
    assert got.label == "accusation", got.label_reason
    assert got.name == "Westmead Swimmers Together", got.reason


# --- the class, on sentences of our own ---

def test_and_has_said_shares_the_named_subject(db, scheme):
    got = _one(db, scheme, "Kennet Valley Swimmers met on Monday and has said the company "
                           "ignored its emails.")
    assert got.name == "Kennet Valley Swimmers", got.reason


def test_apposed_name_and_said(db, scheme):
    got = _one(db, scheme, "A campaign group, Kennet Valley Swimmers, met on Monday and said "
                           "the company had ignored its emails.")
    assert got.name == "Kennet Valley Swimmers", got.reason


def test_apposed_person_and_said(db, scheme):
    got = _one(db, scheme, "The landowner, Peter Haythorne, farms 300 acres and said the path "
                           "had never been public.")
    assert got.name == "Peter Haythorne", got.reason


# --- near misses ---

def test_relative_clause_is_no_apposed_name(db, scheme):
    got = _one(db, scheme, "A spokesperson for the leisure centre, which reopened in May, met "
                           "residents and said repairs would start soon.")
    assert got.name != "May"
