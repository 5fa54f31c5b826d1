"""A document's maker named after "by" past what the document is of, or after "carried out
by", speaks for it (forty-first round, issue 11, branch w17spk1; owned_documents.py
``maker_at`` / ``_made_between``, reading.py ``_named_maker``).

The guidelines: a document speaks for whoever issued it. "The audit, by County Auditor X,
found" and "Satellite images analysed by X show" were read as X's, but a document with what
it is of between it and its maker ("An evaluation of the pilot by Cardiff Metropolitan
University found", "An analysis of weekly sales data by Tom Reilly found") or made by a
"carried out by" ("A survey carried out by the Ferncliffe Tenants' Association found") had
no speaker, or the document as written. A lowercase "by" after an "of" ("a report of abuse
by staff") tells who did what the document is about, not its maker, and stays as it was.

Every sentence is invented for this test; none is taken from the benchmark's sets. The
articles are read on the real proposal path (real SQLite), each proposal saved as `enter`
saves it before the next is read."""

from __future__ import annotations

import pytest
from support.proposals import accepted


@pytest.mark.parametrize(("sentence", "maker"), [
    ("An evaluation of the reading scheme by Westbrook University found that pupils' "
     "scores rose by nine percent.", "Westbrook University"),
    ("An analysis of council spending data by Priya Anand, a former auditor, found that "
     "£2m had been paid to one supplier.", "Priya Anand"),
    ("A survey carried out by the Millfield Residents Association found damp in 40 of the "
     "90 homes on the estate.", "Millfield Residents Association"),
    ("A survey of tenants carried out by the Harcourt Tenants Union found that most had "
     "reported leaks more than once.", "Harcourt Tenants Union"),
])
def test_the_maker_named_after_by_speaks(db, scheme, sentence, maker):
    got = accepted(db, scheme, [sentence], "en")
    assert got[0].name == maker, got[0].reason
    assert "the maker of the document" in got[0].reason


def test_what_the_maker_found_next_continues_with_it(db, scheme):
    got = accepted(db, scheme, [
        "The review, carried out by the accountancy firm Dunmore Price for the college "
        "governors, found that the money was moved in three transfers.",
        "It said the number of bursaries fell from 300 to 120.",
    ], "en")
    assert [p.name for p in got] == ["Dunmore Price", "Dunmore Price"], got[0].reason


@pytest.mark.parametrize("sentence", [
    "A report of abuse by staff found that residents were left alone at night.",
    "Records of calls made by officers show that 40 calls went unanswered.",
])
def test_who_did_what_the_document_is_of_is_no_maker(db, scheme, sentence):
    got = accepted(db, scheme, [sentence], "en")
    assert got[0].name not in ("staff", "officers"), got[0].reason
    assert "the maker of the document" not in got[0].reason
