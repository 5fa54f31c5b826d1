"""One unnamed person described by where they work, the place itself only described ("A
former nurse at the hospital told the paper", "One teacher at a Brightwater school, who
asked not to be named, said"), is the speaker as written, the place with it: the guidelines
propose a speaker nobody names as the article describes them. The rules before cut the
description at "at" or took the place (the hospital the article names) for the speaker.
Forty-third round, issue 11, bug fix on branch w19espk1 (one_at_place.py).

Counted on the readable sets before building: four English lines of this shape in four
sets, each proposed as the place or as the description cut at "at", each with the whole
description in the gold; no right line of the shape. Every sentence below is invented for
this test."""

from __future__ import annotations

import pytest
from support.proposals import accepted

OPENING = ("Patients at Larkfield General Hospital waited up to nine hours for a bed in "
           "January, according to figures published by the health board.")


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("A former porter at the hospital told the Courier that trolleys were lined up in the "
     "corridor every night.", "a former porter at the hospital"),
    ("One junior doctor at a Larkfield clinic, who asked not to be named, said staff had "
     "warned managers in December.", "one junior doctor at a Larkfield clinic"),
    ("A night nurse at the regional cancer unit said beds were kept free for private "
     "patients.", "a night nurse at the regional cancer unit"),
])
def test_person_at_a_described_place_is_the_speaker_as_written(db, scheme, sentence,
                                                               speaker):
    got = accepted(db, scheme, [OPENING, sentence], "en")[-1]
    assert (got.name or "").casefold() == speaker.casefold()


# --- near misses: a place with its own name, a spokesperson, a name in apposition ---

def test_person_at_a_named_place_unchanged(db, scheme):
    sentence = ("A senior nurse at Larkfield General Hospital said the corridor had been "
                "used as a ward since November.")
    got = accepted(db, scheme, [OPENING, sentence], "en")[-1]
    assert (got.name or "").casefold() != ("a senior nurse at larkfield general hospital")


def test_person_named_in_apposition_unchanged(db, scheme):
    sentence = ("A consultant at the hospital, Dr Mira Patel, said the figures were "
                "accurate.")
    got = accepted(db, scheme, [OPENING, sentence], "en")[-1]
    assert got.name == "Mira Patel"
