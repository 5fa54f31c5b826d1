"""Seeking assurances or clarification from a party is an appeal (thirty-eighth round, issue
11, bug fix on branch t38b6; data ``appeal_context`` in data/cues/en.json).

The try helper's local story: an island airline disputes the aviation regulator's finding
of missed engine checks; "Orkney Islands Council, which subsidises the inter-island routes,
said it was \"seeking urgent assurances\" from the operator." was proposed as the council's
claim. Asking a party for assurances, clarification or an explanation is a request reported
to one party: an appeal, context with its speaker (the guidelines).

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

_LEDE = ("An island airline that carries hundreds of Orkney passengers each week has "
         "rejected a Civil Aviation Authority finding that it failed to carry out required "
         "engine inspections on two of its aircraft.")
_REPORT = ("The CAA's report, published on Wednesday, said Skerry Air had missed scheduled "
           "checks on the propellers of two aircraft on 14 occasions.")


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


# --- the try helper's case ---

def test_the_council_seeking_assurances_is_an_appeal(db, scheme):
    got = _all(db, scheme, [_LEDE, _REPORT, "Orkney Islands Council, which subsidises the "
                            "inter-island routes, said it was \"seeking urgent assurances\" "
                            "from the operator."])[2]
    assert got.label == "context", got.label_reason
    assert got.name == "Orkney Islands Council"


# --- the class, on sentences of our own ---

def test_clarification_sought_is_an_appeal(db, scheme):
    got = _all(db, scheme, [_LEDE, _REPORT, "The Scottish Government said it had sought "
                            "clarification from the airline about the missed checks."])[2]
    assert got.label == "context", got.label_reason


def test_an_explanation_sought_is_an_appeal(db, scheme):
    got = _all(db, scheme, [_LEDE, _REPORT, "Transport Scotland said it was seeking an "
                            "explanation from Skerry Air."])[2]
    assert got.label == "context", got.label_reason


# --- near misses that must not change ---

def test_assurances_given_are_no_appeal(db, scheme):
    got = _all(db, scheme, [_LEDE, _REPORT, "Skerry Air said it had given the council "
                            "assurances that every aircraft was safe to fly."])[2]
    assert "an appeal" not in got.label_reason, got.label_reason
