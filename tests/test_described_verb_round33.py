"""A body's noun with a verb between it and a name does not describe that name (thirty-third
round, issue 11, bug fix on branch t33biz; domain/proposals/described_at.py, read in
reading.described_in).

The case, from a business-wire article of the try: "The regulator said Tallis Pay onboarded
..." was read as introducing Tallis Pay as "the regulator", so the regulator's later line
("Tallis Pay agreed to settle ..., the regulator said") was proposed with the fined company as
its speaker and as the accused side's denial. A verb of speech, accusation, denial, request
or enforcement between the noun and the name makes the noun its subject, not the name's
description.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

from annotator.domain.proposals.lexicon import lexicon
from annotator.domain.proposals.reading import described_in


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


# --- the case ---

def test_the_regulator_after_said_is_the_regulator(db, scheme):
    got = _all(db, scheme, [
        "Britain's Financial Conduct Authority on Thursday fined payments company Tallis Pay "
        "14.2 million pounds ($18 million), saying the firm had failed for more than three "
        "years to carry out basic checks on customers it had flagged as high risk.",
        "The regulator said Tallis Pay onboarded about 61,000 business customers between "
        "January 2021 and March 2024 without verifying who owned them.",
        "Tallis Pay agreed to settle and so qualified for a 30% discount on the penalty, the "
        "regulator said.",
    ])
    assert got[2].name == "Financial Conduct Authority", got[2].reason
    assert got[2].label != "denial", got[2].label_reason


# --- the class, on sentences of our own ---

def test_the_watchdog_after_said_is_the_watchdog(db, scheme):
    got = _all(db, scheme, [
        "The Pensions Regulator on Tuesday fined trustee firm Calder Trustees 2.1 million "
        "pounds for failing to pay transfers on time.",
        "The watchdog said Calder Trustees ignored 140 complaints from savers over two years.",
        "Calder Trustees has 28 days to pay, the watchdog said.",
    ])
    assert got[2].name == "Pensions Regulator", got[2].reason
    assert got[2].label != "denial", got[2].label_reason


def test_the_union_that_accused_a_company_is_not_the_company(db, scheme):
    got = _all(db, scheme, [
        "Workers at a Bristol warehouse say their employer cut their breaks.",
        "The union accused Norcross Logistics of cutting rest breaks for 300 staff at the site.",
        "Norcross Logistics denied the claim.",
        "The dispute will go to a tribunal next month, the union said.",
    ])
    assert got[3].name != "Norcross Logistics", got[3].reason


def test_a_verb_between_the_noun_and_the_name_is_no_description():
    lex = lexicon("en")
    for text in ("The regulator said Tallis Pay onboarded 61,000 customers.",
                 "The regulator fined Tallis Pay on Thursday.",
                 "The union accused Harlow Foods of cutting hours.",
                 "The council told Castlegate Homes to repair the block."):
        assert described_in(text, lex) == (), text


# --- near misses that must not change ---

def test_a_noun_right_before_a_name_still_describes_it():
    lex = lexicon("en")
    assert ("regulator", "Ofgem") in described_in("The energy regulator Ofgem said on Monday.",
                                                  lex)
    assert ("spokeswoman", "Harbridge") in described_in(
        "A spokeswoman for Harbridge said the works would finish in May.", lex)


def test_the_regulator_named_before_still_speaks(db, scheme):
    got = _all(db, scheme, [
        "The energy regulator Ofgem fined supplier Brightside Energy 4 million pounds for "
        "overcharging customers on prepayment meters.",
        "Brightside Energy must repay affected customers by March, the regulator said.",
    ])
    assert got[1].name == "Ofgem", got[1].reason
