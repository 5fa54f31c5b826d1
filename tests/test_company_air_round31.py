"""A business whose name ends in "Air" is a company, not a person (thirty-first round,
issue 11, branch i11air31; found in the lead's try of a fresh English article in tmux).

The article's name table read "SkyLark Air" (two capitalised words) as a person, so
"A spokesperson for the airline said ..." took the body "SkyLark" (its first word, as a
person's surname stands for the person) and proposed a new source instead of the airline
already registered. "Air" now ends a company's name as "Airways" and "Airlines" do.

Every sentence is invented for this test; none is taken from the benchmark's sets. The
articles are read on the real proposal path (real SQLite), each proposal saved as `enter`
saves it before the next is read."""

from __future__ import annotations

from support.proposals import accepted

_ARTICLE = [
    "A passengers' group has accused Tern Valley Air of charging for hand luggage it had "
    "advertised as free.",
    "Tern Valley Air rejected the accusation.",
    "A spokesperson for the airline said every charge was shown before payment.",
    "\"We have never charged for a bag we advertised as free,\" the spokesperson said.",
]


def test_the_airline_named_earlier_speaks_through_its_spokesperson(db, scheme):
    got = accepted(db, scheme, _ARTICLE, "en")
    assert got[1].name == "Tern Valley Air"
    assert got[2].name == "Tern Valley Air", got[2].reason
    assert got[3].name == "Tern Valley Air", got[3].reason


def test_a_two_word_airline_is_a_company_too(db, scheme):
    got = accepted(db, scheme, [
        "Families say Kestrel Air kept their refunds for months after cancelled flights.",
        "Kestrel Air denied the claims.",
        "A spokesman for the carrier said all refunds had been paid within 14 days.",
    ], "en")
    assert got[2].name == "Kestrel Air", got[2].reason


def test_a_person_is_still_a_person(db, scheme):
    got = accepted(db, scheme, [
        "A pilot, Jonah Airey, said the runway lights failed twice in one night.",
        "Airey said he had reported both failures.",
    ], "en")
    assert got[0].name == "Jonah Airey"
    assert got[1].name == "Jonah Airey"
