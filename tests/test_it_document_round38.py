""""It says ..." right after narration whose subject is one document is that document, not
the person who spoke before it (thirty-eighth round, issue 11, bug fix on branch lt38a4;
domain/proposals/reading.py ``_document_before``).

The lead's try (a local paper, gold written before any proposal): after a parent's quote,
"A petition started by parents has gathered more than 900 signatures in a fortnight." then
"It says pupils at Thornhill, Meadow Lane and St Aidan's have been given "toddler-sized"
portions since the start of term." was proposed as the parent's ("'it says': the last named
speaker"). The petition speaks, as written, since nobody named issued it (the guidelines: a
document speaks for whoever issued it, otherwise as written).

Every sentence but the lead's is invented for this test; none is taken from the benchmark's
sets."""

from __future__ import annotations

import pytest
from support.proposals import accepted


def _last(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")[-1]


_QUOTE = ('"My son comes home starving every day and tells me the plate was half empty," said '
          'Joanne Pryce, whose eight-year-old attends Thornhill Primary.')


def test_the_lead_case(db, scheme):
    got = _last(db, scheme, [
        _QUOTE,
        "A petition started by parents has gathered more than 900 signatures in a fortnight.",
        "It says pupils at Thornhill, Meadow Lane and St Aidan's have been given "
        '"toddler-sized" portions since the start of term.',
    ])
    assert got.name == "petition"


@pytest.mark.parametrize(("narration", "said", "name"), [
    ("An inspection report published on Tuesday rated the kitchen as poor.",
     "It said staff had not been trained in food hygiene.", "inspection report"),
    ("A leaked memo circulated among senior managers in October lists 14 faults.",
     "It says the faults were known to the board.", "leaked memo"),
])
def test_it_after_a_document_told_of(db, scheme, narration, said, name):
    got = _last(db, scheme, ['"The water is brown," said resident Tom Hale.', narration, said])
    assert got.name == name


# --- near misses: what must not change ---

def test_it_after_a_person_spoke_of_a_document_stays_theirs(db, scheme):
    """The sentence before has a speaker: "it" carries on as before."""
    got = _last(db, scheme, [
        '"The water is brown," said resident Tom Hale.',
        "The Clearwater Trust said a report it commissioned found the river failed its "
        "standard on 40 days.",
        "It said the water company had released sewage 200 times.",
    ])
    assert got.name == "Clearwater Trust"


def test_it_after_narration_with_no_document(db, scheme):
    got = _last(db, scheme, [
        '"The water is brown," said resident Tom Hale.',
        "The pumping station was built in 1974.",
        "It said the results would be published next week.",
    ])
    assert got.name != "pumping station"
