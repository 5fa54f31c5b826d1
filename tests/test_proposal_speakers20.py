"""Who speaks, twentieth round (issue 11, speakers). Every sentence is invented for this
test; none is taken from the benchmark's sets."""

from __future__ import annotations

import pytest
from support.proposals import accepted

from annotator.domain.proposals.lexicon import lexicon
from annotator.domain.proposals.reading import described_in


def speakers(db, scheme, sentences, language="en"):
    return [p.name for p in accepted(db, scheme, sentences, language)]


# --- a place inside a description is not the one described ---------------------------------

@pytest.mark.parametrize(
    ("text", "noun", "name"),
    [
        ("A former nurse at a Swansea care home says managers lied.", "nurse", "Swansea"),
        ("A cleaner at a Leeds hospital said the wards were dirty.", "cleaner", "Leeds"),
        ("Residents accused a district council in Cumbria of hiding the report.", "council",
         "Cumbria"),
        ("A teacher from Dundee said the exam papers had leaked.", "teacher", "Dundee"),
    ],
)
def test_a_place_after_a_preposition_is_not_the_noun_before_it(text, noun, name):
    assert (noun, name) not in described_in(text, lexicon("en"))


@pytest.mark.parametrize(
    ("text", "noun", "name"),
    [
        # no preposition between: the noun introduces the name
        ("The ferry operator Seaford Lines said sailings would resume.", "operator",
         "Seaford Lines"),
        ("Residents said police officer Dan Moss hit them.", "officer", "Dan Moss"),
    ],
)
def test_a_noun_right_before_a_name_still_describes_it(text, noun, name):
    assert (noun, name) in described_in(text, lexicon("en"))


def test_the_nurse_at_a_place_is_never_the_place(db, scheme):
    got = speakers(db, scheme, [
        "A former nurse at a Swansea care home says managers told staff to fake night "
        "checks.",
        "Cliffview Homes, which runs the home, said the claims were untrue.",
    ])
    assert got[0] != "Swansea"
    assert got[1] == "Cliffview Homes"
