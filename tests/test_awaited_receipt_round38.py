"""A receipt of complaints only awaited is no claim of complaints received (thirty-eighth
round, issue 11, bug fix on branch t38a1; domain/proposals/awaited_receipt.py, data
``claim38_awaited_receipt``).

The try helper's article (a local paper): a farmer is accused of fencing off a footpath, the
parish council votes to report it, and "Derbyshire County Council said it would investigate
once a formal report had been received." The rules read "report ... received" as a body
saying it received complaints (a claim); the council says no report has come yet, only what
it will do when one does: a plan, context with its speaker.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

_OPENING = ("A farmer near Hartington has been accused of illegally blocking a public footpath "
            "that villagers say has been used for more than a century.")


def _one(db, scheme, sentence):
    return accepted(db, scheme, [_OPENING, sentence], "en")[1]


# --- the try helper's case ---

def test_the_article_council_will_investigate_once_a_report_is_received(db, scheme):
    got = _one(db, scheme, "Derbyshire County Council said it would investigate once a "
                           "formal report had been received.")
    assert got.label == "context", got.label_reason
    assert "complaints received" not in got.label_reason
    assert got.name == "Derbyshire County Council"


# --- the class, on sentences of our own ---

def test_if_a_complaint_is_received_is_a_plan(db, scheme):
    got = _one(db, scheme, "Stockport Council said it would look into the matter if a "
                           "complaint was received.")
    assert got.label == "context", got.label_reason
    assert got.name == "Stockport Council"


def test_active_receipt_awaited_is_a_plan(db, scheme):
    got = _one(db, scheme, "The Housing Ombudsman said it would act once it received a formal "
                           "complaint from the tenants.")
    assert got.label == "context", got.label_reason
    assert "complaints received" not in got.label_reason


def test_until_a_complaint_is_received_is_no_receipt(db, scheme):
    got = _one(db, scheme, "The Local Government Ombudsman said it could not investigate "
                           "until a complaint had been received from a resident.")
    assert "complaints received" not in got.label_reason


# --- near misses: receipts told as done stay claims ---

def test_complaints_received_stay_a_claim(db, scheme):
    got = _one(db, scheme, "Stockport Council said it had received 14 complaints about the "
                           "fence.")
    assert got.label == "claim", got.label_reason
    assert "complaints received" in got.label_reason


def test_passive_receipt_told_stays_a_claim(db, scheme):
    got = _one(db, scheme, "Stockport Council said two complaints had been received since "
                           "September.")
    assert got.label == "claim", got.label_reason
    assert "complaints received" in got.label_reason


def test_once_received_in_the_past_stays_a_receipt(db, scheme):
    got = _one(db, scheme, "Once the complaint was received, the council sent an officer to "
                           "the site.")
    assert "complaints received" in got.label_reason
