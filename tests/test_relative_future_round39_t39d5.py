"""What a thing will do, told in a relative clause on it ("signed an agreement on Tuesday that
will cut tariffs", "approved a loan which will fund the dam"), is no plan the speaker reports:
the sentence's act is its main clause (thirty-ninth round, issue 11, bug fix on branch
t39d5; domain/proposals/reading.py ``_relative_future``, read in ``_plan``).

The try (a Reuters-style trade story, gold written before any proposal): "India and Chile
signed a comprehensive economic partnership agreement on Tuesday that will cut tariffs on
more than 90% of goods traded between them, the two governments said." was context, "a
promise or plan reported: 'will'": the signing's date made the sentence a schedule, and the
agreement's effect its plan. The governments report a signing done: a claim.

Every sentence below is invented for this test."""

from __future__ import annotations

import pytest
from support.proposals import accepted


def _only(db, scheme, sentence):
    return accepted(db, scheme, [sentence], "en")[0]


@pytest.mark.parametrize("sentence", [
    "Kenya and the United Arab Emirates signed a trade deal on Monday that will remove duties "
    "on most goods, the Kenyan trade ministry said.",
    "Parliament approved a loan on Friday which will fund the new dam, the finance ministry "
    "said.",
    "The two countries signed a treaty on Thursday that will settle the last disputed stretches "
    "of their border, the foreign ministry said.",
])
def test_what_the_thing_will_do_is_no_plan(db, scheme, sentence):
    assert _only(db, scheme, sentence).label == "claim"


# --- near misses: what must not change ---

@pytest.mark.parametrize("sentence", [
    "The ministry said it would set up a team that will investigate the complaints.",
    "The two leaders will meet on Monday in Geneva, the foreign ministry said.",
    "The ministry said the talks will resume on Monday.",
    "The regulator said the new rules, which will take effect in March, would be reviewed "
    "next year.",
])
def test_plans_stay_context(db, scheme, sentence):
    assert _only(db, scheme, sentence).label == "context"
