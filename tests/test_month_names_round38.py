"""A month that is a given name opens a person's name after a descriptor written like a title
(thirty-eighth round, issue 11, bug fix on branch t38d2; domain/proposals/speakers_english.py,
``_descriptor_dropped``, data ``speaker38_given_months``).

The try article (a new GP surgery opens): "Patient June Atkinson, 82, said the bus stop
outside made it much easier to reach than her old surgery." was proposed with the source
"Patient June Atkinson", where "Pharmacist Owen Reilly said" in the same article was Owen
Reilly: "June" is a month, and a month was never read as part of a person's name, so the
descriptor was kept. April, May, June and August are given names too; the first word of the
name after the descriptor may now be one of them (where the descriptor is dropped at all:
"Pensioner May Holt", "Tenant August Wilde" and a title's path, "Nurse August Lindqvist",
read by other rules, are left as they were).

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

import pytest
from support.proposals import accepted


def _one(db, scheme, sentence):
    return accepted(db, scheme, [sentence], "en")[0]


# --- the try article's case ---

def test_patient_june_atkinson(db, scheme):
    got = _one(db, scheme, "Patient June Atkinson, 82, said the bus stop outside made it much "
                           "easier to reach than her old surgery.")
    assert got.name == "June Atkinson", got.reason


# --- the class, on sentences of our own ---

@pytest.mark.parametrize(("sentence", "name"), [
    ("Shopper June Carr, 61, said prices had gone up every week since the summer.",
     "June Carr"),
    ("Resident April Dunn, 34, said the road had flooded twice this year.", "April Dunn"),
    ("Parent June Okafor, 38, said her daughter had missed a fortnight of school.",
     "June Okafor"),
])
def test_a_month_opening_the_name_after_a_descriptor(db, scheme, sentence, name):
    assert _one(db, scheme, sentence).name == name


# --- near misses that must not change ---

def test_other_descriptors_unchanged(db, scheme):
    got = _one(db, scheme, "Pharmacist Owen Reilly, 45, said the pharmacy would stay open "
                           "until 8pm on weekdays.")
    assert got.name == "Owen Reilly"


def test_a_body_after_a_descriptor_word_is_kept(db, scheme):
    got = _one(db, scheme, "Patient Safety Learning said it had received 40 reports from "
                           "families.")
    assert got.name != "Safety Learning"
