"""A spokesperson of a body whose name has three words or more speaks for the body (thirty-ninth
round, issue 11, bug fix on branch t39a5; ``reading._described_subject``, ``_names_whole``).

From a try helper's blind try on a football club's finances: "An English Football League
spokesperson said the league was "aware of the matter" ..." had no speaker: a subject of more
than four words was never read as a description, so "A Football Association spokesperson"
was the Football Association and "A Scottish Football Association spokesperson", "A Kelmouth
Borough Council spokesperson" or "A Lawn Tennis Association spokeswoman" nobody. Now the
body's capitalised name running from the determiner to the spokesperson noun, with nothing
else between, is the source, up to seven words in all.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

import pytest
from support.proposals import accepted

_LEDE = "Barnfield Town were fined £20,000 on Monday for fielding an ineligible player."


@pytest.mark.parametrize(("sentence", "body"), [
    ("An English Football League spokesperson said the club had been told of the decision.",
     "English Football League"),
    ("A Kelmouth Borough Council spokesperson said the ground's safety certificate was valid.",
     "Kelmouth Borough Council"),
    ("A Lawn Tennis Association spokeswoman declined to comment.", "Lawn Tennis Association"),
])
def test_a_long_named_bodys_spokesperson_speaks_for_it(db, scheme, sentence, body):
    got = accepted(db, scheme, [_LEDE, sentence], "en")[-1]
    assert got.name == body


# --- near misses: as before ---

def test_a_short_named_bodys_spokesperson_is_unchanged(db, scheme):
    got = accepted(db, scheme, [_LEDE, "A Football Association spokesperson said the club "
                                       "had been told of the decision."], "en")[-1]
    assert got.name == "Football Association"


def test_a_former_spokesperson_does_not_speak_for_the_body(db, scheme):
    got = accepted(db, scheme, [_LEDE, "A former Football Association spokesperson said the "
                                       "fine was too harsh."], "en")[-1]
    assert got.name != "Football Association"
