"""A pronoun inside what a described speaker says ("A trading standards spokesperson said it
could not comment") stands for that speaker's own body, never for the person the article
named last (thirty-seventh round, issue 11, bug fix on branch lt37a1;
domain/proposals/reading.py, ``_reported_by_described``).

The lead's article: restaurant owners accuse a pest control firm; the council says it passed
the complaints to trading standards; then "A trading standards spokesperson said it could not
comment on an ongoing inquiry." The "it" of "it could not comment" was read as the subject of
the silence and carried to the speaker before (the council, or a person quoted before), though
the sentence's own speaker is the spokesperson.

Every sentence but the lead's article is invented for this test; none is taken from the
benchmark's sets."""

from __future__ import annotations

import pytest
from support.proposals import accepted

_PERSON = "Mr Hale said he had been overcharged by the garage."


def _last(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")[-1]


# --- the lead's case ---

def test_the_lead_article_spokesperson_is_not_the_council(db, scheme):
    got = _last(db, scheme, [
        "Five restaurant owners in Leicester have accused a pest control company of charging "
        "them for monthly inspections that its technicians never carried out.",
        "Leicester City Council said it was aware of the complaints and had passed them to "
        "trading standards.",
        "A trading standards spokesperson said it could not comment on an ongoing inquiry.",
    ])
    assert got.label == "context"
    assert got.name != "Leicester City Council"
    assert "continues the previous sentence" not in got.reason


# --- the class: a described speaker's reported silence ---

@pytest.mark.parametrize("sentence", [
    "A trading standards spokesperson said it could not comment on an ongoing inquiry.",
    "A police spokesperson said they could not comment while inquiries continued.",
    "A spokesperson for the garage said it could not comment.",
    "Trading standards said that it would not comment on individual cases.",
])
def test_a_described_speakers_silence_is_not_the_person_before(db, scheme, sentence):
    got = _last(db, scheme, [_PERSON, sentence])
    assert got.label == "context"
    assert got.name != "Hale"


def test_the_spokesperson_of_a_named_body_still_speaks_for_it(db, scheme):
    got = _last(db, scheme, [
        "Northgate Council has been accused of ignoring the flooding.",
        "Mr Hale said he had complained six times.",
        "A council spokesperson said it would not comment on individual cases.",
    ])
    assert got.name == "Northgate Council"


# --- near misses: the pronoun is the person's own ---

@pytest.mark.parametrize("sentence", [
    "He said he could not comment further.",
    "He declined to comment.",
    "She said she would not comment while the case continued.",
])
def test_a_pronoun_speakers_silence_still_carries_on(db, scheme, sentence):
    got = _last(db, scheme, [_PERSON, sentence])
    assert got.name == "Hale"
