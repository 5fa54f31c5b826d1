"""Idioms of falsifying figures are a wrong stated: "cooking the books", "fiddling the
figures", "massaging the figures", "fudging the numbers" (thirty-eighth round, issue 11,
bug fix on branch w12wrong3; data ``wrongdoing`` in data/cues/en.json).

The lead's article (a blind try): a patients' group says a hospital trust removed patients
from its waiting list without telling them; then '"They have been cooking the books while
people wait in pain," said Maureen Oldroyd, the group's chair.' was a claim: "cooking the
books" was no wrong the lexicon knew. The analyst's answer: an accusation by Maureen Oldroyd.

Every sentence but the lead's article is invented for this test; none is taken from the
benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

_CASE = ('"They have been cooking the books while people wait in pain," said Maureen Oldroyd, '
         "the group's chair.")


def _one(db, scheme, sentence):
    return accepted(db, scheme, [sentence], "en")[0]


# --- the lead's case ---

def test_the_lead_article_cooking_the_books_is_an_accusation(db, scheme):
    got = accepted(db, scheme, [
        "Patients First Aire Valley said the Aire and Calder Hospitals NHS Foundation Trust "
        "had removed about 4,200 patients from its planned-surgery waiting list last year "
        "without telling them or their GPs.",
        _CASE,
    ], "en")
    case = got[1]
    assert case.label == "accusation", case.label_reason
    assert case.name == "Maureen Oldroyd"
    assert "cooking the books" in case.label_reason


def test_cooking_the_books_alone(db, scheme):
    got = _one(db, scheme, _CASE)
    assert got.label == "accusation", got.label_reason


# --- the class, on sentences of our own ---

def test_fiddling_the_figures(db, scheme):
    got = _one(db, scheme, '"They have been fiddling the figures for years," said Ray Stott.')
    assert got.label == "accusation", got.label_reason


def test_massaged_the_figures(db, scheme):
    got = _one(db, scheme, "The union said managers had massaged the figures to hit their "
                           "targets.")
    assert got.label == "accusation", got.label_reason


def test_fudged_the_numbers(db, scheme):
    got = _one(db, scheme, "Campaigners say the council fudged the numbers on school "
                           "places.")
    assert got.label == "accusation", got.label_reason


# --- near misses: no wrong stated ---

def test_cooking_alone_is_no_wrong(db, scheme):
    got = _one(db, scheme, "The hospital said patients would be offered a weekly cooking "
                           "class from January.")
    assert got.label != "accusation", got.label_reason


def test_the_books_alone_are_no_wrong(db, scheme):
    got = _one(db, scheme, "The auditor said she had checked the books and found them in "
                           "order.")
    assert got.label != "accusation", got.label_reason


def test_never_cooked_the_books_is_a_denial(db, scheme):
    got = _one(db, scheme, "The trust's chief executive said staff had never cooked the "
                           "books.")
    assert got.label != "accusation", got.label_reason
