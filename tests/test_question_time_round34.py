"""An opening participle of a debate or a question time before the person who speaks
(thirty-fourth round, issue 11, try helper t34politics; domain/proposals/speakers_english.py,
``_FRAMES``).

The try article: a housing minister answers questions in the Commons. "Answering questions
in the Commons, Lucy Trenholm said the rise showed ..." was proposed with no source, as
"Speaking in the Commons, X said" never was: the rules did not know "Answering" as a frame
set off by a comma, so the subject read was the whole opening. The quotation after it ("...,"
she said) then carried the description of the sentence before ("housing minister") instead
of her name. The person after the comma speaks; the frame words added are those of a debate
or of questions put ("Answering", "Replying", "Addressing", "Opening", "Winding", "Pressed",
"Questioned", "Challenged", "Quizzed", "Interviewed").

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

_LEDE = ("Councils in England started building 11,400 homes for social rent in the year to "
         "September, the housing minister told MPs on Tuesday.")


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


def test_the_try_article_minister_answering_questions(db, scheme):
    got = _all(db, scheme, [
        _LEDE,
        "Answering questions in the Commons, Lucy Trenholm said the rise showed that changes "
        "to council borrowing rules announced last year were \"starting to bear fruit\".",
        '"For the first time in a generation, councils are builders again," she said.',
    ])
    assert got[1].name == "Lucy Trenholm", got[1].reason
    assert got[2].name == "Lucy Trenholm", got[2].reason


def test_frames_of_a_debate_on_sentences_of_our_own(db, scheme):
    openings = ("Answering questions from MPs", "Replying to the debate",
                "Pressed on the waiting lists", "Opening the debate",
                "Challenged over the figures", "Winding up for the opposition")
    names = ("Mark Dunmore", "Sarah Quill", "Tom Hale", "Ruth Okafor", "Alan Price",
             "Jane Moss")
    got = _all(db, scheme, [
        "Ministers have defended the council housing figures published on Monday.",
        *(f"{opening}, {name} said the programme had met its target."
          for opening, name in zip(openings, names, strict=True)),
    ])
    assert [g.name for g in got[1:]] == list(names), [g.reason for g in got[1:]]


def test_near_misses_keep_their_reading(db, scheme):
    got = _all(db, scheme, [
        "Ministers have defended the council housing figures published on Monday.",
        "Speaking in the Commons, Mark Dunmore said the programme had met its target.",
        "Lucy Trenholm said the rules were working.",
        "Residents answering the survey said the repairs had not been done.",
    ])
    assert got[1].name == "Mark Dunmore"
    assert got[2].name == "Lucy Trenholm"
    assert got[3].name is None  # a plural of unnamed people: no source
