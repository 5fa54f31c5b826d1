"""A school principal's title before her name is no part of the name (thirty-seventh round,
issue 11, bug fix on branch t37a4; data ``speaker17_en`` "descriptors" in data/cues/en.json,
read by domain/proposals/speakers_english.py).

Found while trying the class of the try article (a school accused over a cancelled trip's
money; its head answers): "Principal Dana Kerr said the academy followed the law on every
pupil who left." registered "Principal Dana Kerr", where "Headteacher Anita Gormley said"
gave Anita Gormley. "Principal" is now a descriptor written like a title ("Tutor Hannah Vo"),
dropped with the same guard (the rest is written as a person: "she", an age, the surname
alone), so "Principal Financial Group" is untouched.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

_LEDE = ("Parents have accused a Bradford academy of removing struggling pupils from its roll "
         "before exams.")


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


def test_principal_before_the_name_is_dropped(db, scheme):
    got = _all(db, scheme, [
        _LEDE,
        "Principal Dana Kerr said the academy followed the law on every pupil who left.",
        '"We have nothing to hide," she said.',
    ])
    assert got[1].name == "Dana Kerr", got[1].reason
    assert got[2].name == "Dana Kerr", got[2].reason


def test_principal_with_the_surname_later(db, scheme):
    got = _all(db, scheme, [
        _LEDE,
        "Principal Omar Haddad said every pupil who left had moved to another school.",
        "Mr Haddad said the figures would be published in January.",
    ])
    assert got[1].name == "Omar Haddad", got[1].reason


# --- near misses that must not change ---

def test_a_company_named_principal_stays(db, scheme):
    got = _all(db, scheme, [
        _LEDE,
        "Principal Financial Group said it had no stake in the academy.",
    ])
    assert got[1].name == "Principal Financial Group", got[1].reason
