"""A party outside the accusing side saying it had not done the act an allegation or its
evidence names denies it (thirty-fourth round, issue 11, bug fix on branch w5negated;
domain/proposals/negated_act.py, data ``deny34_negated_act``).

The lead's article: beekeepers say a neighbouring farm sprayed a banned insecticide, lab
tests found thiacloprid, then "Fenland Growers, which farms the fields beside the apiaries,
said it had not used thiacloprid since the ban came into force." was proposed a claim. By
the guidelines the accused side saying the act did not happen is a denial.

Every sentence but the lead's article is invented for this test; none is taken from the
benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

_PESTICIDE = [
    "Beekeepers in south Lincolnshire say a neighbouring farm's spraying of a banned "
    "insecticide killed more than two million bees in a single weekend.",
    "Tom Hargreaves, who keeps 40 hives near Spalding, said he found the ground in front of "
    'every hive "carpeted with dead bees" on the morning of 14 September.',
    "Laboratory tests commissioned by the Lincolnshire Beekeepers' Association found traces "
    "of thiacloprid, an insecticide withdrawn from use in the UK in 2020, in samples from "
    "six apiaries.",
    '"This was not an accident. Someone sprayed a chemical they knew they should not have," '
    "Mr Hargreaves said.",
    "The association has reported the incident to the Health and Safety Executive's "
    "chemicals regulation division.",
]
_FARM = ("Fenland Growers, which farms the fields beside the apiaries, said it had not used "
         "thiacloprid since the ban came into force.")


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


# --- the lead's case ---

def test_the_farm_denies_using_the_insecticide(db, scheme):
    farm = _all(db, scheme, [*_PESTICIDE, _FARM])[-1]
    assert farm.label == "denial", farm.label_reason
    assert farm.name == "Fenland Growers"
    assert "had not used" in farm.label_reason


# --- the class, on sentences of our own ---

def test_had_not_released_what_tests_found_is_a_denial(db, scheme):
    got = _all(db, scheme, [
        "Anglers accuse a water company of letting sewage pour into the River Teme.",
        "Tests by the Angling Trust found ammonia ten times the safe limit below the Ludlow "
        "works.",
        "Severn Dale Water, which runs the works, said it had not released ammonia into the "
        "river that week."])[-1]
    assert got.label == "denial", got.label_reason
    assert got.name == "Severn Dale Water"
    assert "had not released" in got.label_reason


def test_did_not_dump_any_waste_is_a_denial(db, scheme):
    got = _all(db, scheme, [
        "Residents of Millbrook accuse a haulage firm of dumping building waste in Ashcombe "
        "Woods.",
        "Brightway Haulage, whose lorries use the lane beside the woods, said it did not "
        "dump any waste there."])[-1]
    assert got.label == "denial", got.label_reason


def test_its_contractors_did_not_handle_it_is_a_denial(db, scheme):
    got = _all(db, scheme, [
        "Tenants of Orchard House accuse their landlord of leaving asbestos sheets in the "
        "communal garden.",
        "Northgate Homes, which owns the block, said its contractors did not handle asbestos "
        "at the site."])[-1]
    assert got.label == "denial", got.label_reason
    assert "its contractors did not handle" in got.label_reason


# --- near misses: nothing changes ---

def test_the_accusing_sides_own_negation_is_no_denial(db, scheme):
    got = _all(db, scheme, [*_PESTICIDE,
                            "Mr Hargreaves said the farm had not warned them before it "
                            "sprayed the insecticide."])[-1]
    assert got.label != "denial", got.label_reason


def test_a_negation_about_something_else_stays_a_claim(db, scheme):
    got = _all(db, scheme, [*_PESTICIDE,
                            "Fenland Growers, which farms the fields beside the apiaries, "
                            "said it had not yet harvested the field."])[-1]
    assert got.label == "claim", got.label_reason


def test_a_negated_object_not_alleged_stays_a_claim(db, scheme):
    got = _all(db, scheme, [*_PESTICIDE,
                            "Fenland Growers, which farms the fields beside the apiaries, "
                            "said it had not planted oilseed rape this year."])[-1]
    assert got.label == "claim", got.label_reason


def test_a_negated_finding_is_no_denial_of_the_act(db, scheme):
    got = _all(db, scheme, [*_PESTICIDE,
                            "Fenland Growers, which farms the fields beside the apiaries, "
                            "said it had not seen the thiacloprid results."])[-1]
    assert "denies the act" not in got.label_reason


def test_with_no_allegation_before_nothing_is_denied(db, scheme):
    got = _all(db, scheme, [
        "Fenland Growers, which farms 300 hectares near Spalding, said it had not used "
        "thiacloprid since 2020."])[-1]
    assert got.label != "denial", got.label_reason
