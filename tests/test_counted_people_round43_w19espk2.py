"""A count of people opening a sentence ("Two spectators interviewed by the broadcaster X
said", "Hundreds of runners who finished the X Marathon say", "Two of the shops told the
paper ..."): unnamed people speak, and the guidelines give a plural of unnamed people no
source, never a name written inside their subject nor one the sentence names after the
verb. The rules before proposed the broadcaster, the marathon, the publisher, the country
a ship sailed off. Forty-third round, issue 11, bug fix on branch w19espk2
(plural_people rule 6, ``speaker43_counted_subject`` in data/cues/en.json).

Counted on the readable sets before building: six English lines of this shape in six sets,
each with no source in the gold and a name proposed; no right speaker changes (a name set
beside the plural after a comma, "Two publishers ..., Bramble House and Northlight Audio,
said", is read as before). Every sentence below is invented for this test."""

from __future__ import annotations

import pytest
from support.proposals import accepted

OPENING = ("The Harrowgate Half Marathon has been accused of sending runners the wrong way "
           "at the eighth mile.")


@pytest.mark.parametrize("sentence", [
    "Two marshals interviewed by the radio station Dale FM said the arrows had been moved "
    "overnight.",
    "Hundreds of runners who finished the Harrowgate Half Marathon say the course was a "
    "mile short.",
    "Three of the stewards told the Courier they had been warned by the organiser, Peak "
    "Events, and asked to keep quiet.",
])
def test_a_count_of_people_speaks_with_no_source(db, scheme, sentence):
    got = accepted(db, scheme, [OPENING, sentence], "en")[-1]
    assert got.name is None, got.reason


# --- near misses: names beside the plural, and a body's own members ---

def test_names_set_beside_the_count_unchanged(db, scheme):
    sentence = ("Two running clubs that entered teams, Dale Harriers and Peak Striders, said "
                "they had complained before the race.")
    got = accepted(db, scheme, [OPENING, sentence], "en")[-1]
    assert got.name == "Dale Harriers", got.reason


def test_members_of_a_named_body_speak_as_it(db, scheme):
    sentence = ("Two members of the Harrowgate Running Association said the arrows had been "
                "checked the night before.")
    got = accepted(db, scheme, [OPENING, sentence], "en")[-1]
    assert got.name == "Harrowgate Running Association", got.reason


def test_a_count_of_bodies_unchanged(db, scheme):
    sentence = ("Two running clubs accused the organiser of hiding the complaints, the Dale "
                "Harriers said.")
    before = accepted(db, scheme, [OPENING, sentence], "en")[-1]
    assert before.name == "Dale Harriers", before.reason
