"""An English office whose portfolio has parts joined by "of", "for", "and" or "the" (thirty-
third round, issue 11, bug fix on branch i11titles33; domain/proposals/name_words.py,
``_portfolio_office``).

The lead's article (invented): bus drivers accuse a bus company of cutting their breaks.
"The Minister of Trade and Industry said ..." proposed the source "and Industry", "The
Secretary of State for Transport said ..." proposed "for Transport": a title word inside
the portfolio ("Trade", "State") or "for" after the title made the office read as a titled
person's name, the last two words. Nobody holding the office is named, so the office as
written is the source (the guidelines: a person, an office, a government). A holder named
after or inside the office is still the source.

Every sentence but the lead's two is invented for this test; none is taken from the
benchmark's sets."""

from __future__ import annotations

import pytest
from support.proposals import accepted

_OPENING = ("Bus drivers have accused the FirstLine bus company of cutting their rest breaks "
            "to keep services running.")
_DENIAL = "FirstLine denied the claims."


def _name(db, scheme, sentence, language="en"):
    return accepted(db, scheme, [_OPENING, sentence, _DENIAL], language)[1].name


# --- the lead's cases ---

def test_the_lead_minister_of_trade_and_industry_is_the_office(db, scheme):
    assert _name(db, scheme, "The Minister of Trade and Industry said the tariff would be "
                             "reviewed next month.") == "Minister of Trade and Industry"


def test_the_lead_secretary_of_state_for_transport_is_the_office(db, scheme):
    assert _name(db, scheme, "The Secretary of State for Transport said the review would "
                             "report in spring.") == "Secretary of State for Transport"


# --- the class, on sentences of our own ---

@pytest.mark.parametrize(("sentence", "office"), [
    ("The Minister for Education said schools would reopen on Monday.",
     "Minister for Education"),
    ("The Secretary of State for Health and Social Care said the breaks were a safety "
     "matter.", "Secretary of State for Health and Social Care"),
    ("The Minister of State for Housing said the depots would be inspected.",
     "Minister of State for Housing"),
    ("The Minister for Trade and Investment said the contract would be reviewed.",
     "Minister for Trade and Investment"),
    ("The Commissioner for Trade said the contract would be reviewed.",
     "Commissioner for Trade"),
    ("The Secretary of State for Business and Trade said the contract would be reviewed.",
     "Secretary of State for Business and Trade"),
    ("The Minister for Foreign Affairs said the contract would be reviewed.",
     "Minister for Foreign Affairs"),
    ("The Minister for Home Affairs said the depots would be inspected.",
     "Minister for Home Affairs"),
    ("The Minister of State said the depots would be inspected.", "Minister of State"),
    ("Secretary of State for Transport said the depots would be inspected.",
     "Secretary of State for Transport"),
])
def test_an_office_with_a_portfolio_of_several_parts_is_the_office(db, scheme, sentence,
                                                                    office):
    assert _name(db, scheme, sentence) == office


# --- near misses: a holder named, a person or a body after the office, already right ---

@pytest.mark.parametrize(("sentence", "name"), [
    ("Secretary of State Antony Blinken said the talks were useful.", "Antony Blinken"),
    ("Minister for Education Ana Lopes said schools would reopen on Monday.", "Ana Lopes"),
    ("Minister of Trade and Industry Ana Lopes said the tariff would be reviewed.",
     "Ana Lopes"),
    ("The Minister of Health and Ana Lopes said the hospital would open.", "Ana Lopes"),
    ("Foreign Secretary David Lammy said the talks were useful.", "David Lammy"),
    ("The Director of Communications for Brightwater Ferries said the review would report "
     "in spring.", "Brightwater Ferries"),
    ("The Minister of Health and the Mayor of London said the hospital would open.",
     "Minister of Health"),
    # already the office on the base
    ("The Chancellor of the Exchequer said the budget would be balanced.",
     "Chancellor of the Exchequer"),
    ("The Director of Public Prosecutions said the case would not proceed.",
     "Director of Public Prosecutions"),
    ("The Minister of Agriculture and Fisheries said the quota was fair.",
     "Minister of Agriculture and Fisheries"),
    ("The Governor of New South Wales said the fires were contained.",
     "Governor of New South Wales"),
    ("The Mayor of London said the claims were serious.", "Mayor of London"),
])
def test_a_holder_or_another_speaker_is_read_as_before(db, scheme, sentence, name):
    assert _name(db, scheme, sentence) == name
