""""We do not recognise the figures": the accused side rejecting what was said of it, a
denial (thirty-fifth round, issue 11, try helper t35a; data/cues/en.json
``statement_rejecting``, read by acts.discredited).

The try's article (a wire story on a gym chain's exit fee): '"We do not recognise the figures
Fair Deal has published, and we are confident our terms are fair and lawful," a
spokesperson for the company said in a statement.' It was proposed as an accusation ("accused
before and goes on") on the base, and as a claim once the chain was no longer read as the
accuser. British companies' formula for rejecting a figure, a report or a claim ("does not
recognise the union's figures", "we do not recognise these claims") rejects a statement as
"disputes" does: whoever says it denies. Present tense only: "did not recognise the man in
the photo" is no rejection.

Every sentence but the try's is invented for this test; none is taken from the benchmark's
sets."""

from __future__ import annotations

from support.proposals import accepted

_GYM = [
    "FlexPoint, one of Britain's largest budget gym chains, charged members who tried to "
    "leave their contracts early a cancellation fee that was not set out in its sign-up "
    "terms, a consumer group said on Thursday.",
    "Fair Deal UK said it had collected 412 complaints from FlexPoint members since "
    "January, most of them about a £60 \"admin fee\" charged when a member cancelled within "
    "the first year.",
    "FlexPoint, which has 190 gyms and about 900,000 members, said the fee was \"clearly "
    "shown\" on its website and in the membership agreement every member signs.",
    "\"We do not recognise the figures Fair Deal has published, and we are confident our "
    "terms are fair and lawful,\" a spokesperson for the company said in a statement.",
]


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


# --- the try's case ---

def test_the_gym_chain_does_not_recognise_the_figures(db, scheme):
    got = _all(db, scheme, _GYM)[3]
    assert got.label == "denial", got.label_reason
    assert got.name == "FlexPoint"


# --- the class, on sentences of our own ---

def test_does_not_recognise_the_unions_figures(db, scheme):
    got = _all(db, scheme, [
        "Staff at Harbour Homes say they were told to work unpaid overtime.",
        "The company said it does not recognise the union's figures.",
    ])[1]
    assert got.label == "denial", got.label_reason


def test_we_do_not_recognise_these_claims(db, scheme):
    got = _all(db, scheme, [
        "\"We do not recognise these claims and we will be responding in full,\" a "
        "spokesperson for Harbour Homes said.",
    ])[0]
    assert got.label == "denial", got.label_reason


# --- near misses ---

def test_a_face_not_recognised_is_no_denial(db, scheme):
    got = _all(db, scheme, ["Residents said they did not recognise the man in the photo."])[0]
    assert got.label != "denial", got.label_reason


def test_the_law_not_recognising_is_no_denial(db, scheme):
    got = _all(db, scheme, ["The law does not recognise cohabiting couples as married."])[0]
    assert got.label == "context", got.label_reason
