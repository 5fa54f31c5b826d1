"""A finding with no wrong in it, told after its facts by the body that found it ("Bid files
from all three companies were created on the same computer ..., the commission's panel
found"), is the evidence it gives: a claim, as "the audit found" and "inspectors found"
are (scene_evidence), not narration with no speech verb (context). A finding that names a
wrong stays the finder's accusation (findings.found_wrong). Forty-second round, issue 11,
bug fix on branch w18ctx5; the finders' phrases ("panel found", "inquiry found",
"tribunal found" ...) in ``scene_evidence``, data/cues/en.json.

Counted on the readable sets before building: one gold claim proposed as context on that
shape; every other line with those phrases is read the same before and after. Every
sentence below is invented for this test."""

from __future__ import annotations

import pytest
from support.proposals import accepted

OPENING = ("Residents accused Northgate Water of letting lead pipes stay in service at "
           "three primary schools.")


@pytest.mark.parametrize("sentence", [
    "Both companies' bids were typed on the same laptop two hours apart, the tribunal "
    "found.",
    "The pipes at all three schools were installed by the same contractor in the same "
    "week, the review panel found.",
])
def test_finding_told_after_its_facts_is_a_claim(db, scheme, sentence):
    assert accepted(db, scheme, [OPENING, sentence], "en")[-1].label == "claim"


# --- near miss: a finding that names a wrong stays an accusation ---

def test_finding_of_a_wrong_unchanged(db, scheme):
    sentence = ("The tribunal found Northgate Water had failed to replace the pipes it knew "
                "were unsafe.")
    assert accepted(db, scheme, [OPENING, sentence], "en")[-1].label == "accusation"
