"""A described speaker who says a named person "told" her something speaks the sentence,
not the person she quotes (thirty-seventh round, issue 11, bug fix on branch t37d2;
domain/proposals/reading.py, _relayed_by_described).

The try article (a local paper; parents accuse a swimming coach of bullying): "Another
mother, who asked not to be named, said Mr Toller had told her son he would "never make a
squad" if his parents kept complaining." The first verb's subject, "Another mother", is a
description nobody names (the guidelines: the source as written); the rules found no name
before "said" and took the subject of the next verb, "told": Mr Toller, the accused coach,
as the speaker of his accuser's sentence.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

import pytest
from support.proposals import accepted


def _one(db, scheme, sentence):
    return accepted(db, scheme, [sentence], "en")[0]


# --- the try article's case ---

def test_the_try_article_mother_speaks_not_the_coach(db, scheme):
    got = accepted(db, scheme, [
        "Parents of young swimmers at a Sheffield club have accused its head coach of "
        "bullying children as young as 11.",
        "Mr Toller, who has coached at the club since 2014, said the claims were "
        '"completely untrue".',
        'Another mother, who asked not to be named, said Mr Toller had told her son he would '
        '"never make a squad" if his parents kept complaining.',
    ], "en")[2]
    assert got.name != "Graham Toller" and got.name != "Toller", got.reason
    assert got.name and got.name.casefold() == "another mother"


# --- the class, on sentences of our own ---

@pytest.mark.parametrize(("sentence", "name"), [
    ("One mother said Mr Toller had told her son he would never make a squad.", "one mother"),
    ("A neighbour said Mr Hale had told her the rent would double.", "a neighbour"),
    ("A former player said Mr Dunn told him to keep quiet about the payments.",
     "a former player"),
])
def test_the_described_speaker_keeps_the_sentence(db, scheme, sentence, name):
    got = _one(db, scheme, sentence)
    assert got.name and got.name.casefold() == name, got.reason


# --- near misses that must not change ---

def test_a_named_speaker_still_speaks(db, scheme):
    got = _one(db, scheme, "Mrs Pryce said Mr Toller had told her son he would never make "
                           "a squad.")
    assert got.name == "Pryce"


def test_a_described_speaker_of_a_plain_clause(db, scheme):
    got = _one(db, scheme, "Another mother said Mr Toller shouted at her son.")
    assert got.name and got.name.casefold() == "another mother"


def test_told_as_the_first_verb_keeps_its_subject(db, scheme):
    got = _one(db, scheme, "Mr Toller told the Gazette he had never humiliated a child.")
    assert got.name == "Toller"
