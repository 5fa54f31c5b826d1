"""A document someone spoke in is not the newsroom's reporting (thirty-fourth round, issue
11, try on branch t34diplo; domain/proposals/seen.py ``_medium_of_speech``).

The try article (a wire story on a UN panel's report): "North Korea took delivery of ...
far above a UN cap, a panel of experts said in a confidential report seen by Reuters." The
newsroom that saw the report was proposed as the speaker ("agent of 'seen by'"): the one
who said it in the report speaks. "Documents seen by the Herald show ..." (the newsroom's
own reporting) is unchanged.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted


def _one(db, scheme, sentence):
    return accepted(db, scheme, [sentence], "en")[0]


def test_the_try_lede_is_the_panel_not_the_newsroom(db, scheme):
    got = _one(db, scheme,
               "North Korea took delivery of at least 1.2 million barrels of refined petroleum "
               "this year through ship-to-ship transfers off the Chinese coast, far above a UN "
               "cap, a panel of experts said in a confidential report seen by Reuters.")
    assert got.name != "Reuters", got.reason
    assert got.name == "a panel of experts", got.reason


def test_said_in_a_letter_seen_by_a_paper(db, scheme):
    got = _one(db, scheme,
               "The ministry said in a letter seen by the Financial Times that the company had "
               "breached its licence.")
    assert got.name != "Financial Times", got.reason


def test_in_a_statement_seen_by_opening_the_sentence(db, scheme):
    got = _one(db, scheme,
               "In a sworn statement seen by Reuters, ship captain Tomas Ferreira said the cargo "
               "had been loaded at night.")
    assert got.name == "Tomas Ferreira", got.reason


# --- near misses: the newsroom's own reporting keeps its agent ---

# round 35 (seen.py): who saw a document did not issue it; the readable gold leaves these
# with no source

def test_documents_seen_by_the_paper_show(db, scheme):
    got = _one(db, scheme,
               "Documents seen by the Westbury Herald show the council paid the contractor "
               "twice.")
    assert got.name is None, got.reason


def test_a_report_seen_by_the_wire_shows(db, scheme):
    got = _one(db, scheme,
               "A report seen by Reuters shows the tankers switched off their transponders.")
    assert got.name is None, got.reason


def test_in_tests_commissioned_by_the_group_keeps_the_issuer(db, scheme):
    got = accepted(db, scheme, [
        "The consumer group Fair Basket says supermarket honey is often diluted.",
        "In laboratory tests commissioned by the group, six of ten jars contained added "
        "sugar syrup."], "en")[1]
    assert got.name == "Fair Basket", got.reason
