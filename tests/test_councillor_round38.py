"""A councillor is not the council: "Councillor X, who represents the ward, said ..." in an
article where residents accuse the council is the councillor's own word, not the council's
reply (thirty-eighth round, issue 11, bug fix on branch w11left385; ``targeted.COUNCILLORS``,
read in ``targeted._described_party`` and ``dispute._fits``).

From a try helper's blind try (residents accuse a city council over a flooded underpass):
"Councillor Rehana Akhtar, who represents the ward, said she had raised the underpass with
highways officers in March." was proposed a denial ("speaks for Leeds City Council"): the
title "Councillor" was matched to "council" by its first six letters. The writer's gold has
it a claim by Rehana Akhtar.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

import pytest
from support.proposals import accepted

_LEDE = ["Tenants in Millfield have accused Harwick Borough Council of leaving their flats "
         "damp for years.",
         "Harwick Borough Council denied the claims."]


def _last(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")[-1]


@pytest.mark.parametrize("sentence, name", [
    ("Councillor Janet Ives, who represents Millfield, said she had reported the damp to "
     "housing officers twice.", "Janet Ives"),
    ("Cllr Tom Reed said he had raised the damp with officers in March.", "Tom Reed"),
])
def test_a_councillor_speaks_for_herself(db, scheme, sentence, name):
    got = _last(db, scheme, [*_LEDE, sentence])
    assert (got.label, got.name) == ("claim", name)


# --- near misses: as before ---

def test_a_council_spokesman_is_the_council(db, scheme):
    got = _last(db, scheme, [*_LEDE, "A council spokesman said repairs had been carried "
                                     "out."])
    assert (got.label, got.name) == ("denial", "Harwick Borough Council")
