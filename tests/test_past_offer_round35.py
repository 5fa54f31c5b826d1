"""An offer or a promise in the past perfect told with a second act done is the speaker's
account, not a plan to come (thirty-fifth round, issue 11, bug fix on branch w6offered;
domain/proposals/past_offer.py, data ``context35_past_offer``).

The try helper's article: a rugby club accuses its council of pricing it off its ground;
"Pruett said the club had offered to double its rent and had spent £60,000 of its own money
on new changing rooms since 2019" was proposed as context, "a plan of the speaker's own:
'offered to'". The chairman tells what the club did: an account whose fact is the claim.

Narrow: a past-perfect offer alone ("said it had offered to review any client's bill") still
stands as an offer, context, as the readable gold reads it; so do "has offered to", "offered
to", and a second act that is itself a plan. Every sentence but the try helper's article is
invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

import pytest
from support.proposals import accepted

_RUGBY = [
    "Rodborough Rovers RFC has accused Severn Vale District Council of trying to force the club "
    "off its Fromeside ground by demanding a rent rise of more than 400 per cent.",
    "The club, which has played at Fromeside since 1921, pays £3,200 a year under a lease that "
    "expires next March.",
    "According to a letter seen by the Echo, the council's property team has proposed a new "
    "10-year lease at £17,500 a year and asked the club to take on repairs to the grandstand "
    "roof.",
    '"They know we can\'t pay that. This is about getting us out so they can sell the land for '
    'housing," said club chairman Gareth Pruett.',
    "Pruett said the club had offered to double its rent and had spent £60,000 of its own money "
    "on new changing rooms since 2019.",
    "The council denied any plan to sell the site.",
]

_ALLOTMENT = [
    "Plot holders at Larkfield allotments have accused Brenmoor Town Council of letting the site "
    "fall into ruin to justify selling it.",
    '"The water has been off for two summers and nobody answers our emails," said Joan Tull, '
    "secretary of the allotment society.",
]


def _last(db, scheme, opening, sentence):
    return accepted(db, scheme, opening + [sentence], "en")[-1]


# --- the try helper's case ---

def test_the_rugby_chairman_tells_what_the_club_did(db, scheme):
    got = accepted(db, scheme, _RUGBY, "en")
    told = got[4]
    assert told.label == "claim", told.label_reason
    assert "plan" not in told.label_reason
    assert told.name == "Gareth Pruett"
    assert got[5].label == "denial"


# --- the class, on sentences of our own ---

def test_past_perfect_promise_with_money_raised(db, scheme):
    got = _last(db, scheme, _ALLOTMENT,
                "Tull said the society had promised to repair the fences and had raised £4,000 "
                "from its members.")
    assert got.label == "claim", got.label_reason
    assert got.name == "Joan Tull"


def test_past_perfect_offer_with_letters_written(db, scheme):
    got = _last(db, scheme, _ALLOTMENT,
                "Tull said the society had already offered to pay for a new water main and had "
                "written to every councillor in June.")
    assert got.label == "claim", got.label_reason
    assert "plan" not in got.label_reason


# --- near misses: still a plan, context ---

def test_past_perfect_offer_alone_stays_a_plan(db, scheme):
    got = _last(db, scheme, _ALLOTMENT,
                "Tull said the society had offered to pay for a new water main.")
    assert got.label == "context", got.label_reason
    assert "offered to" in got.label_reason


@pytest.mark.parametrize("sentence", [
    "Tull said the society has offered to pay for a new water main.",
    "Tull said the society offered to pay for a new water main.",
])
def test_standing_offer_stays_a_plan(db, scheme, sentence):
    got = _last(db, scheme, _ALLOTMENT, sentence)
    assert got.label == "context", got.label_reason


@pytest.mark.parametrize("sentence", [
    "Tull said the society had offered to pay for a new water main and had promised to clear "
    "the paths.",
    "Tull said the society had offered to pay for a new water main and had been ready to lay "
    "the pipes itself.",
])
def test_second_act_that_is_a_plan_stays_a_plan(db, scheme, sentence):
    got = _last(db, scheme, _ALLOTMENT, sentence)
    assert got.label == "context", got.label_reason
