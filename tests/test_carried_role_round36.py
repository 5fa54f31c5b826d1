"""A person the article first names with a lay role, then "she said": the person without
the role (thirty-sixth round, issue 11, bug fix on branch t36e3;
domain/proposals/speakers_english.py).

The try's article (an energy supplier's back-bills): "Pensioner Maureen Tilsley, 78, of
Wrexham, was told she owed £2,460 ...", then '"I have paid my direct debit every single
month ...," she said.' The pronoun was resolved to the person the article named last, held
with her role: "Pensioner Maureen Tilsley", a new source, and the quotation after it
continued it. "Pensioner Maureen Tilsley said" is already proposed as "Maureen Tilsley"
(the role dropped); the pronoun now gets the same name.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

_OPENING = ("Customers of Brightwell Energy say they have been sent catch-up bills for gas "
            "and electricity, some demanding more than £3,000.")
_OMBUDSMAN = ("The Energy Ombudsman said it had received 412 complaints about the supplier's "
              "back-billing since June.")
_TOLD = ("Pensioner Maureen Tilsley, 78, of Wrexham, was told she owed £2,460 for "
         "electricity dating back to 2022.")
_SHE = ('"I have paid my direct debit every single month and now they say I owe '
        'thousands," she said.')
_MORE = '"I have not slept properly since the letter came."'


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


# --- the try's case ---

def test_she_said_is_the_pensioner_without_the_role(db, scheme):
    got = _all(db, scheme, [_OPENING, _OMBUDSMAN, _TOLD, _SHE, _MORE])
    assert got[3].name == "Maureen Tilsley", got[3].reason
    assert got[4].name == "Maureen Tilsley", got[4].reason


# --- the class, on sentences of our own ---

def test_a_tenant_then_he_said(db, scheme):
    got = _all(db, scheme, [
        "Kingsway Housing Association has been accused of leaving damp flats unrepaired "
        "for years.",
        "Kingsway Housing Association said it had repaired 200 flats this year.",
        "Tenant Marcus Obi, 41, has lived with black mould in his bedroom since 2024.",
        '"Nobody from the association has been to look at it," he said.',
    ])
    assert got[3].name == "Marcus Obi", got[3].reason


def test_a_nurse_then_she_told(db, scheme):
    got = _all(db, scheme, [
        "Staff at Redbrook Hospital say night shifts are routinely left short of nurses.",
        "The hospital trust said it had recruited 60 nurses since January.",
        "Nurse Alison Crane worked four night shifts alone in March.",
        '"We were left on our own with 30 patients," she said.',
    ])
    assert got[3].name == "Alison Crane", got[3].reason


# --- near misses ---

def test_a_person_named_without_a_role_is_unchanged(db, scheme):
    got = _all(db, scheme, [
        "The Energy Ombudsman said it had received 412 complaints about the supplier.",
        "Maureen Tilsley, 78, of Wrexham, was told she owed £2,460 for electricity.",
        '"I have paid my direct debit every single month," she said.',
    ])
    assert got[2].name == "Maureen Tilsley", got[2].reason


def test_a_councillor_keeps_the_name_rule_of_councillors(db, scheme):
    got = _all(db, scheme, [
        "The Energy Ombudsman said it had received 412 complaints about the supplier.",
        "Councillor Jenny Okafor, 52, visited the estate on Friday.",
        '"These bills are a scandal," she said.',
    ])
    assert got[2].name in ("Jenny Okafor", "Councillor Jenny Okafor"), got[2].reason
