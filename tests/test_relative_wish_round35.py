"""A wish's pronoun and verb inside a relative clause without "that" describe a thing, no
wish the speaker states (thirty-fifth round, issue 11, bug fix on branch t35e;
domain/proposals/frames.py, data ``context35_relative_wish``).

The try article: students accuse a textbook publisher of price hikes; "He said students
could no longer buy second-hand copies because the online homework they need for coursework
is locked behind the code." was proposed as context, "a wish stated: 'they need'": the
pronoun and verb close the noun phrase "the online homework", they state no wish of the
speaker's.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

_LEDE = ("Students at Northgate University have accused academic publisher Harwood Learning "
         "of doubling the price of core textbooks.")
_PRICE = ('"Nursing students are being told to pay £189 for a code that expires after one '
          'semester," said Callum Reid, the students\' union education officer.')


def _last(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")[-1]


# --- the try article's case ---

def test_the_homework_they_need_is_no_wish(db, scheme):
    got = _last(db, scheme, [
        _LEDE, _PRICE,
        "He said students could no longer buy second-hand copies because the online "
        "homework they need for coursework is locked behind the code."])
    assert got.label != "context", got.label_reason
    assert "wish" not in got.label_reason
    assert got.name == "Callum Reid"


# --- the class, on sentences of our own ---

def test_the_care_they_need_is_no_wish(db, scheme):
    got = _last(db, scheme, [
        "Residents of Eastfield say the closure of their surgery has left them without a GP.",
        "Councillor Dawn Mehta said patients could not get the care they need because the "
        "nearest practice was 14 miles away."])
    assert "wish" not in got.label_reason, got.label_reason


def test_the_treatment_they_deserve_is_no_wish(db, scheme):
    got = _last(db, scheme, [
        '"Patients on this ward are not getting the treatment they deserve," said Dr Amir '
        'Khan, a consultant at the hospital.'])
    assert "wish" not in got.label_reason, got.label_reason


def test_everything_they_need_is_no_wish(db, scheme):
    got = _last(db, scheme, [
        "Parents said the academy had removed everything they need for the exam from the "
        "library."])
    assert "wish" not in got.label_reason, got.label_reason


# --- near misses: wishes the speaker states stay context ---

def test_she_wanted_answers_stays_a_wish(db, scheme):
    got = _last(db, scheme, ["Maria Lopez said she wanted answers from the council."])
    assert got.label == "context"


def test_we_just_want_stays_a_wish(db, scheme):
    got = _last(db, scheme, ['"We just want to sleep at night," said Maria Lopez, who lives '
                             'next to the plant.'])
    assert got.label == "context"


def test_all_they_want_stays_a_wish(db, scheme):
    got = _last(db, scheme, ['"All we want is an apology," said Maria Lopez.'])
    assert got.label == "context"


def test_said_that_they_want_stays_a_wish(db, scheme):
    got = _last(db, scheme, ["The Lopez family said that they want the truth."])
    assert got.label == "context"
