"""An opening participle of the speaker's role ("Prosecuting for Wealden District Council,
Andrew Pike told the court", "Representing the council, ...") is no name's first word: the
body after it keeps its own name, which "the council" later means (thirty-ninth round, issue
11, bug fix on branch t39b6; domain/proposals/name_words.py ``fronted_participle``, data
``speaker39_fronted_participles``).

The helper's try (a regional daily's court story, gold written before any proposal): the
article's names held "Prosecuting for Wealden District Council", so "An arboricultural report
commissioned by the council found ..." made "the council" that name, and the lede's proposal
offered it as a new source to register.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

import pytest
from support.proposals import accepted

_FINED = "A housebuilder has been fined £48,000 for felling seven protected oak trees."


def _last(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")[-1]


@pytest.mark.parametrize("opening", [
    "Prosecuting for Wealden District Council, Andrew Pike told the court the oaks were "
    "healthy.",
    "Representing Wealden District Council, Andrew Pike told the court the oaks were healthy.",
    "Speaking for Wealden District Council, Andrew Pike said the oaks were healthy.",
])
def test_the_council_keeps_its_name(db, scheme, opening):
    got = _last(db, scheme, [_FINED, opening, "The council said it would require the "
                                              "developer to plant replacement trees."])
    assert got.name == "Wealden District Council"


def test_the_person_after_the_comma_still_speaks(db, scheme):
    got = _last(db, scheme, [_FINED, "Prosecuting for Wealden District Council, Andrew Pike "
                                     "told the court the oaks were healthy."])
    assert got.name == "Andrew Pike"


# --- near misses: what must not change ---

def test_a_title_before_a_name_stays(db, scheme):
    got = _last(db, scheme, [_FINED, "Acting Chief Constable Jo Marsh, who leads the force, "
                                     "said officers had attended the site."])
    assert got.name == "Jo Marsh"
