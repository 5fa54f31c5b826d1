"""A report of findings nobody is named as issuing speaks for the body named last, also
with a verb with which evidence speaks (thirty-fourth round, issue 11, bug fix on branch
w5report; domain/proposals/owned_documents.findings_subject, read in reading.py where
evidence verbs are read).

The lead's blind try (an academy's off-rolling row): `Ofsted, which inspected the academy in
March, rated it good and noted that ...`, then `However, the inspection report also recorded
that the number of pupils ... was "higher than the national average".` got no source
("narration: no speech verb"): `recorded`, like `showed` or `documented`, is a verb with
which evidence speaks, and only a document written with its owner (`The ombudsman's report
also recorded`) took one. `The report also found` / `The report said` already took the body
named last (the guidelines: a document speaks for whoever issued it). Now the whole subject
`the <lower-case words> report` (`its report`, `the findings`, at most two words between)
does the same with `recorded`, `showed`, `documented`; not a person named last, not a report
with its own issuer or a name (`A report by X`, `The Westbury Report`), not `A report`.

Every sentence but the lead's article is invented for this test; none is taken from the
benchmark's sets."""

from __future__ import annotations

import pytest
from support.proposals import accepted

_LEDE = ("A group of parents has accused the Elmsworth Learning Trust of quietly removing "
         "lower-achieving pupils from one of its secondary schools in the months before their "
         "GCSE exams.")
_DENIAL = ('In a statement, the Elmsworth Learning Trust said it "categorically rejects" any '
           'suggestion that pupils had been off-rolled.')
_OFSTED = ('Ofsted, which inspected the academy in March, rated it good and noted that '
           '"leaders track carefully where pupils go when they leave the school".')
_REPORT = ('However, the inspection report also recorded that the number of pupils moving to '
           'home education was "higher than the national average".')

_TENANTS = "Tenants say the letting agent, Keyline Lettings, kept their deposits without reason."
_AGENT = "Keyline Lettings denied the claims."
_OMBUDSMAN = ("The Property Ombudsman, which investigated the complaints last year, said the "
              "agent had failed to act.")
_FIGURE = "40 deposits had been held for more than a year."


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


# --- the lead's case ---

def test_the_lead_inspection_report_speaks_for_ofsted(db, scheme):
    report = _all(db, scheme, [_LEDE, _DENIAL, _OFSTED, _REPORT])[3]
    assert report.name == "Ofsted", report.reason
    assert "the report of the body named last" in report.reason


# --- the class, on sentences of our own ---

@pytest.mark.parametrize("subject", [
    "The report also recorded that", "Its report recorded that", "The findings showed that",
    "The investigation report showed that", "However, the final audit report recorded that"])
def test_evidence_verbs_with_a_findings_subject(db, scheme, subject):
    got = _all(db, scheme, [_TENANTS, _AGENT, _OMBUDSMAN, f"{subject} {_FIGURE}"])[3]
    assert got.name == "Property Ombudsman", (subject, got.reason)


def test_documented_without_that(db, scheme):
    got = _all(db, scheme, [_TENANTS, _AGENT, _OMBUDSMAN,
                            "The report also documented delays of up to nine months."])[3]
    assert got.name == "Property Ombudsman", got.reason


# --- near misses: as before ---

def test_a_person_named_last_gives_no_source(db, scheme):
    got = _all(db, scheme, [_TENANTS, _AGENT, "Sarah Cole, a tenant, said she had lost £900.",
                            f"The report also recorded that {_FIGURE}"])[3]
    assert got.name is None, got.reason


def test_a_report_with_its_own_issuer_or_a_name_is_read_as_before(db, scheme):
    got = _all(db, scheme, [_TENANTS, _AGENT, _OMBUDSMAN,
                            f"A report published in May showed that {_FIGURE}",
                            f"The Westbury Report showed that {_FIGURE}",
                            f"The records showed that {_FIGURE}"])
    assert got[3].name is None, got[3].reason
    assert got[4].name == "Westbury Report", got[4].reason
    assert got[5].name is None, got[5].reason


def test_a_report_with_its_owner_keeps_the_owner(db, scheme):
    got = _all(db, scheme, [_TENANTS, _AGENT, _OMBUDSMAN,
                            f"Keyline's own report recorded that {_FIGURE}"])[3]
    assert got.name == "Keyline Lettings", got.reason
