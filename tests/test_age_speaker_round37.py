"""An age written like a title before a person's name is no part of the name (thirty-seventh
round, issue 11, bug fix on branch t37a1; domain/proposals/speakers_english.py).

The try article: a town library reopens after a refurbishment; its last quote is "Eight-year-old
Maisie Tate said the new beanbags were "the best bit"." The speaker was registered as
"Eight-year-old Maisie Tate" (the age, capitalised at the start of the sentence, read as the
first word of the name), and a later "said eight-year-old Maisie Tate" kept that name. An age
before a name ("Eight-year-old", "72-year-old", "Seventy-two-year-old") is dropped like a
descriptor ("Tutor Hannah Vo"); only a person has an age, so no guard is needed.

Every sentence but the try article's is invented for this test; none is taken from the
benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

_OPENING = ("Hexham's library reopened to the public on Friday after an eight-month "
            "refurbishment costing £1.2 million.")


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


# --- the try article's case ---

def test_the_try_article_age_is_not_the_name(db, scheme):
    got = _all(db, scheme, [
        _OPENING,
        "He said the council had no plans to close any of its 17 libraries.",
        'Eight-year-old Maisie Tate said the new beanbags were "the best bit".',
        "The library will host a Christmas story-time session on December 19, with free "
        "entry.",
    ])
    assert got[2].label == "claim"
    assert got[2].name == "Maisie Tate", got[2].reason


# --- the class, on sentences of our own ---

def test_figures_and_compound_numbers(db, scheme):
    got = _all(db, scheme, [
        "Residents of the Fairfield estate say the underpass has flooded every winter.",
        "72-year-old Joan Bell said she had waited three hours for a bus at the stop.",
        "Seventy-two-year-old Arthur Pegg said he had stopped using the tunnel in March.",
    ])
    assert got[1].name == "Joan Bell", got[1].reason
    assert got[2].name == "Arthur Pegg", got[2].reason


def test_a_later_quote_after_the_name_keeps_the_person(db, scheme):
    got = _all(db, scheme, [
        _OPENING,
        "Nine-year-old Oliver Grant said the new computers were faster than the old ones.",
        '"I want to come every day," said nine-year-old Oliver Grant.',
    ])
    assert got[1].name == "Oliver Grant", got[1].reason
    assert got[2].name == "Oliver Grant", got[2].reason


# --- near misses that must not change ---

def test_age_and_descriptor_before_the_name_still_the_person(db, scheme):
    got = _all(db, scheme, [
        _OPENING,
        "Seventy-year-old pensioner Joan Bell said she had waited three hours.",
        "Retired nurse Joan Bell, 72, said she had waited three hours.",
    ])
    assert got[1].name == "Joan Bell"
    assert got[2].name == "Joan Bell"


def test_an_age_before_a_body_is_not_read(db, scheme):
    got = _all(db, scheme, [
        "Parents at a primary school in Chesterfield say they are owed refunds.",
        "The 150-year-old Brookfield Lane Primary School said it had not kept any money.",
    ])
    assert got[1].name != "Lane Primary School"
