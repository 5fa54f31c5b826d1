"""A verb of dismissing whose object is people fires them; it rejects no claim (thirty-sixth
round, issue 11, bug fix on branch w9dismiss1; acts.sacked_people, data ``deny36_sacked``).

The try helper's article: a garment workers' union accuses a factory of withholding wages,
and says "managers had threatened to dismiss anyone who joined protests". "dismiss" was read
as a denial cue (dismissing a claim), which put the union on the accused side, so its
general secretary's next quote became "the accused side replies": a denial. Dismissing
people ("dismiss anyone", "dismissed 40 workers", "dismissed her in March") is firing
them; dismissing allegations, claims or criticism stays a denial.

Every sentence but the try article's is invented for this test; none is taken from the
benchmark's sets."""

from __future__ import annotations

import pytest
from support.proposals import accepted

_OPENING = (
    "A Bangladeshi garment workers' union has accused Sonali Threads Ltd, a supplier to several "
    "European fashion chains, of withholding wages from more than 2,300 workers for three "
    "months.")
_THREAT = (
    "The National Garment Workers' Alliance said on Tuesday that staff at the company's two "
    "factories in Gazipur, north of Dhaka, had not been paid since November, and that managers "
    "had threatened to dismiss anyone who joined protests.")
_QUOTE = ('"The owners are shipping orders every week and paying nobody," said Rokeya Akter, '
          "the alliance's general secretary.")


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


def _one(db, scheme, sentence):
    return _all(db, scheme, [sentence])[0]


# --- the try article ---

def test_the_threat_to_dismiss_anyone_is_no_denial(db, scheme):
    got = _all(db, scheme, [_OPENING, _THREAT, _QUOTE])
    threat, quote = got[1], got[2]
    assert threat.label == "accusation", threat.label_reason
    assert threat.name == "National Garment Workers' Alliance"
    assert quote.label != "denial", quote.label_reason
    assert "accused side" not in quote.label_reason


# --- the class, on sentences of our own ---

@pytest.mark.parametrize("sentence", [
    "The union said the company had dismissed 40 workers who joined the strike.",
    "Drivers said the firm threatened to dismiss anyone who spoke to reporters.",
    "She said the hotel dismissed her in March after she asked for a contract.",
    "The nurses said the clinic was dismissing staff who refused unpaid overtime.",
    "The teachers' union said the school dismissed the two teachers without a hearing.",
])
def test_people_dismissed_are_sacked(db, scheme, sentence):
    got = _one(db, scheme, sentence)
    assert got.label != "denial", got.label_reason
    assert "dismiss" not in got.label_reason, got.label_reason


# --- near misses: a claim, criticism or people's words dismissed stays a denial ---

@pytest.mark.parametrize("sentence", [
    "The company dismissed the allegations.",
    "The ministry dismissed the claims as baseless.",
    "The mayor dismissed criticism of the project.",
    "The firm dismissed workers' complaints about the heat.",
    "The company dismissed staff concerns about the heat.",
    "The minister dismissed the protesters as paid agitators.",
    "The club dismissed her concerns about the pitch.",
    "The company dismissed them as lies.",
])
def test_claims_dismissed_stay_denials(db, scheme, sentence):
    got = _one(db, scheme, sentence)
    assert got.label == "denial", got.label_reason


# --- the speaker's own instruction denied: a denial, not a duty owed to the speaker ---
# (the first person's "never asked anyone to" was read as a duty withheld once "dismiss
# anyone" no longer made the sentence a denial)

@pytest.mark.parametrize("sentence", [
    '"We have never asked anyone to falsify a record, and we would dismiss anyone who did," '
    "the director said.",
    '"I never told staff to skip the safety checks," the manager said.',
])
def test_own_instruction_denied(db, scheme, sentence):
    got = _one(db, scheme, sentence)
    assert got.label == "denial", got.label_reason


@pytest.mark.parametrize("sentence", [
    '"We were never told about the closure," one resident said.',
    '"We were never asked to sign anything," a worker said.',
])
def test_duty_owed_to_the_speaker_stays_the_wrong(db, scheme, sentence):
    got = _one(db, scheme, sentence)
    assert got.label != "denial", got.label_reason
