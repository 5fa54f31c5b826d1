"""A future a speaker reports with its time set in its own clause (an hour, a frequency, a
month, a season or a year) is a schedule: context, what happens next (fortieth round,
issue 11, bug fix on branch w15ctx; time_set.py, data ``context40_time_set`` in
data/cues/en.json).

Counted on the readable sets before building: "said Coventry Road would be closed between
6am and 1pm", "said trams would run every 10 minutes", "said the upgrade would be finished
in 2028" were proposed as claims, though a future with "next week" or "on Monday" already
was a schedule. Every sentence below is invented for this test."""

from __future__ import annotations

import pytest
from support.proposals import accepted


def _only(db, scheme, sentence):
    return accepted(db, scheme, [sentence], "en")[0]


@pytest.mark.parametrize("sentence", [
    "The ferry operator said sailings would leave Oban at 7am and 4pm on weekdays.",
    "The leisure trust said the pool would be open between 6.30am and 9pm.",
    "The county council said the long-delayed footbridge over the River Wensum would be "
    "finished by September.",
    "The rail company said shuttle trains would run every 20 minutes on Sundays.",
    "The club said the new stand would be ready in 2027.",
])
def test_future_with_its_time_set_is_a_schedule(db, scheme, sentence):
    assert _only(db, scheme, sentence).label == "context"


# --- near misses: what must not change ---

@pytest.mark.parametrize("sentence", [
    "The operator said the ferry had left Oban at 7am on Monday.",  # past, no future
    "Ms Hart, who joined the firm in 2019, said the merger would raise prices.",  # date before
    "The analyst said house prices would rise by 5% in 2027.",  # a quantity forecast
    "The charity said demand would keep rising, a volunteer who started in May added.",
])
def test_other_futures_and_dates_unchanged(db, scheme, sentence):
    assert _only(db, scheme, sentence).label == "claim"
