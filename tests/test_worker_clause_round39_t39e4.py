"""A relative clause telling the work a speaker does for a party ("Tomasz Nowak, who has
delivered for Basketly in Leeds for two years, said ...") does not make the speaker the
party's voice (thirty-ninth round, issue 11, bug fix on branch t39e4;
domain/proposals/worker_clause.py, used by dispute.Dispute.speaks_for; data
``side39_worker_clause``).

The helper's try (a delivery app accused by its riders of unsafe targets, gold written
before any proposal): a rider's own account of the app, "Abdul Rahman, who has delivered for
Zipto in east London for three years, said the app regularly gave him 11 minutes ...", was
"denial: the accused side's reply ... Abdul Rahman speaks for Zipto": the company's name
beside his placed him on its side.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

import pytest
from support.proposals import accepted

_LEAD = ["Couriers for the grocery app Basketly say its software sets delivery windows so "
         "short that they have to break speed limits.",
         "The Independent Couriers Guild accused Basketly of endangering riders in a letter "
         "to the Health and Safety Executive."]
_DENIED = "Basketly denied the allegations."


def _speaker_sentence(db, scheme, sentence):
    return accepted(db, scheme, [*_LEAD, sentence, _DENIED], "en")[2]


@pytest.mark.parametrize("sentence", [
    "Tomasz Nowak, who has delivered for Basketly in Leeds for two years, said the app gave "
    "him nine minutes for trips of three miles.",
    "Grace Adeyemi, who drives for Basketly in Bristol, said her account was frozen after two "
    "late orders.",
    "Priya Shah, who rode for Basketly until last spring, said the app gave her nine minutes "
    "for trips of three miles.",
])
def test_a_worker_is_not_the_party_s_voice(db, scheme, sentence):
    got = _speaker_sentence(db, scheme, sentence)
    assert "speaks for Basketly" not in got.label_reason, got.label_reason
    assert got.label != "denial", got.label_reason


# --- near misses: what must not change ---

@pytest.mark.parametrize("sentence", [
    "Laura Finch, who heads operations at Basketly, said the app gave riders 20 minutes for a "
    "typical trip.",
    "Basketly's head of operations, Laura Finch, said the app gave riders 20 minutes for a "
    "typical trip.",
])
def test_an_officer_still_speaks_for_it(db, scheme, sentence):
    got = _speaker_sentence(db, scheme, sentence)
    assert got.label == "denial", got.label_reason
