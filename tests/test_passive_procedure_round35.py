"""Procedure to come told in the passive with a verb of sending, carrying out, launching,
opening, checking, visiting or setting up: "A spokesman for the Ministry of Environment and
Forestry said a team would be sent to the site to check the boundaries." is what the
ministry will do next, context that keeps its speaker, as "the figures would be reviewed"
already was (thirty-fifth round, issue 11, bug fix on branch i11passive35; data
``scene_future_acts`` in data/cues/en.json). A future told as what others were promised
("they were told refunds would be sent within days") is their account of a promise, not
procedure (``scene35_promised_before``, narration._promised_to_others).

The lead's sentence comes from his blind try (a wire story on a palm oil firm accused of
clearing protected forest; gold written before the first run); it was proposed a claim.
Every other sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

import pytest
from support.proposals import accepted

_LEAD = ("A spokesman for the Ministry of Environment and Forestry said a team would be sent "
         "to the site to check the boundaries.")


@pytest.mark.parametrize("sentence", [
    _LEAD,
    "The council said an inspector would be sent to the estate next week.",
    "The company said an investigation would be carried out.",
    "The club said an inquiry would be launched into the incident.",
    "Police said a case would be opened by detectives in Hull.",
    "The regulator said the meters would be checked by an independent engineer.",
    "A spokeswoman said a working group would be set up with residents.",
])
def test_passive_procedure_to_come_is_context(db, scheme, sentence):
    got = accepted(db, scheme, [sentence], "en")[0]
    assert got.label == "context", got.label_reason


@pytest.mark.parametrize("sentence", [
    "Customers said they were told refunds would be sent within days but none arrived.",
    "Residents said they were assured the repairs would be carried out before winter.",
])
def test_a_promise_others_were_given_is_not_procedure(db, scheme, sentence):
    got = accepted(db, scheme, [sentence], "en")[0]
    assert "procedure to come" not in got.label_reason, got.label_reason
