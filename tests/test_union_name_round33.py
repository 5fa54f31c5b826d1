"""A union named by its members is one speaker, not a joint statement (thirty-third round,
issue 11, bug fix on branch t33biz; domain/proposals/joint.py, cue key
``speaker33_member_heads``).

The case, from a business-wire article of the try: "Food and Allied Workers Local 418 said
..." was split at its "and" into two speakers, "Food" and "Allied Workers Local 418", and
"Food" was proposed. "Workers" heads the whole name as "Police" heads "Avon and Somerset
Police"; lists of bodies ("Britain and France", "Unite and GMB") stay joint statements.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

from annotator.domain.proposals.joint import joint_speakers
from annotator.domain.proposals.lexicon import lexicon


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


def test_a_union_of_workers_with_and_is_one_speaker(db, scheme):
    got = _all(db, scheme, [
        "Meatpacker Ridgeway Beef cut the hours of 200 workers after a strike vote.",
        "United Food and Commercial Workers said on Tuesday that the cuts were retaliation for "
        "the vote.",
        "Ridgeway Beef denied the charge.",
    ])
    assert got[1].name == "United Food and Commercial Workers", got[1].reason


def test_the_local_of_a_union_is_one_speaker():
    lex = lexicon("en")
    assert joint_speakers("Food and Allied Workers Local 418", lex) == ()
    assert joint_speakers("Hotel and Restaurant Employees", lex) == ()


# --- near misses that must not change ---

def test_lists_of_bodies_stay_joint():
    lex = lexicon("en")
    assert joint_speakers("Britain and France", lex) == ("Britain", "France")
    assert joint_speakers("Unite and GMB", lex) == ("Unite", "GMB")
    assert joint_speakers("Oxfam and Greenpeace", lex) == ("Oxfam", "Greenpeace")
