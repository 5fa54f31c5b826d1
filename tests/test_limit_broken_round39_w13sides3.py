"""A limit said broken by the accusing side is its accusation (thirty-ninth round, issue 11,
branch w13sides3; limit_broken.py, data ``accuse39_limit`` in data/cues/en.json).

The class, seen on the tuned-on sets: the accusing side's reported speech setting a figure
against the limit it breaks ("said meters ... recorded 1,930 megalitres drawn in the 2025-26
season against a licensed allocation of 870", "said pluckers ... received 198 rupees for a
full day, against the 250 rupees set by the state government") was proposed a claim by its
speech verb. The guidelines: stating the wrongful act itself is an accusation.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

_LEDE = ("The Loch Fyne Fishermen's Cooperative has accused Argyll Salmon of taking far more "
         "water from the loch than its licence allows.")


def _second(db, scheme, sentence: str):
    return accepted(db, scheme, [_LEDE, sentence], "en")[-1]


# --- the class: a figure against the limit, a limit exceeded ---

def test_a_figure_against_a_licensed_maximum_is_an_accusation(db, scheme):
    got = _second(db, scheme, "The cooperative said meters at the farm's intake recorded "
                              "2,400 cubic metres a day in August, against a licensed maximum "
                              "of 1,500.")
    assert got.label == "accusation", got.label_reason
    assert "a limit was broken" in got.label_reason


def test_pay_against_the_amount_agreed_is_an_accusation(db, scheme):
    got = _second(db, scheme, "The cooperative said its divers were paid £80 a shift, against "
                              "the £120 agreed in their contracts.")
    assert got.label == "accusation", got.label_reason


def test_a_limit_exceeded_is_an_accusation(db, scheme):
    got = _second(db, scheme, "The cooperative said the farm had exceeded its discharge limit "
                              "on 14 days in July.")
    assert got.label == "accusation", got.label_reason


# --- near misses that must not change ---

def test_what_records_show_stays_the_evidence(db, scheme):
    got = _second(db, scheme, "The cooperative said its own logs show 2,400 cubic metres a day, "
                              "against a limit of 1,500.")
    assert got.label == "claim", got.label_reason


def test_the_accused_sides_figure_is_its_reply(db, scheme):
    got = _second(db, scheme, "Argyll Salmon said its intake drew 1,200 cubic metres a day, "
                              "against a licensed maximum of 1,500.")
    assert got.label == "denial", got.label_reason


def test_a_limit_never_exceeded_is_no_accusation(db, scheme):
    got = _second(db, scheme, "Argyll Salmon said the farm had never exceeded its discharge "
                              "limit.")
    assert got.label != "accusation", got.label_reason
