"""A rank word opening an English body's name is part of the name (forty-first round,
issue 11, branch w17ttl2; speakers_proposed.without_rank).

without_rank takes a police or military rank off a person's name ("AKP Rizal Mahmud").
"General" is a rank, so a regulator named once in full ("The General Pharmaceutical
Council said") and then as "the council" or as "a regulator" described before its name was
proposed as "Pharmaceutical Council", a name the article never writes. A rank word before
a body's name (a council, an office, a company: kinds.py) now stays; before a person's
name it still goes.

Every sentence is invented for this test; none is taken from the benchmark's sets. The
articles are read on the real proposal path (real SQLite), each new source registered as
`enter` registers it before the next sentence is read."""

from __future__ import annotations

import pytest
from support.proposals import registered


@pytest.mark.parametrize(("sentences", "body"), [
    (["The General Optical Council said the chain had failed to check prescriptions.",
      "The council said it would publish its findings."], "General Optical Council"),
    (["An online shop sold fake pills to hundreds of customers, a regulator has found.",
      "The General Pharmaceutical Council said the shop approved 900 orders without checks."],
     "General Pharmaceutical Council"),
])
def test_a_rank_word_opening_a_body_stays(db, scheme, sentences, body):
    got = registered(db, scheme, sentences, "en")
    assert [g.name for g in got] == [body] * len(sentences), [g.reason for g in got]


def test_a_rank_before_a_person_still_goes(db, scheme):
    got = registered(db, scheme, [
        "General Mark Holloway said the troops would leave the base by March."], "en")
    assert got[0].name == "Mark Holloway", got[0].reason
