"""A "never" inside a relative clause that describes a thing is no answer to the accusation
(thirty-third round, issue 11, bug fix on branch i11try33h; domain/proposals/
relative_negation.py, data ``rebuttal33_relative``).

The lead's article: hospital cleaners say their contractor docks wages for meal breaks they
never took; a cleaner, Maria Tanaka, is quoted; then "Her union, the Health Services Union,
said it had collected rosters from 23 workers showing breaks recorded that never happened."
The "never" was read as a rebuttal ("answers the accusation before: 'never'"), a denial. It
only says what the breaks on the rosters are: the union's evidence of the wrong, a claim.
"That never happened" after a speech verb, and "claims that never stood up" (the allegation
itself described), stay denials.

Every sentence but the lead's article is invented for this test; none is taken from the
benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

from annotator.domain.proposals.lexicon import lexicon
from annotator.domain.proposals.relative_negation import in_relative_clause
from annotator.domain.proposals.wrongs import words_of

_LEAD = [
    "Cleaners at Wollongong's Illawarra General Hospital say their employer has been deducting "
    "unpaid meal breaks from their pay even when wards were too busy for them to stop.",
    "The workers, employed by contractor BrightServ Facilities, claim the deductions have cost "
    "some of them more than $3,000 over the past year.",
    "Maria Tanaka, who has cleaned the emergency department for six years, said she had not "
    "taken a full break on a night shift since March.",
    '"They take the half-hour off every shift, whether you sit down or not," she said.',
    "Her union, the Health Services Union, said it had collected rosters from 23 workers "
    "showing breaks recorded that never happened.",
    'Union organiser Ben Kowalski accused BrightServ of "building wage theft into the roster".',
    "In a statement, BrightServ said all staff were rostered meal breaks in line with the "
    "award and that managers were instructed to release workers for them.",
    "The company denied that any worker had been underpaid.",
]
_UNION = _LEAD[4]


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


# --- the lead's case ---

def test_the_lead_article_union_evidence_is_no_denial(db, scheme):
    got = _all(db, scheme, _LEAD)
    union = got[4]
    assert union.label != "denial", union.label_reason
    assert union.name == "Health Services Union"
    assert got[5].label == "accusation"
    assert got[7].label == "denial"


def test_the_lead_sentence_after_an_accusation_is_no_denial(db, scheme):
    got = _all(db, scheme, [
        "Cleaners accused BrightServ Facilities of docking their wages for meal breaks they "
        "never took.",
        "Maria Tanaka said she had not taken a full break on a night shift since March.",
        _UNION,
    ])
    assert got[2].label != "denial", got[2].label_reason
    assert "answers the accusation" not in got[2].label_reason


# --- the class, on sentences of our own ---

def test_rest_stops_recorded_that_never_took_place(db, scheme):
    got = _all(db, scheme, [
        "Drivers accused Harlow Freight of withholding overtime pay.",
        "The Road Transport Union said it had gathered logbooks showing rest stops recorded "
        "that never took place.",
    ])
    assert got[1].label != "denial", got[1].label_reason
    assert got[1].name == "Road Transport Union"


def test_visits_which_never_happened(db, scheme):
    got = _all(db, scheme, [
        "Anglers accused Tarrow Water of polluting the river.",
        "The Riverkeepers Trust said it had copies of inspection reports for visits which "
        "never happened.",
    ])
    assert got[1].label != "denial", got[1].label_reason


def test_repairs_that_never_existed(db, scheme):
    got = _all(db, scheme, [
        "Tenants accused Marrow Estates of ignoring repairs for two years.",
        "The Marlow Court Tenants' Association said it had invoices for repairs that never "
        "existed.",
    ])
    assert got[1].label != "denial", got[1].label_reason


def test_carers_who_were_never_there(db, scheme):
    got = _all(db, scheme, [
        "Parents accused Little Acorns Nursery of leaving toddlers unsupervised.",
        "Parent Amy Holt said the rota named carers who were never there.",
    ])
    assert got[1].label != "denial", got[1].label_reason


# --- near misses: still denials ---

def test_that_never_happened_after_said_is_a_denial(db, scheme):
    got = _all(db, scheme, [
        "Drivers accused Harlow Freight of withholding overtime pay.",
        "A spokesman for the firm said that never happened.",
    ])
    assert got[1].label == "denial", got[1].label_reason


def test_claims_that_never_stood_up_is_a_denial(db, scheme):
    got = _all(db, scheme, [
        "Drivers accused Harlow Freight of withholding overtime pay.",
        "A spokesman for the firm said these were claims that never stood up.",
    ])
    assert got[1].label == "denial", got[1].label_reason


def test_claims_which_were_never_put_to_it_were_false(db, scheme):
    got = _all(db, scheme, [
        "Tenants accused Marrow Estates of ignoring repairs for two years.",
        "Marrow Estates said the claims, which were never put to it, were false.",
    ])
    assert got[1].label == "denial", got[1].label_reason


# --- the reading itself: where "never" stands ---

def _relative(sentence: str) -> bool:
    words = words_of(sentence)
    return in_relative_clause(lexicon("en"), words, words.index("never"))


def test_the_reading_on_its_own():
    assert _relative("It showed breaks recorded that never happened.")
    assert _relative("He kept timesheets for hours that were never paid.")
    assert _relative("She photographed spills which had never been cleaned up.")
    assert _relative("Staff who had never been trained were left alone.")
    assert not _relative("The firm said that never happened.")
    assert not _relative("The firm said it checked, but that never happened.")
    assert not _relative("The firm said these were claims that never stood up.")
    assert not _relative("The firm said it had never withheld pay.")
    assert not _relative("The firm said drivers who asked were never turned away.")
    assert not _relative("The firm said it never did that.")
