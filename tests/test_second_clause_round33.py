"""Procedure to come in a second reported clause does not decide the sentence (thirty-third
round, issue 11, bug fix on branch i11try33g; domain/proposals/second_clause.py, data
``context33_second_clause``).

The try's article: a union accuses Harlow Foods of cutting the hours of workers who voted
to strike; the company rejects it, and its spokeswoman goes on: "She said hours had been
reduced for about 300 workers across all three shifts, not only for union supporters, and
that full schedules would resume in January." "would resume", in the second reported
clause, was read as procedure to come and the sentence proposed as context; its first
clause answers the allegation: a denial.

Every sentence but the try's is invented for this test; none is taken from the benchmark's
sets."""

from __future__ import annotations

from support.proposals import accepted

_ACCUSED = (
    "A union representing about 1,200 workers at Harlow Foods' meat processing plant in "
    "Portage, Indiana, accused the company on Wednesday of cutting the hours of employees who "
    "voted to authorize a strike last month.")
_REJECTED = "Harlow Foods rejected the allegation."
_TRY = ("She said hours had been reduced for about 300 workers across all three shifts, not "
        "only for union supporters, and that full schedules would resume in January.")
_FREIGHT = ("Drivers at Kestrel Freight accused the company on Monday of cutting the overtime "
            "of drivers who joined the union.")


def _last(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")[-1]


# --- the try's case ---

def test_the_try_reply_with_a_plan_after_and_that_is_a_denial(db, scheme):
    got = _last(db, scheme, [
        _ACCUSED, _REJECTED,
        '"Scheduling at Portage is driven entirely by customer orders," spokesperson Jenna '
        "Morrow said in an emailed statement.",
        _TRY,
    ])
    assert got.label == "denial", got.label_reason
    assert got.name == "Jenna Morrow"


# --- the class, on sentences of our own ---

def test_a_reply_then_and_that_overtime_would_resume_is_a_denial(db, scheme):
    got = _last(db, scheme, [
        _FREIGHT,
        "Kestrel Freight denied the claim.",
        "A company spokesman said overtime had been cut at all three of its depots, not only "
        "for union members, and that it would resume after the holidays.",
    ])
    assert got.label == "denial", got.label_reason


# --- near misses: the plan still decides ---

def test_a_single_clause_plan_is_still_context(db, scheme):
    got = _last(db, scheme, [
        _ACCUSED, _REJECTED,
        "A company spokesman said full schedules would resume in January.",
    ])
    assert got.label == "context", got.label_reason


def test_a_plan_right_after_the_speech_verb_is_still_context(db, scheme):
    got = _last(db, scheme, [
        _ACCUSED, _REJECTED,
        "A company spokesman said the company would review the schedules and that overtime "
        "would resume after the holidays.",
    ])
    assert got.label == "context", got.label_reason
