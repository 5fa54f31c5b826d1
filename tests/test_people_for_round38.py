"""Couriers "for" a described body speak as unnamed people, not as the body (thirty-eighth
round, issue 11, bug fix on branch t38e4; domain/proposals/plural_people.py, data
``speaker38_people_for``).

The try article (a wire story): "Couriers for food delivery app Dashly accused the company
on Wednesday of quietly cutting the fee it pays per order" was proposed with Dashly, the
accused app, as the source of the accusation against it. Dashly was then read as the
accusing side for the whole article, so its spokeswoman's counter-figure after "Dashly
rejected the union's figures." was proposed as a claim, not the accused side's denial.

Every sentence but the try article's is invented for this test; none is taken from the
benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

_OPENING = (
    "Couriers for food delivery app Dashly accused the company on Wednesday of quietly "
    "cutting the fee it pays per order, saying some riders now earn less than the minimum "
    "wage once waiting time is counted.")
_REJECTED = "Dashly rejected the union's figures."
_FIGURE = (
    '"Average hourly earnings for riders on our platform rose 4% in the third quarter," a '
    "company spokeswoman said, adding that fees are adjusted for distance and demand and "
    "that some orders now pay more.")


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


# --- the try article's case ---

def test_the_try_article_couriers_are_no_source(db, scheme):
    got = _all(db, scheme, [_OPENING, _REJECTED, _FIGURE])
    assert got[0].label == "accusation"
    assert got[0].name is None, got[0].reason
    assert got[1].name == "Dashly" and got[1].label == "denial"
    assert got[2].name == "Dashly"
    assert got[2].label == "denial", got[2].label_reason


# --- the class, on sentences of our own ---

def test_drivers_for_a_described_firm_are_no_source(db, scheme):
    got = _all(db, scheme, [
        "Drivers for ride-hailing firm Zoomo say the company cut their pay in March."])
    assert got[0].name is None, got[0].reason
    assert "plural of unnamed people" in got[0].reason


# --- near misses: those who speak for the body still speak as it ---

def test_lawyers_for_a_party_are_not_unnamed_people(db, scheme):
    got = _all(db, scheme, [
        "Workers at the family-run firm Harlow Foods say they were not paid in March.",
        "Lawyers for Harlow Foods said the payments were made on time.",
    ])
    assert "plural of unnamed people" not in got[1].reason, got[1].reason
