"""The complainants' opening allegation is read when the plural that says it names where the
people are ("Cleaners at Illawarra General Hospital say ...", thirty-third round, issue 11,
bug fix on branch i11lede33; plural_people.plural_of_people, read by dispute._opening).

The lead's article: "Cleaners at Wollongong's Illawarra General Hospital say their employer
has been deducting unpaid meal breaks from their pay even when wards were too busy for them
to stop." was proposed a claim. The round-31 reading of an opening allegation
(opening_complaint.py) found "their employer has been deducting", but it asks that no
speaker be named, and the dispute saw the speaker read before the plural is set aside
("Cleaners at Wollongong", later no source): the capitalised place in the subject
stopped it. The guidelines: naming the wrongful act is enough for an accusation.

Every sentence but the lead's is invented for this test; none is taken from the benchmark's
sets."""

from __future__ import annotations

import pytest
from support.proposals import accepted

_LEAD = ("Cleaners at Wollongong's Illawarra General Hospital say their employer has been "
         "deducting unpaid meal breaks from their pay even when wards were too busy for them "
         "to stop.")


def _one(db, scheme, sentence):
    return accepted(db, scheme, [sentence], "en")[0]


def test_the_lead_opening_is_an_accusation(db, scheme):
    got = _one(db, scheme, _LEAD)
    assert got.label == "accusation", got.label_reason
    assert "opening allegation" in got.label_reason
    assert got.name is None


@pytest.mark.parametrize("sentence", [
    "Cleaners at Illawarra General Hospital say the contractor has been deducting unpaid "
    "meal breaks from their pay.",
    "Tenants of Harbourside Court say the landlord left them without heating for six weeks.",
    "Residents in Bishopsgate say the developer has blocked the only footpath to the school.",
])
def test_a_plural_with_its_place_opens_the_allegation(db, scheme, sentence):
    got = _one(db, scheme, sentence)
    assert got.label == "accusation", got.label_reason
    assert got.name is None


@pytest.mark.parametrize("sentence", [
    "Friends of the Earth say the council has been slow to publish the report.",
    "Cleaners at Illawarra General Hospital say they will vote on the offer next week.",
])
def test_a_name_or_a_plan_is_not_read_so(db, scheme, sentence):
    got = _one(db, scheme, sentence)
    assert "opening allegation" not in got.label_reason
