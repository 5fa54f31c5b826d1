"""'forces' as the noun of troops names no wrong ("Russian forces had withdrawn",
"government forces were evacuating civilians"); only the verb of coercing does ("the firm
forces drivers to skip breaks") (thirty-ninth round, issue 11, bug fix on branch t39d2;
domain/proposals/wrongs.py ``force_noun``, data ``wrongs39_force_noun``).

Found while trying wire copy on a border clash (gold written before any proposal): after an
accusation, the accusing side's "The ministry said Russian forces had withdrawn from two
villages near the town." was "the accusing side restates the wrong: 'forces'", an accusation,
though it tells where troops went; with a plural of unnamed officials it was "the complaining
side tells the wrong done: 'forces'".

Every sentence below is invented for this test."""

from __future__ import annotations

import pytest
from support.proposals import accepted

_ACCUSED = "Ukraine accused Russia on Monday of shelling a hospital in Kherson."


def _last(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")[-1]


@pytest.mark.parametrize("sentence", [
    "The ministry said Russian forces had withdrawn from two villages near the town.",
    "Ukrainian officials said government forces were evacuating civilians from the area.",
    "The ministry said its forces were still holding the bridge.",
    "The ministry said allied forces had reached the outskirts of the city by Sunday.",
])
def test_troops_are_no_wrong(db, scheme, sentence):
    assert _last(db, scheme, [_ACCUSED, sentence]).label == "claim"


# --- near misses: what must not change ---

_UNION = "A drivers' union accused Fastline Couriers on Monday of breaking employment law."


@pytest.mark.parametrize("sentence", [
    "The union said the company forces drivers to skip their breaks.",
    "The union said managers forced drivers to skip their breaks.",
])
def test_coercion_is_still_the_wrong(db, scheme, sentence):
    assert _last(db, scheme, [_UNION, sentence]).label == "accusation"
