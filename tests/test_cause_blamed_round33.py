"""Blaming a cause is no accusation of a party (thirty-third round, issue 11, bug fix on
branch i11try33f; domain/proposals/cause_blamed.py, data ``accuse33_cause_blamed``).

A try on an article of the team's own: festival-goers still waiting for refunds after a
cancellation; "The three-day event near Shrewsbury, which was due to feature 40 acts, was
cancelled on 29 August after organisers Brightwater Live blamed 'unforeseen ground
conditions'" was proposed as an accusation (cue 'blamed'). What is blamed is a cause, not a
person, body or name: nobody is accused; the organisers' explanation is a claim. "blamed
the contractor", "blamed SkyJet", "blamed the delays on the contractor" stay accusations,
and an accused side that has denied goes on denying when it blames a cause.

Every sentence but the try's article is invented for this test; none is taken from the
benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

_OPENING = (
    "Thousands of people who bought tickets for the cancelled Meadowlark Festival are still "
    "waiting for refunds more than three months later, according to consumer group Fair "
    "Ticket Alliance.")
_CANCELLED = (
    "The three-day event near Shrewsbury, which was due to feature 40 acts, was cancelled on "
    '29 August after organisers Brightwater Live blamed "unforeseen ground conditions".')


def _all(db, scheme, sentences, language="en"):
    return accepted(db, scheme, sentences, language)


# --- the try's case ---

def test_ground_conditions_blamed_is_no_accusation(db, scheme):
    got = _all(db, scheme, [_OPENING, _CANCELLED])
    assert got[1].label == "claim", got[1].label_reason
    assert "cause blamed" in got[1].label_reason
    assert got[1].name == "Brightwater Live"


# --- the class, on sentences of our own ---

def test_bad_weather_blamed_for_delays(db, scheme):
    got = _all(db, scheme, ["Flights from Leeds Bradford were held up for hours on Monday.",
                            "The airline blamed bad weather for the delays, a spokesman said."])
    assert got[1].label == "claim", got[1].label_reason


def test_a_technical_fault_blamed(db, scheme):
    got = _all(db, scheme, ["Thousands of homes in Dunmore lost power overnight.",
                            "The operator blamed a technical fault at a substation."])
    assert got[1].label == "claim", got[1].label_reason


def test_indonesian_weather_blamed(db, scheme):
    got = _all(db, scheme, ["Konser musik di Lapangan Merdeka batal digelar Sabtu malam.",
                            "Panitia menyalahkan cuaca buruk atas pembatalan konser itu."],
               "id")
    assert got[1].label == "claim", got[1].label_reason


# --- near misses: a party blamed stays an accusation ---

def test_a_contractor_blamed_stays_an_accusation(db, scheme):
    got = _all(db, scheme, ["Flights from Leeds Bradford were held up for hours on Monday.",
                            "The airline blamed the contractor for the delays."])
    assert got[1].label == "accusation", got[1].label_reason


def test_delays_blamed_on_a_party_stay_an_accusation(db, scheme):
    got = _all(db, scheme, ["Work on the Dunmore bypass is a year behind schedule.",
                            "The council blamed the delays on the contractor."])
    assert got[1].label == "accusation", got[1].label_reason


def test_a_named_party_blamed_stays_an_accusation(db, scheme):
    got = _all(db, scheme, ["The Harbour Lights concert was called off on Friday.",
                            "The promoter blamed SkyJet for the cancellation."])
    assert got[1].label == "accusation", got[1].label_reason


def test_due_to_elsewhere_is_no_cause_blamed(db, scheme):
    got = _all(db, scheme, ["The Harbour Lights concert was called off on Friday.",
                            "The concert, which was due to feature 12 acts, was cancelled "
                            "after the council blamed the organisers."])
    assert got[1].label == "accusation", got[1].label_reason


def test_indonesian_contractor_blamed_stays_an_accusation(db, scheme):
    got = _all(db, scheme, ["Konser musik di Lapangan Merdeka batal digelar Sabtu malam.",
                            "Panitia menyalahkan kontraktor atas pembatalan konser itu."],
               "id")
    assert got[1].label == "accusation", got[1].label_reason


def test_the_accused_side_blaming_a_cause_still_denies(db, scheme):
    got = _all(db, scheme, [
        "Families of 14 passengers are suing ferry operator Segara Lines over the sinking "
        "of a boat off Lombok.",
        "Segara Lines denied the families' claims.",
        "The company blamed a sudden four-metre wave for the accident.",
    ])
    assert got[2].label == "denial", got[2].label_reason


def test_a_cause_the_accused_blamed_told_by_its_accuser_is_left_as_it_was(db, scheme):
    got = _all(db, scheme, [
        "Islanders on Bute say the ferry operator Clydelink has cancelled hundreds of "
        "sailings this year.",
        "Ann Kerr, who lives on the island, said the company blamed the weather for every "
        "cancellation.",
    ])
    assert got[1].label == "accusation", got[1].label_reason
