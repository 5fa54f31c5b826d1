"""The body the accusers belong to, when they accuse its own people, is no accuser
(thirty-seventh round, issue 11, bug fix on branch w10sides1; domain/proposals/own_body.py,
data ``side37_own_body``).

The try article: "Parents at a primary school in Chesterfield have accused its leaders of
keeping money paid for a residential trip ...". The accusation's subject nouns ("primary",
"school") were all kept as the accusers' own, so the school's own head, "Anita Gormley, the
school's headteacher", was read as one of the accusers, and her "the school had never kept
any of the money" as the accusing side's own negation (a claim). The parents accuse ITS
leaders: the school is the accused side's.

Every sentence but the try article's lede is invented for this test; none is taken from the
benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

_LEDE = ("Parents at a primary school in Chesterfield have accused its leaders of keeping "
         "money paid for a residential trip that was cancelled in October.")
_ACCUSERS = "one of the accusers"


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


# --- the try article's case ---

def test_the_schools_head_is_not_one_of_the_accusers(db, scheme):
    got = _all(db, scheme, [
        _LEDE,
        "Anita Gormley, the school's headteacher, said the school had never kept any of the "
        "money.",
    ])
    assert _ACCUSERS not in got[1].label_reason, got[1].label_reason
    assert got[1].label == "denial", got[1].label_reason
    assert got[1].name == "Anita Gormley"


# --- the class, on sentences of our own ---

def test_the_body_named_after_the_possessive_of_the_accused(db, scheme):
    got = _all(db, scheme, [
        "Parents at a primary school in Chesterfield have accused the school's governors of "
        "keeping money paid for a residential trip.",
        "Anita Gormley, the school's headteacher, said the school had never kept any of the "
        "money.",
    ])
    assert _ACCUSERS not in got[1].label_reason, got[1].label_reason
    assert got[1].label == "denial", got[1].label_reason


def test_workers_accuse_their_warehouses_managers(db, scheme):
    got = _all(db, scheme, [
        "Workers at a distribution warehouse in Doncaster have accused its managers of "
        "docking their pay for toilet breaks.",
        "Sean Pike, the warehouse's operations manager, said the warehouse had never docked "
        "anyone's pay.",
    ])
    assert _ACCUSERS not in got[1].label_reason, got[1].label_reason
    assert got[1].label == "denial", got[1].label_reason
    assert got[1].name == "Sean Pike"


# --- near misses that must not change ---

def test_people_of_a_place_accusing_another_body_stay_accusers(db, scheme):
    got = _all(db, scheme, [
        "Residents of a tower block in Salford have accused the council of ignoring damp.",
        "Amy Shaw, who lives in the tower, said the council had never sent anyone.",
    ])
    assert _ACCUSERS in got[1].label_reason, got[1].label_reason
    assert got[1].label != "denial", got[1].label_reason


def test_parents_at_a_school_accusing_the_council_stay_accusers(db, scheme):
    got = _all(db, scheme, [
        "Parents at a primary school in Chesterfield have accused the county council of "
        "cutting school transport without warning.",
        "Leanne Corbett, a school governor, said the council had never consulted families.",
    ])
    assert _ACCUSERS in got[1].label_reason, got[1].label_reason
    assert got[1].label != "denial", got[1].label_reason
