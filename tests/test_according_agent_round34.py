"""The maker of figures named in a sentence's opening "According to ... by <name>," does
not speak for the party the figures are about (thirty-fourth round, issue 11, try branch
t34transport; domain/proposals/dispute.py ``_agent_clause_end``).

The try article: a passengers' group accuses Northvale Rail of rejecting valid delay
claims, Northvale Rail rejects it, and "According to figures published by the Office of
Rail Standards, only 61 per cent of Northvale services arrived within five minutes of
schedule". The words read beside the regulator's name ran past the comma into what the
figures say, found "Northvale" there, and took the regulator for the operator's voice:
"the accused side replies with a figure", a denial. The guidelines: evidence from a third
party that contradicts one side's account without saying that side is wrong is a claim.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

_ACCUSED = ("A passengers' group has accused Northvale Rail of routinely rejecting "
            "compensation claims from commuters.")
_DENIED = "Northvale Rail rejected the allegation."


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


# --- the try article's case ---

def test_a_regulators_figures_are_not_the_operators_reply(db, scheme):
    got = _all(db, scheme, [
        _ACCUSED, _DENIED,
        "According to figures published by the Office of Rail Standards, only 61 per cent "
        "of Northvale services arrived within five minutes of schedule in the year to "
        "September.",
    ])
    assert got[2].label != "denial", got[2].label_reason
    assert "speaks for Northvale" not in got[2].label_reason
    assert got[2].name == "Office of Rail Standards"


# --- the class, on sentences of our own ---

def test_data_from_a_panel_are_not_the_water_companys_reply(db, scheme):
    got = _all(db, scheme, [
        "Residents have accused Kingsmead Water of leaving 4,000 homes with discoloured "
        "water for a fortnight.",
        "Kingsmead Water denied that the water was unsafe.",
        "According to data from the Drinking Water Panel, Kingsmead failed 14 of its 200 "
        "tests last year.",
    ])
    assert got[2].label != "denial", got[2].label_reason
    assert "speaks for Kingsmead" not in got[2].label_reason


# --- near misses: the accused side's own document stays its reply ---

def test_the_accused_sides_own_statement_stays_a_denial(db, scheme):
    got = _all(db, scheme, [
        "Residents have accused Kingsmead Water of leaving 4,000 homes with discoloured "
        "water for a fortnight.",
        "Kingsmead Water denied that the water was unsafe.",
        "According to a statement issued by Kingsmead Water, the discolouration was caused "
        "by a burst main.",
    ])
    assert got[2].label == "denial", got[2].label_reason
    assert got[2].name == "Kingsmead Water"
