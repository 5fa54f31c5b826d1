"""Lay roles of consumer stories written before a name ("Buyer Lee Fenwick said",
"Mother-of-two Kelly Dunn said"): the person without the role (thirty-sixth round, issue
11, bug fix on branch t36e5; data ``speaker17_en`` "descriptors").

The try's article (a used-car dealer accused of selling clocked cars): "Buyer Lee Fenwick,
34, said ..." was proposed with the new source "Buyer Lee Fenwick" where "Customer Jane
Morris said" gives "Jane Morris": "buyer" was not among the lay roles the reading drops.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

_OPENING = ("Trading standards officers have accused a Rotherham used-car dealer of selling "
            "cars whose mileage had been wound back.")


def _after_opening(db, scheme, sentence):
    return accepted(db, scheme, [_OPENING, sentence], "en")[1]


# --- the try's case ---

def test_the_buyer(db, scheme):
    got = _after_opening(db, scheme, "Buyer Lee Fenwick, 34, said the car he paid £7,995 for "
                                     "broke down within a month.")
    assert got.name == "Lee Fenwick", got.reason


# --- the class, on sentences of our own ---

def test_a_mother_of_two(db, scheme):
    got = _after_opening(db, scheme, "Mother-of-two Kelly Dunn, 29, said the car had failed "
                                     "its MOT a week after she bought it.")
    assert got.name == "Kelly Dunn", got.reason


def test_a_courier(db, scheme):
    got = _after_opening(db, scheme, "Courier Tomasz Wierzbicki said he had been paid 50p of "
                                     "a £3 tip.")
    assert got.name == "Tomasz Wierzbicki", got.reason


# --- near misses ---

def test_a_firm_whose_name_opens_with_the_word_stays_whole(db, scheme):
    got = _after_opening(db, scheme, "Rider Levett Bucknall said the costs had been "
                                     "independently checked.")
    assert got.name == "Rider Levett Bucknall", got.reason


def test_a_customer_as_before(db, scheme):
    got = _after_opening(db, scheme, "Customer Jane Morris, 41, said the Ford Fiesta had done "
                                     "twice the miles on its clock.")
    assert got.name == "Jane Morris", got.reason
