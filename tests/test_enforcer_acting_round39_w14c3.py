"""An enforcer's own act of enforcement names it as the party acting, as "The regulator fined
..." does (thirty-ninth round, issue 11, bug fix on branch w14c3; domain/proposals/acting.py,
data ``speaker39_enforcer_acts`` read with ``speaker16_acts``).

The try article: after "The Environment Agency confirmed ...", "In 2023 the agency brought a
prosecution against another northern water company, which was fined £2.1m ..." and "Last
year the agency prosecuted a different firm" proposed no speaker, while "The agency fined
another firm" named the agency: prosecuting was no act whose subject the reading looked for.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


_NAMED = "The Environment Agency confirmed it had received the campaigners' report."


# --- the try article's shape ---

def test_the_agency_that_brought_a_prosecution(db, scheme):
    got = _all(db, scheme, [
        _NAMED,
        "In 2022 the agency brought a prosecution against another water company, which was "
        "fined £1.4m for illegal discharges into the Ribble.",
    ])
    assert got[1].name == "Environment Agency", got[1].reason


# --- the class, in other wordings ---

def test_the_agency_that_prosecuted_a_firm(db, scheme):
    got = _all(db, scheme, [
        _NAMED,
        "Last year the agency prosecuted a different firm for similar breaches.",
    ])
    assert got[1].name == "Environment Agency", got[1].reason


def test_another_agency_that_brought_a_prosecution(db, scheme):
    got = _all(db, scheme, [
        "The Food Standards Agency said it would review the findings.",
        "Last year the agency brought a prosecution against a meat processor in Wrexham.",
    ])
    assert got[1].name == "Food Standards Agency", got[1].reason


# --- near misses that must not change ---

def test_the_party_prosecuted_is_no_speaker(db, scheme):
    got = _all(db, scheme, [
        _NAMED,
        "Northfell Water was prosecuted in 2019 for illegal discharges.",
    ])
    assert got[1].name is None, got[1].reason


def test_a_prosecution_not_brought_names_nobody(db, scheme):
    got = _all(db, scheme, [
        _NAMED,
        "The agency has not prosecuted any firm since 2021.",
    ])
    assert got[1].name is None, got[1].reason
