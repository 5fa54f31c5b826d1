"""A one-word verb of lodging used as a participle after a determiner ("In its written
response to the tribunal, the company said ...") describes the noun after it and lodges
nothing with the body named after "to" (thirty-ninth round, issue 11, bug fix on branch
t39e2; domain/proposals/acts.py ``adjectival_lodging``, data ``label39_adjectival_lodging``).

The helper's try (an employment tribunal story on a business desk, gold written before any
proposal): the accused company's reply "In its written response to the tribunal, the company
said the role had been removed as part of a restructuring that cut 40 posts across its UK
operations." was "accusation: a complaint or lawsuit filed: 'written to'".

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

import pytest
from support.proposals import accepted

_LEAD = ["A former supervisor at Norvale Logistics was unfairly dismissed after she "
         "complained about harassment by a forklift driver, an employment tribunal heard "
         "on Monday.",
         "Norvale Logistics denies the claims."]


def _last(db, scheme, sentence):
    return accepted(db, scheme, [*_LEAD, sentence], "en")[-1]


@pytest.mark.parametrize("sentence", [
    "In its written response to the tribunal, the company said the role had been removed "
    "as part of a restructuring that cut 40 posts.",
    "In its written submission to the employment tribunal, Norvale said the supervisor had "
    "been dismissed for repeated lateness.",
    "In a written reply to the tribunal, the company said the dismissal followed two final "
    "warnings.",
])
def test_a_written_reply_lodges_nothing(db, scheme, sentence):
    got = _last(db, scheme, sentence)
    assert "complaint or lawsuit filed" not in got.label_reason, got.label_reason
    assert got.label == "denial", got.label_reason


# --- near misses: what must not change ---

@pytest.mark.parametrize("sentence", [
    "Her union has written to the Health and Safety Executive about the depot.",
    "She said she had sent a written complaint to the tribunal about the driver.",
])
def test_written_to_a_body_still_lodges(db, scheme, sentence):
    got = _last(db, scheme, sentence)
    assert got.label == "accusation", got.label_reason
