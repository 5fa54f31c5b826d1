"""A business named by its trade ("Hollybrook Catering", "Marlow Cleaning") is a company, so
that "the company" later in the article finds it; a government body ending in a sector word
("Department for Transport") stays one. Every sentence is invented for this test."""

from __future__ import annotations

import pytest
from support.proposals import proposals

from annotator.domain.proposals.kinds import kind_of
from annotator.domain.proposals.lexicon import lexicon
from annotator.domain.scheme import load_scheme


@pytest.mark.parametrize("name", [
    "Hollybrook Catering", "Marlow Cleaning", "Danes Haulage", "Pike Engineering",
    "Ardent Consulting", "Westfield Builders", "Corran Recycling", "Bluebell Bakery",
    "Norcross Packaging", "Tamsin Recruitment", "Kelso Furniture", "Orrin Payments",
])
def test_a_trade_at_the_end_of_a_name_makes_a_company(name):
    assert kind_of(name, lexicon("en")) == "company"


@pytest.mark.parametrize(("name", "kind"), [
    ("Department for Transport", "government"),  # sector words that a ministry also ends in
    ("Ministry of Agriculture", "government"),
    ("Priya Nair", "person"),
    ("Tom Ashby", "person"),
])
def test_bodies_and_people_keep_their_kind(name, kind):
    assert kind_of(name, lexicon("en")) == kind


def test_the_company_after_its_denial_is_the_trade_named_business(db):
    sentences = [
        "Parents have accused a cleaning contractor of leaving bleach in a school kitchen.",
        "Marlow Cleaning denied that its staff had left any chemicals behind.",
        "In a statement, the company said every product had been locked away each night.",
    ]
    assert proposals(db, load_scheme(), sentences, "en")[-1].name == "Marlow Cleaning"
