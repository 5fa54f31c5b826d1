"""An instruction someone else gave the speaker, inside her quotation, is not her appeal
(thirty-eighth round, issue 11, bug fix on branch w12speak5; domain/proposals/narration.py,
``told_the_speaker``, data ``scene38_told_speaker``).

The lead's article: a tenant's complaint about damp and mould, then '"Every time they send
someone, he wipes the wall down and tells me to open a window," she said.' was proposed as
context ("an appeal or a request: 'tells ... to'"): the request is the landlord's worker's,
made of her, told as part of her complaint. The label is now what the rules give without
the appeal reading (an accusation by her, in the lead's article).

Every sentence but the lead's is invented for this test; none is taken from the benchmark's
sets."""

from __future__ import annotations

from support.proposals import accepted

_OPENING = ("Tenants of a housing association in Oldham have accused their landlord of leaving "
            "them in homes covered in black mould.")
_TENANT = ("Kirsty Ahmed, 34, who lives in a two-bedroom flat on Larch Walk with her two "
           "children, said she first reported the mould in February 2025.")


def _last(db, scheme, sentence):
    return accepted(db, scheme, [_OPENING, _TENANT, sentence], "en")[-1]


# --- the lead's case ---

def test_the_lead_case_tells_me_to_is_no_appeal(db, scheme):
    got = _last(db, scheme, '"Every time they send someone, he wipes the wall down and tells me '
                            'to open a window," she said.')
    assert "an appeal or a request" not in got.label_reason, got.label_reason
    assert got.name == "Kirsty Ahmed", got.reason


# --- the class, on sentences of our own ---

def test_told_us_to_inside_a_quotation(db, scheme):
    got = _last(db, scheme, '"The housing officer told us to keep the heating on all day," she '
                            'said.')
    assert "an appeal or a request" not in got.label_reason, got.label_reason


# --- near misses that must not change ---

def test_her_own_request_stays_an_appeal(db, scheme):
    got = _last(db, scheme, '"I have asked the council to move us to another flat," she said.')
    assert got.label == "context", got.label_reason


def test_telling_others_outside_a_quotation_stays_an_appeal(db, scheme):
    got = _last(db, scheme, "The council told residents to keep windows open.")
    assert "an appeal or a request" in got.label_reason, got.label_reason
