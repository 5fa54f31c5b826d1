"""A person named once after a party's or a body's possessive is the person alone (forty-first
round, issue 11, branch w17ttl3; speakers_proposed.person_of_possessive).

An article that names a candidate once as "Labour's Sandra Keogh" and then writes "Cllr
Keogh said" resolved the surname to the run as written, "Labour's Sandra Keogh": the
guidelines' source is the person, "Sandra Keogh". A person's name of two or three
capitalised words after the possessive now stands alone; a body's office after a
possessive is read as before ("B.C.'s Forests Ministry" -> Forests Ministry).

Every sentence is invented for this test; none is taken from the benchmark's sets. The
articles are read on the real proposal path (real SQLite), each new source registered as
`enter` registers it before the next sentence is read."""

from __future__ import annotations

import pytest
from support.proposals import registered


@pytest.mark.parametrize(("sentences", "person"), [
    (["The sitting councillor was beaten by Labour's Sandra Vickers, who took 980 votes.",
      "Cllr Vickers said she was confident the result would stand."], "Sandra Vickers"),
    (["The independent candidate lost to Residents First's Omar Haddad by 12 votes.",
      "Mr Haddad said the count had been fair."], "Omar Haddad"),
])
def test_the_person_after_a_partys_possessive(db, scheme, sentences, person):
    got = registered(db, scheme, sentences, "en")
    assert got[-1].name == person, got[-1].reason


def test_a_bodys_office_after_a_possessive_stays(db, scheme):
    got = registered(db, scheme, [
        "B.C.'s Forests Ministry said the cutblock had been approved in 2023."], "en")
    assert got[0].name == "Forests Ministry", got[0].reason


def test_the_partys_agent_is_read_as_before(db, scheme):
    got = registered(db, scheme, [
        "The independent candidate lost to Residents First's Omar Haddad by 12 votes.",
        "Residents First's agent, Lena Brooks, said the party had followed the rules."], "en")
    assert got[-1].name == "Lena Brooks", got[-1].reason
