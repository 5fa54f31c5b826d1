"""A former insider's account given to the press (fortieth round, issue 11, branch
w15acc6; domain/proposals/insider_press.py, data ``accuse40_insider_press`` in
data/cues/en.json, read in dispute.py ``_insider_press``).

"A former quality inspector at Inverclyde Marine has told the Herald that welds ... were
certified as tested when no ultrasonic checks had been carried out" was a plain reported
claim; the whistleblower's account to a newspaper is the article's allegation. Not: a
former member telling a court (evidence), someone who never belonged telling the press.

Every sentence is invented for this test; none is taken from the benchmark's sets. The
articles are read on the real proposal path (real SQLite), each proposal saved as `enter`
saves it before the next is read."""

from __future__ import annotations

import pytest
from support.proposals import accepted

_INSIDER = "a former insider's account to the press"


@pytest.mark.parametrize("sentence", [
    "A former site engineer at Carrick Homes has told the Echo that fire barriers in two "
    "tower blocks were signed off before they were fitted.",
    "Three former care assistants told the Northern Standard they had worked 14-hour "
    "night shifts alone on a ward of 30 residents.",
])
def test_a_former_insider_tells_a_newspaper(db, scheme, sentence):
    got = accepted(db, scheme, [sentence], "en")
    assert got[0].label == "accusation", got[0].label_reason
    assert _INSIDER in got[0].label_reason


@pytest.mark.parametrize("sentence", [
    # a former member before a court: evidence
    "A former site engineer at Carrick Homes told the court he had checked the barriers "
    "himself in 2021.",
    # no former member
    "Three care assistants told the Northern Standard they had worked at the home for "
    "more than ten years.",
])
def test_a_court_or_no_former_member_is_not_read_so(db, scheme, sentence):
    got = accepted(db, scheme, [sentence], "en")
    assert _INSIDER not in got[0].label_reason, got[0].label_reason
