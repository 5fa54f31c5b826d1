"""Who lodged a complaint "last year", and whose research "the group's research" is
(thirty-fifth round, issue 11, bug fix on branch t35e; domain/proposals/owned_documents.py
``_WHEN``, data ``context34_timetable`` "owned_nouns").

The try article: a regulator accuses a hotel booking site of hidden fees. "The case follows
a complaint lodged last year by consumer group Fairway Consumers, which tracked 1,200
bookings ..." was an accusation with no source: a time ("last year") between the
participle and "by" hid the filer. "According to the group's research, resort and cleaning
charges ... appeared only after users had entered their card details." had no source: the
research's owner, written as a possessive, was never read.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

_LEDE = ("Britain's competition regulator on Tuesday accused online hotel booking site "
         "StayNest of misleading customers by adding compulsory fees at the last stage of "
         "checkout.")
_COMPLAINT = ("The case follows a complaint lodged last year by consumer group Fairway "
              "Consumers, which tracked 1,200 bookings on the site over six months.")
_RESEARCH = ("According to the group's research, resort and cleaning charges averaging 31 "
             "pounds a night appeared only after users had entered their card details.")
_DENIAL = ('StayNest rejected the findings, saying all charges were displayed "clearly" '
           'before any payment was taken.')


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


# --- the try article's case ---

def test_the_complaint_lodged_last_year_is_the_groups(db, scheme):
    got = _all(db, scheme, [_LEDE, _COMPLAINT, _RESEARCH, _DENIAL])
    assert got[1].label == "accusation"
    assert got[1].name == "Fairway Consumers", got[1].reason


def test_the_groups_research_speaks_for_the_group(db, scheme):
    got = _all(db, scheme, [_LEDE, _COMPLAINT, _RESEARCH, _DENIAL])
    assert got[2].name == "Fairway Consumers", got[2].reason
    assert got[2].label == "claim", got[2].label_reason
    assert got[3].name == "StayNest" and got[3].label == "denial"


# --- the class, on sentences of our own ---

def test_a_lawsuit_filed_earlier_this_month_by(db, scheme):
    got = _all(db, scheme, [
        "Parents have accused Lakeside Academy Trust of overcharging for school uniforms.",
        "The inquiry follows a complaint filed earlier this month by the campaign group "
        "Fair Uniforms.",
    ])
    assert got[1].name == "Fair Uniforms", got[1].reason


def test_the_unions_analysis(db, scheme):
    got = _all(db, scheme, [
        "The Harbour Workers Union has accused Mersey Gateway Terminals of cutting "
        "safety staff.",
        "According to the union's analysis, the number of safety officers on night shifts "
        "fell from eight to three.",
    ])
    assert got[1].name == "Harbour Workers Union", got[1].reason


# --- near misses that must not change ---

def test_a_complaint_filed_with_a_body_is_not_the_bodys(db, scheme):
    got = _all(db, scheme, [
        "Residents have accused Brennan Civil Works of damaging their homes.",
        "The council is looking into a complaint filed last year with the Building Safety "
        "Regulator.",
    ])
    assert got[1].name != "Building Safety Regulator", got[1].reason


def test_according_to_the_timetable_still_a_schedule(db, scheme):
    got = _all(db, scheme, [
        "Replacement buses will run between Leeds and Harrogate on Sunday, according to the "
        "company's timetable.",
    ])
    assert got[0].label == "context"
