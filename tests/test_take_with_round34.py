"""A verb that also takes something ("take", "report") files a complaint only when the body
that handles complaints follows "to" ("took the company to court", "reported him to the
police"), not "with" (thirty-fourth round, issue 11, bug fix on branch i11take34;
domain/proposals/filings.py, data ``filed10_filing`` ``ambiguous_not_before``).

The lead's article: a fitness app denies sharing users' data; its spokesman goes on, "We
take privacy extremely seriously and we will cooperate fully with the ICO," he added. That
was proposed an accusation, "a complaint or lawsuit filed: 'take'": the regulator after
"with" read as the body the complaint was taken to.

Every sentence but the lead's is invented for this test; none is taken from the benchmark's
sets."""

from __future__ import annotations

import pytest
from support.proposals import accepted

_LEAD = [
    "A popular fitness app shared users' heart-rate and location data with advertising "
    "firms without their consent, according to a complaint filed with the Information "
    "Commissioner's Office.",
    "PulsePath, which is owned by Dublin-based Stridewell Ltd, denied breaking data "
    "protection law.",
    "A company spokesman said users' data was only ever shared in anonymised form and with "
    "their explicit agreement.",
    "\"We take privacy extremely seriously and we will cooperate fully with the ICO,\" he "
    "added.",
]


def test_the_lead_sentence_files_nothing(db, scheme):
    got = accepted(db, scheme, _LEAD, "en")[-1]
    assert got.label != "accusation", got.label_reason
    assert "complaint or lawsuit filed" not in got.label_reason


@pytest.mark.parametrize("sentence", [
    "\"We take these concerns seriously and are working closely with the regulator,\" a "
    "spokeswoman said.",
    "The firm said it takes its duties seriously and is cooperating with police.",
    "The council said it took the matter seriously and would meet with the ombudsman.",
])
def test_take_then_with_a_body_files_nothing(db, scheme, sentence):
    got = accepted(db, scheme, [sentence], "en")[0]
    assert "complaint or lawsuit filed" not in got.label_reason, got.label_reason


@pytest.mark.parametrize("sentence", [
    "Residents took Kelbrook Heating to court over the faulty boilers.",
    "Two tenants reported the landlord to the police last month.",
    "The families took their complaint about Marlow Homes to the ombudsman.",
    "The union lodged a complaint with the regulator against Arden Rail.",
])
def test_a_filing_to_a_body_still_files(db, scheme, sentence):
    got = accepted(db, scheme, [sentence], "en")[0]
    assert got.label == "accusation", got.label_reason
