"""A message sent "to say" something is said by its sender (thirty-ninth round, issue 11,
bug fix on branch w14c1; domain/proposals/messaged.py, data ``speaker39_messaged``, read in
reading._read_speaker's step 3).

The try article: 'Budget network TalkNest emailed customers last month to say a "minor
technical incident" had affected "a small number of accounts".' proposed no speaker: the
subject of "say" was looked for right before "to say" ("customers last month"). The speech
verb is an infinitive of purpose after a verb of messaging; the sender says it.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


# --- the try article's shape ---

def test_a_network_that_emailed_customers_to_say(db, scheme):
    got = _all(db, scheme, [
        'Mobile network Chatterbox emailed customers last week to say a "routine upgrade" '
        'had caused the outage.',
    ])
    assert got[0].name == "Chatterbox", got[0].reason
    assert "emailed" in got[0].reason


# --- the class, in other wordings ---

def test_a_council_that_texted_residents_to_say(db, scheme):
    got = _all(db, scheme, [
        "Hartfield Council texted residents on Friday to say bin collections would be "
        "delayed.",
    ])
    assert got[0].name == "Hartfield Council", got[0].reason


def test_a_retailer_that_messaged_shoppers_to_say(db, scheme):
    got = _all(db, scheme, [
        "Online retailer Homestead messaged shoppers on Sunday to say their orders had been "
        "cancelled.",
    ])
    assert got[0].name == "Homestead", got[0].reason


# --- near misses that must not change ---

def test_unnamed_senders_stay_unnamed(db, scheme):
    got = _all(db, scheme, [
        "Customers emailed Chatterbox to say their accounts had been emptied.",
    ])
    assert got[0].name is None, got[0].reason


def test_a_message_in_another_clause_gives_no_sender(db, scheme):
    got = _all(db, scheme, [
        "After Zipto emailed riders, union official Sam Lee wrote to the company to say the "
        "targets were unsafe.",
    ])
    assert got[0].name == "Sam Lee", got[0].reason
