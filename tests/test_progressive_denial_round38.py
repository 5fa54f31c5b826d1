"""A denial verb in the progressive ("is contesting", "is denying", "was disputing") leaves its
subject the speaker, as "has always denied" does since round 37 (thirty-eighth round, issue 11,
bug fix on branch w11left381; ``_progressive_denial`` in domain/proposals/reading.py).

From a try helper's leftover: "He is contesting all the charges.", "Mr Lowe is denying the
allegations." and "The company is disputing the figures." were denials with no speaker.
Only "is"/"was"/"are"/"were" right before a denial verb's -ing form (an adverb of time may
stand between): never a passive ("was accused", "are being disputed").

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

import pytest
from support.proposals import accepted

_LEDE = "Mark Doyle, a builder from Northgate, was accused of overcharging customers."
_FIRM = "Ferncliffe Homes, a housing company in Leeds, was accused by tenants of ignoring mould."


def _last(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")[-1]


@pytest.mark.parametrize("sentence", [
    "He is contesting all the charges.",
    "Mr Doyle is denying the allegations.",
    "Mr Doyle was denying the claims on Tuesday.",
    "Mr Doyle is still disputing the figures.",
    "Mr Doyle is rejecting the claims.",
])
def test_a_progressive_denial_keeps_the_subject(db, scheme, sentence):
    got = _last(db, scheme, [_LEDE, sentence])
    assert (got.label, got.name) == ("denial", "Mark Doyle")


def test_a_company_disputing(db, scheme):
    got = _last(db, scheme, [_FIRM, "The company is disputing the figures."])
    assert (got.label, got.name) == ("denial", "Ferncliffe Homes")


# --- near misses: as before ---

def test_a_passive_names_no_speaker(db, scheme):
    got = _last(db, scheme, [_LEDE, "Mr Doyle is being accused of fraud."])
    assert got.name is None


def test_a_passive_progressive_names_no_speaker(db, scheme):
    got = _last(db, scheme, [_LEDE, "The claims are being disputed."])
    assert got.name is None


def test_the_perfect_still_keeps_its_subject(db, scheme):
    got = _last(db, scheme, [_LEDE, "Mr Doyle has denied the allegations."])
    assert (got.label, got.name) == ("denial", "Mark Doyle")
