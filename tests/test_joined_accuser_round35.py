"""A speaker named in apposition who accuses and then speaks ("Grupo Lumen's sports director,
Ruben Osa, accused Kjeldgaard of 'dangerous sprinting' and said ...") is the accuser, not
the one charged (thirty-fifth round, issue 11, bug fix on branch t35d;
domain/proposals/charged.py, ``_joined``).

The try article (a wire story on a sprinter stripped of a stage win): the rival team's
sports director's sentence was proposed a denial, "the accused side's reply to the
allegation (the sentence charges Ruben Osa: 'accused')": the comma that closes the
apposition around his name was read as the comma that opens a participle frame ("Harwick
Lending, fined £4m by the regulator, said"), so his own "accused" read as said of him. A
speech verb joined to the cue by "and" goes on with the speaker's own verb: no frame.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

import pytest
from support.proposals import accepted

_OPENING = [
    "Danish sprinter Jonas Kjeldgaard was stripped of his victory in the fourth stage of the "
    "Tour of the Basque Hills on Thursday after the race jury ruled he had deviated from his "
    "line in the final 150 metres.",
    "The decision handed the stage to Belgian rider Pieter Vanhoutte of Grupo Lumen, who had "
    "crossed the line half a wheel behind.",
]
_LEAD = ("Grupo Lumen's sports director, Ruben Osa, accused Kjeldgaard of \"dangerous "
         "sprinting\" and said it was the second time this season the Dane had been warned.")


def _last(db, scheme, sentences, language="en"):
    return accepted(db, scheme, sentences, language)[-1]


def test_the_try_sentence_is_an_accusation(db, scheme):
    got = _last(db, scheme, _OPENING + [_LEAD])
    assert got.label == "accusation", got.label_reason
    assert "charges" not in got.label_reason
    assert got.name == "Ruben Osa"


@pytest.mark.parametrize("sentence, name", [
    ("The club's chairman, Gareth Pruett, accused the council of trying to force the club "
     "off its ground and said the rent demand was designed to be refused.", "Gareth Pruett"),
    ("A resident, Mary Okafor, accused the landlord of ignoring the damp for two years and "
     "said her son had developed asthma.", "Mary Okafor"),
    ("The union's regional organiser, Tom Hale, accused the company of cutting breaks and "
     "told reporters that staff were timed on every trip to the toilet.", "Tom Hale"),
])
def test_an_accuser_in_apposition_who_goes_on_speaking(db, scheme, sentence, name):
    got = _last(db, scheme, [sentence])
    assert got.label == "accusation", got.label_reason
    assert got.name == name


# --- near misses: a participle frame closed by a comma still charges the speaker ---

@pytest.mark.parametrize("sentence, name", [
    ("Harwick Lending, fined £4m by the regulator, said its loans were priced within the "
     "rules.", "Harwick Lending"),
    ("The club's owner, Mark Dunn, accused of fraud in May, said every payment went through "
     "the council.", "Mark Dunn"),
    ("Mark Dunn, who was charged with fraud in May, said every payment went through the "
     "council.", "Mark Dunn"),
])
def test_a_frame_around_the_speaker_still_reads_as_his_reply(db, scheme, sentence, name):
    got = _last(db, scheme, [sentence])
    assert got.label == "denial", got.label_reason
    assert "charges" in got.label_reason
    assert got.name == name
