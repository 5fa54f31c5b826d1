"""A body named by a place, lower-case words of what it is and a plural of office-holders
speaks as that body (thirty-fifth round, issue 11, bug fix on branch w7officials).

The try helper's article: inshore fishermen accuse a trawler firm of landing mackerel over its
quota; "Mackerel is the most valuable stock landed at Newlyn, worth £9.8 million to the port
last year, according to the Newlyn harbour commissioners." was proposed as said by "Newlyn",
the place read as the town of an unnamed member. The speaker is the body, written as the
article writes it: "Newlyn harbour commissioners".

Every sentence but the try helper's article is invented for this test; none is taken from the
benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


_OPENING = (
    "A group representing Newlyn's inshore fishermen has accused one of the port's largest "
    "trawler operators of landing hundreds of tonnes of mackerel over its quota last winter.")
_ALLIANCE = (
    "The Cornish Inshore Fishermen's Alliance says three vessels owned by Trevaskis Fishing Ltd "
    "landed around 640 tonnes more than the company's allocation between November and January, "
    "basing its figure on sales notes and port records.")
_CASE = (
    "Mackerel is the most valuable stock landed at Newlyn, worth £9.8 million to the port last "
    "year, according to the Newlyn harbour commissioners.")


# --- the try helper's case ---

def test_the_case_speaker_is_the_commissioners(db, scheme):
    got = _all(db, scheme, [_OPENING, _ALLIANCE, _CASE])
    assert got[-1].name == "Newlyn harbour commissioners"


# --- the class, on sentences of our own ---

def test_said_after_the_body(db, scheme):
    got = _all(db, scheme, [
        "Residents say the new car park has made traffic on the seafront worse.",
        "Falmouth harbour commissioners said the car park had been approved in 2023."])
    assert got[-1].name == "Falmouth harbour commissioners"


def test_school_governors(db, scheme):
    got = _all(db, scheme, [
        "Parents say a primary school cut its music lessons without consulting them.",
        "The lessons were moved to lunchtime, according to the Hayle school governors."])
    assert got[-1].name == "Hayle school governors"


def test_town_councillors(db, scheme):
    got = _all(db, scheme, [
        "Traders say a planned bus lane will drive shoppers away from the high street.",
        "Penzance town councillors said the lane would be reviewed after six months."])
    assert got[-1].name == "Penzance town councillors"


def test_charity_trustees(db, scheme):
    got = _all(db, scheme, [
        "Volunteers say a museum closed its archive without warning.",
        "The archive needs a new roof, according to the St Ives museum trustees."])
    assert got[-1].name == "St Ives museum trustees"


# --- near misses: unchanged ---

def test_plural_of_unnamed_people_is_no_source(db, scheme):
    got = _all(db, scheme, [
        "Residents say the new car park has made traffic on the seafront worse.",
        "Newlyn fishermen said the harbour was too crowded on Tuesdays."])
    assert got[-1].name != "Newlyn fishermen"
    assert got[-1].name != "Newlyn"


def test_a_named_council_is_unchanged(db, scheme):
    got = _all(db, scheme, [
        "Residents say the new car park has made traffic on the seafront worse.",
        "Cornwall Council said the car park had been approved in 2023."])
    assert got[-1].name == "Cornwall Council"


def test_said_at_the_end(db, scheme):
    got = _all(db, scheme, [
        "Residents say the new car park has made traffic on the seafront worse.",
        "The car park was approved in 2023, the Truro city councillors said."])
    assert got[-1].name == "Truro city councillors"


def test_according_to_unnamed_people_is_not_the_place_body(db, scheme):
    got = _all(db, scheme, [
        "Residents say the new car park has made traffic on the seafront worse.",
        "The car park is full by nine, according to Newlyn fishermen."])
    assert got[-1].name != "Newlyn fishermen"
