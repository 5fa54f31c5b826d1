"""What the police believe is the force's claim, as what they say is (thirty-seventh round,
issue 11, bug fix on branch lt37a4; domain/proposals/officials_believe.py ``force_said``,
read in reading.py).

From a try helper's leftover (a stolen tractor; "West Mercia Police said" earlier):
w10court4 made "Officers believe the thieves cut through a padlock" a claim by the force,
but "Police believe the thieves cut through a padlock." stayed context with no speaker
("no speech verb"), while "Police say ..." was already the force's.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

import pytest
from support.proposals import accepted

_FORCE = "West Mercia Police said a tractor was stolen from a farm near Ludlow."


def _last(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")[-1]


@pytest.mark.parametrize("sentence", [
    "Police believe the thieves cut through a padlock.",
    "The police believe the two burglaries are linked.",
])
def test_the_police_believing_is_the_force_named(db, scheme, sentence):
    got = _last(db, scheme, [_FORCE, sentence])
    assert got.label == "claim"
    assert got.name == "West Mercia Police"


def test_what_the_police_claim_is_the_force_named(db, scheme):
    got = _last(db, scheme, [_FORCE, "Police claim the gang used a stolen van."])
    assert got.name == "West Mercia Police"


# --- near misses: as before ---

def test_officers_believe_is_still_the_force(db, scheme):
    got = _last(db, scheme, [_FORCE, "Officers believe the thieves cut through a padlock."])
    assert got.name == "West Mercia Police"


def test_a_negated_belief_is_no_speech(db, scheme):
    got = _last(db, scheme, [_FORCE, "Police do not believe the two thefts are linked."])
    assert got.name is None


def test_residents_believing_have_no_source(db, scheme):
    got = _last(db, scheme, [_FORCE, "Residents believe the thieves knew the farm."])
    assert got.name is None
