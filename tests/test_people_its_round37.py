"""A plural of people never owns "its" (thirty-seventh round, issue 11, bug fix on branch
w10sides2; domain/proposals/people_its.py, data ``side37_people_its``).

The try article: tenants accuse a Plymouth letting agent of keeping their deposits. After
"Tenants have accused a Plymouth letting agent of keeping deposits ...", "Its director,
Gareth Lomas, said the agency had never kept a tenant's deposit ..." was read as "speaks for
the accuser before" (its "never" then the accusing side's own negation: a claim). "Its" is
a body's, the agent's: people own no director.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

_TENANTS = ("Tenants have accused a Plymouth letting agent of keeping deposits after they "
            "moved out.")
_ACCUSER = "speaks for the accuser before"


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


# --- the try article's case ---

def test_its_director_after_the_tenants_is_the_agents(db, scheme):
    got = _all(db, scheme, [
        _TENANTS,
        "Its director, Gareth Lomas, said the agency had never kept a tenant's deposit "
        "without a reason.",
    ])
    assert _ACCUSER not in got[1].label_reason, got[1].label_reason
    assert got[1].label == "denial", got[1].label_reason
    assert got[1].name == "Gareth Lomas"


# --- the class, on sentences of our own ---

def test_its_director_after_the_tenants_and_a_named_agent(db, scheme):
    got = _all(db, scheme, [
        "Tenants have accused Crestway Lettings of keeping deposits after they moved out.",
        "Its director, Gareth Lomas, said the agency had never kept a tenant's deposit "
        "without a reason.",
    ])
    assert _ACCUSER not in got[1].label_reason, got[1].label_reason
    assert got[1].label == "denial", got[1].label_reason


def test_its_principal_after_the_parents(db, scheme):
    got = _all(db, scheme, [
        "Parents have accused a Bradford academy of removing struggling pupils from its roll "
        "before exams.",
        "Its principal, Dana Kerr, said the academy had never removed a pupil to improve its "
        "results.",
    ])
    assert _ACCUSER not in got[1].label_reason, got[1].label_reason
    assert got[1].label == "denial", got[1].label_reason
    assert got[1].name == "Dana Kerr"


# --- near misses that must not change ---

def test_its_chair_after_a_named_association_stays_the_accusers(db, scheme):
    got = _all(db, scheme, [
        "The Fairfield Residents' Association has accused Leeds City Council of ignoring "
        "repeated reports about a flooded underpass.",
        "Its chair, Colin Mawer, said the council had never sent an engineer.",
    ])
    assert _ACCUSER in got[1].label_reason, got[1].label_reason
    assert got[1].label != "denial", got[1].label_reason


def test_its_founder_after_a_group_of_tenants_stays_the_accusers(db, scheme):
    got = _all(db, scheme, [
        "A group of tenants has accused a Plymouth letting agent of keeping deposits.",
        "Its founder, Daniel Fosse, said the agency had never returned a deposit on time.",
    ])
    assert _ACCUSER in got[1].label_reason, got[1].label_reason
    assert got[1].label != "denial", got[1].label_reason


def test_their_lawyer_after_the_tenants_stays_the_accusers(db, scheme):
    got = _all(db, scheme, [
        _TENANTS,
        "Their lawyer, Sam Ray, said the agency had never returned a deposit on time.",
    ])
    assert _ACCUSER in got[1].label_reason, got[1].label_reason
    assert got[1].label != "denial", got[1].label_reason
