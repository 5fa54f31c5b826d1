"""A third party's statement of a missing safeguard is no denial (thirty-sixth round, issue
11, bug fix on branch w9report2; domain/proposals/lacking.py, data ``label25_lacking``
``safeguards``; domain/proposals/officer_body.py ``_in_a_name``).

The try's article: an inquest hears that a warehouse worker fell where a guard rail had been
removed; "A Health and Safety Executive inspector, Paul Greaves, told Northampton Coroner's
Court that ..."; then '"There was no physical barrier between the walkway and the drop," he
said.' The quoted "there was no" was read as a denial cue. An inspector (or a witness) telling
what safeguard was missing rejects no allegation: a claim. Two readings made it a denial: the
negated existence of a safeguard was not counted among the things a negation finds lacking
(lacking.py), and "Executive" in "Health and Safety Executive inspector" was read as an
officer's title, which put the inspector on the accused side as an officer of that body
(officer_body.py). From the accused side, "There was no ..." stays a denial.

Every sentence but the try's article is invented for this test; none is taken from the
benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

from annotator.domain.proposals.lexicon import lexicon
from annotator.domain.proposals.officer_body import officer_body

_ARTICLE = [
    "Warehouse worker fell from mezzanine where guard rail had been removed, inquest told",
    "A warehouse worker died after falling nearly five metres from a mezzanine floor where a "
    "safety barrier had been removed weeks earlier, an inquest has heard.",
    "Kamil Nowicki, 29, suffered fatal head injuries at a distribution centre run by Halden "
    "Logistics in Brackmills, Northampton, on 14 February.",
    "A Health and Safety Executive inspector, Paul Greaves, told Northampton Coroner's Court "
    "that a section of guard rail had been taken down to allow a conveyor to be installed and "
    "was never replaced.",
    '"There was no physical barrier between the walkway and the drop," he said.',
    "Mr Nowicki's sister, Agata, said the family believed the company had put speed ahead of "
    "its workers' lives.",
    '"Kamil told us more than once that the top floor was dangerous, and nobody listened," '
    "she said outside the court.",
    'Halden Logistics said in a statement that it had "robust procedures" in place and that '
    "the area had been marked off with hazard tape and signs.",
    "Its site manager, Derek Ashby, told the inquest that staff had been instructed not to "
    "use that part of the mezzanine.",
    "He said Mr Nowicki had not been asked to work there on the day he fell.",
    "The HSE said its investigation was continuing and it could not rule out a prosecution.",
]


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


# --- the try's case ---

def test_the_inspector_telling_of_no_barrier_is_no_denial(db, scheme):
    got = _all(db, scheme, _ARTICLE)[4]
    assert got.label == "claim", got.label_reason
    assert got.name == "Paul Greaves"


def test_the_accused_side_still_replies(db, scheme):
    got = _all(db, scheme, _ARTICLE)
    assert got[7].label == "denial" and got[7].name == "Halden Logistics"
    assert got[8].label == "denial" and got[8].name == "Derek Ashby"


# --- the class, on sentences of our own ---

_FIRE = [
    "Tenants of a block of flats in Salford have accused their landlord, Brookhaven Homes, "
    "of ignoring repeated warnings about fire safety before a blaze last month.",
    "A Greater Manchester Fire and Rescue Service officer, Sam Whitley, told the hearing that "
    "the fire had started in a bin store on the ground floor.",
]


def test_a_fire_officer_telling_of_no_smoke_alarms(db, scheme):
    got = _all(db, scheme, [
        *_FIRE, '"There were no smoke alarms on any of the landings," he said.'])[-1]
    assert got.label != "denial", got.label_reason


def test_a_witness_telling_of_no_risk_assessment(db, scheme):
    got = _all(db, scheme, [
        *_FIRE,
        '"There was no risk assessment for the bin store at all," said Leanne Corbett, a '
        "tenant on the second floor."])[-1]
    assert got.label != "denial", got.label_reason


# --- near misses: the accused side's "there was no ..." stays a denial ---

def test_the_accused_landlord_saying_there_was_no_wrongdoing(db, scheme):
    got = _all(db, scheme, [
        *_FIRE, "Brookhaven Homes rejected the tenants' claims.",
        '"There was no breach of any fire safety regulation," a spokesperson for Brookhaven '
        "Homes said."])[-1]
    assert got.label == "denial", got.label_reason


def test_the_accused_landlord_saying_there_was_no_barrier_needed(db, scheme):
    got = _all(db, scheme, [
        *_FIRE, "Brookhaven Homes denied the allegations.",
        '"There was no fire door on that landing because the building did not need one," '
        "Brookhaven Homes said."])[-1]
    assert got.label == "denial", got.label_reason


def test_an_inspecting_body_named_with_executive_is_no_officer_title():
    lex = lexicon("en")
    assert officer_body(
        "Paul Greaves", "A Health and Safety Executive inspector, Paul Greaves, told the "
        "court that the rail had gone.", {}, lex) is None
    # titles stay titles: lowercase, or capitalised with no noun after them
    assert officer_body(
        "Gareth Pugh", "The chief executive of Clwyd Waste, Gareth Pugh, said the firm had "
        "done nothing wrong.", {}, lex) == "Clwyd Waste"
    assert officer_body(
        "Gareth Pugh", "A Clwyd Waste executive, Gareth Pugh, said the firm had done nothing "
        "wrong.", {}, lex) == "Clwyd Waste"
