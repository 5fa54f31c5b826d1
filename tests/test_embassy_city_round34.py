"""An embassy named by its country and host city speaks as written (thirty-fourth round,
issue 11, try on branch t34diplo; domain/proposals/reading.py ``_mission_in_city``, data
``speaker34_missions``).

The try article (a minister's visit to Tokyo): "Beijing's embassy in Tokyo did not
immediately respond to a request for comment." had no speaker (the city closed the subject);
"The Belarusian embassy in Vilnius did not respond" had none either. The guidelines: the
silent party is the source; a description that singles out one body is the source as
written. Only the silent acts: an embassy that speaks ("Russia's embassy in Chisinau called
the expulsions a provocation") is left as it was, since the whole article's sides are read
from that speaker and moving it moved a readable line; so is an owner the registry knows.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted


def _one(db, scheme, sentence):
    return accepted(db, scheme, [sentence], "en")[0]


def test_the_try_case_silent_embassy(db, scheme):
    got = _one(db, scheme,
               "Beijing's embassy in Tokyo did not immediately respond to a request for "
               "comment.")
    assert got.label == "context"
    assert got.name == "Beijing's embassy in Tokyo", got.reason


def test_an_adjective_country_embassy_silent(db, scheme):
    got = _one(db, scheme,
               "The Belarusian embassy in Vilnius did not respond to a request for comment.")
    assert got.name == "Belarusian embassy in Vilnius", got.reason


def test_a_possessive_capital_embassy_unreachable(db, scheme):
    got = _one(db, scheme, "Hanoi's embassy in Jakarta could not be reached for comment.")
    assert got.name == "Hanoi's embassy in Jakarta", got.reason


def test_a_city_of_two_words(db, scheme):
    got = _one(db, scheme, "The Vietnamese Embassy in Kuala Lumpur declined to comment.")
    assert got.name == "Vietnamese Embassy in Kuala Lumpur", got.reason


# --- near misses: unchanged ---

def test_an_embassy_that_speaks_is_left_as_it_was(db, scheme):
    # only the silent acts: an embassy that accuses or denies stays as before this round
    # (the whole article's sides are read from its speaker; moving it moved a readable
    # line's side)
    got = _one(db, scheme, "Hanoi's embassy in Vilnius said the report was false.")
    assert got.name != "Hanoi's embassy in Vilnius", got.reason


def test_a_known_owner_keeps_the_reading_before(db, scheme):
    # the registry knows Russia (as Rusia): the owner speaks, as before this round (the
    # whole article's sides are read from it; left alone)
    got = _one(db, scheme,
               "Russia's embassy in Chisinau did not respond to a request for comment.")
    assert got.name == "Rusia", got.reason


def test_an_embassy_without_a_city(db, scheme):
    got = _one(db, scheme, "The Chinese embassy did not respond to a request for comment.")
    assert got.name == "Chinese embassy", got.reason


def test_an_official_at_the_embassy_is_not_the_embassy(db, scheme):
    got = _one(db, scheme,
               "An official at the embassy in Tokyo said the visit would go ahead.")
    assert got.name != "embassy in Tokyo", got.reason
