"""A group the lede describes is named by the body it formed, never by a publisher of
evidence (thirty-fourth round, issue 11, bug fix on branch w4lede; engine._named_later,
domain/proposals/formed_group.py, data ``speaker34_formed``).

The try helper's article (t34edu): "A group of parents has accused the Elmsworth Learning
Trust of ...", then "The parents, who have formed a campaign called Fair Places for Fenwick,
say ...", a mother quoted, then "Figures published by the Department for Education show
...". The look-ahead for the described group's name passed over the parents (no source) and
the mother (a person) and took the Department for Education, which only published figures;
`The campaign lodged a formal complaint` then took it too, as the last named speaker. Now
(1) a later sentence that only gives evidence (figures, data, records show) never names the
group; (2) a body the plural's relative clause says the people formed ("who have formed a
campaign called X") speaks for them, and a name introduced as "a campaign called X," is
described by its noun as "X, a campaign" is (a later "the campaign" means it).

Every sentence but the try helper's article is invented for this test; none is taken from
the benchmark's sets."""

from __future__ import annotations

import pytest
from support.proposals import accepted

_LEDE = ("A group of parents has accused the Elmsworth Learning Trust of quietly removing "
         "lower-achieving pupils from one of its secondary schools in the months before their "
         "GCSE exams.")
_FORMED = ("The parents, who have formed a campaign called Fair Places for Fenwick, say at "
           "least 19 pupils left Fenwick Park Academy in Year 10 and Year 11 last year without "
           "ever being formally excluded.")
_MOTHER = ('"My son was told that if he didn\'t move to home education, he would be '
           'permanently excluded and that would follow him for life," said Claire Adebayo, '
           'whose 15-year-old left the school in February.')
_FIGURES = ("Figures published by the Department for Education show that the school's Year 11 "
            "cohort shrank from 212 pupils in the autumn census to 189 by the time of the "
            "exams.")
_LODGED = ("The campaign lodged a formal complaint with the Department for Education last "
           "week, asking officials to investigate how each pupil came to leave the roll.")


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


# --- the try helper's article ---

def test_the_article_group_is_the_campaign_never_the_publisher(db, scheme):
    got = _all(db, scheme, [_LEDE, _FORMED, _MOTHER, _FIGURES, _LODGED])
    assert got[0].label == "accusation"
    assert got[0].name == "Fair Places for Fenwick", got[0].reason
    assert got[1].name == "Fair Places for Fenwick", got[1].reason
    assert got[3].name == "Department for Education"  # the figures are its own
    assert got[4].name == "Fair Places for Fenwick", got[4].reason


def test_without_the_groups_name_the_lede_has_no_source(db, scheme):
    got = _all(db, scheme, [_LEDE, _MOTHER, _FIGURES, _LODGED])
    assert got[0].name is None, got[0].reason


# --- (1) a publisher of evidence is never the described group ---

def test_released_figures_do_not_name_the_tenants_group(db, scheme):
    got = _all(db, scheme, [
        "A group of tenants has accused Harlow Homes of ignoring damp in its flats for years.",
        "Data released by the Office for National Statistics show that complaints about damp "
        "doubled in two years.",
        "Harlow Homes said it was investigating."])
    assert got[0].name is None, got[0].reason
    assert got[1].name == "Office for National Statistics"


def test_the_group_named_after_the_figures_is_still_found(db, scheme):
    got = _all(db, scheme, [
        "A group of residents has accused the council of hiding the cost of the new bridge.",
        "Data published by the Office for Budget Responsibility show the cost rose by a third.",
        "The residents' group, Bridge Watch, said the council had known for a year."])
    assert got[0].name == "Bridge Watch", got[0].reason


# --- (2) the body the people formed, or a body "called" by its noun ---

def test_tenants_who_set_up_a_group_called_speak_as_it(db, scheme):
    got = _all(db, scheme, [
        "A group of tenants has accused Harlow Homes of ignoring damp in its flats for years.",
        "The tenants, who have set up a group called Marlow Damp Action, say at least 40 flats "
        "have black mould.",
        "Harlow Homes denied the claims."])
    assert got[0].name == "Marlow Damp Action", got[0].reason
    assert got[1].name == "Marlow Damp Action", got[1].reason


def test_a_name_with_its_noun_after_it_names_the_group(db, scheme):
    got = _all(db, scheme, [
        "A group of parents has accused the Elmsworth Learning Trust of quietly removing "
        "pupils.",
        "Fair Places for Fenwick, a campaign set up by the parents, says at least 19 pupils "
        "left the school.",
        "The trust denied the claims."])
    assert got[0].name == "Fair Places for Fenwick", got[0].reason


def test_the_campaign_means_the_one_called_so(db, scheme):
    got = _all(db, scheme, [
        "Residents have launched a campaign called Save Ashby Park.",
        "The campaign has accused Ashby Council of selling the park to a developer."])
    assert got[1].name == "Save Ashby Park", got[1].reason


# --- near misses: unchanged ---

def test_the_group_named_in_apposition_still_takes_the_forum(db, scheme):
    got = _all(db, scheme, [
        "A group of tenants has accused Harlow Homes of ignoring damp in its flats for years.",
        "The group, Marlow Tenants Forum, said at least 40 flats had black mould.",
        "Harlow Homes denied the claims."])
    assert got[0].name == "Marlow Tenants Forum"
    assert got[1].name == "Marlow Tenants Forum"


def test_a_body_the_people_only_wrote_to_or_attend_does_not_speak(db, scheme):
    got = _all(db, scheme, [
        "Parents whose children attend Fenwick Park Academy say pupils were pushed out.",
        "The parents, who have written to a charity called Safe Schools Now, say 19 pupils "
        "left.",
        "Residents, who formed a committee last year, say the road is unsafe."])
    assert [g.name for g in got] == [None, None, None]


def test_called_as_a_verb_describes_nobody(db, scheme):
    got = _all(db, scheme, [
        "The union called Harlow Homes a disgrace.",
        "The union said the flats were damp."])
    assert got[1].name != "Harlow Homes"



@pytest.mark.parametrize("person", [
    "Their campaign coordinator, Sipho Ndlovu, said the figures were wrong.",
    "Sipho Ndlovu, a campaign coordinator, said the figures were wrong."])
def test_a_person_with_a_campaign_title_is_no_body(db, scheme, person):
    got = _all(db, scheme, [
        "A group of parents has accused the Elmsworth Learning Trust of quietly removing "
        "pupils.", person])
    assert got[0].name is None, got[0].reason
