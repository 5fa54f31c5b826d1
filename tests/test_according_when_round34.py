"""A date or a place after "according to <a document>" is never its maker (thirty-fourth
round, issue 11, try helper t34politics; domain/proposals/speakers_english.py,
``_according``).

The try article: "The council has no plans to change the frequency of bin collections,
according to a cabinet report published in October." was proposed with "October" as its
source: the name after the description was read as the document's maker. A name after "in",
"on", "during", "since", "last", ... is when or where, not who; "according to the market
researcher Kantel" and "according to a census published on Monday by NatureScot" keep their
maker.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


def test_the_try_article_report_published_in_october(db, scheme):
    got = _all(db, scheme, [
        "The leader of Castlebridge Borough Council has rejected claims that his party "
        "distributed a misleading leaflet.",
        "The council has no plans to change the frequency of bin collections, according to "
        "a cabinet report published in October.",
    ])
    assert got[1].name != "October", got[1].reason


def test_dates_and_places_of_our_own(db, scheme):
    got = _all(db, scheme, [
        f"Turnout in the ward fell to 21 per cent, according to {tail}."
        for tail in ("figures released on Monday", "a survey carried out in Wales",
                     "a review completed in March")])
    assert [g.name for g in got] == [None, None, None], [g.reason for g in got]


def test_makers_are_kept(db, scheme):
    got = _all(db, scheme, [
        "Turnout in the ward fell to 21 per cent, according to the market researcher Kantel.",
        "Turnout in the ward fell to 21 per cent, according to a census published on Monday "
        "by NatureScot.",
    ])
    assert got[0].name == "Kantel"
    assert got[1].name == "NatureScot"
