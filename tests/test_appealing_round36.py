"""An appeal in the progressive ("Police are appealing for help", "The union is urging
members") is the act of its subject, as the simple past is ("Police appealed for help"):
context with the subject as its source, a described body taking the name the article gives
it (thirty-sixth round, issue 11, bug fix on branch w9prosecution2;
domain/proposals/reading.py, _progressive). Before, "are" was read as a passive's
auxiliary ("were urged to"), so the appeal had no speaker.

The try's article: a missing pensioner; "Police are appealing for help to find a 78-year-old
man ...", then "North Yorkshire Police said ...". The appeal had no source; the guidelines'
Sources: a body the sentence only describes takes the name the article gives it.

Every sentence but the try's article is invented for this test; none is taken from the
benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

_FORCE = "North Yorkshire Police said the road would stay closed until Friday."


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


# --- the try's case ---

def test_the_try_article_police_are_appealing(db, scheme):
    got = _all(db, scheme, [
        "Police are appealing for help to find a 78-year-old man who has not been seen since "
        "he left his home in Whitby on Sunday morning.",
        "Bernard Coyle was last seen on CCTV walking along Church Street towards the 199 Steps "
        "at about 10.15am.",
        "North Yorkshire Police said Mr Coyle has early-stage dementia and may appear "
        "confused.",
    ])
    assert got[0].label == "context"
    assert got[0].name == "North Yorkshire Police", got[0].reason
    assert got[1].name is None


# --- the class, on sentences of our own ---

def test_a_named_body_urging_in_the_progressive(db, scheme):
    got = _all(db, scheme, [
        "Harrogate Borough Council is urging residents to report missed bin collections.",
    ])
    assert got[0].name == "Harrogate Borough Council", got[0].reason


def test_a_described_force_calling_for_witnesses(db, scheme):
    got = _all(db, scheme, [
        "Police are calling for witnesses after a cyclist was hurt on the A64.",
        _FORCE,
    ])
    assert got[0].name == "North Yorkshire Police", got[0].reason


def test_the_simple_past_reads_as_before(db, scheme):
    got = _all(db, scheme, ["Police appealed for witnesses after the crash.", _FORCE])
    assert got[0].name == "North Yorkshire Police"


# --- near misses ---

def test_a_passive_appeal_has_no_speaker_in_its_subject(db, scheme):
    got = _all(db, scheme, [
        "Drivers are urged to avoid the A64 after the crash.",
        _FORCE,
    ])
    assert got[0].name != "Drivers"


def test_a_plural_of_unnamed_people_stays_without_source(db, scheme):
    got = _all(db, scheme, [
        "Residents are calling for a speed camera on the A64.",
        _FORCE,
    ])
    assert got[0].name is None, got[0].reason


def test_being_urged_is_still_a_passive(db, scheme):
    got = _all(db, scheme, [
        "Motorists are being urged to avoid the A64.",
        _FORCE,
    ])
    assert got[0].name != "Motorists"
