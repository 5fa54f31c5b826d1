"""A speech word that says nothing in its sentence is no reported speech: a participle that
names a thing ("The app, called Ajo, lets ..."), a summons ("called both sides to a
mediation meeting"), a passive without "-ed" ("are forecast to drop"), a noun after a verb's
"-ing" form ("assessing claims"), "adds" with a number in words ("adds three stops")
(fortieth round, issue 11, bug fix on branch w15ctx3; not_said.used_otherwise, data
``context40_not_speech`` in data/cues/en.json).

Counted on the readable sets before building: five gold context lines were proposed as
claims on those words, none of the same shape a claim. Every sentence below is invented for
this test."""

from __future__ import annotations

import pytest
from support.proposals import accepted


def _only(db, scheme, sentence):
    return accepted(db, scheme, [sentence], "en")[0]


@pytest.mark.parametrize("sentence", [
    "The service, called Linkup, connects farmers with buyers in the city.",
    "The mayor has called the two unions to talks at the town hall.",
    "Snow is forecast to reach the valley floor by Thursday.",
    "The insurer has started processing claims from the flooded streets.",
    "The new timetable adds four buses an hour on the coastal route.",
])
def test_speech_word_used_otherwise_is_no_speech(db, scheme, sentence):
    got = _only(db, scheme, sentence)
    assert got.label == "context"
    assert got.name is None


# --- near misses: what must not change ---

@pytest.mark.parametrize("sentence", [
    "The minister called Harris a capable official who had made errors.",
    "She added three more families had come forward since the report.",
    "Forecasters said temperatures would fall below freezing overnight.",
])
def test_speech_words_that_report_speech_unchanged(db, scheme, sentence):
    assert _only(db, scheme, sentence).label == "claim"
