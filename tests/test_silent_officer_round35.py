""""The company said" does not speak through an officer the article names only as silent
(thirty-fifth round, issue 11, try branch t35d; domain/proposals/entities.py
``EntityTable._only_silent``, read by ``EntityTable.officer``).

The try article (a local paper: festival-goers want refunds after a cancelled day): after
"Northgate Live said it had 'acted in the interests of public safety' and denied withholding
refunds", "The company said weekend ticket holders would now be offered a further 25 per
cent ..." was proposed with the source Craig Fennimore ("'company' = Northgate Live, which
speaks through Craig Fennimore"), the director the article's last sentence names only to say
he "did not respond to calls from the Gazette". The guidelines: a company the sentence only
describes takes the name of a person it speaks through (its lawyer, its spokesperson); an
officer who never spoke is not one. Such an officer (every sentence naming him says he did
not comment) is no longer read; an officer who speaks, before or after, still is.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

import pytest
from support.proposals import accepted

_ARTICLE = [
    "Ticket holders for Riverbank Sound say they are still waiting for their money back more "
    "than a week after the festival's final day was cancelled because of high winds.",
    "Gemma Hollis, who set up a Facebook group for ticket holders, accused the organisers of "
    "\"hiding behind the weather\" to keep customers' money.",
    "In a statement on Monday, Northgate Live said it had \"acted in the interests of public "
    "safety\" and denied withholding refunds, saying all Sunday-only customers had been paid "
    "in full.",
    "The company said weekend ticket holders would now be offered a further 25 per cent, or "
    "a free ticket for next year's event.",
    "Witham Vale District Council, which licenses the event, said it had received 37 "
    "complaints.",
    "Northgate Live's director, Craig Fennimore, did not respond to calls from the Gazette.",
]


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


def test_the_try_article_company_is_the_company(db, scheme):
    got = _all(db, scheme, _ARTICLE)
    assert got[3].name == "Northgate Live", got[3].reason
    assert got[5].name == "Craig Fennimore", got[5].reason


@pytest.mark.parametrize("silent", [
    "Brennan Build's managing director, Alan Cole, declined to comment.",
    "Brennan Build's chief executive, Alan Cole, could not be reached for comment.",
    "Brennan Build's managing director, Alan Cole, did not return calls on Friday.",
])
def test_an_officer_who_never_spoke_is_not_the_company_s_voice(db, scheme, silent):
    got = _all(db, scheme, [
        "Residents of the Orchard Park estate say their new homes were built with faulty "
        "cavity walls.",
        "Brennan Build denied the homes were defective.",
        "The company said the cracks were cosmetic and would be filled at no cost.",
        silent,
    ])
    assert got[2].name == "Brennan Build", got[2].reason


# --- near misses: an officer who speaks is still the one the company speaks through ---

def test_an_officer_who_speaks_later_still_speaks_for_it(db, scheme):
    got = _all(db, scheme, [
        "Pennant Waste Services has denied billing the council for bins it never emptied.",
        "The company said the review had counted collections on public holidays.",
        "\"Every round was logged by the council's own drivers,\" said Pennant's operations "
        "director, Gareth Lloyd.",
    ])
    assert got[1].name == "Gareth Lloyd", got[1].reason


def test_an_officer_who_speaks_and_then_declines_still_speaks_for_it(db, scheme):
    got = _all(db, scheme, [
        "Pennant Waste Services has denied billing the council for bins it never emptied.",
        "The company said the review had counted collections on public holidays.",
        "\"Every round was logged by the council's own drivers,\" said Pennant's operations "
        "director, Gareth Lloyd.",
        "Lloyd declined to comment on the audit.",
    ])
    assert got[1].name == "Gareth Lloyd", got[1].reason
