"""A naming participle is read only where the name it gives closes with a comma or follows
an indefinite object, and a noun "claims" only after a lower-case "-ing" word (fortieth
round, issue 11, bug fix on branch w15ctx3b, on top of w15ctx3: not_said.used_otherwise).

w15ctx3 read "The app, called Ajo, lets ..." as no speech; the same reading took "The
minister, speaking on Tuesday, called Harris a capable official" (a comma before "called",
a name after it) and "A spokesman called Harris ..." for a thing named, and "Manning claims
..." (a surname ending in -ing) for a noun. Every sentence below is invented for this
test."""

from __future__ import annotations

import pytest
from support.proposals import accepted


def _only(db, scheme, sentence):
    return accepted(db, scheme, [sentence], "en")[0]


@pytest.mark.parametrize("sentence", [
    "The service, called Linkup, connects farmers with buyers in the city.",
    "Residents formed a group called \"Save Our Shore\" after the spill.",
    "The insurer has started processing claims from the flooded streets.",
])
def test_named_thing_and_noun_are_no_speech(db, scheme, sentence):
    assert _only(db, scheme, sentence).label == "context"


# --- near misses: speech that must stay speech ---

@pytest.mark.parametrize("sentence", [
    "The minister, speaking on Tuesday, called Harris a capable official.",
    "A spokesman called Harris a capable official.",
    "Manning claims the well was dug in 1850.",
])
def test_speech_after_an_aside_or_by_a_name_stays_speech(db, scheme, sentence):
    assert _only(db, scheme, sentence).label == "claim"
