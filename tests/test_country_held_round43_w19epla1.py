"""An allegation whose party is a country named in one word ("Armenia accused Azerbaijan
of ...", "a rights group says Serbian border police beat migrants") held nobody: the names
a dispute reads are of two words or more, so the country's ministry that replied was on no
side and its reply stayed a claim, or, blaming the accuser, an accusation. The one country
the allegation names as a party, neither a place ("from China") nor the accuser's own
(the sentence's first words, the speaker's name), is now held (accused_country.py); its
ministry's reply is the accused side's. Forty-third round, issue 11, branch w19epla1; the
countries in ``placement43_countries``, data/cues/en.json.

Counted on the readable sets before building (benchmarks/proposals/W19EPLA.md). Every
sentence below is invented for this test."""

from __future__ import annotations

from support.proposals import accepted


def test_country_named_after_the_cue_is_held(db, scheme):
    got = accepted(db, scheme, [
        "Armenia accused Azerbaijan on Sunday of shelling three border villages overnight.",
        "Azerbaijan's defence ministry said Armenian troops had shelled its positions for "
        "weeks and called the claim \"a provocation\".",
    ], "en")
    assert got[-1].label == "denial"


def test_country_of_a_demonym_is_held(db, scheme):
    got = accepted(db, scheme, [
        "A rights group says Serbian border police beat a group of migrants and pushed "
        "them back across the frontier in November.",
        "Serbia's interior ministry said officers had escorted the group to a reception "
        "centre near the border.",
    ], "en")
    assert got[-1].label == "denial"


# --- near miss: the accuser's own country is not held ---

def test_accusers_own_ministry_unchanged(db, scheme):
    got = accepted(db, scheme, [
        "Armenia accused Azerbaijan on Sunday of shelling three border villages overnight.",
        "Armenia's interior ministry said two houses had been hit in the village of Sotk.",
    ], "en")
    assert got[-1].label == "claim"
