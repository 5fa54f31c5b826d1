"""An adverb of time between a subject and its verb ("has always denied", "has long denied",
"has since denied", "still denies") leaves the subject the speaker (thirty-seventh round,
issue 11, bug fix on branch lt37a3; data ``between_subject_and_verb`` in data/cues/en.json).

Found while probing the tries' leftovers ("Lowrie has always maintained his innocence" had the
label but no speaker): "Mr Doyle has always denied the allegations." was a denial with no
speaker, and so was "He has always denied ...", though "has consistently denied" (an adverb
in -ly) already kept its subject.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

import pytest
from support.proposals import accepted

_LEDE = "Mark Doyle, a builder from Northgate, was accused of overcharging customers."


def _last(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")[-1]


@pytest.mark.parametrize("sentence", [
    "Mr Doyle has always denied the allegations.",
    "He has always denied the allegations.",
    "Mr Doyle has long denied any wrongdoing.",
    "Mr Doyle has since denied the claims.",
    "Mark Doyle has already rejected the claims.",
    "Mr Doyle, who has always denied wrongdoing, is due in court next month.",
])
def test_an_adverb_of_time_keeps_the_subject(db, scheme, sentence):
    got = _last(db, scheme, [_LEDE, sentence])
    assert got.label == "denial"
    assert got.name == "Mark Doyle"


# --- near misses: as before ---

def test_a_plain_denial_keeps_its_subject(db, scheme):
    got = _last(db, scheme, [_LEDE, "Mr Doyle has denied the allegations."])
    assert (got.label, got.name) == ("denial", "Mark Doyle")


def test_narration_still_has_no_speaker(db, scheme):
    got = _last(db, scheme, [_LEDE, "The case has long been delayed."])
    assert got.name is None
