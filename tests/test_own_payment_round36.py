"""Proof of one's own payment sent to a body is no complaint lodged (thirty-sixth round, issue
11, bug fix on branch w9club2; domain/proposals/lodged_with.py, data ``label21_lodged``
``own_payment``).

A try's article: boxers accuse a promoter of withholding purses; the promoter blames a
broadcaster that he says failed to pay its rights fee; then "StreamRing, the service that
broadcast the show, said it had paid the full rights fee in December and had sent a bank
confirmation to the Board." was proposed as an accusation ("a complaint lodged with a body:
'had sent ... board'"). Proof of a payment the sentence says the sender made is the payer's
evidence that it paid, never a complaint.

Every sentence but the try's article is invented for this test; none is taken from the
benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

_BOXING = [
    "Four boxers who fought on a sold-out show in Cardiff last November say they are still "
    "waiting to be paid, and have accused promoter Dafydd Kerrigan of withholding more than "
    "£180,000 in purses.",
    "Their manager, Carl Whitmore, said he had lodged a formal complaint with the British "
    "Boxing Board of Control on the boxers' behalf last week.",
    "Kerrigan, 52, denied withholding any money and blamed a broadcaster that he said had "
    "failed to pay its rights fee.",
    "StreamRing, the service that broadcast the show, said it had paid the full rights fee "
    "in December and had sent a bank confirmation to the Board.",
]


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


# --- the try's case ---

def test_a_bank_confirmation_of_its_payment_is_no_complaint(db, scheme):
    got = _all(db, scheme, _BOXING)[3]
    assert got.label != "accusation", got.label_reason
    assert "lodged with a body" not in got.label_reason
    assert got.name == "StreamRing"


# --- the class, on sentences of our own ---

def test_a_remittance_of_a_fee_it_paid(db, scheme):
    got = _all(db, scheme, [
        "Players at Kestrel Town say they have not been paid their wages since March, and "
        "have accused the club's owner, Gavin Price, of taking the money.",
        "Price denied the claim and blamed the club's shirt sponsor, which he said had not "
        "paid its fee.",
        "Brightwave Energy, the sponsor, said it had paid the fee in full in February and had "
        "sent a copy of the remittance to the Independent Football Ombudsman.",
    ])[2]
    assert got.label != "accusation", got.label_reason
    assert "lodged with a body" not in got.label_reason


# --- near misses: what stays a complaint ---

def test_evidence_of_a_wrong_sent_stays_a_complaint(db, scheme):
    got = _all(db, scheme, _BOXING[:3] + [
        "Whitmore said he had sent the boxers' contracts and bank statements to the Board.",
    ])[3]
    assert got.label == "accusation", got.label_reason


def test_a_receipt_with_no_payment_of_its_own_stays_a_complaint(db, scheme):
    got = _all(db, scheme, [
        "Passengers have accused Coral Air of refusing refunds for cancelled flights.",
        "The Travellers' Action Group said it had sent 300 booking receipts to the Civil "
        "Aviation Authority.",
    ])[1]
    assert got.label == "accusation", got.label_reason
