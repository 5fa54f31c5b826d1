"""The opening report of a body's act, attributed at its end (fortieth round, issue 11,
branch w15acc1; domain/proposals/opening_complaint.py ``opening_report``, data
``accuse40_opening_report`` in data/cues/en.json, read in dispute.py ``_opening_reported``).

A news article about a dispute often opens with the wrong a body did and names who alleges
it last: "A care home ... left residents ..., according to a report by the regulator", "A
publisher bought thousands of copies of its own novel ..., according to booksellers". With
no word of a wrong in the clause the rules read it as a plain reported claim; it is the
accusation the article opens with. Read only in the opening sentence, before anything was
alleged, with a body opening the clause and an act done as its verb. Not: a thing or a
figure opening the clause, the body's own report of its act, the same shape later on.

Every sentence is invented for this test; none is taken from the benchmark's sets. The
articles are read on the real proposal path (real SQLite), each proposal saved as `enter`
saves it before the next is read."""

from __future__ import annotations

import pytest
from support.proposals import accepted

_REPORT = "the opening report of what a body did"


def test_a_body_in_a_place_and_according_to_a_report(db, scheme):
    got = accepted(db, scheme, [
        "A nursing home in east Bristol moved eleven residents with dementia into a "
        "converted garage annexe over the winter, according to a report by the county's "
        "adult care inspectors.",
        "The home's owner said staffing had since improved.",
    ], "en")
    assert got[0].label == "accusation", got[0].label_reason
    assert _REPORT in got[0].label_reason


def test_a_named_body_and_a_closing_said(db, scheme):
    got = accepted(db, scheme, [
        "The ticketing app SeatSwift sent the card details of 40,000 fans to a marketing "
        "firm in Cyprus, a consumer group said on Thursday.",
    ], "en")
    assert got[0].label == "accusation", got[0].label_reason
    assert _REPORT in got[0].label_reason


@pytest.mark.parametrize("lede", [
    # a figure opens the clause, no body acting
    "The number of nesting terns on the Farne Islands has risen by a fifth since 2022, "
    "according to a count published by the National Trust.",
    # the body's own act, told by itself
    "Police in Cumbria arrested 18 people during a week of road checks, Cumbria Police "
    "said.",
])
def test_a_figure_or_the_bodys_own_report_is_not_read_so(db, scheme, lede):
    got = accepted(db, scheme, [lede], "en")
    assert _REPORT not in got[0].label_reason, got[0].label_reason


def test_only_in_the_opening_sentence(db, scheme):
    got = accepted(db, scheme, [
        "A new ferry timetable for the islands comes into force on Monday.",
        "The operator said sailings would leave every ninety minutes.",
        "A ferry company in west Cornwall sold 3,000 more tickets than seats last summer, "
        "according to figures seen by the Packet.",
    ], "en")
    assert _REPORT not in got[2].label_reason, got[2].label_reason
