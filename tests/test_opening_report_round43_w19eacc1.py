"""The opening sentence that tells a party's act first and its accusing source after it
(forty-third round, issue 11, branch w19eacc1; domain/proposals/opening_report.py, data
``accuse42_opening_report`` in data/cues/en.json, read in dispute.py ``_opening``).

"A care home ... left up to 38 residents ... in the care of a single staff member on some
nights, according to a report by the Care Quality Commission" was a plain reported claim: no
word of a wrong stands in it, so no party was held accused and the article's dispute began
later. The article opens its dispute with it: the source's accusation. Not: a statistic the
source counted, the same shape in a story with no dispute, a ministry telling its own news,
and a hazard told with a modal ("... can snap at the handlebar stem, a safety charity has
said": the near miss that reverted the forty-second round's w18acc1, which read "sold" as the
act).

Every sentence is invented for this test; none is taken from the benchmark's sets. The
articles are read on the real proposal path (real SQLite), each proposal saved as `enter`
saves it before the next is read."""

from __future__ import annotations

import pytest
from support.proposals import accepted

_OPENING = "the opening tells a party's act, its accusing source after it"

_REPLY = [
    "Harbourside Foods, which owns the plant, denied the allegations.",
    "A company spokesperson said every worker had been given the protective equipment the "
    "law requires.",
]


@pytest.mark.parametrize("opening", [
    "A meat packing plant in Lincolnshire kept workers on the cutting line for 14 hours "
    "without a break, according to an investigation by the Food Workers Union.",
    "Staff at a seafood factory in Grimsby were made to work through the night without "
    "extra pay during the summer, a former supervisor has claimed.",
])
def test_the_opening_act_with_its_source_after_it(db, scheme, opening):
    got = accepted(db, scheme, [opening, *_REPLY], "en")
    assert got[0].label == "accusation", got[0].label_reason
    assert _OPENING in got[0].label_reason


@pytest.mark.parametrize("sentences", [
    # a hazard: what may happen, told with a modal; "fitted" describes the heater
    ["A patio heater fitted in hundreds of pub gardens can tip over in strong wind, a "
     "consumer charity has said.", *_REPLY],
    # a statistic the source counted: its evidence
    ["Injuries at meat packing plants in Lincolnshire rose by 30% last year, according to a "
     "report by the Food Workers Union.", *_REPLY],
    # the same shape in a story with no dispute
    ["A coffee chain opened 25 new cafes in Wales last year, according to a report by "
     "retail analysts.",
     "The chain now employs about 900 people in Wales.",
     "It plans to open another ten cafes next year."],
])
def test_a_modal_a_figure_or_a_story_with_no_dispute_is_not_read_so(db, scheme, sentences):
    got = accepted(db, scheme, sentences, "en")
    assert _OPENING not in got[0].label_reason, got[0].label_reason
