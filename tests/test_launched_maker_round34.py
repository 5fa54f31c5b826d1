"""A document set before its speech verb with its maker after `launched by`, `started by` or
`organised by` speaks for that maker (thirty-fourth round, issue 11, bug fix on branch
w5report; domain/proposals/owned_documents._MADE, read by maker_at).

From the lead's try: `The petition, launched by Save Ashby Park, says the council ...` got
no speaker (`lodged by`, `filed by`, `published by` were read; `launched by` was not). The
guidelines: a document speaks for whoever issued it. Not without `by` (`The petition,
launched last month, says`: no source, as before), not `was launched by` (an auxiliary
between: the sentence's own act, read as before).

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

import pytest
from support.proposals import accepted

_LEDE = ("Residents have accused Westmarch Council of selling part of Ashby Park to a developer "
         "without consulting them.")
_DENIAL = "The council denied any wrongdoing."


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


# --- the lead's case ---

def test_the_lead_petition_launched_by_speaks_for_its_maker(db, scheme):
    got = _all(db, scheme, [_LEDE, _DENIAL,
                            "The petition, launched by Save Ashby Park, says the council "
                            "sold the land for less than its value."])[2]
    assert got.name == "Save Ashby Park", got.reason
    assert "the maker of the document" in got.reason


# --- the class, on sentences of our own ---

@pytest.mark.parametrize("sentence, maker", [
    ("The petition, started by residents' group Save Ashby Park in June, says the council "
     "ignored 2,000 objections.", "Save Ashby Park"),
    ("The investigation, launched by the Local Government Ombudsman in May, found that the "
     "council had failed to consult residents.", "Local Government Ombudsman"),
    ("The survey, organised by the Ashby Residents Association, found that most people "
     "opposed the sale.", "Ashby Residents Association"),
    ("The petition, organized by Friends of Ashby Park, says the sale breached the council's "
     "own rules.", "Friends of Ashby Park"),
])
def test_launched_started_organised_by(db, scheme, sentence, maker):
    got = _all(db, scheme, [_LEDE, _DENIAL, sentence])[2]
    assert got.name == maker, got.reason


# --- near misses: as before ---

def test_no_maker_written_gives_no_source(db, scheme):
    got = _all(db, scheme, [_LEDE, _DENIAL, "The petition, launched last month, says the "
                                            "council sold the land."])[2]
    assert got.name is None, got.reason


def test_a_campaign_is_no_document(db, scheme):
    got = _all(db, scheme, [_LEDE, _DENIAL, "The campaign, organised by the Ashby Park "
                                            "Friends, says the council broke its own rules."])[2]
    assert "the maker of the document" not in got.reason
