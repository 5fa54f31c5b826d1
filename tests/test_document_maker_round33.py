"""'According to a <document> by <issuer>': the issuer written after "by" speaks, not the
document as written (thirty-third round, issue 11, bug fix on branch i11try33b;
reading.py step 1 and _maker_as_written).

The lead's article (an English wire story on an Indonesian nickel smelter): "Catches of
grouper and snapper have fallen by more than half ..., according to a survey by the local
fishers' cooperative." was proposed as the source "survey" (one document nobody names the
issuer of), though the sentence names its issuer after "by"; "according to a study by
researchers at Hasanuddin University" likewise gave "study". The guidelines: a document
speaks for whoever issued it; a description that singles out one body is the source as
written; members of a body speak as it.

Every sentence but the lead's two is invented for this test; none is taken from the
benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

_OPENING = ("Fishers in Morowali say warm water discharged from a nickel smelter has killed "
            "coral reefs near the shore.")


def _one(db, scheme, sentence):
    return accepted(db, scheme, [_OPENING, sentence], "en")[1]


# --- the lead's case ---

def test_the_lead_survey_by_the_local_fishers_cooperative(db, scheme):
    got = _one(db, scheme, (
        "Catches of grouper and snapper have fallen by more than half since the smelter's "
        "third furnace opened in 2024, according to a survey by the local fishers' "
        "cooperative."))
    assert got.name == "the local fishers' cooperative", got.reason
    assert got.label == "claim"


def test_the_lead_study_by_researchers_at_a_university(db, scheme):
    got = _one(db, scheme, "Catches have fallen, according to a study by researchers at "
                           "Hasanuddin University.")
    assert got.name == "Hasanuddin University", got.reason


# --- the class, on sentences of our own ---

def test_an_analysis_by_a_state_agency(db, scheme):
    got = _one(db, scheme, "Wages at the port have fallen by a fifth since 2023, according "
                           "to an analysis by the state labour agency.")
    assert got.name == "the state labour agency", got.reason


def test_a_report_by_a_described_group_with_its_name(db, scheme):
    got = _one(db, scheme, "Dockers worked longer shifts, according to a report by the "
                           "consumer group Fair Pay Watch.")
    assert got.name == "Fair Pay Watch", got.reason


def test_a_study_by_scientists_at_a_university(db, scheme):
    got = _one(db, scheme, "Dockers worked longer shifts, according to a study by "
                           "scientists at Northbridge University.")
    assert got.name == "Northbridge University", got.reason


def test_the_name_the_article_gives_the_described_maker(db, scheme):
    got = accepted(db, scheme, [
        "Dockers at Port Calder earn a fifth less than they did in 2023, according to a "
        "report by a workers' rights group.",
        "The report by Harbour Labour Watch compares payslips from 2023 and 2026.",
    ], "en")
    assert got[0].name == "Harbour Labour Watch", got[0].reason


# --- near misses: left as they were ---

def test_a_plural_maker_is_no_source_of_its_own(db, scheme):
    got = _one(db, scheme, "Dockers worked longer shifts, according to a study by "
                           "campaigners.")
    assert got.name == "study", got.reason


def test_a_person_described_after_by_is_left_alone(db, scheme):
    got = _one(db, scheme, "Dockers worked longer shifts, according to a survey by a "
                           "local doctor.")
    assert got.name == "survey", got.reason


def test_no_by_no_maker(db, scheme):
    got = _one(db, scheme, "Dockers worked longer shifts, according to a recent survey.")
    assert got.name == "recent survey" or got.name == "survey" or got.name is None, \
        got.reason
    assert "maker" not in got.reason
