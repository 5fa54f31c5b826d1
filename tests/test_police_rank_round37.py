"""A British police rank written short before a name ("PC Laura Ferris", "Det Insp Mark
Lane", "DCI Helen Shaw", "Sgt Tom Hale", "PCSO Amy Ward") is no part of the person's name:
the source is "Laura Ferris", as "Constable Diane Rowe" is "Diane Rowe" (thirty-seventh
round, issue 11, bug fix on branch t37c3; data/cues/en.json "honorifics" and
"speaker37_police_ranks", domain/proposals/name_words.py ``_bare``).

The try article (t37c, a local paper's police appeal after a tractor theft): "PC Laura
Ferris, of West Mercia Police's rural crime team, said thefts of farm machinery in north
Shropshire had risen this year." was proposed with the source "PC Laura Ferris", and the
quotation after it ("..., she said.") carried the same, so the registry held the rank as
part of her name. "PC", "DC" and "DS" are also the letters of other names ("PC World", "DS
Smith"): a rank only before two name words or more.

Every sentence but the try article's is invented for this test; none is taken from the
benchmark's sets."""

from __future__ import annotations

import pytest
from support.proposals import accepted

_THEFT = ("Police are appealing for information after a tractor worth about £90,000 was "
          "stolen from a farm near Market Drayton overnight on Tuesday.")


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


# --- the try article's case ---

def test_pc_is_no_part_of_the_name(db, scheme):
    got = _all(db, scheme, [
        _THEFT,
        "PC Laura Ferris, of West Mercia Police's rural crime team, said thefts of farm "
        "machinery in north Shropshire had risen this year.",
        '"We\'d urge anyone who was on the A529 in the early hours of Wednesday and has '
        'dashcam footage to get in touch," she said.',
    ])
    assert got[1].name == "Laura Ferris", got[1].reason
    assert got[2].name == "Laura Ferris", got[2].reason


# --- the class, on sentences of our own ---

@pytest.mark.parametrize("sentence, person", [
    ("Det Insp Mark Lane said the gang had targeted six farms.", "Mark Lane"),
    ("DCI Helen Shaw said officers were following several lines of inquiry.", "Helen Shaw"),
    ("Sgt Tom Hale said the tractor had not been recovered.", "Tom Hale"),
    ("PCSO Amy Ward said patrols would be stepped up.", "Amy Ward"),
    ('"We are asking people to check their sheds," said DC Paul Byrne.', "Paul Byrne"),
    ("DS Jane Roe said the van had false number plates.", "Jane Roe"),
])
def test_short_ranks_are_no_part_of_the_name(db, scheme, sentence, person):
    got = _all(db, scheme, [_THEFT, sentence])
    assert got[1].name == person, got[1].reason


# --- near misses: the letters of a company's name stay ---

def test_pc_world_keeps_its_name(db, scheme):
    got = _all(db, scheme, [
        "Laptop prices fell again in November.",
        "The electronics retailer PC World said it would cut prices on laptops.",
    ])
    assert got[1].name == "PC World", got[1].reason


def test_ds_smith_keeps_its_name(db, scheme):
    got = _all(db, scheme, [
        "Packaging makers reported higher sales in the third quarter.",
        "DS Smith said its packaging sales had risen by 4%.",
    ])
    assert got[1].name == "DS Smith", got[1].reason


def test_a_rank_spelled_out_is_unchanged(db, scheme):
    got = _all(db, scheme, [
        _THEFT,
        "Detective Sergeant Niamh Coughlan said the tractor had been found in a field.",
    ])
    assert got[1].name == "Niamh Coughlan", got[1].reason
