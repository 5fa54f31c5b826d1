"""A relative named by a given name alone between commas after a named person's kin noun
speaks, not the person whose relative they are (thirty-sixth round, issue 11, bug fix on
branch t36c1; domain/proposals/speakers_proposed.py, ``_kin_given_name``).

The try article: an inquest into a warehouse worker's fall. "Mr Nowicki's sister, Agata,
said the family believed the company had put speed ahead of its workers' lives." was
proposed with the dead man, Kamil Nowicki, as its speaker, and the next sentence ('"...,"
she said outside the court.') then went to the last person named before him, a male
inspector. A name between commas after the role is the one in the role (the guidelines:
the source is who said it); with two or more words it was already read so ("Ms Kirwin's
solicitor, Rafiq Osman, said", role_holder), with a given name alone it was not: the
owner of "sister" was taken.

Every sentence but the try article's is invented for this test; none is taken from the
benchmark's sets."""

from __future__ import annotations

import pytest
from support.proposals import accepted

_INSPECTOR = (
    "A Health and Safety Executive inspector, Paul Greaves, told Northampton Coroner's Court "
    "that a section of guard rail had been taken down to allow a conveyor to be installed and "
    "was never replaced.")
_SISTER = ("Mr Nowicki's sister, Agata, said the family believed the company had put speed "
           "ahead of its workers' lives.")
_SHE = ('"Kamil told us more than once that the top floor was dangerous, and nobody '
        'listened," she said outside the court.')


def _one(db, scheme, sentence):
    return accepted(db, scheme, [sentence], "en")[0]


# --- the try article's case ---

def test_the_sister_speaks_not_the_dead_man(db, scheme):
    got = accepted(db, scheme, [
        "A warehouse worker died after falling nearly five metres from a mezzanine floor, "
        "an inquest has heard.",
        "Kamil Nowicki, 29, suffered fatal head injuries at a distribution centre run by "
        "Halden Logistics in Brackmills, Northampton, on 14 February.",
        _INSPECTOR, _SISTER, _SHE], "en")
    assert got[3].name == "Agata", got[3].reason
    assert got[4].name == "Agata", got[4].reason


# --- the class, on sentences of our own ---

@pytest.mark.parametrize(("sentence", "name"), [
    ("Mr Reid's wife, Sandra, said he had been a careful driver.", "Sandra"),
    ("Kamil's mother, Ewa, told the inquest he loved his job.", "Ewa"),
    ("Mrs Patel's son, Arjun, said the home had ignored her calls for help.", "Arjun"),
    ('"He was always careful," said Mr Reid\'s wife, Sandra.', "Sandra"),
])
def test_a_given_name_between_commas_after_a_kin_noun(db, scheme, sentence, name):
    got = _one(db, scheme, sentence)
    assert got.name == name, got.reason


# --- near misses that must not change ---

def test_an_owner_with_no_comma_still_speaks_through_its_office(db, scheme):
    got = _one(db, scheme, "China's commerce ministry said it would respond.")
    assert got.name == "China's commerce ministry", got.reason


@pytest.mark.parametrize(("sentence", "name"), [
    ("Britain's foreign secretary, James Cleverly, said the talks had failed.",
     "James Cleverly"),
    ("Mr Reid's lawyer, Tom Hart, said the charges were baseless.", "Tom Hart"),
])
def test_a_full_name_between_commas_still_speaks(db, scheme, sentence, name):
    got = _one(db, scheme, sentence)
    assert got.name == name, got.reason


def test_a_role_with_no_name_stays_as_written(db, scheme):
    got = _one(db, scheme, "Mr Reid's lawyer said the charges were baseless.")
    assert got.name == "Reid's lawyer", got.reason


@pytest.mark.parametrize(("sentence", "name"), [
    ("His sister, Agata, said the company had ignored warnings.", "Agata"),
    ("Mr Reid's wife, Sandra Reid, said he had been a careful driver.", "Sandra Reid"),
])
def test_no_owner_or_a_full_name_is_read_as_before(db, scheme, sentence, name):
    got = _one(db, scheme, sentence)
    assert got.name == name, got.reason
