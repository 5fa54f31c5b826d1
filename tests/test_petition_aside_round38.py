"""A singled-out document with a past participle's aside before its verb is still the
document as written ("A petition signed by 63 residents, handed to the association last
month, says ..."; thirty-eighth round, issue 11, bug fix on branch w12wrong4;
reading._past_aside, read in reading._subject_end, and the tail "signed by" in
reading._as_written).

The lead's article (a blind try): tenants say a housing association ignored damp; "A
petition signed by 63 residents, handed to the association last month, says repairs were
logged and then closed without any work being done." had no speaker, though "A petition
says" and "A leaked memo says" are the document as written. The aside ", handed to ...,"
was taken for the subject, and "signed by 63 residents" made the subject too long. The
analyst's answer: the petition as written (its label, an accusation, is left: see the
README).

Every sentence but the lead's article is invented for this test; none is taken from the
benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

_CASE = ("A petition signed by 63 residents, handed to the association last month, says "
         "repairs were logged and then closed without any work being done.")


def _one(db, scheme, sentence):
    return accepted(db, scheme, [sentence], "en")[0]


# --- the lead's case ---

def test_the_lead_article_petition_is_the_speaker(db, scheme):
    got = accepted(db, scheme, [
        "Tenants on the Brookfield estate in Oldham have accused Pennine Vale Homes of "
        "ignoring repeated reports of damp and mould in their flats.",
        "Mould on the bedroom wall of a flat on Larch Walk.",
        _CASE,
    ], "en")
    assert got[2].name == "petition", got[2].reason


def test_petition_alone(db, scheme):
    assert _one(db, scheme, _CASE).name == "petition"


# --- the class, on sentences of our own ---

def test_signed_by_alone(db, scheme):
    got = _one(db, scheme, "A petition signed by 400 parents says the school ignored "
                           "complaints about bullying.")
    assert got.name == "petition", got.reason


def test_a_leaked_memo_sent_to_staff(db, scheme):
    got = _one(db, scheme, "A leaked memo, circulated to managers in March, says the firm "
                           "ignored safety warnings.")
    assert got.name == "leaked memo", got.reason


# --- near misses: no document, or people ---

def test_a_plural_of_people_has_no_source(db, scheme):
    got = _one(db, scheme, "Residents, interviewed by the Echo last week, say the "
                           "association ignored repeated reports of damp.")
    assert got.name is None, got.reason


def test_a_named_body_with_an_aside_stays_named(db, scheme):
    got = _one(db, scheme, "Pennine Vale Homes, founded in 1998, said it had visited "
                           "every flat.")
    assert got.name == "Pennine Vale Homes", got.reason
