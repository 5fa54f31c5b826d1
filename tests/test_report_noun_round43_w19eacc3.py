"""A report named as a noun is no party reported to a body (forty-third round, issue 11,
branch w19eacc3; domain/proposals/filings.py ``report_as_noun``, data ``noun_report_*`` of
``filed10_filing`` in data/cues/en.json).

"report" is one of the filing verbs that file only with a body that handles complaints after
"to" ("reported the firm to the police"). As a noun with a determiner before it ("said in a
report that ...", "the panel's report is due to be presented to the ... committee") it names
a document, and the body after a later "to" was read as the body it was filed with: a
complaint lodged, an accusation. Not: the verb with its object ("report the landlord to the
council", "reported the nursery to Ofsted") and a document the speaker sent to the body ("the
report she handed to the regulator"), which file as before.

Every sentence is invented for this test; none is taken from the benchmark's sets. The
articles are read on the real proposal path (real SQLite), each proposal saved as `enter`
saves it before the next is read."""

from __future__ import annotations

import pytest
from support.proposals import accepted

_FILED = "a complaint or lawsuit filed"

_BEFORE = [
    "A children's charity has accused a chain of nurseries of leaving toddlers unsupervised "
    "at lunchtime.",
]


@pytest.mark.parametrize("sentence", [
    "The charity said in a report that staff rotas obtained through requests to the "
    "regulator showed gaps of up to an hour.",
    "The inspectors' report is expected to be presented to the county council next month.",
])
def test_a_report_named_as_a_noun_files_nothing(db, scheme, sentence):
    got = accepted(db, scheme, [*_BEFORE, sentence], "en")
    assert _FILED not in got[-1].label_reason, got[-1].label_reason


@pytest.mark.parametrize("sentence", [
    "Parents report the nursery to the council almost every month, the charity said.",
    "Two families reported the nursery to Ofsted in March.",
    "A mother said the report she handed to the regulator in June listed 40 missed checks.",
])
def test_the_verb_with_its_object_still_files(db, scheme, sentence):
    got = accepted(db, scheme, [*_BEFORE, sentence], "en")
    assert got[-1].label == "accusation", got[-1].label_reason
