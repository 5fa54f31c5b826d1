"""An unquoted clause closed by a bare spokesperson's attribution ("The ward will reopen on
Monday, a hospital spokeswoman said" has its body; "..., a spokeswoman said." has none) is
the speaker quoted last, as the quoted form ('"...," a spokesperson said') and the fronted
one ("A spokeswoman said ...") already read it: the reading looked for the spokesperson
only at the sentence's start and proposed no source (forty-third round, issue 11, bug fix
on branch w20miss2; reading._closing_attribution).

Counted on the readable sets before building: one gold line of the shape with no source
proposed; the six quoted lines closed by "a spokesperson said" keep their reading. Every
sentence below is invented for this test."""

from __future__ import annotations

import pytest
from support.proposals import accepted

OPENING = "Harbour Freight said it had received the inspectors' letter on Tuesday."


@pytest.mark.parametrize("sentence", [
    "The company will reply to the inspectors by the end of the month, a spokeswoman said.",
    "Both tankers have been moved to a dry dock in Rotterdam, a spokesman said on Friday.",
])
def test_closing_spokesperson_is_the_speaker_quoted_last(db, scheme, sentence):
    got = accepted(db, scheme, [OPENING, sentence], "en")[-1]
    assert got.name == "Harbour Freight", got.reason


# --- near misses: a spokesperson of a named body, or nobody quoted before ---

def test_closing_spokesperson_of_a_named_body_is_that_body(db, scheme):
    got = accepted(db, scheme, [OPENING, "The letter will be answered within a month, a "
                                         "spokeswoman for the Port Authority of Ashby said."],
                   "en")[-1]
    assert got.name == "Port Authority of Ashby", got.reason


def test_closing_spokesperson_with_nobody_quoted_before_stays_no_source(db, scheme):
    got = accepted(db, scheme, ["The letter will be answered within a month, a spokeswoman "
                                "said."], "en")[-1]
    assert got.name is None, got.reason
