"""Staff or officials of a body, after "according to", speak as that body (thirty-third
round, issue 11, bug fix on branch t33local; domain/proposals/reading.py ``_staff_after``).

The try article (English local news): "About 600 people came through the doors in the first
three hours, according to library staff." proposed no speaker. The guidelines: officials,
members or staff of one body speak as that body, and as a subject ("Council staff said")
they already did (officials.py). After "according to" they now do too, when the word before
"staff" is the head of a body the article names ("council staff" = Harwell District
Council). In the try article the library is read as a person's name by its shape, so that
sentence still proposes no speaker; a "Friends of the ... Library" is never the library.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


# --- the class, on sentences of our own ---

def test_according_to_council_staff(db, scheme):
    got = _all(db, scheme, [
        "Harwell District Council opened the new recycling centre on Monday.",
        "About 400 cars used it on the first day, according to council staff.",
    ])
    assert got[1].name == "Harwell District Council", got[1].reason


def test_according_to_the_trust_officials(db, scheme):
    got = _all(db, scheme, [
        "Eastbrook Academy Trust took over Lowfield Primary School in September.",
        "Enrolment has risen by 30 pupils, according to trust officials.",
    ])
    assert got[1].name == "Eastbrook Academy Trust", got[1].reason


# --- near misses that must not change ---

def test_a_friends_group_is_not_the_library(db, scheme):
    got = _all(db, scheme, [
        "The Carver Street branch of the Fairhaven Public Library reopened to the public on "
        "Saturday.",
        "About 600 people came through the doors in the first three hours, according to "
        "library staff.",
        "Most of the money was raised by the Friends of the Carver Street Library.",
    ])
    assert got[1].name != "Friends of the Carver Street Library", got[1].reason


def test_according_to_a_named_body_is_read_as_before(db, scheme):
    got = _all(db, scheme, [
        "The recycling centre opened on Monday, according to Harwell District Council.",
    ])
    assert got[0].name == "Harwell District Council"
