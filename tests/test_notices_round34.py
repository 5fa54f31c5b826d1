"""A regulator's warning notice or notice to improve, and the agent of "rated" (thirty-fourth
round, issue 11, try helper t34health; data ``scene_enforcement``,
``label10_sanctions_received`` and ``speaker12_passives``).

The try article (health news, written blind): an eye clinic "has been rated inadequate by
the Healthcare Quality Inspectorate (HQI) after inspectors found surgical instruments that
had not been properly sterilised", then "The HQI has issued the clinic with a warning
notice and given it three months to improve." The rules knew an improvement notice and a
prohibition notice as enforcement, not a warning notice nor a notice to improve, so the
notice was proposed as context ("no speech verb"); and "rated" was no passive whose agent
speaks, so the opening sentence had no source. The guidelines: enforcement that names a
party is an accusation by the body acting; a regulator's rating is its finding.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

_OPENING = ("A private eye clinic in Kelmsford has been rated inadequate by the Healthcare "
            "Quality Inspectorate (HQI) after inspectors found surgical instruments that had "
            "not been properly sterilised.")
_NOTICE = ("The HQI has issued the clinic with a warning notice and given it three months "
           "to improve.")


def _one(db, scheme, sentence):
    return accepted(db, scheme, [sentence], "en")[0]


# --- the try article's case ---

def test_the_try_article_notice_is_an_accusation(db, scheme):
    got = accepted(db, scheme, [
        _OPENING,
        "ClearView Vision Centres, which runs the clinic on Tanner Lane, carries out around "
        "3,000 cataract operations a year, most of them for NHS patients.",
        _NOTICE,
    ], "en")
    assert got[0].name == "Healthcare Quality Inspectorate", got[0].reason
    assert got[0].label == "accusation", got[0].label_reason
    assert got[2].label == "accusation", got[2].label_reason
    assert got[2].name == "Healthcare Quality Inspectorate", got[2].reason


# --- the class, on sentences of our own ---

def test_a_warning_notice_issued_to_a_party(db, scheme):
    got = _one(db, scheme, "The Care Standards Board has issued a warning notice to Meadowbank "
                           "Nursing Home in June.")
    assert got.label == "accusation", got.label_reason
    assert got.name == "Care Standards Board", got.reason


def test_a_notice_to_improve(db, scheme):
    got = _one(db, scheme, "The funding agency has issued Harbourside Academies Trust with a "
                           "notice to improve.")
    assert got.label == "accusation", got.label_reason


def test_a_warning_notice_received(db, scheme):
    got = _one(db, scheme, "Northgate Dental Practice was given a warning notice after the "
                           "inspection.")
    assert got.label == "accusation", got.label_reason


def test_the_agent_of_rated_speaks(db, scheme):
    got = _one(db, scheme, "The Riverside Birth Centre was rated inadequate by the Maternity "
                           "Standards Authority in October.")
    assert got.name == "Maternity Standards Authority", got.reason


# --- near misses that must not change ---

def test_a_notice_only_threatened_is_no_accusation(db, scheme):
    got = _one(db, scheme, "The regulator said it would issue a warning notice if the clinic "
                           "did not improve.")
    assert got.label != "accusation", got.label_reason


def test_a_good_rating_is_no_accusation(db, scheme):
    got = _one(db, scheme, "The school was rated good at its last inspection, in 2022.")
    assert got.label == "context", got.label_reason
