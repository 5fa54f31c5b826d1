"""A club's noun is no description of the side it plays (thirty-ninth round, issue 11, bug fix
on branch w14c4; domain/proposals/acts_between.py, ``fixture_between``, read in
``acted_between`` there (entities) and in described_at.acted_between (reading.described_in);
data ``speaker19_en``, ``fixtures``).

The try article: "Harrowfield Athletic's new North Stand will open ... when the club hosts
Stockport on 9 August" made "club" a description of Stockport, so "..., the club said." a
few sentences on was proposed with Stockport, the visitors, as its source. A fixture's verb
between the noun and the name (hosts, visits, faces, beat, ...) makes the name the other
side of the match, as "The regulator fined Tallis Pay" does for the regulator.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


# --- the try article's shape ---

def test_the_club_is_not_the_side_it_hosts(db, scheme):
    got = _all(db, scheme, [
        "Harrowfield Athletic's new stand will open when the club hosts Stockport on "
        "9 August.",
        "Season-ticket holders will be told their new seats next week, the club said.",
    ])
    assert got[1].name != "Stockport", got[1].reason


# --- the class, in other wordings ---

def test_the_club_is_not_the_side_it_visits(db, scheme):
    got = _all(db, scheme, [
        "Kelmouth Rovers will unveil the new kit when the club visits Barnsley on Saturday.",
        "The shirts will go on sale next month, the club said.",
    ])
    assert got[1].name != "Barnsley", got[1].reason


def test_the_team_is_not_the_side_it_beat(db, scheme):
    got = _all(db, scheme, [
        "Tickets sold out within an hour after the team beat Wrexham in the semi-final.",
        "More seats will be released on Monday, the team said.",
    ])
    assert got[1].name != "Wrexham", got[1].reason


def test_the_team_is_not_the_side_it_faces(db, scheme):
    got = _all(db, scheme, [
        "Kelmouth Rovers will unveil the new kit when the team faces Barnsley on Saturday.",
        "The shirts will go on sale next month, the team said.",
    ])
    assert got[1].name != "Barnsley", got[1].reason


# --- near misses that must not change ---

def test_a_noun_right_before_its_name_still_describes_it(db, scheme):
    got = _all(db, scheme, [
        "Ferry operator Seaford Lines will meet union leaders on Monday.",
        "No sailings will be cancelled, the operator said.",
    ])
    assert got[1].name == "Seaford Lines", got[1].reason


def test_a_fixture_word_after_the_name_changes_nothing(db, scheme):
    got = _all(db, scheme, [
        "The charity Safe Harbour plays host to 40 families every week.",
        "Demand had doubled since March, the charity said.",
    ])
    assert got[1].name == "Safe Harbour", got[1].reason
