""""Cllr", the short title British local news writes before a councillor's surname ("Cllr
Shah also alleged ...", "Cllr Moss added ..."), is an honorific like "Ms" or "Dr": the
councillor the article named before by full name ("Liberal Democrat group leader Priya
Shah"), not a new source "Cllr Shah" (thirty-ninth round, issue 11, bug fix on branch
t39c3; data/cues/en.json ``honorifics``).

The try helper t39c's blind try (a local democracy reporter's story about a councillor's
undeclared interest, gold written before any proposal): "Cllr Shah also alleged that Mr
Titley had pressed officers to extend the tender deadline ..." took the source "Cllr Shah"
where the article had named Priya Shah; "Cllr. Shah", with a full stop, already resolved.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

import pytest
from support.proposals import accepted


def _names(db, scheme, sentences):
    return [got.name for got in accepted(db, scheme, sentences, "en")]


def test_the_try_case(db, scheme):
    names = _names(db, scheme, [
        "The complaint was submitted last week by Liberal Democrat group leader Priya Shah, "
        "who said residents deserve to know how decisions are taken.",
        "Cllr Shah also alleged that Mr Titley had pressed officers to extend the tender "
        "deadline."])
    assert names[-1] == "Priya Shah"


@pytest.mark.parametrize("first, later, person", [
    ("Cllr Diane Moss, who chairs the committee, said the contract should be reviewed.",
     "Cllr Moss added that the firm had been paid £1.4m.", "Diane Moss"),
    ("Council leader Sarah Whitcombe said the budget was balanced.",
     "Cllr Whitcombe said reserves stood at £12m.", "Sarah Whitcombe"),
    ("Opposition leader Cllr Tom Price said the budget was a fantasy.",
     "Mr Price said reserves had fallen by £4m.", "Tom Price"),
])
def test_cllr_and_the_surname_mean_the_person_named(db, scheme, first, later, person):
    assert _names(db, scheme, [first, later]) == [person, person]


def test_a_surname_named_nowhere_else_is_read_as_after_ms(db, scheme):
    assert _names(db, scheme, ["Cllr Shah said the contract should be reviewed."]) == ["Shah"]


# --- near misses: what must not change ---

def test_another_councillor_of_another_name_stays_apart(db, scheme):
    names = _names(db, scheme, [
        "Council leader Sarah Whitcombe said the budget was balanced.",
        "Cllr Price said reserves had fallen by £4m."])
    assert names[-1] != "Sarah Whitcombe"
