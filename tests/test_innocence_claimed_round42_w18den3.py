"""The accused side saying the inquiry will clear its name, that it will be vindicated, that
the evidence proves nothing or that the timing is coincidental denies the allegation, as
"was innocent" does (forty-second round, issue 11, bug fix on branch w18den3; denial cues
in data/cues/en.json). Before, such a reply was a claim wherever the dispute reading did not
tie its speaker to the party the article talked of. "No coincidence", said by the accusing
side, is read as before.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

import pytest
from support.proposals import accepted_afresh

QUARRY = ["Shredded cable has been found dumped in a disused quarry near Ardley, a county council "
          "report says.",
          "The report names a lorry seen at the quarry gate in June."]


def _last(db, scheme, sentences):
    """The proposal on an article's last sentence, the database emptied after it."""
    return accepted_afresh(db, scheme, sentences, "en")[-1]


@pytest.mark.parametrize("said", [
    '"We are a family firm that has recycled metal here for 40 years, and the council\'s '
    'inquiry will clear our name," said Ana Ruiz, who runs Ardley Metals.',
    "Ardley's director, Ana Ruiz, said the company would be vindicated once the quarry "
    "samples were tested.",
    '"A photograph of a lorry at a gate proves nothing," the company\'s lawyer, Tom Heald, '
    'said.',
    '"The timing of these complaints is coincidental," said Ana Ruiz, who runs Ardley Metals.',
])
def test_innocence_claimed_is_a_denial(db, scheme, said):
    got = _last(db, scheme, QUARRY + [said])
    assert got.label == "denial", got.label_reason


def test_near_miss_no_coincidence_from_the_accusers(db, scheme):
    got = _last(db, scheme, [
        "Former staff have accused a recycling firm, Ardley Metals, of dumping shredded cable "
        "in a disused quarry.",
        "The former staff said the dumping was no coincidence."])
    assert got.label != "denial", got.label_reason
