"""A body's name whose capitalised words are joined by a lower-case "for a", "against a" or
"against the" is the whole name, and one that opens with a plural of people ("Parents
Against Cuts", "Residents for a Cleaner Lusaka") is a body, not unnamed people
(thirty-fifth round, issue 11, bug fix on branch w7group; domain/proposals/name_words.py
_joins/run_back, reading.py _people_named_body).

The try helper's article: villagers say a copper mine's dam leaked; "The group Citizens for
a Better Kafue said it had recorded two earlier leaks" got no source, the lower-case "a"
inside the name breaking it ("Better Kafue" after "a" named nobody).

Every sentence but the try helper's article is invented for this test; none is taken from
the benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

_OPENING = (
    "KITWE, Zambia, May 19 (PAW) - Villagers along a tributary of the Kafue River say a copper "
    "mine's tailings dam leaked acidic waste into their water last week, killing fish and "
    "leaving crops withered along a 20-kilometre stretch.")
_DENIAL = ("Chisanga Copper said in a statement that the discolouration was caused by a burst "
           "pipe that was repaired within six hours.")
_GROUP = ("The group Citizens for a Better Kafue said it had recorded two earlier leaks from "
          "the same dam, in 2019 and 2022.")


def _last(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")[-1]


# --- the try helper's case ---

def test_the_case_names_the_group_whole(db, scheme):
    got = _last(db, scheme, [_OPENING, _DENIAL, _GROUP])
    assert got.name == "Citizens for a Better Kafue", got.reason


# --- the class, on sentences of our own ---

def test_for_a_inside_a_name_as_the_subject(db, scheme):
    got = _last(db, scheme, ["Alliance for a Green Ndola said the council had hidden the "
                             "figures."])
    assert got.name == "Alliance for a Green Ndola", got.reason


def test_for_a_after_the_campaign(db, scheme):
    got = _last(db, scheme, ["The campaign Coalition for an Open Lusaka accused the ministry "
                             "of hiding the audit."])
    assert got.name == "Coalition for an Open Lusaka", got.reason


def test_against_the_inside_a_name(db, scheme):
    got = _last(db, scheme, ["Campaign against the Kafue Dam said the permit was unlawful."])
    assert got.name == "Campaign against the Kafue Dam", got.reason


def test_a_body_named_by_a_plural_and_against(db, scheme):
    got = _last(db, scheme, ["The campaign Parents Against Cuts said the council had misled "
                             "families."])
    assert got.name == "Parents Against Cuts", got.reason


def test_a_plural_and_against_as_the_subject(db, scheme):
    got = _last(db, scheme, ["Parents Against Cuts said the council had misled families."])
    assert got.name == "Parents Against Cuts", got.reason


def test_a_plural_and_a_capitalised_without(db, scheme):
    got = _last(db, scheme, ["Doctors Without Borders said its clinic had treated 40 "
                             "children."])
    assert got.name == "Doctors Without Borders", got.reason


def test_a_body_named_by_a_plural_and_for_a(db, scheme):
    got = _last(db, scheme, ["Residents for a Cleaner Lusaka accused the company of lying."])
    assert got.name == "Residents for a Cleaner Lusaka", got.reason


# --- near misses: unchanged ---

def test_for_a_opening_the_object_names_nobody(db, scheme):
    got = _last(db, scheme, ["The group called for a Better Deal campaign, its leader said."])
    assert got.name is None


def test_residents_of_a_place_stay_unnamed(db, scheme):
    got = _last(db, scheme, ["Residents of Millbrook said the water had turned blue."])
    assert got.name is None


def test_residents_for_a_place_stay_unnamed(db, scheme):
    got = _last(db, scheme, ["Residents for Kamfinsa said the pipe had burst twice."])
    assert got.name is None


def test_a_person_of_a_body_stays_the_person(db, scheme):
    got = _last(db, scheme, ["Hydrologist Ruth Banda of the University of Zambia said the "
                             "levels were dangerous."])
    assert got.name == "Ruth Banda", got.reason


def test_friends_of_the_earth_as_before(db, scheme):
    got = _last(db, scheme, ["The charity Friends of the Earth said the figures were wrong."])
    assert got.name == "Friends of the Earth", got.reason
