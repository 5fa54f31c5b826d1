"""The complainants' opening allegation whose subject is a body's staff named by their work:
"Wheelchair users in Stockport say drivers for Pennine Link buses have repeatedly refused to
let them board" tells what the bus company's drivers did, an accusation against it, as
"Tenants say Harwick council left them ..." is (thirty-fifth round, issue 11, bug fix on
branch i11staff35; domain/proposals/opening_complaint.py ``_staff_of``, data
``accuse31_opening_complaint`` ``staff``, ``staff_links``, ``staff_trades``).

The lead's article (a blind try, gold written before the first run): its opening sentence was
proposed a claim, so no dispute was read and the operator's reply, "Pennine Link said all of
its buses were fitted with working ramps ...", was a claim too.

Every sentence but the lead's two is invented for this test; none is taken from the
benchmark's sets."""

from __future__ import annotations

import pytest
from support.proposals import accepted

_LEDE = ("Wheelchair users in Stockport say drivers for Pennine Link buses have repeatedly "
         "refused to let them board, claiming the ramp is broken.")
_REPLY = ("Pennine Link said all of its buses were fitted with working ramps and were checked "
          "every morning before leaving the depot.")


@pytest.mark.parametrize("sentence", [
    _LEDE,
    "Market traders in Hexham say wardens for Tynedale council have repeatedly moved their "
    "stalls to the car park.",
    "Families in Leith say staff at the Marchmont hospital left patients on trolleys for hours.",
    "Tenants say bailiffs from Crowther Recovery removed furniture they had already paid for.",
    "Commuters say drivers for Northway trains have skipped stations to make up time.",
])
def test_a_body_s_staff_in_the_opening_allegation(db, scheme, sentence):
    got = accepted(db, scheme, [sentence], "en")[0]
    assert got.label == "accusation", got.label_reason
    assert "opening allegation" in got.label_reason, got.label_reason


def test_the_accused_operator_s_reply_is_its_denial(db, scheme):
    article = [
        _LEDE,
        "The Stockport Access Forum, which represents disabled residents, said it had logged "
        "37 such incidents since August, most of them on the 192 route.",
        "\"I was left at the stop three times in one week,\" said forum member Carl Ashworth, "
        "54, who uses a powered wheelchair.",
        "The forum has written to the Traffic Commissioner asking for an investigation.",
        _REPLY,
    ]
    got = accepted(db, scheme, article, "en")
    assert got[-1].label == "denial", got[-1].label_reason
    assert got[-1].name == "Pennine Link"


@pytest.mark.parametrize("sentence", [
    # the staff's own thing, a plan, a present, or the staff of no body named
    "Wheelchair users say drivers for Pennine Link's rival have been helpful.",
    "Residents say workers at the Harwick depot will start repairs next week.",
    "Passengers say drivers for Pennine Link buses are friendly and patient.",
    "Passengers say drivers in the city have repeatedly refused to stop.",
    "Fans say stewards at the ground were praised by visiting supporters.",
])
def test_not_read_as_the_opening_allegation(db, scheme, sentence):
    got = accepted(db, scheme, [sentence], "en")[0]
    assert "opening allegation" not in got.label_reason, got.label_reason
