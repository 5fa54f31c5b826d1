"""A party's own officer ordering its staff is no enforcement (thirty-second round, issue
11, bug fix on branch i11annual32; deeds.own_officer_orders, data
``enforce32_own_officers``).

The lead's article: dock workers accuse a terminal operator, Mersey Gateway Terminals, of
keeping cracked cranes in service; after "Mersey Gateway Terminals denied the claims.",
"A spokesman said the supervisor ordered crews to stop work as soon as the wind rose." was
proposed an accusation, "enforcement naming a party: 'ordered'", with the company as its
source. Enforcement is a body with power over the party ordering it (a regulator, a court,
the police), not the party's own supervisor telling its crews; told by the accused side, it
is its reply to the allegation: a denial.

Every sentence but the lead's article is invented for this test; none is taken from the
benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

_OPENING = [
    "Dock workers in Liverpool have accused a terminal operator, Mersey Gateway Terminals, "
    "of keeping cracked cranes in service for months.",
    "Mersey Gateway Terminals denied the claims.",
]


def _last(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")[-1]


# --- the lead's case ---

def test_the_lead_article_supervisor_order_is_the_company_reply(db, scheme):
    got = _last(db, scheme, [
        *_OPENING,
        "A spokesman said the supervisor ordered crews to stop work as soon as the wind rose.",
    ])
    assert "enforcement" not in got.label_reason
    assert got.label == "denial", got.label_reason
    assert got.name == "Mersey Gateway Terminals"


# --- the class, on sentences of our own ---

def test_its_site_manager_had_ordered_staff_to_halt(db, scheme):
    got = _last(db, scheme, [
        *_OPENING,
        "The company said its site manager had ordered staff to halt loading when the "
        "cracks were found.",
    ])
    assert "enforcement" not in got.label_reason
    assert got.label == "denial", got.label_reason


def test_managers_ordered_crews_to_stop(db, scheme):
    got = _last(db, scheme, [
        *_OPENING,
        "A spokesman said managers ordered crews to stop work whenever gusts passed 40mph.",
    ])
    assert "enforcement" not in got.label_reason


def test_the_accuser_telling_the_foreman_order_still_accuses(db, scheme):
    got = _last(db, scheme, [
        *_OPENING,
        "Kevin Moore, a union official, said the foreman ordered crews to stop work only "
        "after a crane boom snapped.",
    ])
    assert got.label == "accusation", got.label_reason
    assert got.name == "Kevin Moore"


# --- near misses: a body with power over the party still enforces ---

def test_a_regulator_ordering_the_company_to_stop_is_enforcement(db, scheme):
    got = _last(db, scheme, [
        *_OPENING,
        "The Health and Safety Executive ordered the company to stop using the cranes.",
    ])
    assert got.label == "accusation", got.label_reason
    assert "enforcement" in got.label_reason
    assert got.name == "Health and Safety Executive"


def test_inspectors_ordering_the_berth_closed_is_enforcement(db, scheme):
    got = _last(db, scheme, [
        *_OPENING, "Inspectors ordered Mersey Gateway to close the berth."])
    assert got.label == "accusation", got.label_reason
    assert "enforcement" in got.label_reason
