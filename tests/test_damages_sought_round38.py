""""Damages" sought, claimed or paid is no harm a party caused (thirty-eighth round, issue
11, bug fix on branch t38b5; domain/proposals/harmed.py, ``_noun_after``, data
``harm38_noun_after``).

The try helper's wire story: "Environment Secretary Maria Teresa Lualhati said about 2,300
fishermen had been barred from going to sea since the spill." then "The government will
seek damages from the operator and its insurer, she added." The harm reading took
"damages" for the verb ("X damages Y") and "The government will seek" for its doer: "a harm
caused by government will seek: 'damages'", an accusation. After "seek", "claim", "pay",
"for" and the like, "damages" is the noun: the sentence is a plan, context.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

_LEDE = ("The Philippine Coast Guard on Tuesday accused Singapore-based tanker operator "
         "Halverson Marine of causing an oil spill off Oriental Mindoro.")
_FISHERMEN = ("Environment Secretary Maria Teresa Lualhati said about 2,300 fishermen had "
              "been barred from going to sea since the spill.")


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


# --- the try helper's case ---

def test_the_government_seeking_damages_is_a_plan(db, scheme):
    got = _all(db, scheme, [_LEDE, _FISHERMEN, "The government will seek damages from the "
                            "operator and its insurer, she added."])[2]
    assert got.label == "context", got.label_reason
    assert "harm caused" not in got.label_reason
    assert got.name == "Maria Teresa Lualhati"


# --- the class, on sentences of our own ---

def test_damages_sought_before_is_no_harm(db, scheme):
    got = _all(db, scheme, [
        "Residents of Marsh Lane have accused Ellery Waste of letting rats overrun the "
        "street.",
        "Councillor Ruth Amos said the residents had sought damages from the firm last "
        "year.",
    ])[1]
    assert "harm caused" not in got.label_reason, got.label_reason


def test_damages_paid_is_no_harm(db, scheme):
    got = _all(db, scheme, [
        "A Leeds care home has been accused of neglecting a resident with dementia.",
        "The home's manager, Paul Kerr, said the owners had paid damages to another family "
        "in 2021.",
    ])[1]
    assert "harm caused" not in got.label_reason, got.label_reason


# --- near misses that must not change ---

def test_a_discharge_that_damages_crops_is_still_a_harm(db, scheme):
    got = _all(db, scheme, [
        "Farmers in Kedah say a palm oil mill has polluted their irrigation canal.",
        "Farmer Ahmad Razak said the mill's discharge damages his rice every dry season.",
    ])[1]
    assert got.label == "accusation", got.label_reason
