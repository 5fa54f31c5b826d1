"""Money "charged" by mistake is a bill, not a charge brought (thirty-eighth round, issue
11, bug fix on branch t38e1; domain/proposals/misread.py, billed_in_error, data
``misread38_billed_error``).

The try article: customers accuse an energy supplier of back-billing them against the
rules; the supplier denies it, then "A spokesperson added that any customer who believed
they had been billed incorrectly could ask for a review, and that the company would refund
any amount charged in error." The "charged" was read as a charge brought (a prosecutor
"charged" a man), and then, the supplier having denied before, as "the accused side blames
another": a denial. The sentence is a remedy offered: context.

Every sentence but the try article's is invented for this test; none is taken from the
benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

_OPENING = (
    "Hundreds of customers of Northcote Energy say they have been sent catch-up bills for "
    "gas and electricity used as long as three years ago, in what campaigners claim is a "
    "breach of industry rules.")
_DENIAL = "Northcote Energy denied breaking the rules."
_REFUND = (
    "A spokesperson added that any customer who believed they had been billed incorrectly "
    "could ask for a review, and that the company would refund any amount charged in error.")


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


# --- the try article's case ---

def test_the_try_article_refund_is_no_blame(db, scheme):
    got = _all(db, scheme, [
        _OPENING,
        "The consumer group Fair Bills Now said it had received 412 complaints about "
        "Northcote since September.",
        _DENIAL,
        _REFUND,
    ])
    refund = got[3]
    assert refund.label == "context", refund.label_reason
    assert "blames another" not in refund.label_reason
    assert refund.name == "Northcote Energy"
    assert got[2].label == "denial"


# --- the class, on sentences of our own ---

def test_amounts_charged_are_a_bill(db, scheme):
    got = _all(db, scheme, [
        "Tenants of Ashby Court say their landlord Redbrook Lettings added cleaning fees "
        "to their final bills.",
        "Redbrook Lettings rejected the claims.",
        "The company said it would return any sums charged in error within 30 days.",
    ])
    assert got[2].label != "denial", got[2].label_reason
    assert "charged" not in got[2].label_reason


def test_customers_charged_in_error_are_billed(db, scheme):
    got = _all(db, scheme, [
        "Customers of Brightwell Water say they were billed twice for the same quarter.",
        "Brightwell Water denied any wrongdoing.",
        "The supplier said customers charged in error would be refunded within 14 days.",
    ])
    assert got[2].label != "denial", got[2].label_reason
    assert "blames another" not in got[2].label_reason


# --- near misses that must stay charges ---

def test_a_person_charged_in_error_stays_a_charge(db, scheme):
    got = _all(db, scheme, ["The suspect was charged in error, the prosecutor admitted."])
    assert "charged" in got[0].label_reason


def test_people_charged_twice_with_an_offence_stay_charged(db, scheme):
    got = _all(db, scheme, [
        "Police in Leeds charged Mark Dunn twice with speeding on the same road.",
        "A man was wrongly charged with fraud, his lawyer said.",
    ])
    assert got[0].label == "accusation", got[0].label_reason
    assert got[1].label == "accusation", got[1].label_reason
    assert all("charged" in g.label_reason for g in got)
