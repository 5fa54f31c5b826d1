"""A speaker who disputes what was just said denies it (thirty-seventh round, issue 11, bug
fix on branch w10lead1; data/cues/en.json ``denial``, misread.py ``dispute_noun``, data
``misread37_dispute_noun``).

The lead's article: a cyclist says her club ignored her harassment complaint; the club's
chairman says she was kept informed throughout; then "She disputes that, saying she received
only one email in four months." "disputes that" and "disputes this" were no denial cues
("disputed that", "dispute that", "disputes the" were), so the sentence was read by its
"saying" alone, a claim with nobody found to say it. The guidelines: anyone saying one side's
statement is wrong makes a denial; an accuser who answers a denial also makes a denial.

Near misses: "dispute(s)" as a noun, after a determiner, a possessive or a modifier ("the
dispute that followed", "their disputes that began in March"), names a quarrel and denies
nothing; "a pay dispute", "the disputed land", "in dispute with" were never cues.

Every sentence but the lead's article is invented for this test; none is taken from the
benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

_CLUB = [
    "A cyclist has accused her club of ignoring her complaint that a senior member sent her "
    "abusive messages for more than a year.",
    "Lucy Tranter, 29, said she reported the messages to Wharfedale Wheelers' welfare officer "
    "in February but heard nothing back for four months.",
    '"I was told to keep my head down and not make a fuss before the summer races," she said.',
    "Ms Tranter has since left the club and has taken her complaint to British Cycling.",
    "In a statement, Wharfedale Wheelers said it took the welfare of all its members "
    '"extremely seriously".',
    "The club said it had followed its safeguarding procedure in full and that the member "
    "concerned had been suspended while an investigation took place.",
    "Its chairman, Graham Ellery, said the delay had been caused by the welfare officer's "
    "illness and that Ms Tranter had been kept informed throughout.",
    "She disputes that, saying she received only one email in four months.",
]


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


# --- the lead's case ---

def test_the_lead_article_she_disputes_that(db, scheme):
    got = _all(db, scheme, _CLUB)[-1]
    assert got.label == "denial", got.label_reason
    assert got.name == "Lucy Tranter", got.reason


# --- the class, on sentences of our own ---

_LANDLORD = [
    "Tenants of Calder House say their landlord, Brookfield Estates, left them without hot "
    "water for six weeks.",
    "Brookfield Estates said engineers had visited the block every week and that the boiler "
    "was now fixed.",
]


def test_named_speaker_disputes_that(db, scheme):
    got = _all(db, scheme, [
        *_LANDLORD,
        "Dean Sutcliffe, who lives on the second floor, disputes that, saying he saw no "
        "engineer until the council stepped in.",
    ])[-1]
    assert got.label == "denial", got.label_reason
    assert got.name == "Dean Sutcliffe", got.reason


def test_disputes_this_alone(db, scheme):
    got = _all(db, scheme, [*_LANDLORD, "Ms Okoro disputes this."])[-1]
    assert got.label == "denial", got.label_reason
    assert "disputes this" in got.label_reason


def test_disputes_the_firm_account(db, scheme):
    got = _all(db, scheme, [
        *_LANDLORD, "Ms Okoro disputes the firm's account of the repairs.",
    ])[-1]
    assert got.label == "denial", got.label_reason


def test_disputed_that_still_a_denial(db, scheme):
    got = _all(db, scheme, [*_LANDLORD, "Ms Okoro disputed that, saying she had kept a log."])
    assert got[-1].label == "denial", got[-1].label_reason


# --- near misses: "dispute" the noun ---

def test_the_dispute_that_followed_is_no_denial(db, scheme):
    got = _all(db, scheme, [
        *_LANDLORD, "The dispute that followed lasted two years.",
    ])[-1]
    assert got.label != "denial", got.label_reason


def test_their_disputes_that_began_is_no_denial(db, scheme):
    got = _all(db, scheme, [
        *_LANDLORD,
        "Residents said their disputes that began in March had cost them hundreds of pounds.",
    ])[-1]
    assert "disputes that" not in got.label_reason, got.label_reason


def test_pay_dispute_and_disputed_land_stay_narration(db, scheme):
    got = _all(db, scheme, [
        "The workers are in a pay dispute with the firm.",
        "The disputed land lies north of the river.",
        "The firm has been in dispute with its landlord since March.",
    ])
    for one in got:
        assert one.label != "denial", one.label_reason
