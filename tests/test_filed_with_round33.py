"""A complaint filed with a body speaks for whoever filed it, not for the body that received
it (thirty-third round, issue 11, bug fix on branch t33biz; domain/proposals/seen.py, cue
key ``speaker33_filed_to``).

The case, from a business-wire article of the try: "In a complaint filed with the National
Labor Relations Board, Food and Allied Workers Local 418 said at least 86 workers had their
weekly schedules cut ..." was proposed with the labour board as its speaker ("agent of
'filed with'"), and the lede before it ("A union representing about 1,200 workers ...
accused the company") took the board too, as the body named in a later sentence. After a
participle of filing, "with" and "to" name the body the filing went to; only "by" names
its agent. "Emails leaked to the Herald" and "Documents seen by the Courier" are left as
they were.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


_LEDE = ("A union representing about 1,200 workers at Harlow Foods' meat processing plant in "
         "Portage, Indiana, accused the company on Wednesday of cutting the hours of employees "
         "who voted to authorize a strike last month.")
_FILED = ("In a complaint filed with the National Labor Relations Board, Food and Allied "
          "Workers Local 418 said at least 86 workers had their weekly schedules cut from 40 "
          "hours to 24 or fewer in the two weeks after the Nov. 14 vote.")


# --- the case ---

def test_the_union_that_filed_speaks_not_the_board(db, scheme):
    got = _all(db, scheme, [_LEDE, _FILED])
    assert got[1].name == "Food and Allied Workers Local 418", got[1].reason
    assert got[0].name != "National Labor Relations Board", got[0].reason


# --- the class, on sentences of our own ---

def test_a_complaint_submitted_to_an_ombudsman_is_the_complainant_s(db, scheme):
    got = _all(db, scheme, [
        "Customers of Harbour Bank say it left fraud reports unanswered for weeks.",
        "In a complaint submitted to the Financial Ombudsman Service, Jane Corder said the "
        "bank had ignored her fraud report for six weeks.",
    ])
    assert got[1].name == "Jane Corder", got[1].reason


# --- near misses that must not change ---

def test_documents_seen_by_a_paper_are_not_the_paper_s(db, scheme):
    # round 35 (seen.py): the paper that saw the documents did not issue them, and the
    # readable gold leaves such a sentence with no source
    got = _all(db, scheme, [
        "Drivers at Metroline Coaches say the firm docked their pay for rest breaks.",
        "Documents seen by the Evening Courier show the firm knew of the problem in March.",
    ])
    assert got[1].name is None, got[1].reason


def test_emails_leaked_to_a_paper_are_still_the_paper_s(db, scheme):
    got = _all(db, scheme, [
        "Tenants at Castle Road say their landlord overcharged them for heating.",
        "Emails leaked to the Westbury Herald show the manager knew of the fault in May.",
    ])
    assert got[1].name == "Westbury Herald", got[1].reason
