"""Blaming contamination is no accusation of a party (thirty-ninth round, issue 11, bug fix on
branch t39a2; data ``accuse33_cause_blamed`` causes and ``place_before``, cause_blamed.py).

From a try helper's blind try on doping news: an athlete charged after a positive test who
"blamed a contaminated supplement" or "tainted meat" gives the cause the guidelines call
explaining it away (a denial from the accused side), but "blamed" with a cause the list did
not hold was read as an accusation of someone. A capitalised place after "in" ("eaten at a
restaurant in Mexico") was read as a party blamed too.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

import pytest
from support.proposals import accepted

_CHARGE = ("Swimmer Lena Frost has been charged with doping by the International Testing "
           "Agency.")


@pytest.mark.parametrize("reply", [
    "Frost blamed a contaminated supplement for the positive test.",
    "Frost has blamed tainted meat eaten at a restaurant in Mexico.",
    "Frost blamed contamination from a prescription medicine she had taken for asthma.",
])
def test_the_athlete_blaming_contamination_denies(db, scheme, reply):
    got = accepted(db, scheme, [_CHARGE, reply], "en")[-1]
    assert got.name == "Lena Frost"
    assert got.label == "denial"


def test_background_blame_of_contamination_accuses_nobody(db, scheme):
    got = accepted(db, scheme, [_CHARGE, "Several athletes have blamed contaminated meat for "
                                         "positive tests in the past."], "en")[-1]
    assert got.label != "accusation"


# --- near misses: a party blamed stays an accusation ---

@pytest.mark.parametrize("sentence", [
    "Frost blamed a supplement made by Nutrix Labs for the positive test.",
    "Frost blamed her former coach for the positive test.",
])
def test_a_party_blamed_is_still_named(db, scheme, sentence):
    got = accepted(db, scheme, [_CHARGE, sentence], "en")[-1]
    assert "a cause blamed" not in got.label_reason
