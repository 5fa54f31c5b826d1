"""A record as the subject of the article's own sentence, then its verb of listing,
identifying or putting a figure, is narration giving evidence: a claim (fortieth round,
issue 11, bug fix on branch w15ctx2; recorded.py, data ``context12_recorded`` and
``claim40_record_month`` in data/cues/en.json).

Counted on the readable sets before building, four ways the reading missed: the verb right
after the record's noun was taken for a noun compound ("Shipping manifests list 212
containers", read like "data records"); a catalogue, an inventory or a valuation was no
record; "sets a target" was no verb of a record; the month "May" in "published in May" was
read as the modal "may", which ended the subject. Every sentence below is invented for this
test."""

from __future__ import annotations

import pytest
from support.proposals import accepted


def _only(db, scheme, sentence):
    return accepted(db, scheme, [sentence], "en")[0]


@pytest.mark.parametrize("sentence", [
    "Customs manifests list 318 crates of timber shipped from the port to the firm's depot "
    "in 2025.",
    "The museum's inventory still lists the statue as on loan from a private collector.",
    "A valuation prepared for the trustees put the farm and its cottages at £1.4m.",
    "The audit, completed in May, identified 62 payments made without a signed invoice.",
    "An internal spreadsheet from June 2025 sets a target of 40 calls an hour for every agent.",
])
def test_record_that_lists_or_puts_a_figure_is_a_claim(db, scheme, sentence):
    assert _only(db, scheme, sentence).label == "claim"


# --- near misses: what must not change ---

@pytest.mark.parametrize("sentence", [
    "The festival's licence sets a limit of 70 decibels after 11pm.",  # a rule, no record
    "The data records held by the council were destroyed in the fire.",  # a noun compound
    "The report may list further sites once the survey is complete.",  # the modal "may"
])
def test_other_narration_unchanged(db, scheme, sentence):
    assert _only(db, scheme, sentence).label == "context"
