"""A body's own document after "according to" speaks for the body (thirty-second round,
issue 11, bug fix on branch i11annual32; domain/proposals/owned_documents.py and
reading.py ``_owned_document``).

The lead's article: dock workers accuse a terminal operator, Mersey Gateway Terminals, of
keeping cracked cranes in service; the company denies. "Mersey Gateway handled 780,000
containers last year, according to its annual report." was proposed a claim with no source:
"its" points to the subject, Mersey Gateway (the registered Mersey Gateway Terminals), but
an adjective between "its" and the document ("its annual report") hid the document, "figures
it published" was no owner's word, and a name ending in "Terminals" was read as a person's,
whom "its" cannot mean. A business figure ("handled 780,000 containers") from the accused
side cannot bear on the allegation: a claim, not its reply.

Every sentence but the lead's article is invented for this test; none is taken from the
benchmark's sets."""

from __future__ import annotations

import pytest
from support.proposals import accepted

_OPENING = [
    "Dock workers in Liverpool have accused a terminal operator, Mersey Gateway Terminals, "
    "of keeping cracked cranes in service for months.",
    "Mersey Gateway Terminals denied the claims.",
]
_FIGURE = "Mersey Gateway handled 780,000 containers last year"


def _last(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")[-1]


# --- the lead's case ---

def test_the_lead_article_annual_report_speaks_for_the_company(db, scheme):
    got = _last(db, scheme, [*_OPENING, f"{_FIGURE}, according to its annual report."])
    assert got.name == "Mersey Gateway Terminals", got.reason
    assert got.label == "claim", got.label_reason


# --- the class, on sentences of our own ---

@pytest.mark.parametrize("document", [
    "its accounts", "its latest accounts", "figures it published",
    "figures it published on Monday", "the company's annual report"])
def test_its_accounts_and_figures_it_published(db, scheme, document):
    got = _last(db, scheme, [*_OPENING, f"{_FIGURE}, according to {document}."])
    assert got.name == "Mersey Gateway Terminals", got.reason
    assert got.label == "claim", got.label_reason


def test_a_body_named_in_the_sentence_owns_its_report(db, scheme):
    got = _last(db, scheme, [
        "Residents have accused the council of ignoring complaints about damp flats.",
        "Harbour Foods sold 2 million tins last year, according to its annual report.",
    ])
    assert got.name == "Harbour Foods", got.reason


def test_a_profit_in_its_annual_accounts_is_a_claim(db, scheme):
    got = _last(db, scheme, [
        *_OPENING, "Mersey Gateway made a profit of £40m, according to its annual accounts."])
    assert got.name == "Mersey Gateway Terminals", got.reason
    assert got.label == "claim", got.label_reason


# --- near misses ---

def test_a_fact_on_the_allegation_from_its_report_still_replies(db, scheme):
    got = _last(db, scheme, [
        *_OPENING, "The cranes were inspected every month, according to its annual report."])
    assert got.name == "Mersey Gateway Terminals", got.reason
    assert got.label == "denial", got.label_reason


def test_a_document_of_people_is_not_the_body(db, scheme):
    got = _last(db, scheme, [
        *_OPENING,
        "Crane drivers were told to keep working, according to figures they published.",
    ])
    assert got.name != "Mersey Gateway Terminals", got.reason


def test_its_former_chief_executive_is_no_document(db, scheme):
    got = _last(db, scheme, [
        *_OPENING,
        "Mersey Gateway was founded in 1998, according to its former chief executive.",
    ])
    assert got.reason != "named after 'according to' (a document 'it' owns: Mersey " \
                         "Gateway Terminals)"
