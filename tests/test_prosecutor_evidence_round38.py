"""The prosecutor's evidence is never a rebuttal (thirty-eighth round, issue 11, bug fix on
branch t38c4; domain/proposals/enforcer_finding.prosecutor_speaks, read in
dispute.in_dispute where the accusing side is placed).

The try article (a market trader found guilty of selling fakes after a trading standards
case): "Tests carried out for the brand owners found that every item was fake, prosecutor
Amira Sethi said, and several of the perfumes contained methanol ..." was proposed as a
denial, "answers the accusation before: 'every'": the prosecutor, named for the first time,
was on no side yet, so her "every" was read as a reply to the verdict before. "Prosecutor"
written right before the speaker's name (or "prosecuting" beside it, as the side reading
already had) puts the speaker on the accusing side: the prosecution's evidence is a claim
(the guidelines: evidence offered for an accusation is a claim, even from the accuser).

Every sentence here is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

_LEDE = ("A market trader who sold counterfeit designer trainers and perfume from a stall at "
         "Birkenhead Market has been fined £9,000 after a prosecution brought by Wirral "
         "Council's trading standards team.")
_FOUND = ("Kevin Dunmore, 52, of Wallasey, was found guilty at Wirral Magistrates' Court of six "
          "offences under the Trade Marks Act 1994 following a two-day trial.")
_SEIZED = ("Trading standards officers seized 412 pairs of trainers, 96 bottles of perfume and "
           "38 handbags from his stall and a lock-up garage in a raid in February, the court "
           "heard.")


def _last(db, scheme, sentence, before=(_LEDE, _FOUND, _SEIZED)):
    return accepted(db, scheme, [*before, sentence], "en")[-1]


# --- the try article's case ---

def test_the_try_article_prosecutor_tests(db, scheme):
    got = _last(db, scheme, "Tests carried out for the brand owners found that every item was "
                            "fake, prosecutor Amira Sethi said, and several of the perfumes "
                            "contained methanol at levels that could irritate the skin.")
    assert got.label != "denial", got.label_reason
    assert got.name == "Amira Sethi"


# --- the class, on sentences of our own ---

def test_laboratory_checks_then_the_prosecutor_mid_sentence(db, scheme):
    got = _last(db, scheme, "Laboratory checks found that every bottle was counterfeit, "
                            "prosecutor Daniel Marsh said, and two of them contained methanol "
                            "at levels that could burn the skin of anyone who used them.")
    assert got.label != "denial", got.label_reason
    assert got.name == "Daniel Marsh"


def test_the_prosecutor_between_commas(db, scheme):
    got = _last(db, scheme, "The prosecutor, Daniel Marsh, said every one of the 96 bottles "
                            "carried a forged batch code.")
    assert got.label != "denial", got.label_reason


def test_a_capitalised_prosecutor_opening_the_sentence(db, scheme):
    got = _last(db, scheme, "Prosecutor Daniel Marsh said only two of the 412 pairs had come "
                            "with any paperwork at all.")
    assert got.label != "denial", got.label_reason


# --- near misses that must not change ---

def test_the_defendant_still_replies(db, scheme):
    got = _last(db, scheme, "Representing himself, Dunmore told the court he had bought the "
                            "stock from a wholesaler in Manchester who assured him it was "
                            "\"end-of-line genuine\".")
    assert got.label == "denial", got.label_reason


def test_a_defence_lawyer_with_only_still_replies(db, scheme):
    got = accepted(db, scheme, [
        "A care worker stole more than £11,000 from elderly residents of a nursing home, a "
        "jury has heard.",
        "Donna Whitcombe, 44, denies 14 counts of theft.",
        "Her barrister, Neil Hartigan, said only a handful of the withdrawals were made near "
        "her home.",
    ], "en")[-1]
    assert got.name == "Neil Hartigan"
    assert got.label == "denial", got.label_reason
