"""A speech verb in the present tense after a plural subject is reported speech, as "say"
is (thirty-third round, issue 11, bug fix on branch i11plural33;
domain/proposals/present_plural.py, data ``speech_present_plural``).

The lead's article: hospital cleaners say a contractor docked their pay for meal breaks they
never took; its second sentence, "The workers, employed by contractor BrightServ Facilities,
claim the deductions have cost some of them more than $3,000 over the past year.", was
proposed "context: no speech verb": only "claims" and "claimed" were speech verbs. The bare
forms are nouns too ("a pay claim") and verbs of other senses ("maintain the road"), so the
reading asks for a plural subject before the verb and a clause opening after it.

Every sentence but the lead's is invented for this test; none is taken from the benchmark's
sets."""

from __future__ import annotations

import pytest
from support.proposals import accepted

_LEAD = ("The workers, employed by contractor BrightServ Facilities, claim the deductions "
         "have cost some of them more than $3,000 over the past year.")


def _one(db, scheme, sentence):
    return accepted(db, scheme, [sentence], "en")[0]


def test_the_lead_sentence_is_reported_speech(db, scheme):
    got = _one(db, scheme, _LEAD)
    assert got.label != "context", got.label_reason
    assert "reported speech 'claim'" in got.label_reason
    assert got.name is None  # workers not named: no source


@pytest.mark.parametrize("sentence, verb", [
    ("The workers claim the deductions have cost them thousands.", "claim"),
    ("Critics argue that the new rota leaves drivers no time to eat.", "argue"),
    ("Staff contend the roster breaks the award.", "contend"),
    ("They insist the letters were never sent.", "insist"),
    ("Residents, who live beside the quarry, claim the dust has made them ill.", "claim"),
    ("Campaigners warn that the bridge could close within a year.", "warn"),
])
def test_a_plural_subject_reports_speech(db, scheme, sentence, verb):
    got = _one(db, scheme, sentence)
    assert got.label != "context", got.label_reason
    assert verb in got.label_reason


@pytest.mark.parametrize("sentence", [
    "The council will maintain the road until the bypass opens.",
    "The union lodged a pay claim with the employer in March.",
    "Members can claim the refund online until Friday.",
    "Families were told to claim compensation through the insurer.",
])
def test_a_noun_or_another_sense_is_no_speech(db, scheme, sentence):
    got = _one(db, scheme, sentence)
    assert "reported speech 'claim'" not in got.label_reason
    assert "reported speech 'maintain'" not in got.label_reason
