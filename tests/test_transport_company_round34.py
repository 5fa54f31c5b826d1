"""A transport or utility company named by its trade ("Northvale Rail", "Carrow Buses",
"Severn Trains") is a company, not a person (thirty-fourth round, issue 11, try branch
t34transport; data/cues/en.json ``speaker_company_words``, read by kinds.kind_of).

The try articles: a bus operator's route cuts opened "Carrow Buses will withdraw 14 rural
routes ...", then "The company said the routes carried fewer than 40 passengers a day";
a rail operator "rejected the allegation", then "A spokesperson for the company said every
claim was checked". Read as people, neither was the company "the company" means: the first
"The company said" was given to the county council named two sentences later, the second
had no source.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


# --- the try articles' cases ---

def test_the_company_is_the_bus_operator_not_the_council_named_next(db, scheme):
    got = _all(db, scheme, [
        "Carrow Buses will withdraw 14 rural routes in west Hallamshire from January after "
        "the county council ended a £1.2 million subsidy.",
        "The company said the routes carried fewer than 40 passengers a day on average and "
        "could not run without public money.",
        '"We have kept these services going for as long as we could, but the numbers simply '
        'do not add up," said managing director Lucy Fenwick.',
        "Hallamshire County Council said it had to close a £19 million gap in its budget.",
    ])
    assert got[1].name == "Carrow Buses", got[1].reason
    assert got[3].name == "Hallamshire County Council"


def test_a_spokesperson_for_the_company_speaks_for_the_rail_operator(db, scheme):
    got = _all(db, scheme, [
        "A passengers' group has accused Northvale Rail of routinely rejecting compensation "
        "claims from commuters.",
        "Northvale Rail rejected the allegation.",
        "A spokesperson for the company said every claim was checked against real-time "
        "train data.",
    ])
    assert got[2].name == "Northvale Rail", got[2].reason


# --- the class, on sentences of our own ---

def test_a_company_spokesperson_of_a_train_operator(db, scheme):
    got = _all(db, scheme, [
        "Severn Trains cancelled 40 services on Monday after a signalling fault near "
        "Gloucester.",
        "A company spokesperson said replacement coaches would run until Wednesday.",
    ])
    assert got[1].name == "Severn Trains", got[1].reason


def test_the_company_after_a_tram_operator(db, scheme):
    got = _all(db, scheme, [
        "Harbourside Trams has raised its peak fares by 12 per cent from April.",
        "The company said the rise was needed to cover higher energy costs.",
        "Councillor Ruth Okafor said the increase would hit shift workers hardest.",
    ])
    assert got[1].name == "Harbourside Trams", got[1].reason


# --- near misses: a person, and a body whose head is a public body's noun ---

def test_a_person_is_still_a_person(db, scheme):
    got = _all(db, scheme, [
        "Harbourside Trams has raised its peak fares by 12 per cent from April.",
        "Maria Kell, who commutes from Stainby, said the rise was unfair.",
        "Kell said she would now drive to work.",
    ])
    assert got[1].name == "Maria Kell"
    assert got[2].name == "Maria Kell"


def test_a_public_body_named_for_rail_stays_a_body(db, scheme):
    got = _all(db, scheme, [
        "The Office of Rail Standards said punctuality fell to 61 per cent in the year to "
        "September.",
        "The office said it would publish a full report in March.",
    ])
    assert got[0].name == "Office of Rail Standards"
    assert got[1].name == "Office of Rail Standards", got[1].reason
