"""Unnamed complainants who say they "are owed" money tell the wrong done to them: an
accusation (thirty-seventh round, issue 11, bug fix on branch t37e4; data ``complaint27``
"harms" in data/cues/en.json, read by domain/proposals/complaint.py).

The try's article (a local paper): "Dozens of Stockport families say they are still owed
thousands of pounds by a local travel agent, months after their holidays were cancelled."
was proposed as a claim (reported speech 'say'): what the families allege (the agent has not
paid back what it owes them) is the story's charge, as "say they have not been refunded"
already was. The round-27 reading (complaint.py, shape 1: no speaker named, reported speech
that states a wrong done to the complainants) now counts the passive "are owed", "is owed",
"were owed" (and "still" before "owed") among its harms.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


# --- the try's case ---

def test_families_say_they_are_still_owed(db, scheme):
    got = _all(db, scheme, [
        "Dozens of Stockport families say they are still owed thousands of pounds by a local "
        "travel agent, months after their holidays were cancelled.",
        "Sunward Holidays, which has a shop on Merseyway, cancelled at least 60 package trips "
        "to Spain and Greece in August after one of its partner airlines stopped flying.",
    ])
    assert got[0].label == "accusation", got[0].label_reason
    assert got[0].name is None


# --- the class, on sentences of our own ---

def test_workers_say_they_are_owed_wages(db, scheme):
    got = _all(db, scheme, [
        "Workers at the Hallam depot say they are owed three months of wages by the haulage "
        "firm that employed them.",
    ])
    assert got[0].label == "accusation", got[0].label_reason


def test_former_staff_say_holiday_pay_is_still_owed(db, scheme):
    got = _all(db, scheme, [
        "Former staff of a nursery in Leeds say holiday pay is still owed to at least 14 of "
        "them, eight months after it closed.",
    ])
    assert got[0].label == "accusation", got[0].label_reason


# --- near misses that must not change ---

def test_negated_owed_is_no_complaint(db, scheme):
    got = _all(db, scheme, [
        "Dozens of families say they are not owed anything by the agent after all.",
    ])
    assert got[0].label != "accusation", got[0].label_reason


def test_the_accused_saying_it_is_owed_stays_a_claim(db, scheme):
    got = _all(db, scheme, [
        "Sunward Holidays' managing director, Colin Barraclough, said the company was owed "
        "more than £200,000 by the collapsed airline.",
    ])
    assert got[0].label != "accusation", got[0].label_reason


def test_an_active_owed_is_no_harm_phrase(db, scheme):
    got = _all(db, scheme, [
        "Colin Barraclough said the delays were caused by the collapsed airline, Aerolux, "
        "which still owed the company more than £200,000.",
    ])
    assert got[0].label != "accusation", got[0].label_reason
