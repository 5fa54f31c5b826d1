"""An allegation, a claim or a story said to be invented is denied, as "fabricated" denies it
(thirty-sixth round, issue 11, bug fix on branch w9dismiss2; acts.invented_account, data
``deny36_invented``).

The try helper's article: a former bakery manager tells an employment tribunal she was
sacked for raising hygiene concerns; the company says she was dismissed after cash went
missing; her solicitor "said the cash allegation had been 'invented after the fact to get
rid of an inconvenient employee'" was proposed as a claim. "invented", "made up",
"concocted", "cooked up" said of an allegation, a claim or a story (its subject in the
passive or its object) deny it; an invention ("the company invented a new oven", "invented
in 1950") denies nothing.

Every sentence but the try article's is invented for this test; none is taken from the
benchmark's sets."""

from __future__ import annotations

import pytest
from support.proposals import accepted

_OPENING = (
    "A former manager at a bakery chain was dismissed after she complained about broken "
    "fridges and falsified temperature logs, an employment tribunal has heard.")
_DISMISSED = (
    "Mr Pugh told the tribunal Ms Kirwin was dismissed for gross misconduct after £2,300 went "
    "missing from the branch's safe over a four-week period.")
_INVENTED = (
    "Ms Kirwin's solicitor, Rafiq Osman, said the cash allegation had been \"invented after "
    'the fact to get rid of an inconvenient employee".')


def _one(db, scheme, sentence):
    return accepted(db, scheme, [sentence], "en")[0]


# --- the try article ---

def test_the_invented_allegation_is_a_denial(db, scheme):
    got = accepted(db, scheme, [_OPENING, _DISMISSED, _INVENTED], "en")[2]
    assert got.label == "denial", got.label_reason
    assert got.name == "Rafiq Osman"


# --- the class, on sentences of our own ---

@pytest.mark.parametrize("sentence", [
    "The company said the allegations had been invented by a former employee.",
    "His lawyer said the charges were concocted to silence him.",
    "The minister said the story was simply made up.",
    "The club said the claims had been cooked up by a rival.",
    "The firm said the former director had invented the allegations to win a payout.",
    "Her family said police concocted the whole story.",
])
def test_an_account_said_to_be_invented_is_denied(db, scheme, sentence):
    got = _one(db, scheme, sentence)
    assert got.label == "denial", got.label_reason
    assert "cue '" in got.label_reason


# --- near misses: an invention, or a share, denies nothing ---

@pytest.mark.parametrize("sentence", [
    "The company invented a new oven in 1950, the museum said.",
    "The process was invented in 1950 by a Swiss engineer, the company said.",
    "The fees made up a third of the bill, the regulator said.",
    "The report said women made up 40% of the workforce.",
    "The oven, which the story says was invented in 1950, is still in use.",
    "The company said the story was not made up.",
])
def test_an_invention_is_no_denial(db, scheme, sentence):
    got = _one(db, scheme, sentence)
    assert got.label != "denial" or "invented" not in got.label_reason and \
        "made up" not in got.label_reason, got.label_reason
