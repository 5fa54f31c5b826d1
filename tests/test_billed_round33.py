""""charged" with customers counted as the ones charged is a fee, not enforcement against
people not named (thirty-third round, issue 11, bug fix on branch i11try33e;
domain/proposals/misread.py, data ``misread28c``: ``billed_people``, ``billed_between``,
``billed_not_after``).

The lead's article: a consumer group accuses a budget airline of charging for "free" cabin
bags; the airline answers "fewer than one in 200 passengers were charged". The reading of
people counted, not named ("31 people were charged") took the fee for enforcement and
proposed context, "charged: people not named"; the accused side's answer is a denial.

Every sentence but the lead's article is invented for this test; none is taken from the
benchmark's sets."""

from __future__ import annotations

import pytest
from support.proposals import accepted

_ARTICLE = [
    'Budget airline accused of charging for "free" cabin bags',
    "LONDON, Dec 4 (Wire) - A consumer group has accused budget carrier SkyJet of charging "
    "passengers up to 60 pounds for cabin bags that its own website describes as free.",
    "Which Way said it had received more than 400 complaints since August from passengers "
    "who were made to pay at the gate for bags that fitted the airline's published size "
    "limits.",
    "The group's head of campaigns, Lauren Pike, said the practice was \"a shameless cash "
    "grab\" and called on the Civil Aviation Authority to investigate.",
    '"People are being asked to pay at the very last moment, when they have no choice," '
    "Pike said.",
    "SkyJet said its gate staff applied the same measuring frames at every airport and that "
    "fewer than one in 200 passengers were charged.",
]


def _one(db, scheme, sentence):
    return accepted(db, scheme, [sentence], "en")[0]


def _enforcement(got) -> bool:
    return "people not named" in got.label_reason or "cue 'charged'" in got.label_reason


# --- the lead's case ---

def test_the_lead_article_answer_is_a_denial_not_enforcement(db, scheme):
    got = accepted(db, scheme, _ARTICLE, "en")[5]
    assert not _enforcement(got), got.label_reason
    assert got.label == "denial", got.label_reason
    assert got.name == "SkyJet"


# --- the class, on sentences of our own ---

def test_counted_passengers_charged_is_no_enforcement(db, scheme):
    got = _one(db, scheme, "The operator said only 300 passengers had been charged for "
               "extra legroom.")
    assert not _enforcement(got), got.label_reason
    assert got.label != "context", got.label_reason


@pytest.mark.parametrize("sentence", [
    "The watchdog said fewer than 40 tenants were charged.",
    "Ofcom said 2,000 subscribers were charged even though they had cancelled.",
    "The council said some motorists were also charged at the new car park.",
])
def test_counted_customers_charged_is_no_charge(db, scheme, sentence):
    got = _one(db, scheme, sentence)
    assert not _enforcement(got), got.label_reason


# --- near misses: a criminal charge stays one ---

@pytest.mark.parametrize("sentence", [
    "Police said 31 people were charged after the clashes.",
    "Police said 12 protesters were charged.",
])
def test_people_counted_charged_stay_enforcement(db, scheme, sentence):
    got = _one(db, scheme, sentence)
    assert got.label == "context" and "people not named" in got.label_reason, got.label_reason


@pytest.mark.parametrize("sentence", [
    "Two passengers were charged with assault after the flight landed, police said.",
    "Police said three passengers were charged over the brawl.",
    "Police said 40 motorists were charged with drink-driving.",
])
def test_passengers_charged_with_an_offence_stay_enforcement(db, scheme, sentence):
    got = _one(db, scheme, sentence)
    assert _enforcement(got), got.label_reason


def test_customers_not_counted_are_left_alone(db, scheme):
    got = _one(db, scheme, "Customers were charged for scratches that were already there, "
               "the watchdog said.")
    assert got.label == "accusation", got.label_reason
