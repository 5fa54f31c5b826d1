"""A reply whose first reported clause answers the allegation, then "and that" + procedure
to come with no comma before the link, is no context (thirty-fourth round, issue 11, bug fix
on branch i11try34a; domain/proposals/second_clause.py, data ``context33_second_clause``
``bare_links``).

The lead's try: campaigners accuse a police force of excessive force and say officers removed
their identification numbers; the force rejects the allegations and its superintendent goes
on: "She said no officer had removed an identification number and that body-worn camera
footage would be reviewed." "would be reviewed", in the second reported clause, was read as
procedure to come and the sentence proposed as context; round 33's reading of the second
clause needed a comma before "and that". The first clause denies: a denial.

Every sentence but the lead's article is invented for this test; none is taken from the
benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

_POLICE = [
    "Campaigners have accused Avon and Somerset Police of using excessive force to clear a "
    "peaceful protest outside a lorry depot in Avonmouth on Tuesday night.",
    '"We were sitting with our arms linked and singing, and they came in swinging," said '
    "Marcus Bell, 34, a member of the Clean Air Avonmouth group.",
    "The group claims officers removed their identification numbers before moving in.",
    "Avon and Somerset Police rejected the allegations.",
    'In a statement, Superintendent Rachel Owusu said officers had acted "proportionately and '
    'lawfully" after protesters refused repeated requests to move.',
]
_TRY = ("She said no officer had removed an identification number and that body-worn camera "
        "footage would be reviewed.")
_SCHOOL = [
    "Parents have accused Greenhill Academy of excluding pupils with special needs to improve "
    "its exam results.",
    "The academy trust denied the claims.",
]


def _last(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")[-1]


# --- the lead's case ---

def test_the_try_denial_then_and_that_footage_would_be_reviewed_is_a_denial(db, scheme):
    got = _last(db, scheme, [*_POLICE, _TRY])
    assert got.label == "denial", got.label_reason
    assert got.name == "Rachel Owusu"


# --- the class, on sentences of our own ---

def test_no_pupil_excluded_and_that_figures_would_be_published_is_a_denial(db, scheme):
    got = _last(db, scheme, [
        *_SCHOOL,
        "Its chief executive, Paula Grant, said no pupil had been excluded for their results "
        "and that the trust's figures would be published in full.",
    ])
    assert got.label == "denial", got.label_reason
    assert got.name == "Paula Grant"


def test_reports_answered_and_that_a_surveyor_would_inspect_is_a_denial(db, scheme):
    got = _last(db, scheme, [
        "Tenants at Brookfield Court have accused Marlow Housing of ignoring reports of black "
        "mould for more than a year.",
        "Marlow Housing rejected the accusation.",
        "A spokesman said every report had been logged and answered within 10 days and that "
        "an independent surveyor would inspect the flats next month.",
    ])
    assert got.label == "denial", got.label_reason


# --- near misses: the procedure still decides ---

def test_only_the_procedure_is_still_context(db, scheme):
    got = _last(db, scheme, [
        *_SCHOOL,
        "Its chief executive, Paula Grant, said the trust's figures would be published in "
        "full.",
    ])
    assert got.label == "context", got.label_reason


def test_a_plan_right_after_the_speech_verb_then_and_that_is_still_context(db, scheme):
    got = _last(db, scheme, [
        *_SCHOOL,
        "Its chief executive, Paula Grant, said the trust would publish its figures and that "
        "an inquiry would follow.",
    ])
    assert got.label == "context", got.label_reason


def test_a_short_first_clause_does_not_count(db, scheme):
    # "said it and that ...": fewer than min_first words before the link
    got = _last(db, scheme, [
        *_SCHOOL,
        "Paula Grant said so and that the figures would be published in full.",
    ])
    assert got.label == "context", got.label_reason
