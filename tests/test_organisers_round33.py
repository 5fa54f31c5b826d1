"""Organisers speak as the body the article says runs the event (thirty-third round, issue
11, try helper t33sport; domain/proposals/speakers_english.py ``_organisers_body``).

The guidelines: "Officials, organisers, members or staff of one body speak as that body:
'tournament organisers' -> the organising body the article names." Found while trying the
helper's sport and festival articles: "Tickets will go on sale in March, according to the
organisers" and "Festival organisers said ..." were proposed with no source even where the
article had said "organised by Brightwater Live" or "organisers Brightwater Live". Where the
article never says who runs the event nothing changes (no source, or the organisers as
written).

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

_RUN_BY = ("The Harbour Lights festival, organised by Brightwater Live, will return to "
           "Shrewsbury next August.")


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


def test_according_to_the_organisers(db, scheme):
    got = _all(db, scheme, [_RUN_BY, "Tickets will go on sale in March, according to the "
                                     "organisers."])
    assert got[-1].name == "Brightwater Live", got[-1].reason


def test_festival_organisers_as_the_subject(db, scheme):
    got = _all(db, scheme, [_RUN_BY, "The site will hold 20,000 people.",
                            "Festival organisers urged ticket holders to arrive early."])
    assert got[-1].name == "Brightwater Live", got[-1].reason


def test_organisers_named_in_apposition_before(db, scheme):
    got = _all(db, scheme, [
        "The three-day Meadowlark Festival was cancelled on 29 August after organisers "
        "Brightwater Live blamed the ground conditions.",
        "Organisers said every ticket holder would be refunded by Christmas."])
    assert got[-1].name == "Brightwater Live", got[-1].reason


def test_a_body_which_runs_the_race(db, scheme):
    got = _all(db, scheme, [
        "Kestrel Sports, which runs the Lakeside Half Marathon, said the course had been "
        "measured twice.",
        "Race organisers said the results would stand."])
    assert got[-1].name == "Kestrel Sports", got[-1].reason


# --- near misses that must not change ---

def test_no_organiser_named_stays_unnamed(db, scheme):
    got = _all(db, scheme, [
        "The small town of Mallee Creek will host the national under-18 basketball "
        "championships next July.",
        "Tickets will go on sale in March, according to the organisers."])
    assert got[-1].name is None


def test_organisers_of_a_named_event_are_not_this_rule(db, scheme):
    got = _all(db, scheme, [_RUN_BY, "Organisers of the Lakeside Half Marathon said the "
                                     "course had been measured twice."])
    assert "organises the event" not in got[-1].reason
