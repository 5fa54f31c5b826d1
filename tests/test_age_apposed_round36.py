"""A person's age set between commas closes the subject: "Lee Fenwick, 34, said the
Vauxhall Astra he paid for ..." is said by Lee Fenwick (thirty-sixth round, issue 11, bug
fix on branch t36e4; domain/proposals/reading.py, _closes_apposition).

The try's article (a used-car dealer accused of selling clocked cars): "Buyer Lee Fenwick,
34, said the Vauxhall Astra he paid £7,995 for broke down within a month" was proposed with
the source "Vauxhall Astra", "named after 'said'": the comma after the age was read as the
end of a quotation's words, and the capitalised car after "said the" as the speaker
written after the verb ('"...," said the Rev John Hale'). The quotation after it continued
the car.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

_OPENING = ("Trading standards officers have accused a Rotherham used-car dealer of selling "
            "cars whose mileage had been wound back.")


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


def _after_opening(db, scheme, sentence):
    return _all(db, scheme, [_OPENING, sentence])[1]


# --- the try's case ---

def test_the_buyer_is_the_speaker_not_the_car(db, scheme):
    got = _all(db, scheme, [
        _OPENING,
        "Lee Fenwick, 34, said the Vauxhall Astra he paid £7,995 for broke down within a "
        "month.",
        '"The garage told me the engine had done well over 100,000 miles," he said.',
    ])
    assert got[1].name == "Lee Fenwick", got[1].reason
    assert got[2].name == "Lee Fenwick", got[2].reason


# --- the class, on sentences of our own ---

def test_an_age_then_a_capitalised_object(db, scheme):
    got = _after_opening(db, scheme, "Sarah Pike, 52, said the Ford Focus she bought in "
                                     "March was clocked.")
    assert got.name == "Sarah Pike", got.reason


def test_an_age_then_a_place(db, scheme):
    got = _after_opening(db, scheme, "Tom Hale, 67, told the Rotherham Advertiser his car "
                                     "failed its MOT a week later.")
    assert got.name == "Tom Hale", got.reason


# --- near misses: the speaker written after the verb stays ---

def test_a_quotation_then_said_and_a_name(db, scheme):
    got = _after_opening(db, scheme, '"We checked every car we sold," said Craig Bellamy, '
                                     'the dealer\'s owner.')
    assert got.name == "Craig Bellamy", got.reason


def test_a_name_and_age_after_said(db, scheme):
    got = _after_opening(db, scheme, '"It was a fair price for the car," said Tom Hale, 67, '
                                     'a retired teacher.')
    assert got.name == "Tom Hale", got.reason
