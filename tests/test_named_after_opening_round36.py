"""A body the lede describes ("A campaign group on Thursday accused ...") and the next
sentence names after an opening phrase ("In a report published on its website, Clean Delta
Alliance said ...") is that body (thirty-sixth round, issue 11, the lead's blind try of a
wire story; named_next.py). Before, only a name opening the sentence was read, so the lede's
speaker was proposed as "campaign group", a source the analyst would have to rename.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

_WIRE = [
    "A campaign group on Thursday accused Norvane Chemicals of understating nitrous oxide "
    "emissions from its fertiliser plant near Rotterdam by as much as a third.",
    "In a report published on its website, Clean Delta Alliance said measurements taken by "
    "a drone over the site in September showed emissions far above the figures the company "
    "had filed with regulators.",
    "Norvane rejected the findings.",
]


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


def test_the_try_case_lede_takes_the_name_after_an_opening_phrase(db, scheme):
    got = _all(db, scheme, _WIRE)
    assert got[0].name == "Clean Delta Alliance", got[0].reason
    assert got[1].name == "Clean Delta Alliance", got[1].reason
    assert got[2].name == "Norvane Chemicals"


def test_a_regulator_named_after_a_time_phrase(db, scheme):
    got = _all(db, scheme, [
        "The water regulator has fined Severn Vale Water £2m for missing leakage targets.",
        "On Tuesday, Aqua Standards Board said the company had failed to fix 4,000 leaks.",
        "Severn Vale Water said it would appeal.",
    ])
    assert got[0].name == "Aqua Standards Board", got[0].reason


def test_a_union_named_after_a_statement_phrase(db, scheme):
    got = _all(db, scheme, [
        "A nurses' union has accused Larkfield Hospital of leaving wards understaffed.",
        "In a statement, the Royal Union of Ward Staff said rotas showed two nurses for 30 beds.",
    ])
    assert got[0].name == "Royal Union of Ward Staff", got[0].reason


# --- near misses: an opening phrase before the accused party, or a person ---

def test_the_accused_after_an_opening_phrase_is_not_the_accuser(db, scheme):
    got = _all(db, scheme, [
        "A campaign group on Thursday accused Norvane Chemicals of understating emissions.",
        "In a statement, Norvane Chemicals said its figures were audited.",
    ])
    assert got[0].name != "Norvane Chemicals", got[0].reason


def test_a_person_after_an_opening_phrase_names_no_body(db, scheme):
    got = _all(db, scheme, [
        "A campaign group on Thursday accused Norvane Chemicals of understating emissions.",
        "In an interview, she said the drone data were clear.",
    ])
    assert got[0].name != "she", got[0].reason
