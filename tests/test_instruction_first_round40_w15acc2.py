"""An instruction given at work, reported before anything was alleged (fortieth round,
issue 11, branch w15acc2; dispute.py ``_ordered``, instructed.py and
reported_instruction.py).

instructed.py reads an instruction a speaker reports others were given ("said managers
told staff to fill in records for care not given") as the wrong the accused side ordered,
an accusation, but only after an allegation. When the article opens with it, or its lede
was read as a plain claim, the same sentence stayed the speaker's appeal, context: "The
Flight Attendants' Association said crew were pressed to sign 'discretion' forms",
"Graham Lennox ... said supervisors asked him to copy test results". Before any
allegation it is now read so only when the instruction is given at work (to or by people
named by their work, or told by a former member: reported_instruction.py's guard), so
that "residents were told to stay indoors" stays ordinary news.

Every sentence is invented for this test; none is taken from the benchmark's sets. The
articles are read on the real proposal path (real SQLite), each proposal saved as `enter`
saves it before the next is read."""

from __future__ import annotations

import pytest
from support.proposals import accepted

_ORDERED = "an instruction others were given"


@pytest.mark.parametrize("opening", [
    "The warehouse workers' union said pickers were pressed to skip their afternoon break "
    "during the December peak.",
    "A former site manager at Holbeck Homes said directors asked him to sign off "
    "the fire doors on a block of flats in Leeds.",
])
def test_an_instruction_at_work_before_any_allegation(db, scheme, opening):
    got = accepted(db, scheme, [opening], "en")
    assert got[0].label == "accusation", got[0].label_reason
    assert _ORDERED in got[0].label_reason


@pytest.mark.parametrize("opening", [
    # not given at work: ordinary news
    "The fire service said residents were told to keep their windows closed overnight.",
    # the speaker's own request
    "Councillor Ruth Ames said she had asked officers to check the noise readings.",
])
def test_ordinary_news_and_the_speakers_own_request_stay_context(db, scheme, opening):
    got = accepted(db, scheme, [opening], "en")
    assert _ORDERED not in got[0].label_reason, got[0].label_reason
    assert got[0].label != "accusation", got[0].label_reason
