""""found" in a reduced passive after a noun describes whoever is found; its subject is no
speaker (thirty-seventh round, issue 11, bug fix on branch t37d3;
domain/proposals/reading.py, _found_described in _undergone).

The try article (a wire story; a rugby club charged with breaching the salary cap): "Under
league rules, a club found to have overspent by more than 10 percent faces a deduction of
up to 35 points and a fine of three times the excess." The rules read "found" as the verb
of a finding and proposed its subject, "a club", as a new source, written as a described
speaker. The sentence states a rule: narration, no source.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

import pytest
from support.proposals import accepted


def _one(db, scheme, sentence):
    return accepted(db, scheme, [sentence], "en")[0]


# --- the try article's case ---

def test_the_try_article_rule_has_no_speaker(db, scheme):
    got = _one(db, scheme,
               "Under league rules, a club found to have overspent by more than 10 percent "
               "faces a deduction of up to 35 points and a fine of three times the excess.")
    assert got.name is None, got.reason


# --- the class, on sentences of our own ---

@pytest.mark.parametrize("sentence", [
    "A driver found guilty of the offence faces a fine of up to 1,000 pounds.",
    "Any operator found in breach of the rules will lose its licence.",
    "A company found to be responsible for the spill must pay for the clean-up.",
])
def test_the_party_found_is_no_speaker(db, scheme, sentence):
    got = _one(db, scheme, sentence)
    assert got.name is None, got.reason


# --- near misses that must not change ---

def test_a_finding_keeps_its_finder(db, scheme):
    got = _one(db, scheme, "An audit found that the club had overspent by 1.3 million "
                           "pounds.")
    assert got.name and got.name.casefold() == "audit"


def test_a_named_finder_still_speaks(db, scheme):
    got = _one(db, scheme, "The Premier Rugby Board found that the club had overspent by "
                           "1.3 million pounds.")
    assert got.name == "Premier Rugby Board"
