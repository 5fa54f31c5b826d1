"""A document as the subject with an aside between commas opened by a past participle, and
"also" before the verb, speaks for whoever issued it, as "The report said" does
(thirty-eighth round, issue 11, bug fix on branch w12speak1; domain/proposals/reading.py,
``_document_aside``).

The lead's article: "In a report released in Lusaka, Fair Labour Africa said ...", then "The
report, based on interviews with 85 workers and copies of pay slips, also said the company
had deducted housing charges ..." got no source: the aside between commas hid the subject.

Every sentence but the lead's is invented for this test; none is taken from the benchmark's
sets."""

from __future__ import annotations

from support.proposals import accepted

_ISSUED = ("In a report released in Lusaka, Fair Labour Africa said 640 workers at the mine "
           "had received no pay since January.")


def _last(db, scheme, *sentences):
    return accepted(db, scheme, [_ISSUED, *sentences], "en")[-1]


# --- the lead's case ---

def test_the_lead_case_report_based_on_interviews(db, scheme):
    got = _last(db, scheme,
                "The report, based on interviews with 85 workers and copies of pay slips, also "
                "said the company had deducted housing charges from wages without the workers' "
                "consent.")
    assert got.name == "Fair Labour Africa", got.reason


# --- the class, on sentences of our own ---

def test_published_on_a_day(db, scheme):
    got = _last(db, scheme, "The report, published on Tuesday, also said managers had ignored "
                            "safety complaints.")
    assert got.name == "Fair Labour Africa", got.reason


def test_aside_without_also(db, scheme):
    got = _last(db, scheme, "The report, based on a survey of 300 households, said rents had "
                            "doubled since 2020.")
    assert got.name == "Fair Labour Africa", got.reason


def test_seen_by_a_newspaper_is_not_the_issuer(db, scheme):
    got = _last(db, scheme, "The report, seen by the Courier, also said the mine had no "
                            "working ventilation in two shafts.")
    assert got.name == "Fair Labour Africa", got.reason


# --- near misses that must not change ---

def test_signed_by_others_is_not_read(db, scheme):
    got = _last(db, scheme, "The letter, signed by 40 residents, said the gate had been "
                            "locked since May.")
    assert got.name != "Fair Labour Africa", got.reason


def test_compiled_by_names_its_own_issuer(db, scheme):
    got = _last(db, scheme, "The report, compiled by the Miners' Welfare Trust, also said "
                            "wages had been withheld.")
    assert got.name != "Fair Labour Africa", got.reason


def test_a_body_based_somewhere_is_not_a_document(db, scheme):
    got = _last(db, scheme, "The company, based in Perth, also said it had paid all workers.")
    assert "the report speaks for" not in got.reason
