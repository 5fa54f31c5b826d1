""""has done nothing wrong", "have done nothing wrong" deny, as "did nothing wrong" does: the
lexicon had the denial cue only in the past tense (thirty-ninth round, issue 11, bug fix on
branch t39c5; data/cues/en.json ``denial``).

The try helper t39c's blind try (a local democracy reporter's story about a councillor's
undeclared interest, gold written before any proposal) had the councillor's reply
"Everything was done by the book, and I will co-operate fully with any review," read as a
claim (left: a defence joined to a pledge to co-operate); UK political copy writes "insists
he has done nothing wrong" as often as "denies", and that was a claim too.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

import pytest
from support.proposals import accepted

_ALLEGED = ("Cllr Priya Shah alleged that Mr Titley had pressed officers to extend the "
            "tender deadline.")


def _last(db, scheme, sentence):
    return accepted(db, scheme, [_ALLEGED, sentence], "en")[-1]


@pytest.mark.parametrize("sentence", [
    "Mr Titley insists he has done nothing wrong.",
    "\"I have done nothing wrong,\" Mr Titley told the BBC.",
    "A spokesperson for the council said officers had done nothing wrong.",
])
def test_nothing_wrong_done(db, scheme, sentence):
    assert _last(db, scheme, sentence).label == "denial"


# --- near misses: what must not change ---

@pytest.mark.parametrize("sentence", [
    "Cllr Shah said the council had done nothing about the complaint.",
    "She said Mr Titley had done nothing to stop it.",
])
def test_the_accuser_negating_is_no_denial(db, scheme, sentence):
    assert _last(db, scheme, sentence).label != "denial"
