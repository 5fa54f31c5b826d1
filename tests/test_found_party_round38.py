"""The party a body found against is the accused, not the body's side (thirty-eighth round,
issue 11, bug fix on branch w12sides1; domain/proposals/found_party.py, data
``side38_found_party``).

The lead's case (a blind try's article): "the Further Education Quality Commission found
that Trentside College had removed 312 learners ...". "Found that" neither ends the words
read beside a name nor is an accusation cue, so the college was placed beside the
commission that accused it, and its principal's "has never removed a single student" was
read as the accusing side's own negation (a claim). The party named after a body's finding
verb is the accused.

Every sentence but the lead's article is invented for this test; none is taken from the
benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


_COLLEGE = [
    "A further education college in Staffordshire inflated its published pass rates by "
    "quietly withdrawing students who were expected to fail, a skills watchdog has said.",
    "In a report published on Wednesday, the Further Education Quality Commission found "
    "that Trentside College had removed 312 learners from its records in the weeks before "
    "exams in 2024 and 2025.",
    "Without those withdrawals, the report said, the college's headline pass rate of 94 "
    "percent would have been closer to 81 percent.",
    'Inspectors also said staff had been told to "manage out" weaker students, according to '
    "emails seen by the commission.",
    "The commission has given the college three months to correct the figures on its "
    "website and in its prospectus.",
    'Trentside\'s principal, Gillian Marsh, called the report "deeply unfair" and said the '
    'college "has never removed a single student to improve its results".',
    "She said most of the withdrawals were students who had left for jobs or "
    "apprenticeships, many of them during the cost-of-living crisis.",
]


# --- the lead's case ---

def test_the_lead_article_principal_denies(db, scheme):
    got = _all(db, scheme, _COLLEGE)
    marsh = got[5]
    assert marsh.label == "denial", marsh.label_reason
    assert marsh.name == "Gillian Marsh"
    assert "accusing side" not in marsh.label_reason


# --- the class, on sentences of our own ---

def test_concluded_that_names_the_accused(db, scheme):
    got = _all(db, scheme, [
        "A primary school in Derby coached pupils on leaked test papers, an inspectorate "
        "has said.",
        "In a report published on Tuesday, the Schools Inspectorate concluded that Elmwood "
        "Primary had shown pupils the papers in 2025.",
        'Elmwood\'s headteacher, Rachel Dunn, said the school "has never seen a test paper '
        'before the day of the test".',
    ])
    assert got[2].label == "denial", got[2].label_reason
    assert "accusing side" not in got[2].label_reason


def test_found_with_the_party_right_after(db, scheme):
    got = _all(db, scheme, [
        "A care home left residents without help for hours at night, inspectors have said.",
        "The Care Quality Commission found Oakdene House had too few staff on 40 night "
        "shifts.",
        'Oakdene\'s manager, Peter Lyle, said the home "has never left a resident without '
        'care".',
    ])
    assert got[2].label == "denial", got[2].label_reason
    assert got[2].name == "Peter Lyle"


# --- near misses that must not change ---

def test_the_finding_bodys_own_inspector_stays_on_its_side(db, scheme):
    # named before the finding verb: the inspector is the agency's, not the accused
    got = _all(db, scheme, [
        "A water company let raw sewage into a river on more than 200 days last year, a "
        "regulator has said.",
        "Helen Shaw, an inspector at the Environment Agency, found that the company's "
        "records had gaps for most of the year.",
        "Shaw said the company never reported the spills to the agency.",
    ])
    assert got[2].label == "claim", got[2].label_reason
    assert got[2].name == "Helen Shaw"
    assert "accusing side" in got[2].label_reason
