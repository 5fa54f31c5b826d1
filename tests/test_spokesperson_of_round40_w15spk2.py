"""A spokesperson whose body the subject names by a place or an adjective speaks for that
body (fortieth round, issue 11, bug fix on branch w15spk2; domain/proposals/spoken_for.py,
data ``speaker40_spokesperson_of``).

The shape: "A Harwick council spokesperson said ...", "A Chinese foreign ministry
spokesperson, asked about the visit, said ...", "A diocesan spokesperson said", "A force
spokesperson said" had no speaker: a capital in the subject was taken for a name, and an
adjective or "force" found no body. The guidelines: a described speaker takes the name the
article gives it; nobody named, a description that singles out one body is the source as
written. A spokesperson named in the subject ("spokesman Lin Jian") still speaks, and a
place that names another body than the one the article names keeps it apart.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted_afresh


def _article(db, scheme, sentences):
    """The proposals on one article, the database emptied after it."""
    return accepted_afresh(db, scheme, sentences, "en")


def test_a_council_named_with_its_place(db, scheme):
    got = _article(db, scheme, [
        "Tenants on the Alder estate say Marlow council left them with damp for months.",
        "The council said it had inspected every flat.",
        "A Marlow council spokesperson said 90% of repairs were done within a week."])
    assert got[2].name == "Marlow council", got[2].reason


def test_a_ministry_nobody_names_stays_as_written(db, scheme):
    got = _article(db, scheme, [
        "The Philippine defence chief visited a Japanese shipyard on Friday.",
        "A Chinese foreign ministry spokesperson, asked about the visit at a briefing, said "
        "countries in the region should not take sides."])
    assert got[1].name == "Chinese foreign ministry", got[1].reason


def test_an_adjective_and_the_police_force(db, scheme):
    diocese = _article(db, scheme, [
        "Parishioners say the Diocese of Exbridge sold the church too cheaply.",
        "A diocesan spokesperson said the roof needed repairs costing £300,000."])
    assert diocese[1].name == "Diocese of Exbridge", diocese[1].reason
    force = _article(db, scheme, [
        "Avon and Somerset Police said two body cameras had failed to upload.",
        "A force spokesperson said the fault had been reported the same week."])
    assert force[1].name == "Avon and Somerset Police", force[1].reason


def test_near_misses_keep_their_speakers(db, scheme):
    named = _article(db, scheme, [
        "The Philippine defence chief visited a Japanese shipyard on Friday.",
        "Chinese foreign ministry spokesman Lin Wei told a briefing that countries should "
        "not take sides."])
    assert named[1].name == "Lin Wei", named[1].reason
    other = _article(db, scheme, [
        "Bradford Council said it would review the bus contract.",
        "A Leeds council spokesperson said the contract was not theirs to review."])
    assert other[1].name != "Bradford Council", other[1].reason
    air = _article(db, scheme, [
        "Avon and Somerset Police said two body cameras had failed to upload.",
        "An air force spokesperson said no aircraft had flown over the city that night."])
    assert air[1].name != "Avon and Somerset Police", air[1].reason
