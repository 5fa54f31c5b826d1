"""A law named inside a relative clause does not make the sentence a rule's general
statement: '"This is peat forest that the law says cannot be touched, and it has been burned
and planted," said the group's campaign director' tells what was done to the forest, and the
law only describes the forest (thirty-fifth round, issue 11, bug fix on branch
i11relrule35; domain/proposals/statute.py ``_in_relative``, data ``context12_rules``
``relatives`` in data/cues/en.json).

The lead's sentence comes from his blind try (a wire story: an NGO accuses a palm oil firm of
clearing protected forest; gold written before the first run): it was proposed context,
"what a rule says in general". Every other sentence is invented for this test; none is taken
from the benchmark's sets."""

from __future__ import annotations

import pytest
from support.proposals import accepted

_LEAD = ('"This is peat forest that the law says cannot be touched, and it has been burned and '
         'planted," said the group\'s campaign director, Rina Hartono.')


@pytest.mark.parametrize("sentence", [
    _LEAD,
    "These are wetlands which the regulations say must not be drained, the campaigners said.",
    '"It is a footpath that the bylaws say must stay open, and it has been fenced off," said '
    "resident Tom Barker.",
])
def test_a_rule_in_a_relative_clause_is_no_general_rule(db, scheme, sentence):
    got = accepted(db, scheme, [sentence], "en")[0]
    assert "what a rule says in general" not in got.label_reason, got.label_reason


@pytest.mark.parametrize("sentence", [
    "The highway code says drivers must not park on the zigzag lines.",
    "Under the rules, every club must publish its accounts.",
    "The licence says the venue must close by midnight on weekdays.",
])
def test_a_rule_s_own_statement_is_still_context(db, scheme, sentence):
    got = accepted(db, scheme, [sentence], "en")[0]
    assert got.label == "context", got.label_reason
