"""The opening sentence that tells a party's act first and its accusing source after it
(forty-second round, issue 11, branch w18acc1; domain/proposals/opening_report.py, data
``accuse42_opening_report`` in data/cues/en.json, read in dispute.py ``_opening``).

"A care home ... left up to 38 residents ... in the care of a single staff member on some
nights, according to a report by the Care Quality Commission" and "Cabin crew ... were
rostered beyond legal duty limits ..., their union has said" were plain reported claims:
no word of a wrong stands in them. The article opens its dispute with them: the source's
accusation. Not: a statistic the source counted, the same shape in a story with no dispute,
a ministry telling its own news.

Every sentence is invented for this test; none is taken from the benchmark's sets. The
articles are read on the real proposal path (real SQLite), each proposal saved as `enter`
saves it before the next is read."""

from __future__ import annotations

import pytest
from support.proposals import accepted

_OPENING = "the opening tells a party's act, its accusing source after it"

_REPLY = [
    "Valley Coaches, which runs the routes, denied the allegations.",
    "A company spokesperson said every driver had taken the breaks the law requires.",
]


@pytest.mark.parametrize("opening", [
    "A bus operator in south Wales sent drivers out on routes after shifts of more than "
    "15 hours, according to a report by the Traffic Commissioner.",
    "Passengers on dozens of night services in Cardiff were carried by drivers who had "
    "not slept for a day, a former transport manager has claimed.",
])
def test_the_opening_act_with_its_source_after_it(db, scheme, opening):
    got = accepted(db, scheme, [opening, *_REPLY], "en")
    assert got[0].label == "accusation", got[0].label_reason
    assert _OPENING in got[0].label_reason


@pytest.mark.parametrize("sentences", [
    # a statistic the source counted: its evidence
    ["Complaints about late buses in south Wales rose by 40% last year, according to a "
     "report by the Traffic Commissioner.", *_REPLY],
    # the same shape in a story with no dispute
    ["A bakery chain opened 40 new shops in Scotland last year, according to a report by "
     "retail analysts.",
     "The chain now employs about 2,000 people north of the border.",
     "It plans to open another 15 shops next year."],
    # a ministry telling its own news
    ["Parliament approved a loan on Friday which will fund the new reservoir, the finance "
     "ministry said.", *_REPLY],
])
def test_a_figure_a_story_with_no_dispute_or_own_news_is_not_read_so(db, scheme, sentences):
    got = accepted(db, scheme, sentences, "en")
    assert _OPENING not in got[0].label_reason, got[0].label_reason
