"""Offences, charges or counts admitted, counted, are a guilty plea: context (thirty-seventh
round, issue 11, bug fix on branch w10lead4; reading._offences_admitted read in
reading._main_act; data ``plea37_admitted`` in data/cues/en.json).

The lead's article: "Darren Pocklington, 44, of Sowerby, admitted two offences under the
Environmental Protection Act when he appeared before Harrogate Magistrates' Court on Monday."
was proposed as a claim ("reported speech 'admitted'"), while "admitted the offences" and
"pleaded guilty" were already read as a guilty plea. The guidelines (accusation): "... and
so is a guilty plea" (context).

Near misses: an admission of a fact ("admitted that the figures were wrong") and a negated
admission are read as before.

Every sentence but the lead's article is invented for this test; none is taken from the
benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

_OPENING = ("A window cleaning business owner has been fined after rubbish from his customers' "
            "homes was found dumped in a lane near Thirsk.")


def _one(db, scheme, sentence, before=_OPENING):
    return accepted(db, scheme, [before, sentence], "en")[-1]


# --- the lead's case ---

def test_the_lead_article_admitted_two_offences(db, scheme):
    got = _one(db, scheme, "Darren Pocklington, 44, of Sowerby, admitted two offences under "
                           "the Environmental Protection Act when he appeared before Harrogate "
                           "Magistrates' Court on Monday.")
    assert got.label == "context", got.label_reason
    assert "guilty plea" in got.label_reason


# --- the class, on sentences of our own ---

def test_admitted_three_counts(db, scheme):
    got = _one(db, scheme, "Karen Doyle admitted three counts of fraud at Leeds Crown Court.")
    assert got.label == "context", got.label_reason


def test_admits_charges_in_figures(db, scheme):
    got = _one(db, scheme, "Doyle admits 12 charges of theft from her employer.")
    assert got.label == "context", got.label_reason


def test_admitted_both_offences(db, scheme):
    got = _one(db, scheme, "The company admitted both offences at an earlier hearing.")
    assert got.label == "context", got.label_reason


# --- near misses ---

def test_admitted_that_a_fact_as_before(db, scheme):
    got = _one(db, scheme, "The council admitted that the figures were wrong.")
    assert "guilty plea" not in got.label_reason, got.label_reason


def test_admitted_a_mistake_as_before(db, scheme):
    got = _one(db, scheme, "Doyle admitted a mistake had been made in the accounts.")
    assert "guilty plea" not in got.label_reason, got.label_reason
