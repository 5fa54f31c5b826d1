"""A wrong named only as the kind of cases a statistic counts ("sex discrimination claims to
employment tribunals rose by 14 per cent") is a figure, a claim: nobody is said to have done
the wrong (thirty-ninth round, issue 11, bug fix on branch t39e3;
domain/proposals/case_counts.py, read in reading.py and enforcer_finding.py; data
``claim39_case_statistics``).

The helper's try (an employment tribunal story, gold written before any proposal): its last
sentence, the ministry's figures on discrimination claims, was "accusation: reported
wrongdoing 'discrimination'".

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

import pytest
from support.proposals import accepted


def _one(db, scheme, sentence):
    return accepted(db, scheme, [sentence], "en")[0]


@pytest.mark.parametrize("sentence", [
    "The charity said the number of harassment complaints from delivery riders had doubled "
    "since 2022.",
    "Official statistics show unfair dismissal claims fell sharply after tribunal fees were "
    "introduced.",
    "Court figures show race discrimination cases brought by teachers rose by a fifth last "
    "year.",
])
def test_a_counted_kind_of_case_is_a_claim(db, scheme, sentence):
    got = _one(db, scheme, sentence)
    assert got.label == "claim", got.label_reason


_LENDER = ["Borrowers have accused Harwick Lending of charging hidden fees on short-term loans.",
           "Harwick Lending denies the allegations."]


@pytest.mark.parametrize("sentence", [
    "The Financial Conduct Authority said complaints about short-term lenders across England "
    "had more than doubled in two years.",
    "The Financial Conduct Authority said mis-selling cases across the sector had risen by a "
    "third since 2022.",
])
def test_a_regulator_s_figure_of_cases_is_a_claim(db, scheme, sentence):
    got = accepted(db, scheme, [*_LENDER, sentence], "en")[-1]
    assert got.label == "claim", got.label_reason


# --- near misses: what must not change ---

def test_a_regulator_naming_the_party_s_act_still_accuses(db, scheme):
    got = accepted(db, scheme, [*_LENDER, "The Financial Conduct Authority said Harwick "
                                "Lending had charged 4,000 borrowers twice."], "en")[-1]
    assert got.label == "accusation", got.label_reason


@pytest.mark.parametrize("sentence", [
    "The union said harassment complaints had been ignored by managers.",
    "The union said bullying complaints against the manager had risen after she was "
    "promoted.",
])
def test_a_wrong_done_or_charged_stays_an_accusation(db, scheme, sentence):
    got = _one(db, scheme, sentence)
    assert got.label == "accusation", got.label_reason
