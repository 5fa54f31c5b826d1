"""A body that reports another party's charge is not the one charged (thirty-ninth round,
issue 11, bug fix on branch t39a1; ``other_in_dock.reported_of_another``).

From a try helper's blind try: "The Athletics Integrity Unit (AIU) ... said Marlow had been
charged with the presence and use of a prohibited substance" made the AIU the party in the
dock (a word of its name stood before the passive "had been charged"), so its next fact
("The sample was collected at her training base ..., the AIU said") was proposed as "the
accused side replies": a denial, and the athlete's own rebuttal no reply of the accused.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

import pytest
from support.proposals import accepted


@pytest.mark.parametrize(("charge", "fact", "body"), [
    ("The International Testing Agency said Lena Frost had been charged with an anti-doping "
     "rule violation.",
     "The sample was taken in Lisbon on 2 May, the International Testing Agency said.",
     "International Testing Agency"),
    ("The Football Association said Dean Moss had been fined £5,000 for comments about the "
     "referee.",
     "The comments were made in a radio interview after the match, the Football Association "
     "said.",
     "Football Association"),
    ("The Integrity Unit announced on Monday that sprinter Ola Banks has been charged with "
     "tampering.",
     "The test was carried out at a camp in Kenya in April, the Integrity Unit said.",
     "Integrity Unit"),
])
def test_the_body_reporting_a_charge_is_not_in_the_dock(db, scheme, charge, fact, body):
    got = accepted(db, scheme, [charge, fact], "en")
    assert got[1].name == body
    assert got[1].label != "denial"
    assert "accused side" not in got[1].label_reason


def test_the_party_charged_then_answers_as_the_accused(db, scheme):
    got = accepted(db, scheme, [
        "The International Testing Agency said Lena Frost had been charged with an "
        "anti-doping rule violation.",
        "Frost said the test was wrong."], "en")
    assert got[1].name == "Lena Frost"
    assert got[1].label == "denial"


# --- near misses: the speaker itself is charged, as before ---

@pytest.mark.parametrize("charge", [
    "Hallam Rovers said the club had been fined £20,000 by the league.",
    "Hallam Rovers said Rovers had been fined £20,000 by the league.",
])
def test_a_body_telling_of_its_own_charge_stays_in_the_dock(db, scheme, charge):
    got = accepted(db, scheme, [
        charge, "The fine was unfair because the pitch had been passed fit, Hallam Rovers "
                "said."], "en")
    assert got[1].name == "Hallam Rovers"
    assert got[1].label == "denial"
