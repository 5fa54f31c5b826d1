"""A claim for money is no verb of saying (thirty-fourth round, issue 11, try helper
t34politics; domain/proposals/money_claim.py).

The try article: a campaign group says an MP claimed rent for a flat his son lived in. "A
Conservative MP claimed more than £19,000 in public money for a London flat ..., according
to a complaint lodged by the campaign group Open Purse" was proposed with the MP's party as
its source (the subject of "claimed"), and "The authority publishes MPs' claims every two
months" with "MPs". A "claim" with a sum of money or a kind of expense after it, or the noun
after a possessive, says nothing: the sentence's speaker is read as if it were not there.
"Pellow claimed the complaint was politically motivated" still speaks.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

_LEDE = ("A Conservative MP claimed more than £19,000 in public money for a London flat that "
         "was rented out to his adult son, according to a complaint lodged by the campaign "
         "group Open Purse with the parliamentary expenses watchdog.")


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


def test_the_try_article_money_claimed_is_not_said(db, scheme):
    got = _all(db, scheme, [
        _LEDE,
        "The authority publishes MPs' claims every two months, and figures released in "
        "October show Mr Pellow claimed £812 a month in rent for the Kennington property.",
    ])
    assert got[0].name == "Open Purse", got[0].reason
    assert got[1].name != "MPs", got[1].reason


def test_expenses_claimed_on_sentences_of_our_own(db, scheme):
    got = _all(db, scheme, [
        "Councillor Ann Riley claimed nearly £3,000 in mileage for trips she did not make, "
        "according to an audit by Harlow District Council.",
        "Records show the councillor claimed mileage on 41 days in 2025.",
    ])
    assert got[0].name == "Harlow District Council", got[0].reason
    assert got[1].name != "Ann Riley", got[1].reason


def test_near_misses_still_speak(db, scheme):
    got = _all(db, scheme, [
        "A councillor has been accused of voting on a planning application for land owned "
        "by his brother.",
        "Tom Pellow claimed the complaint was politically motivated.",
        "Castlebridge Borough Council claimed that the scheme had saved £2 million.",
    ])
    assert got[1].name == "Tom Pellow"
    assert got[2].name == "Castlebridge Borough Council"
