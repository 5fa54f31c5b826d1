"""A wrongful act after an apposition between commas is read as if the apposition were not
there (thirty-fifth round, issue 11, bug fix on branch w6apposed; domain/proposals/deeds.py,
``apposition_before``).

The try helper's article: "The Competition and Markets Authority said in a provisional
finding that the practice, known as drip pricing, broke consumer protection law ..." was
proposed a claim; without "known as drip pricing" it is an accusation. The reading of a
wrongful deed looked for the act's subject only in the act's own clause, and, when the act
opens its clause, in the clause just before: here the apposition, which names nobody. Now a
subject, an apposition between commas ("known as X", "which X", "a N of M"), then the act
read the subject's clause too (its party, and whether the act is still unstated there).

Every sentence but the try article's is invented for this test; none is taken from the
benchmark's sets."""

from __future__ import annotations

import pytest
from support.proposals import accepted

_OPENING = (
    "Britain's competition regulator on Tuesday accused online hotel booking site StayNest of "
    "misleading customers by adding compulsory fees only at the last stage of checkout.")
_FINDING = (
    "The Competition and Markets Authority said in a provisional finding that the practice, "
    "known as drip pricing, broke consumer protection law and left some travellers paying up "
    "to 22% more than the price they were first shown.")


def _one(db, scheme, sentence):
    return accepted(db, scheme, [sentence], "en")[0]


# --- the try article's case ---

def test_the_try_article_finding_is_an_accusation(db, scheme):
    finding = accepted(db, scheme, [_OPENING, _FINDING], "en")[1]
    assert finding.label == "accusation", finding.label_reason
    assert "a wrongful deed stated" in finding.label_reason
    assert finding.name == "Competition and Markets Authority"


# --- the class, on sentences of our own ---

@pytest.mark.parametrize("sentence", [
    "The regulator said the practice, known as drip pricing, broke consumer protection law.",
    "The union said the practice, which began in 2019, broke employment law.",
    "Inspectors said the home, which has 60 beds, left residents without water for two days.",
    "The regulator said the scheme, a form of dynamic pricing, broke consumer law.",
    "Workers said the contractor, which employs 200 people, withheld wages for three months.",
    "The regulator said the practice, dubbed drip pricing by campaigners, broke consumer law.",
    "The company, which runs 40 care homes, left residents without heating for a week, "
    "inspectors said.",
])
def test_the_act_after_an_apposition_is_a_deed(db, scheme, sentence):
    got = _one(db, scheme, sentence)
    assert got.label == "accusation", got.label_reason
    assert "a wrongful deed stated" in got.label_reason


# --- near misses: nothing changes ---

def test_still_investigated_across_the_apposition_is_no_deed(db, scheme):
    got = _one(db, scheme, "The regulator is investigating whether the practice, known as "
                           "drip pricing, broke consumer protection law.")
    assert got.label != "accusation", got.label_reason


def test_a_hedged_act_after_an_apposition_is_no_deed(db, scheme):
    got = _one(db, scheme, "The regulator said the practice, known as drip pricing, may have "
                           "broken consumer protection law.")
    assert got.label != "accusation", got.label_reason


def test_an_act_inside_the_apposition_is_the_clause_s_own(db, scheme):
    got = _one(db, scheme, "The union said the firm, which broke consumer law in 2021, would "
                           "appeal the fine.")
    assert got.label != "accusation", got.label_reason


@pytest.mark.parametrize("sentence", [
    "Landlords, letting agents, a handful of councils, left tenants without heating, the "
    "report said.",
    "The report said landlords, letting agents, a handful of councils, left tenants without "
    "heating.",
])
def test_a_list_between_commas_is_no_apposition(db, scheme, sentence):
    got = _one(db, scheme, sentence)
    assert got.label != "accusation", got.label_reason


def test_a_name_in_the_apposition_still_names_the_party(db, scheme):
    got = _one(db, scheme, "The hotel chain, known as StayNest, broke consumer protection law, "
                           "the regulator said.")
    assert got.label == "accusation", got.label_reason
