"""A document whose issuer the article named speaks for that issuer, also with an aside of
who saw it (thirty-fourth round, issue 11, try helper t34politics; domain/proposals/
speaker_acts.py ``issuers``, reading.py ``_issued_before_aside``).

The try article: "... according to a complaint lodged by the campaign group Open Purse with
the parliamentary expenses watchdog." then "The complaint, seen by this newspaper, says Mr
Pellow claimed rent ...". The issuer was not read from "a complaint lodged by X" (only from
"a complaint by X"), and the aside "seen by this newspaper" hid the subject "The complaint",
so the sentence had no source (the guidelines: a document speaks for whoever issued it).
Now "<document> <participle of issuing> by [the description] X" names its issuer, and "The
<document>, seen by ..., says" speaks for the issuer the article named. An aside of filing
("The lawsuit, filed Monday, says") is left as it was, and so is a document whose issuer the
article never named.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


def test_the_try_article_complaint_seen_by_the_paper(db, scheme):
    got = _all(db, scheme, [
        "A Conservative MP claimed more than £19,000 in public money for a London flat that "
        "was rented out to his adult son, according to a complaint lodged by the campaign "
        "group Open Purse with the parliamentary expenses watchdog.",
        "Gareth Pellow, the member for Wrexley North, is accused of breaching rules that bar "
        "MPs from renting accommodation from, or to, close family members.",
        "The complaint, seen by this newspaper, says Mr Pellow claimed rent on a two-bedroom "
        "flat in Kennington between April 2024 and March 2026 while his son, Callum Pellow, "
        "lived there.",
    ])
    assert got[2].name == "Open Purse", got[2].reason


def test_a_report_of_our_own(db, scheme):
    got = _all(db, scheme, [
        "A councillor voted on a planning application for land owned by his brother, "
        "according to a complaint lodged by the residents' group Fair Wards.",
        "The complaint says Mr Dunmore voted twice on the scheme.",
        "The complaint, obtained by the Castlebridge Courier, says Mr Dunmore had voted "
        "twice on the scheme.",
    ])
    assert got[1].name == "Fair Wards", got[1].reason
    assert got[2].name == "Fair Wards", got[2].reason


def test_an_aside_of_filing_is_left_as_it_was(db, scheme):
    got = _all(db, scheme, [
        "Residents of Mill Court sued their landlord Castlegate Homes on Monday, according "
        "to a complaint lodged by the tenants' association Mill Court Voice.",
        "The complaint, filed at Leeds County Court, says the landlord left them without "
        "heating for a month.",
    ])
    assert got[0].name == "Mill Court Voice"
    assert got[1].name is None, got[1].reason
