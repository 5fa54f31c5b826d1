"""One unnamed person described only by what they know of the matter ("a person familiar
with the talks said", "..., a source close to the club said") is the source as written,
whole (the guidelines: a description that singles out one person is the source as
written). The reading took "familiar" or "close" for the description's head, found no
speaker noun and proposed no source (forty-third round, issue 11, bug fix on branch
w20miss1; reading._knowing_one, data ``speaker43_knowing_one`` in data/cues/en.json).

Counted on the readable sets before building: one gold line of the shape with no source
proposed; the plural ("two people familiar with the matter", "Two diplomats familiar with
the report") keeps no source. Every sentence below is invented for this test."""

from __future__ import annotations

import pytest
from support.proposals import accepted


@pytest.mark.parametrize("sentence, written", [
    ("Talks on the hostages' release could start as soon as Friday, a person familiar "
     "with the negotiations said.", "a person familiar with the negotiations"),
    ("A source close to the club said the manager had been offered a new contract.",
     "a source close to the club"),
    ("An official with knowledge of the deal said the price had been cut by a third.",
     "an official with knowledge of the deal"),
])
def test_one_knowing_person_is_the_source_as_written(db, scheme, sentence, written):
    got = accepted(db, scheme, ["Harbour Freight bought two tankers last year.", sentence],
                   "en")[-1]
    assert got.name == written, got.reason


# --- near misses: several people, or one the sentence names, keep their reading ---

def test_plural_knowing_people_stay_no_source(db, scheme):
    got = accepted(db, scheme, ["Harbour Freight bought two tankers last year.",
                                "Two people familiar with the talks said the price had "
                                "been cut by a third."], "en")[-1]
    assert got.name is None, got.reason


def test_knowing_person_named_beside_is_that_person(db, scheme):
    got = accepted(db, scheme, ["Harbour Freight bought two tankers last year.",
                                "A source close to the club, Tom Hale, said the manager "
                                "would stay."], "en")[-1]
    assert got.name == "Tom Hale", got.reason
