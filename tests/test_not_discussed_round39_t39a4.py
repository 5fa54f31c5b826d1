"""A body that says it does not discuss a case declines to comment: context with that body as
the source (thirty-ninth round, issue 11, bug fix on branch t39a4; data ``no_comment`` in
data/cues/en.json).

From a try helper's blind try on a football club's unpaid tax: "HMRC said it does not discuss
individual taxpayers." was proposed as a claim by reported speech: the decline phrases knew
"does not comment", "declined to discuss" and "would not discuss", not a standing policy of
not discussing ("does not discuss", "cannot discuss", "could not discuss"). The guidelines:
declining to comment is context, and keeps its speaker as the source. A decline the speaker
goes on from ("... but that patients are written to", "declined to comment but said ...")
is no silence: the sentence's act is what it then says (``reading._goes_on``; a tuned-on
line, train13's "The trust said it could not discuss individual cases but that ...", is a
denial).

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

import pytest
from support.proposals import accepted

_LEDE = "Supporters accused the owners of Barnfield Town of hiding an unpaid tax bill."


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("HMRC said it does not discuss individual taxpayers.", "HMRC"),
    ("Barclays said it could not discuss a customer's affairs.", "Barclays"),
    ("The Gambling Commission said it cannot discuss individual betting accounts.",
     "Gambling Commission"),
])
def test_a_body_that_does_not_discuss_a_case_declines(db, scheme, sentence, speaker):
    got = accepted(db, scheme, [_LEDE, sentence], "en")[-1]
    assert got.label == "context"
    assert got.name == speaker


# --- near miss: a discussion that took place is told, as before ---

def test_a_discussion_held_is_unchanged(db, scheme):
    got = accepted(db, scheme, [_LEDE, "The league said its board had discussed the club's "
                                       "accounts on Monday."], "en")[-1]
    assert "declines" not in got.label_reason


# --- a decline the speaker goes on from ("but that ...", "but said ...") is no silence ---

_TRUST = "Patients accused Calder Vale Hospitals NHS Trust of hiding waiting times."


@pytest.mark.parametrize("sentence", [
    "The trust said it could not discuss individual cases but that patients are written to "
    "when their appointment changes.",
    "The trust declined to comment on individual cases but said patients are written to when "
    "their appointment changes.",
])
def test_a_decline_the_speaker_goes_on_from_is_its_statement(db, scheme, sentence):
    got = accepted(db, scheme, [_TRUST, sentence], "en")[-1]
    assert got.label != "context"
    assert got.name == "Calder Vale Hospitals NHS Trust"
