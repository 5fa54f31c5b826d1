"""The party a passive accusation puts in the dock is not the speaker when the speaker's
name only shares a word with it, or when the speaker is the passive's agent (thirty-fourth
round, issue 11, try helper t34edu; domain/proposals/other_in_dock.py, dispute.in_the_dock).

The try article (English education news, written blind): "The University of Hallam Vale
has been accused by its students' union of raising tuition fees ...", the union named next
("According to the Hallam Vale Students' Union, ..."). "Hallam Vale" before the passive cue
was read as the union's own name in the dock, so the union was the accused party: its own
figures and its president's account were proposed as "the accused side replies": denials.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

_OPENING = (
    "The University of Hallam Vale has been accused by its students' union of raising "
    "tuition fees for international students part-way through their courses, in breach of "
    "the terms they signed up to.")
_FIGURES = (
    "According to the Hallam Vale Students' Union, about 1,400 second- and third-year "
    "students from outside the UK were told in an email in September that their fees would "
    "rise by 6.5 per cent from January.")
_PRESIDENT = (
    "The union's president, Aisha Rahman, said the offer letters those students received "
    'had promised that fees would be "fixed for the duration of the programme".')
_REPLY = (
    "A university spokesperson said the increase was permitted under clause 4.2 of its terms "
    'and conditions, which allows "reasonable annual adjustments in line with inflation".')


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


# --- the try article ---

def test_the_union_named_after_the_passive_is_not_the_accused(db, scheme):
    got = _all(db, scheme, [_OPENING, _FIGURES, _PRESIDENT, _REPLY])
    figures, president, reply = got[1], got[2], got[3]
    assert got[0].label == "accusation"
    assert figures.label == "claim", figures.label_reason
    assert "accused side" not in figures.label_reason
    assert president.label == "claim", president.label_reason
    assert president.name == "Aisha Rahman"
    assert reply.label == "denial" and reply.name == "University of Hallam Vale"


# --- the class, on sentences of our own ---

def test_shared_place_word_without_an_agent(db, scheme):
    got = _all(db, scheme, [
        "The University of Hallam Vale has been accused of raising tuition fees for "
        "international students part-way through their courses, the Hallam Vale Students' "
        "Union said.",
        "The Hallam Vale Students' Union said about 1,400 students were told in an email in "
        "September that their fees would rise by 6.5 per cent.",
        "The university said the increase was permitted under its terms and conditions.",
    ])
    assert got[1].label == "claim", got[1].label_reason
    assert got[2].label == "denial" and got[2].name == "University of Hallam Vale"


def test_the_agent_described_then_named(db, scheme):
    got = _all(db, scheme, [
        "Kingsmere College has been accused by its staff association of cutting teachers' pay "
        "without consultation.",
        "The Kingsmere College Staff Association said 62 teachers had been moved to a lower "
        "pay band in October.",
    ])
    assert got[1].name == "Kingsmere College Staff Association"
    assert got[1].label == "claim", got[1].label_reason


def test_a_council_fined_by_its_regulator_named_after_the_town(db, scheme):
    got = _all(db, scheme, [
        "Eastbrook Borough Council has been fined £40,000 by the Eastbrook Housing "
        "Ombudsman Service for leaving tenants in damp flats.",
        "The Eastbrook Housing Ombudsman Service said 212 households had waited more than a "
        "year for repairs.",
        "The council said the repairs had been delayed by a shortage of contractors.",
    ])
    assert got[1].label != "denial", got[1].label_reason
    assert got[2].label == "denial", got[2].label_reason


# --- near misses: the accused stays in the dock ---

def test_a_shortened_name_stays_in_the_dock(db, scheme):
    got = _all(db, scheme, [
        "Harwick Water was fined £2m by Ofwat for failing to report sewage spills.",
        "Harwick said the spills had been caused by record rainfall.",
    ])
    assert got[1].label == "denial", got[1].label_reason
    assert "accused side" in got[1].label_reason


def test_a_longer_name_of_the_same_party_stays_in_the_dock(db, scheme):
    got = _all(db, scheme, [
        "Northgate Academy Trust was accused by parents of hiding the results of a "
        "safeguarding review.",
        "Northgate Academy said the review had been shared with every family.",
    ])
    assert got[1].label == "denial", got[1].label_reason


def test_an_agent_that_is_not_the_speaker_keeps_the_dock(db, scheme):
    got = _all(db, scheme, [
        "Redbourne School was criticised by parents for cancelling the Year 6 residential "
        "trip at two days' notice.",
        "Redbourne School said the trip was cancelled because the coach company had gone "
        "into administration.",
    ])
    assert got[1].label == "denial", got[1].label_reason
