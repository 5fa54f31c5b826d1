"""After an allegation that held nobody (its party only described: "a rail operator", "a
haulage operator"), the accusing side's next sentence names the party as the actor of what
it reports ("The drivers' union said Northline Rail ended 800 late trains two stops early"):
that sentence is the accusation that names the party, not a plain reported claim
(forty-first round, issue 11, bug fix on branch w16deny2; domain/proposals/first_named.py,
read in dispute._first_named; data ``accuse41_first_named``). A passive, a name inside the
clause, and a speaker once a party is held stay what they were.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted_afresh

RAIL = ("Train drivers say a rail operator has been cutting late services short to keep them "
        "out of its punctuality figures.")


def _article(db, scheme, sentences):
    """The proposals on one article, the database emptied after it."""
    return accepted_afresh(db, scheme, sentences, "en")


def test_the_union_names_the_operator_and_what_it_did(db, scheme):
    got = _article(db, scheme, [
        RAIL,
        "The drivers' union said Northline Rail ended 800 late trains two stops early over "
        "the summer."])
    assert got[1].label == "accusation", got[1].label_reason


def test_the_residents_group_names_the_haulier_and_what_it_did(db, scheme):
    got = _article(db, scheme, [
        "Residents near a business park say a haulage operator has been running lorries "
        "through their village at night.",
        "The residents' group says Kestrel Freight sent 60 lorries a night down School Lane "
        "in October."])
    assert got[1].label == "accusation", got[1].label_reason


def test_near_misses_a_passive_and_a_name_inside_the_clause(db, scheme):
    got = _article(db, scheme, [
        RAIL,
        "The drivers' union said Northline Rail had been fined twice before.",
        "The drivers' union said delays on Northline Rail services rose sharply in May."])
    assert got[1].label != "accusation", got[1].label_reason
    assert got[2].label != "accusation", got[2].label_reason
