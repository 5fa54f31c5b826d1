"""The complainants' opening allegation when they say what a body's staff did ("Parents ...
say staff left three toddlers strapped in a parked van", thirty-third round, issue 11, bug
fix on branch i11staff33; opening_complaint.py, data ``bare_bodies`` in
``accuse31_opening_complaint``).

The lead's article (a local TV station's story on a day care): "Parents of children at a
Tucson day care center say staff left three toddlers strapped in a parked van for nearly an
hour on a 98-degree afternoon in September." was proposed a claim. Round 31's reading of the
opening allegation wants a body as the subject of what the complainants say ("the
contractor", "Harwick council"); the body's own staff, written alone, is the body acting.
Other bare plurals ("managers", "teachers") stay people and are not read so.

Every sentence but the lead's is invented for this test; none is taken from the benchmark's
sets."""

from __future__ import annotations

import pytest
from support.proposals import accepted

_LEAD = ("Parents of children at a Tucson day care center say staff left three toddlers "
         "strapped in a parked van for nearly an hour on a 98-degree afternoon in September.")


def _one(db, scheme, sentence):
    return accepted(db, scheme, [sentence], "en")[0]


def test_the_lead_opening_is_an_accusation(db, scheme):
    got = _one(db, scheme, _LEAD)
    assert got.label == "accusation", got.label_reason
    assert "opening allegation" in got.label_reason
    assert got.name is None


@pytest.mark.parametrize("sentence", [
    "Residents of a care home in Hull say staff locked the garden for three months.",
    "Passengers say staff took their luggage off the ferry without telling them.",
])
def test_staff_who_did_something_opens_the_allegation(db, scheme, sentence):
    assert _one(db, scheme, sentence).label == "accusation"


@pytest.mark.parametrize("sentence", [
    "Residents say staff have been helpful throughout the works.",
    "Parents say staff will be trained again next term.",
    "Parents say teachers left the school early on Friday.",
])
def test_no_act_or_no_body_is_not_read_so(db, scheme, sentence):
    assert "opening allegation" not in _one(db, scheme, sentence).label_reason
