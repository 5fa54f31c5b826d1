"""A police spokesperson never speaks for a council or another body that spoke in the sentence
before (thirty-seventh round, issue 11, bug fix on branch lt37a2;
domain/proposals/spoken_for.py, ``_quoted_just_before``).

Found while probing the lead's blind try (a council passing complaints on): after "Northgate
Council said it had passed the complaints to the police.", "A police spokesperson said officers
were making inquiries." was proposed as Northgate Council ("'police' = Northgate Council, the
body that spoke in the sentence before"): a government body's noun took the government body
that spoke last, though a force is no council.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

import pytest
from support.proposals import accepted


def _last(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")[-1]


@pytest.mark.parametrize("before", [
    "Northgate Council said it had passed the complaints to the police.",
    "Harrowfield Borough Council said it had alerted the police.",
    "The Department for Transport said the matter was for the police.",
])
@pytest.mark.parametrize("spokesperson", [
    "A police spokesperson said officers were making inquiries.",
    "A police spokeswoman said a man had been questioned.",
])
def test_a_police_spokesperson_is_not_the_body_before(db, scheme, before, spokesperson):
    got = _last(db, scheme, [before, spokesperson])
    assert got.name not in ("Northgate Council", "Harrowfield Borough Council",
                            "Department for Transport")


# --- near misses: a force that spoke before, a council's own spokesperson ---

@pytest.mark.parametrize("force", ["Kent Constabulary", "Avon and Somerset Police"])
def test_a_force_that_spoke_before_is_still_the_police(db, scheme, force):
    got = _last(db, scheme, [f"{force} said it had received the complaint.",
                             "A police spokesperson said officers were making inquiries."])
    assert got.name == force


def test_a_council_spokesperson_still_speaks_for_the_council(db, scheme):
    got = _last(db, scheme, [
        "Northgate Council said it had passed the complaints to the police.",
        "A council spokesperson said officers were making inquiries."])
    assert got.name == "Northgate Council"
