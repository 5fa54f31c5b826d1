"""A body's office as the subject speaks for the body (thirty-third round, issue 11, bug fix
on branch w3office; domain/proposals/office_of.py).

The case, from a blind try: a union's charge is filed "with the National Labor Relations
Board"; later "The labor board's regional office in Indianapolis confirmed it had received
the charge". The office was proposed as its own source, "the labor board's regional office",
where the analyst's answer is the board the article names. "The board's", "the agency's",
"the ministry's" regional, local or district office: the body the article names with that
noun (every word before the noun in its name too); a possessor the article names no body
by ("the mayor's office", "the company's office" where no company is named so) stays as
written.

Every sentence but the try's article is invented for this test; none is taken from the
benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted


def _last(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")[-1]


_FILED = ("In a complaint filed with the National Labor Relations Board, Food and Allied "
          "Workers Local 418 said at least 86 workers had their weekly schedules cut.")


# --- the try's case ---

def test_the_labor_boards_regional_office_is_the_board(db, scheme):
    got = _last(db, scheme, [
        "A union representing about 1,200 workers at Harlow Foods' plant in Portage accused "
        "the company on Wednesday of cutting the hours of employees who voted to strike.",
        _FILED,
        "Harlow Foods rejected the allegation.",
        "The labor board's regional office in Indianapolis confirmed it had received the "
        "charge and said it would assign an investigator."])
    assert got.name == "National Labor Relations Board", got.reason


# --- the class, on sentences of our own ---

def test_the_boards_field_office(db, scheme):
    got = _last(db, scheme, [
        _FILED, "The board's field office in Chicago said it had opened a case."])
    assert got.name == "National Labor Relations Board"


def test_the_agencys_local_office(db, scheme):
    got = _last(db, scheme, [
        "The Environment Agency fined Tarn Water £2 million on Monday over sewage spills.",
        "The agency's local office in Carlisle said it would inspect the works again."])
    assert got.name == "Environment Agency"


def test_the_ministrys_district_office(db, scheme):
    got = _last(db, scheme, [
        "The Ministry of Health said the outbreak in the west was under control.",
        "The ministry's district office in Kisumu said 40 cases had been reported."])
    assert got.name == "Ministry of Health"


# --- near misses: the office stays as written ---

def test_no_body_of_that_noun_is_named(db, scheme):
    got = _last(db, scheme, [
        "Harlow Foods cut hours at its Portage plant last month.",
        "The board's regional office in Indianapolis said it had received the charge."])
    assert got.name == "the board's regional office"


def test_a_word_before_the_noun_not_in_the_name(db, scheme):
    got = _last(db, scheme, [
        _FILED,
        "The school board's district office said the teachers had been paid in full."])
    assert got.name != "National Labor Relations Board"


def test_a_title_holders_office(db, scheme):
    got = _last(db, scheme, [
        "The Environment Agency fined Tarn Water £2 million on Monday over sewage spills.",
        "The mayor's office said the beach would reopen on Friday."])
    assert got.name == "the mayor's office"
