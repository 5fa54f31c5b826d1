"""Demand for goods is no appeal (thirty-sixth round, issue 11, bug fix on branch t36e2;
domain/proposals/market_demand.py, read in reading._main_act; data
``context36_market_demand``).

The try's article (a brewery's expansion, ordinary business news): after the chief
executive's quotation, "She said demand for the brewery's pale ales had outstripped its
current site at Holbeck for the past three years" was proposed as context, "an appeal or a
call: 'demand'": the market's demand read as a demand made. It is her claim.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

_OPENING = ("Kestrel Brewing, the Leeds craft brewer, is to build a £14 million brewhouse in "
            "Wakefield.")
_QUOTE = ('"This is the biggest investment in our history," said chief executive Rachel '
          'Oduya.')
_DEMAND = ("She said demand for the brewery's pale ales had outstripped its current site at "
           "Holbeck for the past three years.")


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


def _one(db, scheme, sentence):
    return _all(db, scheme, [sentence])[0]


# --- the try's case ---

def test_the_try_demand_is_her_claim(db, scheme):
    got = _all(db, scheme, [_OPENING, _QUOTE, _DEMAND])[2]
    assert got.label == "claim", got.label_reason
    assert got.name == "Rachel Oduya", got.reason


# --- the class, on sentences of our own ---

def test_demand_had_risen(db, scheme):
    got = _one(db, scheme, "The chief executive said demand had risen sharply since the "
                           "summer.")
    assert "appeal" not in got.label_reason
    assert got.label == "claim"


def test_demand_for_opening_the_sentence(db, scheme):
    got = _one(db, scheme, "Demand for electric vans rose 40 percent last year, the company "
                           "said.")
    assert "appeal" not in got.label_reason
    assert got.label == "claim"


def test_strong_demand_from_abroad(db, scheme):
    got = _one(db, scheme, "Hartley Foods said strong demand from Germany had lifted its "
                           "sales by a fifth.")
    assert "appeal" not in got.label_reason
    assert got.label == "claim"


# --- near misses: demands made stay appeals ---

def test_the_verb_stays_an_appeal(db, scheme):
    got = _one(db, scheme, "Residents said they would demand answers from the council.")
    assert got.label == "context"
    assert "appeal" in got.label_reason


def test_a_demand_made_stays_an_appeal(db, scheme):
    got = _one(db, scheme, "The union repeated its demand for a public inquiry into the "
                           "closures.")
    assert got.label == "context"
    assert "appeal" in got.label_reason


def test_people_who_demand_stay_an_appeal(db, scheme):
    got = _one(db, scheme, "Parents demand an apology from the school, the letter says.")
    assert got.label == "context"
