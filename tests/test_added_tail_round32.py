"""A plan added after a quotation is not what the sentence says (thirty-second round, issue
11, bug fix on branch i11tryfix32c; domain/proposals/added_tail.py, data
``context32_added_tail``).

The lead's article: dock workers accuse a terminal operator of keeping cracked cranes in
service; its spokesman says the cranes were inspected and safe, then '"At no point were our
workers put at risk," the spokesman said, adding that the company would cooperate with any
inquiry.' The "would" after "adding" was read as a plan and the denial was proposed as
context; without the tail the same quotation was proposed a denial.

Every sentence but the lead's article is invented for this test; none is taken from the
benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

_LEAD = [
    "Dock workers at the Seaforth container terminal have accused the operator, Mersey "
    "Gateway Terminals, of keeping two cranes in service after engineers flagged cracks in "
    "their booms.",
    "A spokesman for Mersey Gateway Terminals said the cranes had been inspected by an "
    "independent firm and were safe to operate.",
]
_TRY = [
    _LEAD[0],
    "The Unite branch at the terminal said engineers reported the cracks in a written note "
    "on October 12, and the cranes were used for another three weeks.",
    '"We raised it, we put it in writing, and they carried on loading ships," branch '
    "secretary Kevin Moore told reporters outside the gates.",
    "According to Moore, a supervisor ordered crews to keep working on the night of October "
    "28 despite high winds.",
    _LEAD[1],
]


def _last(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")[-1]


# --- the lead's case ---

def test_the_lead_article_denial_with_an_added_plan_stays_a_denial(db, scheme):
    got = _last(db, scheme, [
        *_TRY,
        '"At no point were our workers put at risk," the spokesman said, adding that the '
        "company would cooperate with any inquiry.",
    ])
    assert got.label == "denial", got.label_reason
    assert "plan" not in got.label_reason
    assert got.name == "Mersey Gateway Terminals"


# --- the class, on sentences of our own ---

def test_added_plan_after_a_negated_quotation(db, scheme):
    got = _last(db, scheme, [
        "Parents have accused Brookfield Academy of excluding pupils to improve its exam "
        "results.",
        "The academy's head, Ruth Caldwell, rejected the claims.",
        '"No pupil has ever been excluded for their grades," Caldwell said, adding that she '
        "would meet the parents.",
    ])
    assert got.label == "denial", got.label_reason


# --- near misses: the plan is still read ---

def test_a_quotation_that_is_itself_a_plan_stays_context(db, scheme):
    got = _last(db, scheme, [
        *_LEAD,
        '"We will cooperate fully with any inquiry," the spokesman said.',
    ])
    assert got.label == "context", got.label_reason


def test_a_plan_right_after_the_speech_verb_stays_context(db, scheme):
    got = _last(db, scheme, [
        *_LEAD,
        "The company said it would cooperate with any inquiry.",
    ])
    assert got.label == "context", got.label_reason


def test_added_plan_without_an_opening_quotation_is_read_as_before(db, scheme):
    got = _last(db, scheme, [
        *_LEAD,
        "The spokesman said the terminal had passed its last audit, adding that the company "
        "would cooperate with any inquiry.",
    ])
    assert got.label == "context", got.label_reason
