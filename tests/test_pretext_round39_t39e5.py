"""A party's act called "a sham" or "a pretext", and "victimisation" named as what was done,
state a wrong: an accusation by whoever says so (thirty-ninth round, issue 11, bug fix on
branch t39e5; data/cues/en.json ``wrongdoing``: "a sham", "a pretext", "victimisation",
"victimization").

The helper's try (an employment tribunal story, gold written before any proposal): "Her
barrister, Oliver Haines, told the panel the redundancy was "a pretext" and pointed out that
nobody else in the eight-strong team had been selected." had no cue of a wrong ("rules:
claim"), and the label model made it a denial.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

import pytest
from support.proposals import accepted

_LEAD = ("A former nurse at Elmfield Care Homes was unfairly dismissed after she raised "
         "concerns about staffing, an employment tribunal heard.")


def _last(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")[-1]


@pytest.mark.parametrize("sentence", [
    "Her barrister told the panel the redundancy was a sham.",
    "Her solicitor, Dev Mistry, said the restructuring was \"a pretext\" to remove her.",
    "Her union representative said the transfer to night shifts was plain victimisation.",
])
def test_an_act_called_a_sham_or_a_pretext_is_an_accusation(db, scheme, sentence):
    assert _last(db, scheme, [_LEAD, sentence]).label == "accusation"


# --- near misses: what must not change ---

def test_the_accused_calling_the_case_a_sham_denies(db, scheme):
    got = _last(db, scheme, [_LEAD, "Elmfield Care Homes denies the claims.",
                             "An Elmfield spokesman said the case was a sham designed to "
                             "extract a payout."])
    assert got.label == "denial", got.label_reason


def test_a_sham_only_as_a_topic_stays_a_claim(db, scheme):
    got = _last(db, scheme, [_LEAD, "Her barrister asked the panel whether the selection "
                             "process had been a sham."])
    assert got.label != "accusation", got.label_reason
