"""Officials or diplomats counted are no part of a body's name ("Two U.S. officials said":
U.S. officials, not "Two U.S."), and counted people named only by where they come from are a
plural of unnamed people ("three Western security officials told Reuters", "Two European
diplomats said": no source) (thirty-ninth round, issue 11, bug fix on branch t39d6;
domain/proposals/reading.py ``_count_apart`` and ``_bloc_word``, read in ``_members_of``;
data ``speaker39_counted_officials``).

The try (wire copy, gold written before any proposal): "Iran has delivered a consignment of
short-range ballistic missiles to Russia by sea across the Caspian, three Western security
officials told Reuters, ..." had the new source "Western" ("members of Western speak as
it"), carried to the officials' next two sentences; a count opening the sentence made "Two
European" and "Two U.S." sources.

Every sentence below is invented for this test."""

from __future__ import annotations

import pytest
from support.proposals import proposals


def _speaker(db, scheme, sentence):
    return proposals(db, scheme, [sentence], "en")[0].name


@pytest.mark.parametrize("sentence", [
    "Iran has delivered missiles to Russia by sea, three Western security officials told "
    "Reuters.",
    "Two European diplomats said the sanctions package would be adopted next week.",
    "The shipments began in August, several Western officials said.",
    "Four Arab officials said the talks had stalled over the border crossings.",
])
def test_counted_people_of_a_bloc_have_no_source(db, scheme, sentence):
    assert _speaker(db, scheme, sentence) is None


def test_the_count_is_no_part_of_the_name(db, scheme):
    name = _speaker(db, scheme, "Two U.S. officials said the ships had docked at Olya.")
    assert name is not None and not name.startswith("Two")


# --- near misses: what must not change ---

@pytest.mark.parametrize("sentence, name", [
    ("The ships docked at Olya on Aug. 27, Foreign Ministry officials said.",
     "Foreign Ministry"),
    ("Western officials say the shipments began in August.", None),
])
def test_other_officials_unchanged(db, scheme, sentence, name):
    assert _speaker(db, scheme, sentence) == name
