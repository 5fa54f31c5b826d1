"""A title word that is also a given name, written capitalised before a surname after a
role noun or where a name stands, is the person's given name (thirty-fifth round, issue 11,
bug fix on branch w6dean; name_words.given_name_at, naming._person_closing and
naming._titled_surname; data ``speaker35_given_name_titles``).

The case (a try helper's blind try, a football match report): '"We were comfortable for an
hour ...," said Wyvern manager Dean Holloway, whose side ...' proposed "Holloway" as a new
source: "dean" is an office's title (speaker_office_titles), so "Dean" was read as his
title. After a role noun ("manager") it is his given name. "Dean Sarah Cole" (a title before
two name words), "the dean, Professor X" (in lower case) and "Acting Dean Cole" (after a
title's modifier) keep the title.

Every sentence but the lead's case is invented for this test; none is taken from the
benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

_OPENING = ("Two goals from substitute Femi Okonjo gave Calder Town a come-from-behind win "
            "over Wyvern United on Saturday.")
_HOLLOWAY = ('"We were comfortable for an hour and then we stopped doing the basics," said '
             'Wyvern manager Dean Holloway, whose side have now lost three of their last four '
             'away games.')
_MATCH = "Rovers came from behind to beat Wyvern United 2-1 on Saturday."


def _names(db, scheme, sentences):
    return [got.name for got in accepted(db, scheme, sentences, "en")]


# --- the lead's case ---

def test_the_lead_case_manager_dean_holloway(db, scheme):
    names = _names(db, scheme, [
        _OPENING,
        '"Femi has been knocking on the door for weeks and today he kicked it down," said '
        'Town manager Paul Whitcombe.',
        _HOLLOWAY,
        "He said defender Marcus Adeyemi would have a scan on his ankle on Monday after "
        "limping off late on.",
    ])
    assert names[2] == "Dean Holloway"
    assert names[3] == "Dean Holloway"


# --- the class, on sentences of our own ---

def test_after_a_role_noun_the_given_name(db, scheme):
    names = _names(db, scheme, [
        _MATCH,
        '"We were unlucky," said Rovers coach Dean Ward.',
        '"It was a fair result," said Wyvern Manager Dean Holloway.',
    ])
    assert names[1:] == ["Dean Ward", "Dean Holloway"]


def test_after_a_role_noun_the_lists_do_not_hold(db, scheme):
    names = _names(db, scheme, [_MATCH, '"It was a fair result," said striker Dean Ellis.'])
    assert names[1] == "Dean Ellis"


def test_where_a_name_stands(db, scheme):
    names = _names(db, scheme, [
        _MATCH,
        "Dean Holloway accused the referee of \"losing control of the game\".",
        "Holloway told reporters his players had been \"brilliant\".",
        '"It was a fair result," said Mr Dean Parry, the club\'s chairman.',
    ])
    assert names[1:] == ["Dean Holloway", "Dean Holloway", "Dean Parry"]


def test_named_again_by_the_surname(db, scheme):
    names = _names(db, scheme, [
        _MATCH,
        "Wyvern manager Dean Holloway said the club would appeal against the red card.",
        "Holloway said his players had been \"brilliant\".",
    ])
    assert names[1:] == ["Dean Holloway", "Dean Holloway"]


# --- near misses: the title stays a title ---

def test_a_dean_before_two_name_words(db, scheme):
    names = _names(db, scheme, [
        "The university's law school cancelled its graduation ceremony on Friday.",
        "Dean Sarah Cole said the ceremony was postponed.",
    ])
    assert names[1] == "Sarah Cole"


def test_the_dean_in_lower_case(db, scheme):
    names = _names(db, scheme, [
        "The university's law school cancelled its graduation ceremony on Friday.",
        '"It was the only safe choice," said the dean, Professor Mark Hill.',
    ])
    assert names[1] == "Mark Hill"


def test_a_modified_title_and_the_surname_after_it(db, scheme):
    names = _names(db, scheme, [
        "The university's law school closed its main hall on Friday.",
        "Acting Dean Mark Lyle told students the hall was closed.",
        "Dean Lyle said the hall would reopen in May.",
    ])
    assert names[1:] == ["Mark Lyle", "Mark Lyle"]


def test_a_title_after_a_capitalised_word(db, scheme):
    names = _names(db, scheme, [
        "The university's law school closed its main hall on Friday.",
        '"The hall is unsafe," said Harvard Law School Dean Cole.',
    ])
    assert names[1] != "Dean Cole"


def test_a_dean_of_a_body_after_of(db, scheme):
    names = _names(db, scheme, [
        "The university cancelled its graduation ceremony on Friday.",
        '"It was the only safe choice," said Dean Cole of the law school.',
    ])
    assert names[1] != "Dean Cole"
