"""A finding told with "concluded that" (thirty-fourth round, issue 11, try helper
t34health; data ``evidence`` and ``label18_en``, domain/proposals/findings.py).

The try article (health news, written blind): a family says a hospital ignored warnings
before their mother's sepsis death; then "Senior coroner Alan Morrow concluded that a delay
in giving antibiotics had more than minimally contributed to her death." The rules knew
"found that" as a finding but not "concluded that", so the coroner's conclusion was
proposed as context ("no speech verb"). "Concluded that" now reads as "found that" does: a
claim by whoever concluded, and the accusation of a body that inspects or judges (now a
coroner or an inquest too) when its clause names a failing ("had failed to", "a delay in",
"missed opportunities"). "Concluded" finds only with "that" after it: "the inquiry has
concluded its hearings" ends something, it finds nothing.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

import pytest
from support.proposals import accepted

_OPENING = ("The family of a 67-year-old woman who died at Westbridge General Hospital say "
            "staff ignored repeated warnings that she was seriously ill.")
_CORONER = ("Senior coroner Alan Morrow concluded that a delay in giving antibiotics had more "
            "than minimally contributed to her death.")


def _one(db, scheme, sentence):
    return accepted(db, scheme, [sentence], "en")[0]


# --- the try article's case ---

def test_the_coroner_conclusion_is_his_accusation(db, scheme):
    got = accepted(db, scheme, [
        _OPENING,
        "Margaret Ellison was admitted to the hospital's acute medical unit on 12 March with "
        "a urinary infection and died of sepsis less than 48 hours later.",
        _CORONER,
    ], "en")[2]
    assert got.label == "accusation", got.label_reason
    assert got.name == "Alan Morrow", got.reason


# --- the class, on sentences of our own ---

def test_a_coroner_who_concluded_a_failure_accuses(db, scheme):
    got = _one(db, scheme, "The coroner concluded that staff had failed to recognise the "
                           "signs of sepsis.")
    assert got.label == "accusation", got.label_reason


def test_an_ombudsman_who_concluded_a_failure_accuses(db, scheme):
    got = _one(db, scheme, "The ombudsman concluded that the trust had failed to investigate "
                           "the family's complaint properly.")
    assert got.label == "accusation", got.label_reason


def test_missed_opportunities_found_at_an_inquest(db, scheme):
    got = _one(db, scheme, "The inquest concluded that there had been missed opportunities to "
                           "treat him on the ward.")
    assert got.label == "accusation", got.label_reason


def test_a_conclusion_with_no_failing_is_a_claim(db, scheme):
    got = _one(db, scheme, "A post-mortem examination concluded that she had died of a "
                           "pulmonary embolism.")
    assert got.label == "claim", got.label_reason


def test_investigators_who_concluded_give_evidence(db, scheme):
    got = _one(db, scheme, "Fire investigators have concluded that a faulty tumble dryer "
                           "started the blaze at the Elm Street flats.")
    assert got.label == "claim", got.label_reason


# --- near misses that must not change ---

@pytest.mark.parametrize("sentence", [
    "The inquiry has concluded its hearings.",
    "The coroner has concluded the inquest.",
    "The hearing concluded on Friday.",
])
def test_concluded_hearings_find_nothing(db, scheme, sentence):
    got = _one(db, scheme, sentence)
    assert got.label == "context", got.label_reason


def test_a_conclusion_of_no_wrong_stays_a_denial(db, scheme):
    got = _one(db, scheme, "The panel concluded that there was no evidence of wrongdoing by "
                           "the surgeon.")
    assert got.label == "denial", got.label_reason
