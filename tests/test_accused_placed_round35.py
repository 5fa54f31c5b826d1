"""A body named beside the accused party only across the accusation does not speak for it
(thirty-fifth round, issue 11, bug fix on branch t35e; domain/proposals/dispute.py,
placed_before).

The try article: "Students at Northgate University have accused academic publisher Harwood
Learning of doubling the price of core textbooks ..."; after the publisher's denials, "A
spokesman for the university said course leaders chose their own reading materials and
that the library held copies of all core texts." was proposed as a denial, "the accused
side replies: Northgate University speaks for Harwood Learning": the lede was read as
placing the university beside the publisher, though the publisher stands there as whom the
students accuse. The university is a third party.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

_LEDE = ("Students at Northgate University have accused academic publisher Harwood Learning "
         "of doubling the price of core textbooks by pushing them onto digital access codes.")
_DENIAL = 'Harwood Learning said the claims were "misleading".'
_MORE = ("In a statement, the company said each code included practice tests and an e-book "
         "and that its prices had risen by less than inflation.")
_UNIVERSITY = ("A spokesman for the university said course leaders chose their own reading "
               "materials and that the library held copies of all core texts.")


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


# --- the try article's case ---

def test_the_university_does_not_speak_for_the_publisher(db, scheme):
    got = _all(db, scheme, [_LEDE, _DENIAL, _MORE, _UNIVERSITY])
    university = got[3]
    assert university.name == "Northgate University"
    assert university.label != "denial", university.label_reason
    assert "speaks for Harwood Learning" not in university.label_reason


# --- the class, on sentences of our own ---

def test_the_school_does_not_speak_for_the_caterer(db, scheme):
    got = _all(db, scheme, [
        "Parents at Millbrook Academy have accused catering firm FreshPlate Services of "
        "serving undercooked chicken to pupils.",
        "FreshPlate Services denied the claims.",
        "It said every meal was checked by a supervisor before it was served.",
        "A spokeswoman for the academy said it had asked the council's environmental health "
        "team for advice and that lunches would continue as normal.",
    ])
    assert "speaks for FreshPlate Services" not in got[3].label_reason, got[3].label_reason


# --- near misses that must not change ---

def test_the_accused_company_officer_still_speaks_for_it(db, scheme):
    got = _all(db, scheme, [
        "Tenants have accused Carver Homes of ignoring damp in dozens of flats.",
        "Carver Homes' housing director, Tom Briggs, met residents on Monday.",
        "Carver Homes denied the claims.",
        "Briggs said every report of damp had been inspected within a fortnight.",
    ])
    assert got[3].label == "denial", got[3].label_reason
