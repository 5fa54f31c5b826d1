"""A matter the speaker reported to a regulator about itself is no complaint lodged (thirty-
third round, issue 11, bug fix on branch t33biz; domain/proposals/filings.py self_reported,
read by acts.lodged and filings.filing_at; cue key ``label33_self_reported``).

The case, from a business-wire article of the try: after a regulator's fine, the company's
spokesperson "said ..., adding that the firm had reported its shortcomings to the regulator
itself" was proposed as an accusation, "a complaint or lawsuit filed: 'reported to'". A
reflexive right after the body ("to the regulator itself") says the speaker reported its own
matter: a self-report, not a complaint against another party.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


_FINE = ("Britain's Financial Conduct Authority on Thursday fined payments company Tallis Pay "
         "14.2 million pounds, saying the firm had failed for more than three years to check "
         "customers it had flagged as high risk.")


# --- the case ---

def test_the_firm_that_reported_itself_files_no_complaint(db, scheme):
    got = _all(db, scheme, [
        _FINE,
        "A Tallis Pay spokesperson said the firm had reported its shortcomings to the "
        "regulator itself.",
    ])
    assert "complaint or lawsuit filed" not in got[1].label_reason, got[1].label_reason
    assert got[1].label != "accusation", got[1].label_reason


# --- the class, on sentences of our own ---

def test_a_chief_executive_s_self_report_is_no_complaint(db, scheme):
    got = _all(db, scheme, [
        "The energy regulator Ofgem fined supplier Brightside Energy 4 million pounds for "
        "back-billing 9,000 customers.",
        "The company's chief executive, Ann Rowe, said it had reported the problem to the "
        "regulator itself.",
    ])
    assert got[1].label != "accusation", got[1].label_reason
    assert got[1].name == "Ann Rowe"


def test_a_self_report_to_a_commission_is_no_complaint(db, scheme):
    got = _all(db, scheme, [
        "The Gambling Commission fined operator LuckyLane 1.2 million pounds over checks on "
        "high-spending customers.",
        "LuckyLane said it had reported the failings to the commission itself in 2024.",
    ])
    assert got[1].label != "accusation", got[1].label_reason


# --- near misses that must not change ---

def test_a_complaint_reported_to_the_regulator_is_still_filed(db, scheme):
    got = _all(db, scheme, [
        "Residents of Mill Court say their landlord Castlegate Homes left them without heating "
        "for a month.",
        "The tenants' association said it had reported the landlord to the Housing "
        "Ombudsman.",
    ])
    assert got[1].label == "accusation", got[1].label_reason
