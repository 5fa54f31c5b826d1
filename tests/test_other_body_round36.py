""""The club said" never means another kind of body (thirty-sixth round, issue 11, bug fix on
branch w9club1; domain/proposals/other_body.py).

A try's article: "The supporters' trust of Harbourside Athletic has accused the club's
owners ...", the Harbourside Supporters' Trust quoted, then "The club rejected the
criticism." was proposed with the trust, the accuser, as its source: "the club", named with
that noun nowhere, fell back on the last named speaker though its name ends in another
body's noun. The club is the one the article names with a club's last word; with none, no
source.

Every sentence but the try's article is invented for this test; none is taken from the
benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

_TICKETS = [
    "The supporters' trust of Harbourside Athletic has accused the club's owners of pricing "
    "loyal fans out of the ground after season tickets for next season rose by up to 22 per "
    "cent.",
    "In an open letter published on Monday, the Harbourside Supporters' Trust said the "
    "cheapest adult season ticket would cost £465, up from £380, while the club had frozen "
    "prices in its new hospitality lounge.",
    '"They are squeezing the people who turn up in the rain every other Saturday to '
    'subsidise the corporate boxes," said trust chair Marcus Fenwick.',
    "The trust also claimed that concession tickets for over-65s had been quietly withdrawn "
    "from two stands without any consultation with supporters.",
    "A survey of 1,140 trust members found that 38 per cent would not renew at the new price.",
    "The club rejected the criticism.",
    "Chief executive Helen Ashcroft said the increase was the first in four years and still "
    "left Harbourside with the third-cheapest season tickets in the division.",
]


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


# --- the try's case ---

def test_the_club_is_not_the_supporters_trust(db, scheme):
    got = _all(db, scheme, _TICKETS)
    club = got[5]
    assert club.label == "denial", club.label_reason
    assert club.name == "Harbourside Athletic", club.reason
    assert "Trust" not in (got[6].label_reason or "")


# --- the class, on sentences of our own ---

def test_the_club_after_a_residents_association(db, scheme):
    got = _all(db, scheme, [
        "Residents living beside the ground of Dunmore Rovers have complained about noise "
        "from the club's new floodlights.",
        "The Kelsey Park Residents' Association said it had logged 46 complaints since "
        "August.",
        "The club denied that the lights were left on after matches.",
    ])
    assert got[2].name == "Dunmore Rovers", got[2].reason


def test_no_club_named_has_no_source(db, scheme):
    got = _all(db, scheme, [
        "Parents at a youth football club say they were charged twice for the same kit.",
        "The Westvale Parents' Association said 62 families had been charged twice.",
        "The club said every double payment had been refunded.",
    ])
    assert got[2].name != "Westvale Parents' Association", got[2].reason
    assert got[2].name is None


# --- near misses: what stays as it was ---

def test_the_trust_after_the_trust_stays_the_trust(db, scheme):
    got = _all(db, scheme, _TICKETS[:4])
    assert got[3].name == "Harbourside Supporters' Trust", got[3].reason


def test_the_club_after_a_club_stays_that_club(db, scheme):
    got = _all(db, scheme, [
        "Millbrook Town say a rival approached their 17-year-old striker without permission.",
        "The club said it had a hotel receipt and text messages showing the meeting.",
    ])
    assert got[1].name == "Millbrook Town", got[1].reason


def test_the_hospital_after_a_hospitals_trust(db, scheme):
    got = _all(db, scheme, [
        "Patients have accused North Valley Hospitals NHS Trust of hiding its waiting times.",
        "North Valley Hospitals NHS Trust said its figures were published every month.",
        "The hospital said no patient had waited longer than the national target.",
    ])
    assert got[2].name == "North Valley Hospitals NHS Trust", got[2].reason


def test_the_company_after_a_group(db, scheme):
    got = _all(db, scheme, [
        "Drivers have accused Pennine Transport Group of cutting their breaks.",
        "Pennine Transport Group said every driver had a 45-minute break.",
        "The company said it would publish its rotas.",
    ])
    assert got[2].name == "Pennine Transport Group", got[2].reason
