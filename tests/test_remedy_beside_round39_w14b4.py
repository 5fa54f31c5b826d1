"""A remedy promised beside an argument that the act was proper is still the accused side's
reply (thirty-ninth round, issue 11, bug fix on branch w14b4; domain/proposals/
remedy_beside.py, read in dispute.py; data ``deny39_propriety``).

The try article: after the councillor dismissed the allegations, "Everything was done by the
book, and I will co-operate fully with any review," he added. was a claim: "co-operate" read
as a remedy (a fact that does not bear on the allegation) kept the sentence from being his
reply. The remedy alone ("I will co-operate fully with any review," he added) is still no
denial.

Every sentence but the try article's is invented for this test; none is taken from the
benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

_TITLEY = [
    "A Wexmoor councillor voted to award a £1.4 million grounds maintenance contract to a "
    "company part-owned by his brother-in-law without declaring the link, according to a "
    "formal complaint lodged with the council's monitoring officer.",
    "Mr Titley, a Conservative who has represented the Fenby ward since 2015, dismissed the "
    "allegations as \"a politically motivated smear\".",
]
_DUNN = [
    "Councillor Ray Dunn has been accused of steering a parks contract to his cousin's firm.",
    "Mr Dunn dismissed the claims as a smear.",
]
_HARBOUR = [
    "Tenants accuse Harbour Lettings of keeping their deposits.",
    "Harbour Lettings denied any wrongdoing.",
]


def _last(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")[-1]


def test_the_try_article_by_the_book(db, scheme):
    got = _last(db, scheme, _TITLEY + [
        "\"Everything was done by the book, and I will co-operate fully with any review,\" "
        "he added."])
    assert got.label == "denial", got.label_reason


def test_above_board_and_an_inquiry(db, scheme):
    got = _last(db, scheme, _DUNN + [
        "\"Everything I did was above board, and I will co-operate with any inquiry,\" he "
        "said."])
    assert got.label == "denial", got.label_reason


def test_a_company_above_board_and_the_ombudsman(db, scheme):
    got = _last(db, scheme, _HARBOUR + [
        "\"Everything was handled above board, and we will co-operate with the ombudsman,\" "
        "the company said."])
    assert got.label == "denial", got.label_reason


def test_the_remedy_alone_is_no_reply(db, scheme):
    got = _last(db, scheme, _TITLEY + [
        "\"I will co-operate fully with any review,\" he added."])
    assert got.label != "denial", got.label_reason
