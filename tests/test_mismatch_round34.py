"""A party's account said not to match what was seen, told or written is a denial
(thirty-fourth round, issue 11, try branch t34transport; domain/proposals/mismatched.py,
data ``deny34_mismatch``).

The try article: a passengers' group's chair answers the rail operator, which blamed a
ticketing app: "Ms Gethin said the company's explanation did not match what members had
been told." The guidelines: an accuser who answers a denial makes a denial (it rejects a
claim), as does anyone saying one side's statement is wrong. It was proposed as a claim
(reported speech), and its speaker must stay the one who says it, not "the company" whose
explanation it is.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

_ACCUSED = ("A passengers' group has accused Northvale Rail of routinely rejecting "
            "compensation claims from commuters.")
_CHAIR = ('"People are being told their train ran on time when it was cancelled," said '
          "Moira Gethin, the group's chair.")
_DENIED = "Northvale Rail rejected the allegation."


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


# --- the try article's case ---

def test_the_chairs_answer_to_the_operator_is_a_denial(db, scheme):
    got = _all(db, scheme, [
        _ACCUSED, _CHAIR, _DENIED,
        "The operator blamed a fault in a third-party ticketing app for a batch of "
        "duplicate claims.",
        "Ms Gethin said the company's explanation did not match what members had been told.",
    ])
    assert got[4].label == "denial", got[4].label_reason
    assert "did not match" in got[4].label_reason  # read as such, not by chance
    assert got[4].name == "Moira Gethin", got[4].reason


# --- the class, on sentences of our own ---

def test_an_account_that_does_not_match_records(db, scheme):
    got = _all(db, scheme, [
        _ACCUSED, _CHAIR, _DENIED,
        "Moira Gethin said the operator's account does not match the station records.",
    ])
    assert got[3].label == "denial", got[3].label_reason
    assert got[3].name == "Moira Gethin"


def test_a_third_party_says_the_response_does_not_match(db, scheme):
    got = _all(db, scheme, [
        "Residents have accused Kingsmead Water of leaving 4,000 homes with discoloured "
        "water for a fortnight.",
        "Kingsmead Water said the discolouration was caused by a burst main.",
        "Hallamshire County Council said the company's response does not match what "
        "residents were told at the time.",
    ])
    assert got[2].label == "denial", got[2].label_reason
    assert got[2].name == "Hallamshire County Council"


# --- near misses ---

def test_numbers_that_do_not_match_are_no_denial(db, scheme):
    got = _all(db, scheme, [
        "Police said the account numbers did not match any customer on the bank's records.",
    ])
    assert got[0].label != "denial", got[0].label_reason


def test_an_account_that_matched_is_no_denial(db, scheme):
    got = _all(db, scheme, [
        "The ombudsman said the company's account matched the station records.",
    ])
    assert got[0].label != "denial", got[0].label_reason
