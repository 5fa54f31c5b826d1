"""A "through" phrase inside an opening clause ("In a statement released through his
solicitors, he said") is not a subject speaking through someone ("The firm, through its
lawyers, denied"): the pronoun after the comma is the subject (thirty-eighth round, issue 11,
bug fix on branch lt38b1; domain/proposals/reading.py ``_through``).

The lead's try (a political story, gold written before any proposal): "In a statement released
through his solicitors, he said he had "misunderstood the guidance" and had never intended to
profit from the arrangement." was proposed with no speaker: the subject was read as ending
before "through his solicitors, he", so "he" was never read as the subject.

Every sentence but the lead's is invented for this test; none is taken from the benchmark's
sets."""

from __future__ import annotations

import pytest
from support.proposals import accepted

_BEFORE = "Graham Pettifer, the MP for North Cotswolds, has repaid £14,000 in expenses."


def _last(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")[-1]


def test_the_lead_case(db, scheme):
    got = _last(db, scheme, [
        _BEFORE,
        'In a statement released through his solicitors, he said he had "misunderstood the '
        'guidance" and had never intended to profit from the arrangement.',
    ])
    assert got.name == "Graham Pettifer"


@pytest.mark.parametrize("sentence", [
    "In a letter sent through his lawyers, he said the payments were lawful.",
    "Speaking through an interpreter, he said he had never seen the documents.",
    "In comments passed on through his agent, he said he would appeal.",
])
def test_the_pronoun_after_the_comma_speaks(db, scheme, sentence):
    assert _last(db, scheme, [_BEFORE, sentence]).name == "Graham Pettifer"


# --- near misses: what must not change ---

def test_a_body_through_its_lawyers(db, scheme):
    got = _last(db, scheme, [
        "Tenants accused Larchfield Homes of ignoring damp.",
        "Larchfield Homes, through its lawyers, denied the claims.",
    ])
    assert got.name == "Larchfield Homes"
