"""A source's own wish not to be named is no appeal (thirty-seventh round, issue 11, bug fix
on branch t37f1; domain/proposals/narration.py ``own_anonymity``, data ``scene37_anonymity``).

The try helper's article: volunteers at a charity shop chain say donated goods are sold
online for staff; "One volunteer, who has worked at the charity's Exeter shop for six years
and asked not to be named, said a manager had bought a leather handbag for £5 that was later
listed on an auction site for £240." The "asked not to" was read as the sentence's request
(an appeal: context), because the relative "who" stood too far before "asked" for the old
check ("who asked not to be named" right after a name was already passed over). The request
is the speaker's own wish for anonymity, never an appeal to a party.

Every sentence but the try article's is invented for this test; none is taken from the
benchmark's sets."""

from __future__ import annotations

import pytest
from support.proposals import accepted

_OPENING = (
    "Volunteers at a chain of charity shops in the South West say the most valuable donated "
    "goods are being taken off the shop floor and sold online, with some items ending up in "
    "the hands of paid staff at knockdown prices.")
_VOLUNTEER = (
    "One volunteer, who has worked at the charity's Exeter shop for six years and asked not to "
    "be named, said a manager had bought a leather handbag for £5 that was later listed on an "
    "auction site for £240.")


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


def _not_appeal(got):
    assert got.label != "context", got.label_reason
    assert "appeal or a request" not in got.label_reason


# --- the try helper's case ---

def test_the_volunteer_who_asked_not_to_be_named_is_no_appeal(db, scheme):
    got = _all(db, scheme, [_OPENING, _VOLUNTEER])
    _not_appeal(got[1])


# --- the class, on sentences of our own ---

@pytest.mark.parametrize("sentence", [
        "A driver, who has worked at the depot for ten years and asked not to be identified, "
        "said breaks had been cut to 12 minutes on the late shifts.",
        "A nurse who has worked on the ward since 2019 and asked not to be named said patients "
        "were left on trolleys in corridors overnight.",
        "One tenant, who has lived in the block since 2015 and asked to remain anonymous, said "
        "the landlord had ignored repeated reports of damp.",
        "A former employee, who left the company last year and asked not to be identified "
        "because she still works in the industry, said invoices were altered before audits.",
])
def test_coordinated_anonymity_request_is_passed_over(db, scheme, sentence):
    _not_appeal(_all(db, scheme, [sentence])[0])


# --- near misses that must not change ---

@pytest.mark.parametrize("sentence", [
        "The union asked the company not to cut drivers' breaks before the talks.",
        "Residents asked the council not to approve the plan until the survey was done.",
        "Parents have asked the trust to reinstate the support hours.",
])
def test_requests_to_a_party_stay_appeals(db, scheme, sentence):
    got = _all(db, scheme, [sentence])[0]
    assert got.label == "context", (sentence, got.label, got.label_reason)


def test_asked_not_to_be_moved_is_no_anonymity(db, scheme):
    got = _all(db, scheme, [
        "Patients at the hospice asked the trust not to be moved to another ward."])[0]
    assert got.label == "context", got.label_reason
