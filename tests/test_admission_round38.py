"""An accused party accepting that its own conduct could have been better admits, it does
not deny (thirty-eighth round, issue 11, bug fix on branch t38a2; data ``reply12_admissions``
in data/cues/en.json, read by domain/proposals/replies.py).

The try helper's wire article: swimmers accuse a leisure operator of charging pool fees for
months after the pool closed; the operator's statement answers, then: "We accept our
communication could have been better, and any member who wishes to cancel can do so without
penalty," the statement said. The accused side's reply default ("denied before and goes on")
made it a denial, though it rejects nothing: an admission, which stays what the other rules
read (a claim, as gold has "We accept the findings and we are sorry" in train10).

Every sentence but the try helper's case is invented for this test; none is taken from the
benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

_OPENING = ("Members of a Swindon leisure centre have accused its operator of continuing to "
            "charge full swimming fees for five months after the pool was shut for repairs.")
_OPERATOR = ("Active Horizons Leisure, which runs the Westmead Leisure Centre, closed the pool "
             "in June after cracks were found in its tiling.")
_DENIAL = ("In a statement, Active Horizons denied the claims and said the terms of the "
           "membership allowed it to keep charging.")


def _reply(db, scheme, sentence):
    got = accepted(db, scheme, [_OPENING, _OPERATOR, _DENIAL, sentence], "en")
    assert got[2].label == "denial", got[2].label_reason
    return got[3]


# --- the try helper's case ---

def test_the_article_admission_is_no_denial(db, scheme):
    got = _reply(db, scheme, '"We accept our communication could have been better, and any '
                             'member who wishes to cancel can do so without penalty," the '
                             'statement said.')
    assert got.label != "denial", got.label_reason
    assert got.name == "Active Horizons Leisure"


# --- the class, on sentences of our own ---

def test_accept_that_is_an_admission(db, scheme):
    got = _reply(db, scheme, '"We accept that our emails to members were not clear enough," '
                             'the statement said.')
    assert got.label != "denial", got.label_reason


def test_should_have_done_better_is_an_admission(db, scheme):
    got = _reply(db, scheme, 'The company said it should have done better in telling members '
                             'about the closure.')
    assert got.label != "denial", got.label_reason


# --- near misses: rejections stay denials ---

def test_not_accepting_stays_a_denial(db, scheme):
    got = _reply(db, scheme, '"We do not accept that members were misled," the statement said.')
    assert got.label == "denial", got.label_reason


def test_accepting_no_liability_stays_a_denial(db, scheme):
    got = _reply(db, scheme, '"The terms allowed us to keep charging, and we accept no '
                             'liability," the statement said.')
    assert got.label == "denial", got.label_reason


def test_could_have_been_clearer_but_no_wrong_stays_a_denial(db, scheme):
    got = _reply(db, scheme, '"Our emails could have been clearer, but no member was charged '
                             'for anything they did not sign up to," the statement said.')
    assert got.label == "denial", got.label_reason
