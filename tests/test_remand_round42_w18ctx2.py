"""A court's remand told in narration with a count of people and a date ("Judge ... remanded
the three men in custody to appear again on December 9") is procedure (context by the
guidelines: "procedure (a hearing set for Monday)"), not the disputed event counted on a
day the story dates (counted.py's claim). "remanded" is now a detention word, as "detained"
and "arrested" are, which counted.counted_event leaves to the procedure readings
(forty-second round, issue 11, bug fix on branch w18ctx2; data ``scene_detentions`` in
data/cues/en.json).

Counted on the readable sets before building: one gold context line read as a counted
event on that word, no right line with it. Every sentence below is invented for this test."""

from __future__ import annotations

import pytest
from support.proposals import accepted

CHARGED = {
    "skimmers": [
        "Three men have been charged with fraud after card skimmers were found on cash "
        "machines at two petrol stations in Leeds.",
        "The men appeared before Leeds Magistrates' Court on Monday charged with possession "
        "of articles for use in fraud."],
    "cable": [
        "Four men have been charged with stealing copper cable from a railway depot in "
        "Crewe after police found 300 metres of it in a van.",
        "The men appeared before Crewe Magistrates' Court on Friday charged with theft."],
}


@pytest.mark.parametrize("story, remand", [
    ("skimmers", "Magistrate Ruth Okello remanded the three men in custody to appear again "
                 "on March 14."),
    ("cable", "District Judge Alan Pryce remanded the four men in custody to appear at "
              "Chester Crown Court on 3 February."),
])
def test_remand_with_a_count_and_a_date_is_procedure(db, scheme, story, remand):
    got = accepted(db, scheme, CHARGED[story] + [remand], "en")
    assert got[-1].label == "context"


# --- near miss: the wrong's evidence counted on a day stays a claim ---

def test_evidence_counted_on_a_day_unchanged(db, scheme):
    got = accepted(db, scheme, CHARGED["skimmers"] + [
        "Officers recovered 46 cloned bank cards from the men's car on Sunday."], "en")
    assert got[-1].label == "claim"
