"""A thing added is nothing said (thirty-third round, issue 11, bug fix on branch t33local;
domain/proposals/not_said.py ``adds_a_thing``, data/cues/en.json ``context27b_not_said``
"things").

The try article (English local news, no dispute): "The $4.2 million project added a
children's wing, a teen study room and an elevator, making the 1911 building fully
accessible for the first time." was proposed a claim, "reported speech 'added'". Right after
its subject and before an indefinite article or a figure, "added"/"adds" takes a thing as its
object: narration (here context). After a quotation or a comma ('"...," added a council
spokesman') the verb is speech as before.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


# --- the try article's case ---

def test_the_project_added_a_wing(db, scheme):
    got = _all(db, scheme, [
        "The Carver Street branch of the Fairhaven Public Library reopened to the public on "
        "Saturday after 18 months of renovation.",
        "The $4.2 million project added a children's wing, a teen study room and an "
        "elevator, making the 1911 building fully accessible for the first time.",
    ])
    assert "added" not in got[1].label_reason, got[1].label_reason
    assert got[1].label == "context"


# --- the class, on sentences of our own ---

def test_the_timetable_adds_buses(db, scheme):
    got = _all(db, scheme, [
        "The new winter timetable adds 40 buses a day on the route between Kelso and the "
        "hospital.",
    ])
    assert "adds" not in got[0].label_reason, got[0].label_reason


def test_the_council_added_a_crossing(db, scheme):
    got = _all(db, scheme, [
        "Harwell District Council added a zebra crossing outside the school in March.",
    ])
    assert "added" not in got[0].label_reason, got[0].label_reason


# --- near misses that must not change ---

def test_added_after_a_quotation_is_speech(db, scheme):
    got = _all(db, scheme, [
        '"We expect the work to finish by the spring," added a council spokesman.',
    ])
    assert "added" in got[0].label_reason or got[0].name, got[0].label_reason


def test_added_that_is_speech(db, scheme):
    got = _all(db, scheme, [
        "Marisol Quintero added that the branch would open until 8pm on weekdays.",
    ])
    assert got[0].name == "Marisol Quintero"
    assert "no speech verb" not in got[0].label_reason
