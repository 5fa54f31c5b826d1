"""A hedged wrong is still an accusation, and a request whose object carries a relative clause
is still an appeal (thirty-third round, issue 11, bug fix on branch w3hedge;
domain/proposals/deeds.py and narration.py).

The cases come from a blind try this round. A consumer campaigner, after the refund
allegation: "She said the organiser appeared to be breaking consumer law ..." was proposed a
claim. Two things blocked the wrongful deed: "appeared" was read as a verb of showing (what
footage shows is evidence, a claim), and "be breaking" as a passive that needs an agent.
A hedge lowers confidence; it does not make an accusation a claim.

A chief executive in a recall story: '"... and we are asking everyone who owns an affected
battery to stop charging it right away," ... said.' was proposed a claim: the relative
clause on the object ("everyone who owns ...") stopped the search for the "to" of the
request. An appeal is context, as "urged owners to" is.

Every sentence but the two cases' is invented for this test; none is taken from the
benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

_OPENING = (
    "Thousands of people who bought tickets for the cancelled Meadowlark Festival are still "
    "waiting for refunds three months after it was called off, according to consumer group "
    "Fair Ticket Alliance.")
_QUOTE = ('"People have been fobbed off with automated emails for months while the company '
          'keeps their money," said Fair Ticket Alliance director Priya Hollins.')
_HEDGED = ("She said the organiser appeared to be breaking consumer law, which requires "
           "refunds for cancelled events within 14 days.")

_RECALL = (
    "Veloria Mobility Inc. is recalling about 48,000 lithium-ion batteries sold with its "
    "Cityline e-bikes after receiving reports of packs overheating while charging, the "
    "company said Tuesday.")
_APPEAL = (
    '"The safety of our riders comes before anything else, and we are asking everyone who '
    'owns an affected battery to stop charging it right away," Chief Executive Officer Nadia '
    'Brandt said in an interview.')


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


# --- the cases ---

def test_the_hedged_wrong_is_an_accusation(db, scheme):
    got = _all(db, scheme, [_OPENING, _QUOTE, _HEDGED])[2]
    assert got.label == "accusation", got.label_reason
    assert got.name == "Priya Hollins"


def test_the_request_to_everyone_who_owns_one_is_an_appeal(db, scheme):
    got = _all(db, scheme, [_RECALL, _APPEAL])[1]
    assert got.label == "context", got.label_reason
    assert "appeal or a request" in got.label_reason
    assert got.name == "Nadia Brandt"


# --- the class, on sentences of our own ---

def test_seemed_to_be_breaching_is_an_accusation(db, scheme):
    got = _all(db, scheme, [
        "Tenants of Mill Court say their landlord has left them without heating for a month.",
        "Housing campaigner Ruth Adler said the landlord seemed to be breaching the tenancy "
        "rules.",
    ])[1]
    assert got.label == "accusation", got.label_reason


def test_appears_to_have_broken_is_an_accusation(db, scheme):
    got = _all(db, scheme, [
        "Drivers say the taxi firm Rapid Cabs docked their pay for fuel they never used.",
        "The drivers' union said the firm appears to have broken employment law.",
    ])[1]
    assert got.label == "accusation", got.label_reason


def test_was_breaking_is_an_act_not_a_passive(db, scheme):
    got = _all(db, scheme, [
        "Drivers say the taxi firm Rapid Cabs docked their pay for fuel they never used.",
        "Union organiser Dev Patel said the firm was breaking employment law.",
    ])[1]
    assert got.label == "accusation", got.label_reason


def test_asking_anyone_who_paid_by_card_is_an_appeal(db, scheme):
    got = _all(db, scheme, [
        _OPENING,
        '"We are asking anyone who paid by card to contact their card provider," said '
        "Fair Ticket Alliance director Priya Hollins.",
    ])[1]
    assert got.label == "context", got.label_reason


# --- near misses: nothing changes ---

def test_footage_that_appeared_to_show_stays_evidence(db, scheme):
    got = _all(db, scheme, [
        _OPENING,
        "Footage appeared to show the organiser's staff pushing a customer.",
    ])[1]
    assert got.label != "accusation", got.label_reason


def test_whether_it_was_breaking_is_asked_not_stated(db, scheme):
    got = _all(db, scheme, [
        _OPENING,
        "The regulator is investigating whether the organiser was breaking consumer law.",
    ])[1]
    assert got.label != "accusation", got.label_reason


def test_asked_the_one_who_sold_whether_is_a_question(db, scheme):
    got = _all(db, scheme, [
        _OPENING,
        '"We asked the manager who sold us the tickets whether the show was on," said '
        "ticket holder Tom Ackroyd.",
    ])[1]
    assert "appeal or a request" not in got.label_reason


def test_travelled_to_a_place_is_no_request(db, scheme):
    got = _all(db, scheme, [
        _OPENING,
        "Hollins said she had asked the official who travelled to Leeds for the figures "
        "last week.",
    ])[1]
    assert "asking ... to" not in got.label_reason and "asked ... to" not in \
        got.label_reason
