""""Complained to the Property Redress Scheme": a complaint lodged with a body that handles
complaints, an accusation by whoever lodged it (thirty-fifth round, issue 11, try helper
t35a; data/cues/en.json ``complaint_bodies``).

The try's article (a local paper): "At least 23 households have complained to the Property
Redress Scheme about Harbourside Lettings, which manages around 300 flats in Bedminster and
Southville." was proposed as context ("no speech verb"): "scheme" was no word of a body that
handles complaints, though Britain's letting agents, landlords and builders answer to
redress schemes. The guidelines: a complaint filed with a body that handles complaints is an
accusation by whoever filed it (here no source: a count of unnamed households).

Every sentence but the try's is invented for this test; none is taken from the benchmark's
sets."""

from __future__ import annotations

from support.proposals import accepted


def _one(db, scheme, sentence):
    return accepted(db, scheme, [sentence], "en")[0]


# --- the try's case ---

def test_households_complained_to_the_redress_scheme(db, scheme):
    got = _one(db, scheme, "At least 23 households have complained to the Property Redress "
                           "Scheme about Harbourside Lettings, which manages around 300 flats "
                           "in Bedminster and Southville.")
    assert got.label == "accusation", got.label_reason
    assert got.name is None


# --- the class, on sentences of our own ---

def test_a_buyer_complained_to_the_new_homes_scheme(db, scheme):
    got = _one(db, scheme, "Sarah Obi complained to the New Homes Quality Scheme about "
                           "cracks in her kitchen ceiling.")
    assert got.label == "accusation", got.label_reason
    assert got.name == "Sarah Obi"


# --- near misses ---

def test_a_scheme_joined_is_no_complaint(db, scheme):
    got = _one(db, scheme, "More than 400 landlords have joined the Property Redress Scheme "
                           "since January.")
    assert got.label != "accusation", got.label_reason
