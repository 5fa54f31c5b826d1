"""A letter to a body that only asks it for an update ("wrote to the Planning Inspectorate
three times asking for an update on the scheme") is an inquiry, no complaint lodged
(thirty-ninth round, issue 11, bug fix on branch t39c1; filings.asks_for_update, read by
acts.lodged and lodged_with.lodged_with; data ``label39_inquiry``).

The try helper t39c's blind try (a broadsheet story about a minister accused of lobbying for
a donor, gold written before any proposal): "Julian Fairbrother, the minister for housing and
planning, wrote to the Inspectorate three times last autumn asking for an update on the
Harcourt Fields scheme, the correspondence shows." was read as a complaint filed ("wrote to"
a body that handles complaints), an accusation by the minister; his later denials then read
as the accuser's own words (a claim, an accusation). The guidelines make a request lodged
with such a body a filed complaint when it asks the body to act on a wrong.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

import pytest
from support.proposals import accepted

_LEDE = ("A housing minister intervened personally to hurry along a planning decision on a "
         "development backed by one of his party's biggest donors, according to emails "
         "obtained by this newspaper.")


def _last(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")[-1]


def test_the_try_case_and_the_denial_after_it(db, scheme):
    got = accepted(db, scheme, [
        _LEDE,
        "Julian Fairbrother, the minister for housing and planning, wrote to the Planning "
        "Inspectorate three times last autumn asking for an update on the Harcourt Fields "
        "scheme, the correspondence shows.",
        "Angela Murray, the shadow housing secretary, accused the minister of using his "
        "office as a concierge service for donors.",
        "In a statement, Mr Fairbrother said he had \"never once discussed Harcourt Fields "
        "with anyone at Oakmere\"."], "en")
    assert got[1].label != "accusation"
    assert (got[3].label, got[3].name) == ("denial", "Julian Fairbrother")


@pytest.mark.parametrize("sentence", [
    "The MP wrote to the Environment Agency in March seeking an update on the flood defences.",
    "Residents' leader Tom Hale has written to the county council asking for further updates "
    "on the bridge repairs.",
    "She wrote to the regulator twice to ask for an update on the licence renewal.",
])
def test_a_letter_asking_for_an_update(db, scheme, sentence):
    assert _last(db, scheme, [sentence]).label != "accusation"


# --- near misses: what must not change ---

@pytest.mark.parametrize("sentence", [
    "The MP wrote to the Environment Agency in March asking it to investigate the spill.",
    "Residents' leader Tom Hale has written to the county council to complain about the "
    "bridge repairs.",
    "She wrote to the Financial Conduct Authority about the firm's fees and asked for an "
    "update on its inquiry.",
])
def test_a_letter_that_complains_stays_a_complaint(db, scheme, sentence):
    assert _last(db, scheme, [sentence]).label == "accusation"
