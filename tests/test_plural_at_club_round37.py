"""A plural of people whose subject runs through a second preposition to "a <place> club"
speaks for itself, not for the club (thirty-seventh round, issue 11, bug fix on branch
t37d1; domain/proposals/reading.py, _office).

The try article (a local paper): "Parents of young swimmers at a Sheffield club have accused
its head coach of bullying children as young as 11, ...". The subject's last words, "a
Sheffield club", were read as an office named by a common noun ("Kenya's energy regulator")
and proposed as a new source, "Sheffield club", though the people who accuse are the parents,
a plural of unnamed people: no source. "Parents at a Sheffield club" (one preposition) was
already right; "of young swimmers" between the plural and "at" hid it.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

import pytest
from support.proposals import accepted


def _one(db, scheme, sentence):
    return accepted(db, scheme, [sentence], "en")[0]


# --- the try article's case ---

def test_the_try_article_parents_are_no_club(db, scheme):
    got = _one(db, scheme,
               "Parents of young swimmers at a Sheffield club have accused its head coach of "
               "bullying children as young as 11, shouting abuse at them and making them "
               "train through injury.")
    assert got.label == "accusation"
    assert got.name is None, got.reason


# --- the class, on sentences of our own ---

@pytest.mark.parametrize("sentence", [
    "Parents of swimmers at a Leeds club have accused its head coach of bullying children.",
    "Families of players at a Cardiff club said the coach had shouted at their sons.",
    "Relatives of residents at a Bristol care home say staff ignored them.",
])
def test_people_of_people_at_a_place_club(db, scheme, sentence):
    got = _one(db, scheme, sentence)
    assert got.name is None, got.reason


# --- near misses that must not change ---

def test_one_preposition_stays_no_source(db, scheme):
    got = _one(db, scheme, "Parents at a Sheffield club have accused its head coach of "
                           "bullying children.")
    assert got.name is None


@pytest.mark.parametrize(("sentence", "name"), [
    ("Kenya's energy regulator has fined the company.", "Kenya's energy regulator"),
    ("The Leeds club said the coach had left.", "Leeds club"),
    ("Members of a Sheffield club have accused its head coach of bullying children.",
     "Sheffield club"),  # a body's members speak as the body
    ("A spokesman for a Leeds club said the coach had left.", "Leeds club"),
])
def test_a_body_and_its_own_people_still_speak(db, scheme, sentence, name):
    assert _one(db, scheme, sentence).name == name
