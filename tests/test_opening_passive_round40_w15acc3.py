"""The opening sentence that tells in the passive what was done, attributed at its end
(fortieth round, issue 11, branch w15acc3; domain/proposals/opening_passive.py, data
``accuse40_opening_passive`` in data/cues/en.json, read in dispute.py ``_opening_done_to``).

"Cabin crew at Skylark Regional were rostered beyond legal duty limits ..., their union has
said" was a plain reported claim; it is the accusation the article opens with. Read only in
the opening sentence, before anything was alleged. Not: an event's toll ("were killed"),
a passive with its agent named ("were stopped by officers"), the same shape later on.

Every sentence is invented for this test; none is taken from the benchmark's sets. The
articles are read on the real proposal path (real SQLite), each proposal saved as `enter`
saves it before the next is read."""

from __future__ import annotations

import pytest
from support.proposals import accepted

_DONE = "the opening report of what was done"


@pytest.mark.parametrize("opening", [
    "Night porters at the Grand Marine Hotel were paid for six hours of every eight-hour "
    "shift throughout the summer season, their union has said.",
    "Dozens of online reviews praising a Harrogate dental clinic were posted from "
    "computers in its own reception, according to a consumer magazine.",
])
def test_what_was_done_told_in_the_opening_sentence(db, scheme, opening):
    got = accepted(db, scheme, [opening], "en")
    assert got[0].label == "accusation", got[0].label_reason
    assert _DONE in got[0].label_reason


@pytest.mark.parametrize("opening", [
    # an event's toll
    "Four climbers were injured when a rockfall hit the path below the summit, the mountain "
    "rescue team said.",
    # the agent named right after the passive
    "Two trawlers were boarded by coastguard officers off the Shetland coast overnight, "
    "the agency said.",
])
def test_an_events_toll_or_a_named_agent_is_not_read_so(db, scheme, opening):
    got = accepted(db, scheme, [opening], "en")
    assert _DONE not in got[0].label_reason, got[0].label_reason


def test_only_in_the_opening_sentence(db, scheme):
    got = accepted(db, scheme, [
        "A new cruise terminal opened in Southampton on Monday.",
        "The port said it could handle two ships at once.",
        "Passengers on the first sailing were given vouchers for the spa, the operator "
        "said.",
    ], "en")
    assert _DONE not in got[2].label_reason, got[2].label_reason
