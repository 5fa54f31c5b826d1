"""The complainants' opening allegation (thirty-first round, issue 11, branch i11enacc31;
domain/proposals/opening_complaint.py, data ``accuse31_opening_complaint`` in
data/cues/en.json, read in dispute.py ``_opening``).

An article's opening sentence in which people it does not name say a body did something
("Tenants ... say Harwick council left them living with black mould") was a plain claim
when the clause held no word of wrongdoing; it is the accusation the article opens with.
Read only in the opening sentence, before anything was alleged, with a body as the clause's
subject and an act done as its verb. Not: the speakers themselves as the subject ("say they
have received nothing"), a body's thing ("the plant's own monitors stopped"), a plan or a
modal ("say the council will close"), a named speaker, the same shape later in the article.

Every sentence is invented for this test; none is taken from the benchmark's sets. The
articles are read on the real proposal path (real SQLite), each proposal saved as `enter`
saves it before the next is read."""

from __future__ import annotations

import pytest
from support.proposals import accepted

_OPENING = "the complainants' opening allegation"


def test_a_body_named_by_its_noun_and_an_act_done(db, scheme):
    got = accepted(db, scheme, [
        "Allotment holders in Westbury say the parish council let a builder store rubble on "
        "twelve of their plots over the summer.",
        "The council said the plots had been empty at the time.",
    ], "en")
    assert got[0].label == "accusation", got[0].label_reason
    assert _OPENING in got[0].label_reason


def test_a_capitalised_body_and_a_perfect(db, scheme):
    got = accepted(db, scheme, [
        "Fishermen on the Carrow estuary say the Northmoor Water Company has sold the "
        "fishing rights on their stretch of the river to an angling club in York.",
    ], "en")
    assert got[0].label == "accusation", got[0].label_reason
    assert _OPENING in got[0].label_reason


def test_it_after_the_body_the_speakers_name(db, scheme):
    got = accepted(db, scheme, [
        "Families living beside the Kelham Road recycling depot say it has ignored its "
        "limit on night-time lorry movements since April.",
    ], "en")
    assert got[0].label == "accusation", got[0].label_reason


@pytest.mark.parametrize("lede", [
    "Hundreds of cyclists who rode Sunday's Dales sportive say they have received no "
    "finishing times.",
    "Residents beside the Hallam bottling plant say the plant's own noise meters stopped "
    "recording in August.",
    "Parents at a Dunmore primary school say the council will close the school's nursery "
    "class in July.",
    "Farmers in the Vale of Pickering say it has rained on all but four days since June.",
])
def test_the_speakers_themselves_a_bodys_thing_or_a_plan_stay_claims(db, scheme, lede):
    got = accepted(db, scheme, [lede], "en")
    assert _OPENING not in got[0].label_reason, got[0].label_reason
    assert got[0].label != "accusation", got[0].label_reason


def test_only_in_the_opening_sentence(db, scheme):
    got = accepted(db, scheme, [
        "A new bus timetable for the Dales comes into force on Monday.",
        "The operator said journeys would run every thirty minutes.",
        "Passengers who use the route say the operator cut the evening services last year.",
    ], "en")
    assert _OPENING not in got[2].label_reason, got[2].label_reason


def test_a_named_speaker_is_not_read_so(db, scheme):
    got = accepted(db, scheme, [
        "Councillor Joan Pike says the county council sold the library building last "
        "year.",
    ], "en")
    assert _OPENING not in got[0].label_reason, got[0].label_reason


_FILED = "what the filing alleges a body did"


def test_what_a_lawsuit_says_a_body_did_is_its_accusation(db, scheme):
    got = accepted(db, scheme, [
        "Thirty former trainees have sued a flight school in Bristol over unpaid refunds.",
        "The lawsuit, filed on Friday, says the school moved the spring courses to Swindon "
        "two weeks before the exams.",
    ], "en")
    assert got[1].label == "accusation", got[1].label_reason
    assert _FILED in got[1].label_reason


def test_a_complaint_says_a_named_body_did(db, scheme):
    got = accepted(db, scheme, [
        "A tenants' group has complained to the housing regulator about a landlord in "
        "Hull.",
        "The complaint says the landlord has charged tenants twice for window repairs.",
    ], "en")
    assert got[1].label == "accusation", got[1].label_reason


@pytest.mark.parametrize("said", [
    "The lawsuit, filed on Friday, says Mark Ellis was sent home from the ward with a "
    "fever of 39C.",
    "The lawsuit, filed on Friday, says blood tests found mercury in 14 children living "
    "near the works.",
    "The lawsuit, filed on Friday, says it will ask for a jury trial.",
])
def test_what_a_filing_says_of_anyone_or_anything_else_stays_a_claim(db, scheme, said):
    got = accepted(db, scheme, [
        "A family in Leeds has sued a private hospital over their father's death.",
        said,
    ], "en")
    assert _FILED not in got[1].label_reason, got[1].label_reason
