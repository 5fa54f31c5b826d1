"""An owner's pronoun and a noun, then the name it stands for after "the" between commas,
speaks as that name (thirty-third round, issue 11, bug fix on branch i11try33a;
domain/proposals/reading.py ``_owned_noun_apposed``).

The lead's article: "Her union, the Health Services Union, said it had collected rosters
from 23 workers ..." was proposed with no speaker ("no speaker named"): the "the" after the
comma was read as the start of a description set apart ("Dmitry Peskov, the Kremlin
spokesman,"), so the subject ended at "Her union". Without the "the" ("His lawyer, Daniel
Morgan, said") or without the pronoun ("The union, the Health Services Union, said") the
name was read already.

Every sentence but the lead's is invented for this test; none is taken from the
benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted


def _one(db, scheme, sentence, language="en"):
    return accepted(db, scheme, [sentence], language)[0]


# --- the lead's case ---

def test_the_lead_case_her_union_the_named_union(db, scheme):
    got = _one(db, scheme, "Her union, the Health Services Union, said it had collected "
                           "rosters from 23 workers showing breaks recorded that never "
                           "happened.")
    assert got.name == "Health Services Union", got.reason


# --- the class, on sentences of our own ---

def test_his_firm_the_named_group(db, scheme):
    got = _one(db, scheme, "His firm, the Acme Group, said the shifts were fair.")
    assert got.name == "Acme Group", got.reason


def test_their_landlord_the_named_trust(db, scheme):
    got = _one(db, scheme, "Their landlord, the Harbourside Housing Trust, said the repairs "
                           "would be finished in March.")
    assert got.name == "Harbourside Housing Trust", got.reason


def test_after_a_frame(db, scheme):
    got = _one(db, scheme, "In a statement, her union, the Health Services Union, said the "
                           "rosters were false.")
    assert got.name == "Health Services Union", got.reason


def test_after_a_quotation(db, scheme):
    got = _one(db, scheme, '"The rosters were falsified," her union, the Health Services '
                           'Union, said.')
    assert got.name == "Health Services Union", got.reason


def test_an_abbreviation_after_the(db, scheme):
    got = _one(db, scheme, "Her union, the HSU, said breaks were never recorded.")
    assert got.name == "HSU", got.reason


# --- near forms that worked before and must stay ---

def test_without_the(db, scheme):
    got = _one(db, scheme, "His lawyer, Daniel Morgan, said the charges would be contested.")
    assert got.name == "Daniel Morgan", got.reason


def test_without_the_a_body(db, scheme):
    got = _one(db, scheme, "Their landlord, Harbourside Homes, said the repairs would be "
                           "finished in March.")
    assert got.name == "Harbourside Homes", got.reason


def test_indonesian_owner_suffix(db, scheme):
    got = _one(db, scheme, "Pengacaranya, Budi Santoso, mengatakan bahwa tuduhan itu tidak "
                           "benar.", "id")
    assert got.name == "Budi Santoso", got.reason


def test_a_name_then_a_description_still_names_the_person(db, scheme):
    got = _one(db, scheme, "Dmitry Peskov, the Kremlin spokesman, said the claims were "
                           "false.")
    assert got.name == "Dmitry Peskov"


# --- near misses: no name taken ---

def test_a_title_after_the_is_no_name(db, scheme):
    got = _one(db, scheme, "Her boss, the Chief Executive, said the shifts were fair.")
    assert got.name != "Executive" and got.name != "Chief Executive", got.reason


def test_a_description_after_the_is_no_name(db, scheme):
    got = _one(db, scheme, "Her union, the largest in the sector, said the rosters were "
                           "false.")
    assert got.name is None or "largest" not in got.name, got.reason
