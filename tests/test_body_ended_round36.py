"""A lede's described group named next by a campaign body's name that ends in "Watch",
"Action", "Initiative" or "Project", as it acts on what it says of (thirty-sixth round, issue
11, bug fix on branch w9group1; domain/proposals/kinds.py ``body_ended``, named_next.py, data
``speaker36_body_ends``).

The try helper's article: "An environmental group on Monday accused Meridian Bulk Lines ...
/ Blue Aegean Watch released satellite images which it said showed a slick ...". The name
read as a person's (no group noun in it), and the naming sentence opens with no "X said",
so the lede's speaker stayed "environmental group" and "data compiled by the group" later
gave "the group". A name of capitalised words ending in a campaign body's word is a body's;
"X released images which it said showed" names the body as it speaks ("it": the body the
sentence opens with).

Every sentence but the try helper's article is invented for this test; none is taken from
the benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

from annotator.domain.proposals.kinds import PERSON, kind_of
from annotator.domain.proposals.lexicon import lexicon

_ARTICLE = [
    "An environmental group on Monday accused Meridian Bulk Lines, a Cyprus-registered "
    "shipping company, of pumping oily bilge water into the Aegean Sea from one of its cargo "
    "ships off the island of Andros.",
    "Blue Aegean Watch released satellite images which it said showed a slick some 12 "
    "kilometres long trailing the bulk carrier Meridian Star on September 9.",
    '"This was not an accident, the crew simply bypassed the oil separator to save time and '
    'money," the group\'s director, Nikos Papadakis, told AFP.',
    "The Hellenic Coast Guard said it had opened a preliminary investigation and taken "
    "samples from the water and from the vessel's tanks when it docked at Piraeus.",
    "Meridian Bulk Lines rejected the allegation, saying the vessel's oil record book showed "
    "all waste had been delivered to port reception facilities in Izmir.",
    "According to ship-tracking data compiled by the group, the Meridian Star slowed to "
    "under four knots for nearly three hours in the area where the slick was spotted.",
]


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


# --- the try helper's case ---

def test_the_lede_group_is_the_watch_named_next(db, scheme):
    got = _all(db, scheme, _ARTICLE)
    assert got[0].label == "accusation"
    assert got[0].name == "Blue Aegean Watch", got[0].reason
    assert got[1].name == "Blue Aegean Watch"
    assert got[2].name == "Nikos Papadakis"
    assert got[3].name == "Hellenic Coast Guard"
    assert got[4].name == "Meridian Bulk Lines"


def test_data_compiled_by_the_group_is_the_watch(db, scheme):
    got = _all(db, scheme, _ARTICLE)
    assert got[5].name == "Blue Aegean Watch", got[5].reason


# --- the class, on sentences of our own ---

def test_a_name_ending_in_a_campaign_word_is_a_body():
    lex = lexicon("en")
    for name in ("Blue Aegean Watch", "Harrowgate Bills Action", "Clean Rivers Initiative",
                 "Open Courts Project"):
        assert kind_of(name, lex) != PERSON, name


def test_a_person_or_a_lone_word_stays_a_person():
    lex = lexicon("en")
    for name in ("Nikos Papadakis", "Watch", "Mark Ellis", "Action"):
        assert kind_of(name, lex) == PERSON, name


def test_an_action_group_named_as_it_publishes(db, scheme):
    got = _all(db, scheme, [
        "A campaign group has accused Pellham Water of letting raw sewage into the River "
        "Tane for weeks.",
        "Tane Rivers Action published sampling results which it said showed bacteria at 40 "
        "times the safe level.",
        "Pellham Water denied the claims.",
    ])
    assert got[0].name == "Tane Rivers Action", got[0].reason
    assert got[1].name == "Tane Rivers Action"
    assert got[2].name == "Pellham Water"


def test_figures_it_says_show(db, scheme):
    got = _all(db, scheme, [
        "A rights group on Tuesday accused the Dorran Hotel chain of underpaying cleaners.",
        "Fair Pay Initiative released payslips it says show hourly rates below the legal "
        "minimum.",
    ])
    assert got[0].name == "Fair Pay Initiative", got[0].reason


# --- near misses: nothing changes ---

def test_a_person_who_says_she_does_not_name_the_group(db, scheme):
    got = _all(db, scheme, [
        "An environmental group on Monday accused Kessel Shipping of dumping oily water off "
        "Andros.",
        "Maria Kostaki released photographs which she said showed a slick near the port.",
    ])
    assert got[0].name != "Maria Kostaki", got[0].reason


def test_a_described_body_acting_is_no_name(db, scheme):
    got = _all(db, scheme, [
        "An environmental group on Monday accused Kessel Shipping of dumping oily water off "
        "Andros.",
        "The ministry released figures which it said showed fewer spills this year.",
    ])
    assert got[0].name != "ministry"


def test_after_a_comma_it_is_the_answering_party(db, scheme):
    got = _all(db, scheme, [
        "An environmental group on Monday accused Kessel Shipping of dumping oily water off "
        "Andros.",
        "Kessel Shipping rejected the report, which it said was based on blurred images.",
    ])
    assert got[0].name != "Kessel Shipping", got[0].reason
