"""Investigators of a service the article names speak as that service (thirty-seventh round,
issue 11, bug fix on branch w10court3; data: "service" among the head words of the bodies
"investigators" belong to, ``speaker10_official_plurals`` in data/cues/en.json).

The try's article names the Insolvency Service as the body that investigated a director;
"Investigators also found the company had claimed a £50,000 Bounce Back Loan ..." was
proposed with the speaker "Investigators". Officials, members or staff of one body speak as
that body (the guidelines): the Insolvency Service. Other plurals ("officers") do not take
a service as their body.

Every sentence but the try's is invented for this test; none is taken from the benchmark's
sets."""

from __future__ import annotations

from support.proposals import accepted

_OPENING = (
    "The director of a collapsed scaffolding company has been disqualified from running "
    "businesses for nine years after the Insolvency Service found he moved more than "
    "£640,000 out of the firm in the months before it went bust.")
_NAMED = (
    "According to the Insolvency Service, Lowrie made 37 payments to his personal account "
    "and to a company run by his brother between June and September 2024.")
_INVESTIGATORS = (
    "Investigators also found the company had claimed a £50,000 Bounce Back Loan in May "
    "2020 on the basis of a turnover figure more than twice that shown in its accounts.")


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


# --- the try's case ---

def test_the_try_article_investigators_are_the_insolvency_service(db, scheme):
    got = _all(db, scheme, [_OPENING, _NAMED, _INVESTIGATORS])[2]
    assert got.name == "Insolvency Service", got.reason


# --- the class, on sentences of our own ---

def test_fire_investigators_speak_as_the_fire_service(db, scheme):
    got = _all(db, scheme, [
        "Crews from the Hampshire Fire and Rescue Service were called to the warehouse in "
        "Eastleigh just after midnight.",
        "Investigators said the blaze had started in a storeroom at the back of the "
        "building."])[1]
    assert got.name == "Hampshire Fire and Rescue Service", got.reason


# --- near misses ---

def test_officers_do_not_take_a_service_as_their_body(db, scheme):
    got = _all(db, scheme, [
        "The Welsh Ambulance Service sent three crews to the crash on the A470.",
        "Officers said the lorry had crossed onto the wrong side of the road."])[1]
    assert got.name != "Welsh Ambulance Service", got.reason
