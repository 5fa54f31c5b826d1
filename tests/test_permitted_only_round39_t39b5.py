"""A limiting word that limits what a rule permits ("the planning permission allows
detonations only between 10am and 4pm", "overflows are only permitted during heavy rain") is
no reply that plays the wrong down: the rule itself (thirty-ninth round, issue 11, bug fix on
branch t39b5; domain/proposals/dispute.py ``_permitted_only``, data
``rebuttal35_restriction``).

The helper's try (a regional daily's quarry story, gold written before any proposal): after
"Residents living beside Hollin Edge Quarry have lodged a formal complaint with Westbury
Council, ...", "The Hollin Edge Action Group said its members had logged 37 blasts before 9am
since January, although the planning permission allows detonations only between 10am and 4pm
on weekdays." was a denial ("answers the accusation before: 'only'").

Every sentence but the try's is invented for this test; none is taken from the benchmark's
sets."""

from __future__ import annotations

import pytest
from support.proposals import accepted

_COMPLAINT = ("Residents beside Hollin Edge Quarry have lodged a formal complaint with "
              "Westbury Council, claiming the operator has been blasting outside permitted "
              "hours.")


def _last(db, scheme, sentence):
    return accepted(db, scheme, [_COMPLAINT, sentence], "en")[-1]


def test_the_try_case(db, scheme):
    got = _last(db, scheme, "The Hollin Edge Action Group said its members had logged 37 "
                            "blasts before 9am since January, although the planning "
                            "permission allows detonations only between 10am and 4pm on "
                            "weekdays.")
    assert (got.label, got.name) == ("claim", "Hollin Edge Action Group")


@pytest.mark.parametrize("sentence", [
    "The Hollin Edge Action Group said lorries had arrived at 5am, although the licence "
    "permits deliveries only after 7am.",
    "The council's licence allows the site to operate only on weekdays, the Hollin Edge "
    "Action Group said.",
    "The Hollin Edge Action Group said blasts were logged at 8am, when detonations are only "
    "permitted after 10am.",
])
def test_a_rule_limited_is_no_reply(db, scheme, sentence):
    assert _last(db, scheme, sentence).label != "denial"


# --- near misses: what must not change ---

@pytest.mark.parametrize("sentence", [
    "Gritstone Aggregates said it only blasted between 10am and 4pm.",
    "Gritstone Aggregates said it allowed blasting only between 10am and 4pm.",
])
def test_the_party_limiting_its_own_act_still_replies(db, scheme, sentence):
    assert _last(db, scheme, sentence).label == "denial"
