"""A lawsuit told in narration by what it seeks or whom it names (forty-third round, issue
11, branch w19eacc2; domain/proposals/filing_sought.py, data ``accuse43_filing_sought`` in
data/cues/en.json, read in reading.py beside the other filings).

"The lawsuit, filed Friday at the district court, seeks 18 billion rupiah in damages" has no
speech verb and no cue of a wrong: narration made it a claim (or its date and sum context),
where the guidelines make a lawsuit filed an accusation by whoever filed it. Not: a filing's
evidence ("cites"), what it says (filing_content's, left as it was), a ruling on it ("was
dismissed"), a hearing's date.

Every sentence is invented for this test; none is taken from the benchmark's sets. The
articles are read on the real proposal path (real SQLite), each proposal saved as `enter`
saves it before the next is read."""

from __future__ import annotations

import pytest
from support.proposals import accepted

_FILED = "a complaint or lawsuit filed"

_BEFORE = [
    "Families of eleven passengers who drowned when a river boat capsized near Jambi last "
    "year have taken the operator to court.",
    "They say the boat carried twice the passengers its licence allowed.",
]


@pytest.mark.parametrize("sentence", [
    "The lawsuit, filed Wednesday at the Jambi District Court, seeks 9 billion rupiah in "
    "compensation.",
    "The suit, lodged in March with the High Court, names the operator, its two owners and "
    "the harbour master as defendants.",
])
def test_a_filing_told_by_what_it_seeks_or_names(db, scheme, sentence):
    got = accepted(db, scheme, [*_BEFORE, sentence], "en")
    assert got[-1].label == "accusation", got[-1].label_reason
    assert _FILED in got[-1].label_reason


@pytest.mark.parametrize("sentence", [
    # a ruling on the filing
    "The lawsuit, filed in 2023, was dismissed by the district court in June.",
    # the filing's evidence
    "The lawsuit cites the boat's own passenger manifest, which lists 64 names.",
    # a hearing's date
    "The case returns to court on March 3.",
])
def test_a_ruling_evidence_or_date_is_not_read_so(db, scheme, sentence):
    got = accepted(db, scheme, [*_BEFORE, sentence], "en")
    assert _FILED not in got[-1].label_reason, got[-1].label_reason
