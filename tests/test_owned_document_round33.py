"""A document owned by a body the sentence only describes speaks for that body
(thirty-third round, issue 11, bug fix on branch t33local; domain/proposals/reading.py
``_owning_body``).

The try article (English local news): after "Bellbrook Estates, which has applied to
Merriden Shire Council to build 64 homes", "According to the council's planning documents,
the approved works allowed only a survey track" was proposed with the source "council
planning documents" (one document nobody names the issuer of, as written), registered as a
new source, and later sentences' "the council" could take it. The guidelines: a document
speaks for whoever issued it when the article names it: Merriden Shire Council.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

_OWNED = ("The land is owned by Bellbrook Estates, which has applied to Merriden Shire Council "
          "to build 64 homes on the site.")


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


# --- the try article's case ---

def test_the_councils_planning_documents_speak_for_the_council(db, scheme):
    got = _all(db, scheme, [
        _OWNED,
        "According to the council's planning documents, the approved works allowed only a "
        "survey track and the removal of six dead trees.",
    ])
    assert got[1].name == "Merriden Shire Council", got[1].reason


# --- the class, on sentences of our own ---

def test_the_trusts_own_figures(db, scheme):
    got = _all(db, scheme, [
        "Parents say Lowfield Primary School cancelled swimming lessons without telling "
        "them, and Eastbrook Academy Trust has refused to explain.",
        "The trust's own figures show 14 lessons were cancelled last term.",
    ])
    assert got[1].name == "Eastbrook Academy Trust", got[1].reason


# --- near misses that must not change ---

def test_a_leaked_memo_stays_as_written(db, scheme):
    got = _all(db, scheme, [
        _OWNED,
        "A leaked memo shows the works were approved in a single afternoon.",
    ])
    assert got[1].name != "Merriden Shire Council"


def test_no_body_named_with_the_noun(db, scheme):
    got = _all(db, scheme, [
        "Residents of Wattle Creek say bulldozers moved onto the site in November.",
        "According to the agency's planning documents, the works allowed only a survey "
        "track.",
    ])
    assert got[1].name != "Wattle Creek"
