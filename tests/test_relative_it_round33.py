""""which it says" after what a body did means that body, never the person quoted before
(thirty-third round, issue 11, bug fix on branch t33local; domain/proposals/reading.py,
``_relative_it_body``).

The try article (English local news): a tenant is quoted, then "The Hollins Court Tenants'
Association, formed in the spring, has collected photographs and repair logs which it says
show the same leaks being reported 112 times". The "it says" was carried from the tenant
quoted before ("continues the previous sentence"), so the association's evidence was
proposed as hers. A body is no "he" or "she": "it" in a relative clause after what the
sentence's own subject did is that subject.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

_QUOTE = ('"My youngest has been on an inhaler since last winter," said Kerry Ashdown, 34, '
          'who lives on the fourth floor.')


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


# --- the try article's case ---

def test_the_association_speaks_not_the_tenant_quoted_before(db, scheme):
    got = _all(db, scheme, [
        "Tenants at a block of flats in Bolcaster say their homes have been left riddled "
        "with black mould for more than two years.",
        _QUOTE,
        "The Hollins Court Tenants' Association, formed in the spring, has collected "
        "photographs and repair logs which it says show the same leaks being reported 112 "
        "times since January 2024.",
    ])
    assert got[1].name == "Kerry Ashdown"
    assert got[2].name == "Hollins Court Tenants' Association", got[2].reason
    assert "sentence's subject" in got[2].reason


# --- the class, on sentences of our own ---

def test_a_company_after_a_quoted_resident(db, scheme):
    got = _all(db, scheme, [
        '"The noise starts at five in the morning," said Brian Tolley, who lives opposite '
        'the yard.',
        "Calder Aggregates has published noise readings that it says stay within the "
        "limits set by the council.",
    ])
    assert got[1].name == "Calder Aggregates", got[1].reason


def test_a_council_after_a_quoted_parent(db, scheme):
    got = _all(db, scheme, [
        '"Our children cross four lanes of traffic to get there," said Amira Khalil, whose '
        'two sons attend the school.',
        "Thornbury County Council has commissioned a traffic survey which it says found no "
        "need for a crossing.",
    ])
    assert got[1].name == "Thornbury County Council", got[1].reason


# --- near misses that must not change ---

def test_a_person_subject_keeps_the_reading_before(db, scheme):
    got = _all(db, scheme, [
        '"The noise starts at five in the morning," said Brian Tolley, who lives opposite '
        'the yard.',
        "Tolley has kept a diary which he says shows lorries arriving before 6am on 40 days.",
    ])
    assert got[1].name == "Brian Tolley"


def test_it_as_the_main_subject_still_carries(db, scheme):
    got = _all(db, scheme, [
        "Calder Aggregates said the yard had operated within its permit since 2019.",
        "It said the readings were taken by an independent consultant.",
    ])
    assert got[1].name == "Calder Aggregates"
