"""Declining to name, identify or disclose is declining to comment: context, with the one who
declines as its source (thirty-third round, issue 11, bug fix on branch t33biz; data/cues/
en.json "no_comment").

The case, from a business-wire article of the try (a product recall): after "Brandt said the
problem had been traced to a batch of cells from one supplier ...", "She declined to name the
supplier." was proposed as narration with no source ("no speech verb"). The guidelines:
"declined to comment" is context and keeps its speaker as the source; declining to name
the supplier is the same act.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


# --- the case ---

def test_she_declined_to_name_the_supplier(db, scheme):
    got = _all(db, scheme, [
        "Veloria Mobility Inc. is recalling about 48,000 batteries after receiving reports of "
        "packs overheating, the company said Tuesday.",
        '"The safety of our riders comes before anything else," Chief Executive Officer Nadia '
        "Brandt said in an interview.",
        "Brandt said the problem had been traced to a batch of cells from one supplier that did "
        "not meet Veloria's specifications.",
        "She declined to name the supplier.",
    ])
    assert got[3].label == "context", got[3].label_reason
    assert got[3].name == "Nadia Brandt", got[3].reason


# --- the class, on sentences of our own ---

def test_a_company_declined_to_disclose_the_terms(db, scheme):
    got = _all(db, scheme, [
        "Trucking company Harbor Freightways agreed on Monday to settle a lawsuit brought by 40 "
        "drivers over unpaid overtime.",
        "The company declined to disclose the terms of the settlement.",
    ])
    assert got[1].label == "context", got[1].label_reason
    assert got[1].name == "Harbor Freightways", got[1].reason


def test_a_spokesman_would_not_identify_the_customer(db, scheme):
    got = _all(db, scheme, [
        "Kestrel Cells said on Tuesday it had lost a contract worth 90 million dollars.",
        "A spokesman for Kestrel Cells would not identify the customer.",
    ])
    assert got[1].label == "context", got[1].label_reason
    assert got[1].name == "Kestrel Cells", got[1].reason


# --- near misses that must not change ---

def test_naming_the_supplier_is_not_declining(db, scheme):
    got = _all(db, scheme, [
        "Veloria Mobility Inc. is recalling about 48,000 batteries, the company said Tuesday.",
        "Chief Executive Officer Nadia Brandt named the supplier as Kestrel Cells.",
    ])
    assert "declines to say" not in got[1].label_reason, got[1].label_reason
