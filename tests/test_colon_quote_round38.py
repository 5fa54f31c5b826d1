"""A quotation opened after "said:" is never the speaker (thirty-eighth round, issue 11, bug
fix on branch t38c1; domain/proposals/reading.py, step 1 of _read_speaker).

The try article (a market trader fined for counterfeit goods): "Councillor Joanne Birtles,
cabinet member for community safety, said: "Counterfeit goods undercut honest traders and
can put people's health at risk."" was proposed with the source "Counterfeit": the comma
that closes the role before "said" let the first capitalised word of the quotation after
the verb be read as a speaker written after it ('"...," said Tom Hale'). A quotation
opening right after the verb holds what is said, never who says it; the subject before the
verb speaks.

Every sentence here is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

_LEDE = ("A market trader who sold counterfeit designer trainers and perfume from a stall "
         "at Birkenhead Market has been fined £9,000 after a prosecution brought by Wirral "
         "Council's trading standards team.")


def _last(db, scheme, sentence, before=(_LEDE,)):
    return accepted(db, scheme, [*before, sentence], "en")[-1]


# --- the try article's case ---

def test_the_try_article_councillor_speaks(db, scheme):
    got = _last(db, scheme, 'Councillor Joanne Birtles, cabinet member for community safety, '
                            'said: "Counterfeit goods undercut honest traders and can put '
                            'people\'s health at risk."')
    assert got.name == "Joanne Birtles", got.reason


# --- the class, on sentences of our own ---

def test_a_role_between_commas_then_a_quotation(db, scheme):
    got = _last(db, scheme, 'Mark Delaney, the council\'s head of regulatory services, said: '
                            '"Shoppers deserve to know what they are buying."')
    assert got.name == "Mark Delaney", got.reason


def test_an_age_between_commas_then_a_quotation(db, scheme):
    got = _last(db, scheme, 'Priya Nair, 38, a stallholder at the market, said: "Honest '
                            'traders lose out when fakes are sold next door."')
    assert got.name == "Priya Nair", got.reason


def test_a_quotation_in_curly_marks(db, scheme):
    got = _last(db, scheme, 'Helen Crane, a spokeswoman for the brand, said: “Fake '
                            'perfume can contain harmful chemicals.”')
    assert got.name == "Helen Crane", got.reason


# --- near misses that must not change ---

def test_the_speaker_written_after_the_verb_still_speaks(db, scheme):
    got = _last(db, scheme, '"These were not harmless knock-offs," said Amira Sethi, '
                            'prosecuting.')
    assert got.name == "Amira Sethi", got.reason


def test_a_colon_quotation_with_no_role_between(db, scheme):
    got = _last(db, scheme, 'Joanne Birtles said: "Counterfeit goods undercut honest '
                            'traders."')
    assert got.name == "Joanne Birtles", got.reason


def test_a_reported_clause_after_the_role(db, scheme):
    got = _last(db, scheme, 'Councillor Joanne Birtles, cabinet member for community safety, '
                            'said that counterfeit goods undercut honest traders.')
    assert got.name == "Joanne Birtles", got.reason
