"""Contesting the proceedings, the charges, the claims or the case is the accused side's
denial (thirty-seventh round, issue 11, bug fix on branch w10court1; data: phrases "contested
the proceedings", "contests the charges", ... in the ``denial`` list of data/cues/en.json).

The try's article: a director is disqualified after the Insolvency Service found he moved
£640,000 out of his firm; "Lowrie contested the proceedings, arguing that the payments were
repayments of money he had lent the company." was proposed a claim (by "arguing"): contesting
the case and explaining the payments away is the accused side's denial (guidelines: "explains
it away"). "Contested the election", "a hotly contested seat" stay as they were.

Every sentence but the try's is invented for this test; none is taken from the benchmark's
sets."""

from __future__ import annotations

from support.proposals import accepted

_OPENING = (
    "The director of a collapsed scaffolding company has been disqualified from running "
    "businesses for nine years after the Insolvency Service found he moved more than "
    "£640,000 out of the firm in the months before it went bust.")
_NAMED = (
    "Gareth Lowrie, 46, of Bolton, was the sole director of Apex Rise Scaffolding Ltd, which "
    "entered creditors' voluntary liquidation in October 2024 owing £1.9 million.")
_CONTESTED = (
    "Lowrie contested the proceedings, arguing that the payments were repayments of money "
    "he had lent the company.")

_FINED = ("The regulator fined Brookfield Energy Ltd £2m after finding it had overcharged "
          "thousands of customers.")


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


# --- the try's case ---

def test_the_try_article_contested_proceedings_is_a_denial(db, scheme):
    got = _all(db, scheme, [_OPENING, _NAMED, _CONTESTED])[2]
    assert got.label == "denial", got.label_reason
    assert got.name == "Gareth Lowrie"


# --- the class, on sentences of our own ---

def test_contested_the_charges_is_the_accused_denial(db, scheme):
    got = _all(db, scheme, [_FINED, "Brookfield contested the charges at the tribunal."])[1]
    assert got.label == "denial", got.label_reason
    assert got.name == "Brookfield Energy Ltd"


def test_contests_the_claims_and_the_case(db, scheme):
    got = _all(db, scheme, [_FINED, "Brookfield contests the claims.",
                            "The company has contested the case throughout."])
    assert got[1].label == "denial", got[1].label_reason
    assert got[1].name == "Brookfield Energy Ltd"
    assert got[2].label == "denial", got[2].label_reason


def test_contested_all_charges(db, scheme):
    got = _all(db, scheme, [
        "Martin Doyle, 52, was charged with fraud by false representation in March.",
        "Doyle has contested all charges and will stand trial in June."])[1]
    assert got.label == "denial", got.label_reason
    assert got.name == "Martin Doyle"


# --- near misses: no denial ---

def test_a_contested_election_or_seat_is_no_denial(db, scheme):
    got = _all(db, scheme, [
        "Sarah Quinn contested the election in 2019 as an independent candidate.",
        "It was one of the most hotly contested seats in the county."])
    assert got[0].label != "denial", got[0].label_reason
    assert got[1].label != "denial", got[1].label_reason


def test_not_contesting_the_charges_is_no_denial(db, scheme):
    got = _all(db, scheme, [_FINED, "Brookfield did not contest the charges."])[1]
    assert got.label != "denial", got.label_reason
