"""One's conduct vetted by another is the accused side's reply, a denial (thirty-ninth round,
issue 11, branch w13sides1; vetted.py, data ``deny39_vetted`` in data/cues/en.json).

The class, seen on the tuned-on sets: the accused party's reported speech that its work was
checked by someone else ("said its emergency disclosures were reviewed by a trained team",
"said the building had passed a local authority inspection") was proposed its claim by the
speech verb. The guidelines: a fact that would show the act did not happen is the accused
side's denial.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

_LEDE = ("Parents at a primary school in Gloucester say the lunches supplied by a catering "
         "firm have left their children hungry, and want the council to change supplier.")
_PARENT = ("\"My son comes home starving every day,\" said Claire Dobbs, whose eight-year-old "
           "has eaten school lunches since September.")


def _last(db, scheme, sentence: str):
    return accepted(db, scheme, [_LEDE, _PARENT, sentence], "en")[-1]


# --- the class: a passive of vetting with its agent, or a check passed ---

def test_reviewed_by_another_is_a_denial(db, scheme):
    got = _last(db, scheme, "Brookfield Catering said its menus had been reviewed by a "
                            "council nutritionist in September.")
    assert got.label == "denial", got.label_reason
    assert "vetted by another" in got.label_reason


def test_an_inspection_passed_is_a_denial(db, scheme):
    got = _last(db, scheme, "The firm's operations director, Helen Marsh, said the kitchen "
                            "had passed an unannounced hygiene inspection last month.")
    assert got.label == "denial", got.label_reason


def test_checked_and_approved_by_is_a_denial(db, scheme):
    got = _last(db, scheme, "Brookfield Catering said every portion was independently "
                            "checked and approved by the school's head cook.")
    assert got.label == "denial", got.label_reason


# --- near misses that must not change ---

def test_a_participle_alone_is_no_vetting(db, scheme):
    got = _last(db, scheme, "Menus reviewed by the Gloucester Echo showed portions smaller "
                            "than the national guidance, the paper said.")
    assert "vetted by another" not in got.label_reason, got.label_reason


def test_never_checked_is_no_vetting(db, scheme):
    got = _last(db, scheme, "Brookfield Catering said the menus had never been checked by "
                            "anyone outside the company.")
    assert "vetted by another" not in got.label_reason, got.label_reason


def test_a_class_of_things_told_in_general_is_no_vetting(db, scheme):
    got = _last(db, scheme, "A food standards officer, Ruth Kerr, said most school caterers "
                            "in the county had passed every hygiene inspection this year.")
    assert got.label == "claim", got.label_reason
