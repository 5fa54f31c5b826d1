"""The accused side's explanation that it acted on what another supplied ("had relied on
flood maps supplied by the agency", "had followed instructions from her manager"), after an
allegation, from a named speaker not on the accusing side, is a denial (fortieth round,
issue 11, bug fix on branch w15deny4; domain/proposals/relied_on.py, dispute._relied; data
``deny40_relied_on``). The complainants' own reliance in the first person and the
criticism of what was relied on stay what they were.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted_afresh


def _article(db, scheme, sentences):
    """The proposals on one article, the database emptied after it."""
    return accepted_afresh(db, scheme, sentences, "en")


def test_flood_maps_supplied_by_another(db, scheme):
    got = _article(db, scheme, [
        "Homeowners on a new estate in Tewkesbury have sued the developer, alleging it "
        "built 40 houses on land it knew flooded every winter.",
        "Harrowgate Homes said it had relied on flood maps supplied by the county council "
        "when it bought the site."])
    assert got[1].label == "denial", got[1].label_reason


def test_instructions_followed_from_a_manager(db, scheme):
    got = _article(db, scheme, [
        "Prosecutors have charged a warehouse clerk with falsifying customs declarations "
        "for 300 shipments of electronics.",
        "Her lawyer, Daniel Mbeki, said she had followed instructions from her line "
        "manager and had no reason to doubt them."])
    assert got[1].label == "denial", got[1].label_reason


def test_near_misses_stay_what_they_were(db, scheme):
    got = _article(db, scheme, [
        "Savers have accused a Bristol investment firm of putting their pensions into "
        "high-risk property bonds.",
        "\"We relied on the adviser's advice and lost everything,\" said Peter Lane, a "
        "retired postman."])
    assert got[1].label != "denial", got[1].label_reason
    got = _article(db, scheme, [
        "Residents have accused Marston council of approving a quarry on a protected "
        "meadow.",
        "Campaigner Sue Harding said the council had relied on an outdated survey of the "
        "meadow."])
    assert got[1].label != "denial", got[1].label_reason
