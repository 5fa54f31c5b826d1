"""A verb that also takes something ("take", "report") after a modal of possibility files no
complaint: "Customers ... can take their complaint to the ombudsman free of charge" tells a
route open to them, nobody's filing (thirty-fourth round, issue 11, bug fix on branch
i11modal34; domain/proposals/filings.py, data ``filed10_filing`` ``ambiguous_not_after``).

The lead's article: customers say a bank refused to refund scam victims; its last sentence,
"Customers who have been refused a refund can take their complaint to the ombudsman free of
charge.", was proposed an accusation, "a complaint or lawsuit filed: 'take'".

Every sentence but the lead's is invented for this test; none is taken from the benchmark's
sets."""

from __future__ import annotations

import pytest
from support.proposals import accepted

_LEAD = ("Customers who have been refused a refund can take their complaint to the ombudsman "
         "free of charge.")


@pytest.mark.parametrize("sentence", [
    _LEAD,
    "Passengers could take the operator to court if the refunds are not paid.",
    "Tenants may report the landlord to the council's housing team.",
    "Anyone affected might take the matter to the Financial Ombudsman Service.",
])
def test_a_possibility_files_nothing(db, scheme, sentence):
    got = accepted(db, scheme, [sentence], "en")[0]
    assert "complaint or lawsuit filed" not in got.label_reason, got.label_reason


@pytest.mark.parametrize("sentence", [
    "Residents took Kelbrook Heating to court over the faulty boilers.",
    "Two tenants reported the landlord to the police last month.",
    "The families took their complaint about Marlow Homes to the ombudsman.",
])
def test_a_filing_to_a_body_still_files(db, scheme, sentence):
    got = accepted(db, scheme, [sentence], "en")[0]
    assert got.label == "accusation", got.label_reason
