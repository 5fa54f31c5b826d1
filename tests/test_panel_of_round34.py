"""A body named by its members, "a panel of experts", is one singled-out body, not a plural
of unnamed people (thirty-fourth round, issue 11, try on branch t34diplo;
domain/proposals/reading.py ``_bodies_of_people``, data ``speaker34_bodies_of_people``).

The guidelines: a description that singles out one body is the source as written ("a UN
panel"); "a group of senior doctors" the article never names has no source.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


def test_a_panel_of_experts_said(db, scheme):
    got = _all(db, scheme, [
        "Iran supplied drone engines to the militia in breach of an arms embargo, a panel of "
        "experts said on Monday."])[0]
    assert got.name == "a panel of experts", got.reason


def test_the_panel_later_is_the_same_body(db, scheme):
    got = _all(db, scheme, [
        "A panel of experts said the shipments broke the embargo.",
        "The panel also accused a shipping agent, Bright Harbour Logistics, of arranging "
        "crews for the tankers."])
    assert got[0].name == "a panel of experts", got[0].reason
    assert got[1].name == "a panel of experts", got[1].reason


def test_a_committee_of_mps_said(db, scheme):
    got = _all(db, scheme, [
        "A committee of MPs said the ministry had failed to check the export licences."])[0]
    assert got.name is not None, got.reason


# --- near misses: a group of people nobody names keeps no source ---

def test_a_group_of_doctors_has_no_source(db, scheme):
    got = _all(db, scheme, [
        "A group of senior doctors said the hospital had ignored their warnings."])[0]
    assert got.name is None, got.reason
