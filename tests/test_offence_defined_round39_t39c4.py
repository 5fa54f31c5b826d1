"""A denial cue inside the offence a law defines ("The Representation of the People Act 1983
makes it an offence to publish a false statement of fact about a candidate ...") tells what
the law forbids: nothing is called untrue, no claim is rejected (thirty-ninth round, issue
11, bug fix on branch t39c4; no_denial.offence_defined, data ``deny39_offence_defined``).

The try helper t39c's blind try (a local democracy reporter's story about misleading
election leaflets, gold written before any proposal): the sentence was a denial ("cue
'false'"); the guidelines make it context, background with no speaker.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

import pytest
from support.proposals import accepted


def _one(db, scheme, sentence):
    return accepted(db, scheme, [sentence], "en")[0]


def test_the_try_case(db, scheme):
    got = _one(db, scheme, "The Representation of the People Act 1983 makes it an offence to "
                           "publish a false statement of fact about a candidate's personal "
                           "character or conduct in order to affect the result of an "
                           "election.")
    assert (got.label, got.name) == ("context", None)


@pytest.mark.parametrize("sentence", [
    "It is a criminal offence to make a false declaration on a nomination form.",
    "Knowingly making a false statement on an expenses claim is a criminal offence.",
])
def test_other_offences_defined(db, scheme, sentence):
    assert _one(db, scheme, sentence).label == "context"


# --- near misses: what must not change ---

@pytest.mark.parametrize("sentence", [
    "He said it was illegal to hold the vote and the figures were false.",
    "The council said the claims were false.",
    "Ms Okafor said the leaflet made false statements about her.",
])
def test_a_statement_called_false_stays_a_denial(db, scheme, sentence):
    assert _one(db, scheme, sentence).label == "denial"
