"""", adding" with a thing as its object ("adding a second production line", "adding 50
jobs") says nothing: no speech verb, no speaker (thirty-eighth round, issue 11, bug fix on
branch w11left384; ``not_said.adding_a_thing``, data ``context38_adding_a_thing``).

From a try helper's blind try (a factory creating jobs): "Voltaris Cells will expand its
plant at Wilton International, near Redcar, adding a second production line by the end of
next year." was proposed with the speaker "Redcar" ("subject of 'adding'"); the writer's
gold has it context with no source. "adding that ...", "adding the buses had ..." (a
clause) and a quotation after "adding" stay speech.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

import pytest
from support.proposals import accepted

_LEDE = "Northgate Foods opened a bakery in Leeds in March."


def _last(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")[-1]


@pytest.mark.parametrize("sentence", [
    "Northgate Foods will extend its depot near Hull, adding a second loading bay by the "
    "spring.",
    "The firm expanded its site last year, adding 50 jobs.",
    "The company opened a depot in Hull, adding about 40 jobs.",
])
def test_adding_a_thing_names_no_speaker(db, scheme, sentence):
    got = _last(db, scheme, [_LEDE, sentence])
    assert got.name is None
    assert got.label == "context"


# --- near misses: as before ---

def test_adding_that_is_speech(db, scheme):
    got = _last(db, scheme, [_LEDE, "The company said sales rose, adding that it had "
                                    "never been busier."])
    assert got.name == "Northgate Foods"


def test_adding_a_clause_is_speech(db, scheme):
    got = _last(db, scheme, [_LEDE, "Mark Rowe, the firm's manager, praised the staff, "
                                    "adding a new oven had doubled output."])
    assert (got.label, got.name) == ("claim", "Mark Rowe")


def test_adding_a_quotation_is_speech(db, scheme):
    got = _last(db, scheme, [_LEDE, "Mark Rowe, the firm's manager, praised the staff, "
                                    "adding: \"a new oven has doubled our output\"."])
    assert got.name == "Mark Rowe"
