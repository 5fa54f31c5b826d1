"""A planning application is no complaint lodged with a body (thirty-third round, issue 11,
bug fix on branch t33local; domain/proposals/lodged_with.py, data/cues/en.json
``label21_lodged`` "own_works").

The try article (English local news): residents accuse a developer of clearing protected
bushland; then "The land is owned by Bellbrook Estates, which has applied to Merriden Shire
Council to build 64 homes on the site." Once the article had told an allegation, "applied
to <named body>" was read as a complaint lodged with it: an accusation. What the applicant
asks leave for, written as "to <verb>" right after the body ("to build", "to extend", "to
convert"), is its own works: never a complaint. "applied to the council for a review" is
read as before.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

_OPENING = ("Residents of Wattle Creek have accused a property developer of clearing more "
            "than two hectares of protected bushland without approval.")


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


# --- the try article's case ---

def test_a_planning_application_is_not_a_complaint(db, scheme):
    got = _all(db, scheme, [
        _OPENING,
        "The land is owned by Bellbrook Estates, which has applied to Merriden Shire "
        "Council to build 64 homes on the site.",
    ])
    assert got[1].label != "accusation", got[1].label_reason
    assert "complaint lodged" not in got[1].label_reason


# --- the class, on sentences of our own ---

def test_applied_to_extend_and_to_convert(db, scheme):
    got = _all(db, scheme, [
        "Villagers in Ashby Parva accuse Cotswold Stone of blasting outside its permitted "
        "hours.",
        "The firm has applied to Leicestershire County Council to extend the quarry by 12 "
        "hectares.",
        "Greywell Homes has applied to Harborough District Council to convert the chapel "
        "into six flats.",
    ])
    assert got[1].label != "accusation", got[1].label_reason
    assert got[2].label != "accusation", got[2].label_reason


# --- near misses that must not change ---

def test_applied_for_a_review_is_still_a_complaint(db, scheme):
    got = _all(db, scheme, [
        "Residents say the Red Lion has played amplified music past midnight every weekend "
        "since June, breaking its licence.",
        "The Orchard Road Residents' Association has applied to New Forest District Council "
        "for a review of the pub's premises licence.",
    ])
    assert got[1].label == "accusation", got[1].label_reason


def test_sent_evidence_to_a_body_is_still_a_complaint(db, scheme):
    got = _all(db, scheme, [
        _OPENING,
        "The Friends of Wattle Creek have sent aerial photographs of the site to the "
        "Environment Protection Authority.",
    ])
    assert got[1].label == "accusation", got[1].label_reason
