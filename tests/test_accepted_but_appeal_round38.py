"""An accepted penalty and a planned appeal joined by "but" ("said the club accepted the fine
but would appeal against the points deduction") are a reaction to a ruling, context, as
each half alone is (thirty-eighth round, issue 11, bug fix on branch lt38c4;
domain/proposals/ruling_reaction.py ``_appeal_follows``).

The lead's try (a sports story, gold written before any proposal): after "Championship side
Caldervale RFC have been fined £20,000 and docked five points ..., the Rugby Football Union
has announced.", "Caldervale chairman Neil Hargreaves said the club accepted the fine but would
appeal against the points deduction." was a denial ("the accused side replies"): "but" was
read as arguing, which keeps a reaction from being read.

Every sentence but the lead's is invented for this test; none is taken from the benchmark's
sets."""

from __future__ import annotations

import pytest
from support.proposals import accepted

_FINED = ("Championship side Caldervale RFC have been fined £20,000 and docked five points "
          "after players were left unpaid for two months, the Rugby Football Union has "
          "announced.")


def _last(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")[-1]


def test_the_lead_case(db, scheme):
    got = _last(db, scheme, [_FINED, "Caldervale chairman Neil Hargreaves said the club accepted "
                                     "the fine but would appeal against the points deduction."])
    assert (got.label, got.name) == ("context", "Neil Hargreaves")


@pytest.mark.parametrize("sentence", [
    "The club said it accepted the ruling but would appeal against the ban.",
    "Hargreaves said the club respected the decision but the board would appeal.",
    "The club said it accepted the fine but planned to appeal against the deduction.",
])
def test_acceptance_and_appeal(db, scheme, sentence):
    assert _last(db, scheme, [_FINED, sentence]).label == "context"


# --- near misses: what must not change ---

@pytest.mark.parametrize("sentence", [
    "The club said it accepted the fine but would appeal, arguing that the wages had been paid.",
    "The club said it accepted the fine but the wages had been paid in full.",
])
def test_but_with_an_argument_stays_a_reply(db, scheme, sentence):
    assert _last(db, scheme, [_FINED, sentence]).label == "denial"
