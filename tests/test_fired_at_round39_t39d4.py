"""Weapons fired at a target and positions shelled are wrongs stated in their own words
("Tajik troops had fired mortars at a Kyrgyz post", "rebels fired rockets at a police
station", "Armenian troops shelled Azerbaijani positions"), as "fired on", "opened fire on"
and "shot at" already were (thirty-ninth round, issue 11, bug fix on branch t39d4; data
``scene_wrongs`` in data/cues/en.json).

The try (wire copy on a border shooting, gold written before any proposal): "Kyrgyzstan's
border service said in a statement that Tajik troops had fired mortars at a Kyrgyz post near
the village of Kok-Tash after an argument over a water distribution point." was a claim
(reported speech), though it names the act alleged; "A Tajik civilian was killed when Kyrgyz
troops fired on the outskirts of the village" was already an accusation.

Every sentence below is invented for this test."""

from __future__ import annotations

import pytest
from support.proposals import accepted


def _only(db, scheme, sentence):
    return accepted(db, scheme, [sentence], "en")[0]


@pytest.mark.parametrize("sentence", [
    "The army said rebels fired rockets at a police station in the town overnight.",
    "Pakistan's military said Indian troops fired artillery shells at three villages along the "
    "frontier.",
    "The coast guard said a patrol vessel fired warning shots at a fishing boat near the shoal.",
    "The ministry said Armenian troops shelled Azerbaijani positions near the border.",
    "The border service said Tajik troops had fired mortars at a Kyrgyz post.",
])
def test_weapons_fired_at_a_target(db, scheme, sentence):
    assert _only(db, scheme, sentence).label == "accusation"


# --- near misses: what must not change ---

@pytest.mark.parametrize("sentence, label", [
    ("She was fired at the end of her probation period, the company said.", "claim"),
    ("The army said it fired rockets during a training exercise at the range on Tuesday.",
     "claim"),
    ("Troops fired warning shots into the air to disperse the crowd, the army said.",
     "context"),
])
def test_other_firing_unchanged(db, scheme, sentence, label):
    assert _only(db, scheme, sentence).label == label
