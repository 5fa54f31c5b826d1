"""A body named as a quoted speaker's affiliation spoke there, through its member: it is no
party the article merely talked of before it spoke (thirty-fourth round, issue 11, bug fix
on branch i11member34; domain/proposals/spoken_of.py, data ``label19_talked_of``
``affiliation``).

The lead's article: campaigners accuse a police force of excessive force at a protest; a
protester is quoted ("..., said Marcus Bell, 34, a member of the Clean Air Avonmouth
group."), and the next sentence, "The group claims officers removed their identification
numbers before moving in.", was proposed a denial: "the accused side's reply ... (Clean
Air Avonmouth group: the article talked of 'clean' before it spoke)". The group is the
accusing side; its name was written as the quoted protester's membership.

Every sentence but the lead's is invented for this test; none is taken from the benchmark's
sets."""

from __future__ import annotations

import pytest
from support.proposals import accepted

from annotator.domain.proposals import lexicon
from annotator.domain.proposals.spoken_of import talked_of

EN = lexicon("en")

_LEAD = [
    "Campaigners have accused Avon and Somerset Police of using excessive force to clear a "
    "peaceful protest outside a lorry depot in Avonmouth on Tuesday night.",
    "Footage shared on social media appears to show an officer pushing a woman to the ground "
    "as protesters blocked the depot's gates.",
    "\"We were sitting with our arms linked and singing, and they came in swinging,\" said "
    "Marcus Bell, 34, a member of the Clean Air Avonmouth group.",
    "Mr Bell said four protesters were taken to hospital, one with a suspected broken wrist.",
    "The group claims officers removed their identification numbers before moving in.",
]


def test_the_lead_group_is_not_the_accused_side(db, scheme):
    got = accepted(db, scheme, _LEAD, "en")[-1]
    assert got.label != "denial", got.label_reason
    assert "talked of" not in got.label_reason


@pytest.mark.parametrize("speaker, text, before", [
    ("Clean Air Avonmouth group", "The group claims officers removed their numbers.",
     "\"They came in swinging,\" said Marcus Bell, 34, a member of the Clean Air Avonmouth "
     "group."),
    ("Hartley Street Action", "The campaign claims the landlord was warned twice.",
     "\"Nobody checked the wiring,\" said Omar Haddad, an organiser at Hartley Street "
     "Action."),
    ("Save Marlow Woods", "The campaign says the felling broke the licence.",
     "\"They cut forty trees in a day,\" said Ruth Ames, a supporter of Save Marlow Woods."),
])
def test_a_body_written_as_a_persons_affiliation_is_no_party_talked_of(speaker, text,
                                                                         before):
    assert talked_of(speaker, text, [before], {}, EN) is None


@pytest.mark.parametrize("speaker, text, before", [
    # the body complained about, named with no one's role before it
    ("Harwood Lettings", "Harwood Lettings said the deposits were returned.",
     "Forty tenants who rented through Harwood Lettings lost their deposits."),
    # members without an article: the body as the accused, not a person's affiliation
    ("Harwood Lettings", "The agency said the deposits were returned.",
     "Tenants accused members of Harwood Lettings staff of keeping deposits."),
    # a supporter told without a role noun
    ("Save Marlow Woods", "The campaign says the felling broke the licence.",
     "\"They cut forty trees in a day,\" said Ruth Ames, who backs Save Marlow Woods."),
])
def test_a_body_talked_of_still_ties(speaker, text, before):
    assert talked_of(speaker, text, [before], {}, EN)
