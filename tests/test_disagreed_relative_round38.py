"""A verb of disagreeing or disputing in a restrictive relative clause says who is meant,
it denies nothing (thirty-eighth round, issue 11, bug fix on branch t38d1;
domain/proposals/misread.py, data ``misread28c`` ``relative`` verbs).

The try article: parents accuse a council of cutting school transport for disabled children;
the council's cabinet member denies it; then "A council spokesman said families who disagreed
with a decision could appeal." The cue "disagreed with" was read as the council's denial,
though it is the families who disagree, and the sentence only tells the procedure open to
them (the council's spokesman speaks for the accused side, so the reply was read as a
denial even without the cue: "can appeal", "could appeal", "may appeal", "right to appeal"
are now procedure, data ``procedure``: the two changes are needed together for the case).
"Hospitals that refused patients" was already read so (round 28); "disagree",
"dispute" and "contest" now are too. A clause set off by commas ("Mr Tulley, who disagreed
with the report, said") tells what the speaker did and still denies, and so does the verb
with its own subject ("The trust said it disagreed with the findings").

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

import pytest
from support.proposals import accepted

_OPENING = (
    "Parents of disabled children have accused North Pennine Council of cutting their school "
    "transport to save money, leaving some pupils missing weeks of lessons.")
_DENIAL = ("Councillor Graham Tulley, the cabinet member for children's services, said no "
           "eligible child had lost their entitlement.")


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


# --- the try article's case ---

def test_families_who_disagreed_is_no_denial_by_the_council(db, scheme):
    got = _all(db, scheme, [
        _OPENING, _DENIAL,
        "A council spokesman said families who disagreed with a decision could appeal.",
    ])[-1]
    assert got.label == "context", got.label_reason
    assert got.name == "North Pennine Council"


# --- the class, on sentences of our own ---

@pytest.mark.parametrize("sentence", [
    "Parents who disagree with the assessment can ask for a review, the council said.",
    "Tenants who dispute the charges can take their case to the tribunal, the ombudsman said.",
    "The regulator said any firm that disagrees with the findings will be given a hearing.",
])
def test_relative_disagree_dispute_contest(db, scheme, sentence):
    got = _all(db, scheme, [sentence])[0]
    assert got.label != "denial", got.label_reason


# --- near misses: the speaker's own disagreement still denies ---

@pytest.mark.parametrize("sentence", [
    "The trust said it disagreed with the report's findings.",
    "Mr Tulley, who disagreed with the report, said the service was safe.",
    "The college disputed the figures.",
    "The company said it would contest the charges.",
])
def test_own_disagreement_still_denies(db, scheme, sentence):
    got = _all(db, scheme, [sentence])[0]
    assert got.label == "denial", got.label_reason


@pytest.mark.parametrize("sentence", [
    "Students who fail a module can appeal to the exam board, the college said.",
    "The council said parents had the right to appeal within 20 days.",
])
def test_an_appeal_open_to_others_is_procedure(db, scheme, sentence):
    got = _all(db, scheme, [sentence])[0]
    assert got.label == "context", got.label_reason


@pytest.mark.parametrize("sentence", [
    "The council denied cutting any child's transport and said families could appeal.",
    "The council rejected the parents' claims, saying families could appeal any decision.",
])
def test_a_denial_with_an_appeal_open_still_denies(db, scheme, sentence):
    got = _all(db, scheme, [sentence])[0]
    assert got.label == "denial", got.label_reason


def test_a_fine_with_an_appeal_open_still_accuses(db, scheme):
    got = _all(db, scheme, ["Mr Hale, who was fined £500 for fly-tipping, can appeal within "
                            "21 days."])[0]
    assert got.label == "accusation", got.label_reason


def test_a_quoted_reply_before_the_appeal_still_denies(db, scheme):
    got = _all(db, scheme, [
        "Drivers have accused Kerbside Parking of issuing unfair fines at a hospital car park.",
        "Kerbside Parking denied the claims.",
        '"Every ticket followed the terms on the signs. Drivers who believe a ticket was '
        'issued in error can appeal," a company spokesman said.',
    ])[-1]
    assert got.label == "denial", got.label_reason
