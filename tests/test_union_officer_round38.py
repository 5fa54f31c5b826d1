""""The union said" means the union the article names, not the union's officer introduced
last with the word "union" (thirty-eighth round, issue 11, bug fix on branch lt38a1;
domain/proposals/naming.py ``_body_over_officer``).

The lead's try (a wire story, gold written before any proposal): "The union, ABVV-Havens,
said ..." then '"...," union secretary Koen Verhulst told reporters.' then "The union said it
would not call a strike for now": proposed Koen Verhulst, as "union secretary" had introduced
him with the noun. A spokesperson still speaks for the body the article names with it, and
with no body of that kind named, the officer stays.

Every sentence but the lead's is invented for this test; none is taken from the benchmark's
sets."""

from __future__ import annotations

import pytest
from support.proposals import accepted


def _last(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")[-1]


_CRANES = [
    "ANTWERP, Dec 3 (Reuters) - A Belgian dockworkers' union on Thursday accused terminal "
    "operator Scheldt Maritime Services of keeping faulty cranes in use at its largest "
    "container berth, weeks after a cable snapped during a night shift.",
    "The union, ABVV-Havens, said crane drivers had reported brake and cable faults on at "
    "least six occasions since August without repairs being made.",
    '"Our members are being asked to lift 40-tonne boxes with equipment that the company knows '
    'is not safe," union secretary Koen Verhulst told reporters outside the terminal.',
    "No one was injured when the cable snapped on Nov. 14, but a container fell onto an empty "
    "quay, according to an internal incident report seen by Reuters.",
    "Scheldt Maritime denied that any crane had been operated with a known fault.",
    '"Every crane at our terminal is inspected daily and any defect reported by a driver is '
    'fixed before the crane returns to service," the company said in a statement.',
    "It said the Nov. 14 incident was caused by a rigging error and was under investigation.",
    "Belgium's federal labour inspectorate said it had opened an inquiry and would inspect "
    "the berth next week.",
    "The union said it would not call a strike for now but could do so if the inspection "
    "found safety breaches.",
]


def test_the_lead_case_the_union_is_the_union_named(db, scheme):
    got = _last(db, scheme, _CRANES)
    assert got.name == "ABVV-Havens"


@pytest.mark.parametrize("office", ["general secretary", "chair", "president", "leader"])
def test_other_offices_of_a_named_union(db, scheme, office):
    got = _last(db, scheme, [
        "Drivers at Harbour Freight have accused the firm of cutting their pay.",
        "The Road Haulage Workers' Union said its members had lost up to £90 a week.",
        f'"This is a pay cut by stealth," union {office} Dana Whitlock said.',
        "Harbour Freight denied the claims.",
        "The union said it would ballot members next week.",
    ])
    assert got.name == "Road Haulage Workers' Union"


@pytest.mark.parametrize("office", ["secretary", "general secretary", "chair", "organiser"])
def test_a_union_named_in_apposition_and_its_officer(db, scheme, office):
    got = _last(db, scheme, [
        "BRUSSELS, Dec 3 (Reuters) - Belgian rail workers on Thursday accused operator "
        "Nordrail of cutting safety checks on night trains.",
        "The union, ACOD-Spoor, said inspections had been halved since June.",
        f'"Our members are being asked to sign off trains nobody has checked," union {office} '
        'Els Maes told reporters.',
        "Nordrail denied that any check had been skipped.",
        "The union said it would meet the rail regulator on Monday.",
    ])
    assert got.name == "ACOD-Spoor"


def test_an_association_named_before_its_chair(db, scheme):
    got = _last(db, scheme, [
        "Tenants of Larchfield Homes say the landlord has ignored their complaints about damp.",
        "The Larchfield Tenants' Association said 40 flats had black mould.",
        '"Nobody came," said association chair Mary Doyle.',
        "Larchfield Homes denied the claims.",
        "The association said it would write to the housing ombudsman.",
    ])
    assert got.name == "Larchfield Tenants' Association"


# --- near misses: what must not change ---

def test_a_spokesperson_still_speaks_for_the_company(db, scheme):
    """As the readable gold has it: "company spokesperson X", then "The company said"."""
    got = _last(db, scheme, [
        "Home security company Porchlight shared video from customers' cameras with police "
        "without a warrant, a privacy group said on Tuesday.",
        '"We turned down more than half of the requests," company spokesperson Ben Albright '
        "said in an email.",
        "The company said the figure counted every camera separately.",
    ])
    assert got.name == "Ben Albright"


def test_no_union_named_keeps_its_officer(db, scheme):
    got = _last(db, scheme, [
        "Drivers at Harbour Freight have accused the firm of cutting their pay.",
        '"This is a pay cut by stealth," union secretary Dana Whitlock said.',
        "Harbour Freight denied the claims.",
        "The union said it would ballot members next week.",
    ])
    assert got.name == "Dana Whitlock"
