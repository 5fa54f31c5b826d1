""""accepted that" is a speech verb: the one who accepts a point speaks (thirty-sixth round,
issue 11, bug fix on branch t36c2; data ``speech`` and ``speaker_speech`` in
data/cues/en.json).

The try article: an employment tribunal hears a bakery chain's former manager's unfair
dismissal claim; the chain's operations director, Gareth Pugh, says she was sacked over
missing cash, then "Under cross-examination, he accepted that no police report had been made
about the missing money." That was proposed as narration with no speaker ("no speech verb"),
though a court report's "accepted that" is what a witness says under questioning, the way
"conceded that" and "admitted that" were already read. Only "accepted that"/"accepts that":
accepting a thing ("accepted the tribunal's decision", "accepted the recommendations") is
not speech and stays as it was.

Every sentence but the try article's is invented for this test; none is taken from the
benchmark's sets."""

from __future__ import annotations

import pytest
from support.proposals import accepted

_ARTICLE = [
    "A former manager at a bakery chain was dismissed after she complained about broken "
    "fridges and falsified temperature logs, an employment tribunal has heard.",
    "Crumb & Co, which has 31 shops across Greater Manchester and Cheshire, denies the claim.",
    "Its operations director, Gareth Pugh, told the tribunal Ms Kirwin was dismissed for gross "
    "misconduct after £2,300 went missing from the branch's safe over a four-week period.",
    "Under cross-examination, he accepted that no police report had been made about the "
    "missing money.",
]


# --- the try article's case ---

def test_the_director_who_accepted_a_point_speaks(db, scheme):
    got = accepted(db, scheme, _ARTICLE, "en")[3]
    assert got.name == "Gareth Pugh", got.reason
    assert got.label == "claim", got.label_reason


# --- the class, on sentences of our own ---

@pytest.mark.parametrize(("sentence", "name"), [
    ("Mr Pugh accepted that no police report had been made about the missing money.",
     "Pugh"),
    ("Dr Anita Rao accepts that the scan was not reviewed for nine days.", "Anita Rao"),
    ("Giving evidence, site manager Derek Ashby accepted that the rail had been missing "
     "for three weeks.", "Derek Ashby"),
])
def test_who_accepted_that_speaks(db, scheme, sentence, name):
    got = accepted(db, scheme, [sentence], "en")[0]
    assert got.name == name, got.reason


# --- near misses that must not change ---

@pytest.mark.parametrize(("sentence", "label", "name"), [
    ("Crumb & Co said it accepted the tribunal's decision.", "context", "Crumb & Co"),
    ("The council accepted the recommendations in full.", "context", None),
])
def test_accepting_a_thing_is_not_speech(db, scheme, sentence, label, name):
    got = accepted(db, scheme, [sentence], "en")[0]
    assert (got.label, got.name) == (label, name), (got.label_reason, got.reason)
