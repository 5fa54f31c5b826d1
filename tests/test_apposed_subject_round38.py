"""An office held for a seat ("MP for North Cotswolds"), a "the N of M" role or an age set
between commas after the reported subject does not hide the wrong it did (thirty-eighth
round, issue 11, bug fix on branch w12wrong2; deeds.apposition_before).

The lead's article (a blind try): "The Independent Parliamentary Standards Authority (Ipsa)
said Graham Pettifer, MP for North Cotswolds, had broken rules that bar members from renting
from a spouse or partner." was a claim, though without the apposition ("said Graham Pettifer
had broken rules") it is an accusation: the act after the closing comma had no party in its
own clause, and only "known as", "which", "who" and "a N of M" were read as an apposition.
The analyst's answer: an accusation by the Independent Parliamentary Standards Authority.

Every sentence but the lead's article is invented for this test; none is taken from the
benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

_HEADLINE = "MP repaid £14,000 after claiming rent on flat owned by his wife, watchdog finds"
_OPENING = ("A Conservative MP claimed more than £14,000 in parliamentary expenses for rent on "
            "a London flat owned by his wife, the expenses watchdog has found.")
_CASE = ("The Independent Parliamentary Standards Authority (Ipsa) said Graham Pettifer, MP "
         "for North Cotswolds, had broken rules that bar members from renting from a spouse "
         "or partner.")


def _one(db, scheme, sentence):
    return accepted(db, scheme, [sentence], "en")[0]


# --- the lead's case ---

def test_the_lead_article_mp_for_a_seat_is_no_hiding_place(db, scheme):
    got = accepted(db, scheme, [_HEADLINE, _OPENING, _CASE,
                                "Mr Pettifer has repaid the money in full."], "en")
    case = got[2]
    assert case.label == "accusation", case.label_reason
    assert case.name == "Independent Parliamentary Standards Authority"
    assert "broken" in case.label_reason


# --- the class, on sentences of our own ---

def test_a_councillor_for_a_ward(db, scheme):
    got = _one(db, scheme, "The committee said Ann Lowe, councillor for Bramley ward, had "
                           "broken rules on declaring gifts.")
    assert got.label == "accusation", got.label_reason


def test_the_chief_executive_of_a_firm(db, scheme):
    got = _one(db, scheme, "The regulator said Mark Dunn, the chief executive of Harbour "
                           "Foods, had broken rules on disclosure.")
    assert got.label == "accusation", got.label_reason


def test_an_age(db, scheme):
    got = _one(db, scheme, "The tribunal said Karen Holt, 52, had broken rules on client "
                           "money.")
    assert got.label == "accusation", got.label_reason


# --- near misses: no wrong stated, or no apposition ---

def test_an_apposed_subject_with_no_wrong(db, scheme):
    got = _one(db, scheme, "The regulator said Mark Dunn, the chief executive of Harbour "
                           "Foods, had stepped down in May.")
    assert got.label != "accusation", got.label_reason


def test_a_bare_the_noun_between_commas_is_not_read_through(db, scheme):
    got = _one(db, scheme, "The watchdog said the firm, the supplier, had broken rules on "
                           "disclosure.")
    assert got.label != "accusation", got.label_reason


def test_a_seat_role_with_no_wrong(db, scheme):
    got = _one(db, scheme, "The party said Ann Lowe, councillor for Bramley ward, had "
                           "resigned in June.")
    assert got.label != "accusation", got.label_reason
