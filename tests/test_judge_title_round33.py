"""A judge's or a coroner's title before the name set between commas in a speaker's role is
no part of the source (thirty-third round, issue 11, bug fix on branch w3tribunal;
speakers_proposed.without_title).

The try article: '"...," said the court's resident judge, Judge Margaret Osei.' proposed
"Judge Margaret Osei"; the subject ("Judge Margaret Osei said") and the name after "said"
("said District Judge Paul Hart") already gave the person alone, as "Councillor" and "Dr"
are no part of a name. Every sentence but the try article's is invented for this test."""

from __future__ import annotations

from support.proposals import accepted

_LEAD = "Hadley Crown Court will sit on Saturdays from March to clear a backlog of cases."
_QUOTE = '"We cannot keep witnesses waiting for two years,"'


def _speaker(db, scheme, sentence):
    return accepted(db, scheme, [_LEAD, sentence], "en")[1].name


# --- the try article's case ---

def test_the_resident_judge_named_between_commas(db, scheme):
    got = accepted(db, scheme, [
        "Westmoor Crown Court will begin sitting in the evenings from January in an attempt "
        "to reduce a backlog of more than 900 cases.",
        '"Victims and witnesses are waiting far too long for their day in court, and we have '
        'to use every room we have," said the court\'s resident judge, Judge Margaret Osei.',
        "She said evening sittings would be used mainly for shorter trials and sentencing "
        "hearings.",
    ], "en")
    assert got[1].name == "Margaret Osei", got[1].reason
    assert got[2].name == "Margaret Osei"


# --- the class, on sentences of our own ---

def test_district_judge_after_a_role(db, scheme):
    assert _speaker(db, scheme, f"{_QUOTE} said the court's senior judge, District Judge "
                                "Paul Hart.") == "Paul Hart"


def test_employment_judge_after_a_role(db, scheme):
    assert _speaker(db, scheme, f"{_QUOTE} said the tribunal's president, Employment Judge "
                                "Alan Devereux.") == "Alan Devereux"


def test_coroner_after_a_role(db, scheme):
    assert _speaker(db, scheme, f"{_QUOTE} said the senior coroner for the area, Coroner "
                                "Anne Baker.") == "Anne Baker"


def test_magistrate_after_a_role(db, scheme):
    assert _speaker(db, scheme, f"{_QUOTE} said the presiding magistrate, Magistrate Tom "
                                "Reed.") == "Tom Reed"


# --- near misses: what was already right stays so ---

def test_subject_unchanged(db, scheme):
    assert _speaker(db, scheme, "Judge Margaret Osei said witnesses could not be kept "
                                "waiting.") == "Margaret Osei"


def test_after_said_unchanged(db, scheme):
    assert _speaker(db, scheme, f"{_QUOTE} said District Judge Paul Hart.") == "Paul Hart"


def test_untitled_name_after_a_role_unchanged(db, scheme):
    assert _speaker(db, scheme, f"{_QUOTE} said the county's coroner, Anne Baker.") == \
        "Anne Baker"


def test_body_before_the_role_is_not_a_title(db, scheme):
    assert _speaker(db, scheme, f"{_QUOTE} said the Justice Department's spokesman, Tom "
                                "Reed.") == "Tom Reed"
