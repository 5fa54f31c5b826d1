"""A state or police body named after a lede's described campaign group or union is another
party, never the group's name (thirty-sixth round, issue 11, bug fix on branch w9group2;
domain/proposals/named_next.py ``state_body``, read in entities.py (the table's
``named_next``), engine._named_later and speakers_english._named_next; data
``speaker36_state_bodies``).

The try helper's variant of a wire story: "An environmental group accused Meridian Bulk
Lines of dumping oily water off Andros." / "The Hellenic Coast Guard said it had opened a
preliminary investigation." The coast guard, named next as it speaks, was proposed as the
environmental group's name; so were a city council after "A housing charity has accused"
and a ministry after "A campaign group has accused".

Every sentence but the try helper's variant is invented for this test; none is taken from
the benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

from annotator.domain.proposals.lexicon import lexicon
from annotator.domain.proposals.named_next import state_body


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


# --- the try helper's case ---

def test_the_coast_guard_is_not_the_environmental_group(db, scheme):
    got = _all(db, scheme, [
        "An environmental group accused Meridian Bulk Lines of dumping oily water off Andros.",
        "The Hellenic Coast Guard said it had opened a preliminary investigation.",
        "The company faces a fine of up to 1.5 million euros if the investigation finds a "
        "violation, the coastguard said.",
    ])
    assert got[0].label == "accusation"
    assert got[0].name != "Hellenic Coast Guard", got[0].reason
    assert got[1].name == "Hellenic Coast Guard"


# --- the class, on sentences of our own ---

def test_a_city_council_is_not_the_housing_charity(db, scheme):
    got = _all(db, scheme, [
        "A housing charity has accused landlords in Harlow of ignoring damp in rented flats.",
        "Harlow City Council said it had received 85 complaints about damp this year.",
    ])
    assert got[0].name != "Harlow City Council", got[0].reason
    assert got[1].name == "Harlow City Council"


def test_a_ministry_is_not_the_campaign_group(db, scheme):
    got = _all(db, scheme, [
        "A campaign group has accused the transport ministry of ignoring unsafe bridges.",
        "The Ministry of Transport said engineers had inspected 40 bridges this year.",
    ])
    assert got[0].name != "Ministry of Transport", got[0].reason


def test_the_police_are_not_the_union(db, scheme):
    got = _all(db, scheme, [
        "A drivers' union has accused Vanta Cabs of docking wages for unpaid fines.",
        "Greater Dunmore Police said officers had been called to the depot twice.",
    ])
    assert got[0].name != "Greater Dunmore Police", got[0].reason


def test_the_heads_read():
    lex = lexicon("en")
    for noun, name in (("group", "Hellenic Coast Guard"), ("charity", "Leeds City Council"),
                       ("group", "Ministry of Labour"), ("union", "Metropolitan Police"),
                       ("coalition", "Port Authority"), ("group", "Dorset Coastguard")):
        assert state_body(noun, name, lex), (noun, name)


# --- near misses: nothing changes ---

def test_a_group_named_next_still_names_it(db, scheme):
    got = _all(db, scheme, [
        "An environmental group accused Kessel Shipping of dumping oily water off Andros.",
        "Clean Seas Alliance said its divers had filmed the slick.",
    ])
    assert got[0].name == "Clean Seas Alliance", got[0].reason


def test_not_a_state_body_or_not_a_group():
    lex = lexicon("en")
    for noun, name in (("group", "Norwegian Refugee Council"),  # an aid group's name
                       ("union", "Police Federation"),  # a union of officers
                       ("regulator", "Financial Conduct Authority"),  # no group noun
                       ("watchdog", "Ministry of Labour"),
                       ("group", "Clean Seas Alliance")):
        assert not state_body(noun, name, lex), (noun, name)


def test_a_regulator_described_still_takes_its_name(db, scheme):
    got = _all(db, scheme, [
        "The energy regulator has fined Brightway Power 2 million pounds for overcharging "
        "customers.",
        "The Energy Supply Authority said the company had billed 12,000 households twice.",
    ])
    assert got[1].name == "Energy Supply Authority"
