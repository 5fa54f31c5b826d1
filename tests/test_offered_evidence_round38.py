"""Evidence shown, presented, produced or handed over by a named person speaks for that person
(thirty-eighth round, issue 11, bug fix on branch w12speak3; domain/proposals/acting.py,
``_offered_by``, data ``speaker38_offered``).

The lead's article: "Photographs shown at the meeting by resident Alan Birtles showed a
padlocked gate and a sign ..." got no speaker: the evidence reading took only a maker right
after the verb ("published by X"), so a place between ("at the meeting") and a description
before the name ("resident") hid the one who offered it. Seeing or obtaining ("seen by the
Courier", round 35) still names nobody.

Every sentence but the lead's is invented for this test; none is taken from the benchmark's
sets."""

from __future__ import annotations

from support.proposals import accepted

_BEFORE = "Residents say a footpath used for decades has been blocked by a landowner."


def _last(db, scheme, sentence):
    return accepted(db, scheme, [_BEFORE, sentence], "en")[-1]


# --- the lead's case ---

def test_the_lead_case_photographs_shown_by_a_resident(db, scheme):
    got = _last(db, scheme, 'Photographs shown at the meeting by resident Alan Birtles showed '
                            'a padlocked gate and a sign reading "Private Land - No Access".')
    assert got.name == "Alan Birtles", got.reason


# --- the class, on sentences of our own ---

def test_documents_presented_to_an_inquiry(db, scheme):
    got = _last(db, scheme, "Documents presented to the inquiry by campaigner Jane Cole showed "
                            "the path on a 1910 map.")
    assert got.name == "Jane Cole", got.reason


def test_emails_produced_in_court(db, scheme):
    got = _last(db, scheme, "Emails produced in court by Sarah Miles showed the manager knew "
                            "of the fault.")
    assert got.name == "Sarah Miles", got.reason


def test_letters_handed_over(db, scheme):
    got = _last(db, scheme, "Letters handed over to the council by Tom Reid showed the "
                            "landowner had been warned.")
    assert got.name == "Tom Reid", got.reason


# --- near misses that must not change ---

def test_seen_by_a_newspaper_names_nobody(db, scheme):
    got = _last(db, scheme, "Documents seen by the Westbury Herald show the council knew of "
                            "the leak.")
    assert got.name is None, got.reason


def test_obtained_by_names_nobody(db, scheme):
    got = _last(db, scheme, "Records obtained by the Westbury Herald show the trust missed its "
                            "targets.")
    assert got.name is None, got.reason


def test_shown_to_an_audience_names_nobody(db, scheme):
    got = _last(db, scheme, "Photographs shown to the committee showed a padlocked gate.")
    assert got.name is None, got.reason
