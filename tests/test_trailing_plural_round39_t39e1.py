"""A present-tense speech verb closing the sentence after a comma and a plural subject
("..., campaigners claim.") is reported speech, as "..., residents say." is (thirty-ninth
round, issue 11, bug fix on branch t39e1; domain/proposals/present_plural.py ``_trailing``).

The helper's try (a tabloid consumer page, gold written before any proposal): "MILLIONS of
mobile customers were kept in the dark for weeks after hackers stole their personal details,
campaigners claim." was "context: no speech verb": the present-plural reading wanted a clause
after the verb, which the trailing attribution never has.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

import pytest
from support.proposals import accepted


def _one(db, scheme, sentence):
    return accepted(db, scheme, [sentence], "en")[0]


@pytest.mark.parametrize("sentence, verb", [
    ("The new parking rules will cost drivers £300 a year, motorists claim.", "claim"),
    ("The new rota leaves carers no time to eat, union officials argue.", "argue"),
    ("The rent rise will push families out of the estate, tenants warn.", "warn"),
])
def test_a_trailing_plural_attribution_is_speech(db, scheme, sentence, verb):
    got = _one(db, scheme, sentence)
    assert got.label != "context", got.label_reason
    assert f"reported speech '{verb}'" in got.label_reason
    assert got.name is None  # a plural of unnamed people: no source


@pytest.mark.parametrize("sentence", [
    "The refund scheme was closed without notice, angry customers claim.",
    "The landlord ignored repeated warnings about damp, tenants insist.",
])
def test_a_wrong_under_a_trailing_attribution_is_reported(db, scheme, sentence):
    got = _one(db, scheme, sentence)
    assert got.label == "accusation", got.label_reason
    assert "reported wrongdoing" in got.label_reason


# --- near misses: what must not change ---

@pytest.mark.parametrize("sentence", [
    "The insurer paid out on every valid claim.",
    "The workers claim.",
    "Staff at the depot were told to submit a pay claim.",
])
def test_no_trailing_attribution(db, scheme, sentence):
    got = _one(db, scheme, sentence)
    assert "reported speech" not in got.label_reason, got.label_reason
