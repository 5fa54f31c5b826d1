"""An agency's finding of a wrong is its accusation (fortieth round, issue 11, branch
w15acc4; findings.py, data ``label18_en.finders`` in data/cues/en.json).

findings.py reads a wrong found by a body that inspects or judges ("The commission found
the trustees had failed to keep proper records") as that body's accusation; its finders
named a regulator, a watchdog, an inspectorate, a commission, an authority, but not an
agency, so "The agency found the trust had also failed to declare the relationship in its
accounts" (the Education and Skills Funding Agency) stayed a claim, narration giving
evidence. An agency that regulates or inspects finds as they do. A finding with no wrong
in it stays evidence.

Every sentence is invented for this test; none is taken from the benchmark's sets. The
articles are read on the real proposal path (real SQLite), each proposal saved as `enter`
saves it before the next is read."""

from __future__ import annotations

import pytest
from support.proposals import accepted


@pytest.mark.parametrize("finding", [
    "The Environment Agency found that the operator had failed to cover its waste for "
    "most of the summer.",
    "The agency found the landlord had also failed to register eleven of the flats.",
])
def test_an_agencys_finding_of_a_wrong(db, scheme, finding):
    got = accepted(db, scheme, [finding], "en")
    assert got[0].label == "accusation", got[0].label_reason
    assert "a wrong found by a body" in got[0].label_reason


def test_an_agencys_finding_with_no_wrong_stays_evidence(db, scheme):
    got = accepted(db, scheme, [
        "The Environment Agency found that river levels at Shrewsbury had risen by 40cm "
        "overnight.",
    ], "en")
    assert got[0].label != "accusation", got[0].label_reason
