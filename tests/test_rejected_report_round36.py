"""A report the speaker rejects is no complaint the speaker filed (thirty-sixth round, issue
11, bug fix on branch w9report1; domain/proposals/filings.py ``rejected_report``, data
``filed10_filing`` keys ``rejected_report_*``).

The try's article: families accuse a care home of neglect, an inspection report rates it
"inadequate"; the home's owner "said the report did not reflect the care provided and that
many of the findings related to a period when agency staff were covering vacancies". The noun
"report" was read as the ambiguous filing verb ("reported X to the police"), with "to ... agency"
twelve words later as the body it was filed with, and the owner's reply was proposed an
accusation ("a complaint or lawsuit filed: 'report'"). A report named as a noun whose own verb
the speaker negates is the finding rejected: the accused side's reply, a denial.

Every sentence but the try's article is invented for this test; none is taken from the
benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

_OPENING = (
    "Families of residents at a care home in Wigan have accused its owner of leaving elderly "
    "people unwashed, hungry and in soiled bedding for hours at a time.")
_RATED = (
    'Larchfield House was rated "inadequate" by the Care Quality Commission after an '
    "unannounced inspection in October, according to a report published on Wednesday.")
_REPLY = (
    "The home's owner, Ashgrove Care Group, said the report did not reflect the care provided "
    "and that many of the findings related to a period when agency staff were covering "
    "vacancies.")


def _last(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")[-1]


# --- the try's case ---

def test_the_owner_rejecting_the_report_denies(db, scheme):
    got = _last(db, scheme, [_OPENING, _RATED, _REPLY])
    assert got.label == "denial", got.label_reason
    assert "complaint or lawsuit filed" not in got.label_reason
    assert got.name == "Ashgrove Care Group"


# --- the class, on sentences of our own ---

_SCHOOL = (
    "Parents have accused Millbrook Academy of ignoring bullying complaints for more than "
    "two years.")


def test_a_report_that_does_not_give_a_fair_picture(db, scheme):
    got = _last(db, scheme, [
        _SCHOOL,
        "The academy trust said the inspection report didn't give a fair picture of the "
        "school and that several concerns related to a term when agency teachers covered "
        "absences."])
    assert "complaint or lawsuit filed" not in got.label_reason
    assert got.label != "accusation", got.label_reason


def test_a_report_that_failed_to_reflect(db, scheme):
    got = _last(db, scheme, [
        _SCHOOL,
        "Millbrook Academy said the report failed to reflect the improvements made since "
        "the summer and that its figures related to referrals to the local authority."])
    assert "complaint or lawsuit filed" not in got.label_reason
    assert got.label != "accusation", got.label_reason


# --- near misses: filings stay filings ---

def test_a_report_filed_with_the_police_still_files(db, scheme):
    got = _last(db, scheme, [_SCHOOL, "Ms Okafor filed a report with the police."])
    assert got.label == "accusation", got.label_reason
    assert "complaint or lawsuit filed" in got.label_reason


def test_reporting_the_school_to_the_regulator_still_files(db, scheme):
    got = _last(db, scheme, [
        _SCHOOL, "Two mothers reported the academy to the regulator in March."])
    assert got.label == "accusation", got.label_reason
    assert "complaint or lawsuit filed" in got.label_reason


def test_a_report_not_negated_is_read_as_before(db, scheme):
    got = _last(db, scheme, [
        _SCHOOL,
        "Ms Okafor said the report she sent to the council in May had never been answered."])
    # the report's own verb is not negated right after it ("she sent"): the rule leaves it
    assert "complaint or lawsuit filed" in got.label_reason
