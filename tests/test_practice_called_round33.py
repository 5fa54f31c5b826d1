"""A party's practice called a wrong in reported speech is an accusation (thirty-third round,
issue 11, bug fix on branch i11try33e; domain/proposals/practice_called.py, data
``accuse33_practice_called``).

The lead's article: a consumer group accuses a budget airline of charging for "free" cabin
bags; its head of campaigns "said the practice was "a shameless cash grab" and called on
the Civil Aviation Authority to investigate". Only "called the practice a scam" was read
(taken.py); the "said ... was" form was a claim by reported speech. In Indonesian "menilai
pungutan itu tidak masuk akal" was a denial by the cue "tidak masuk akal".

Every sentence but the lead's article is invented for this test; none is taken from the
benchmark's sets."""

from __future__ import annotations

import pytest
from support.proposals import accepted

_ARTICLE = [
    'Budget airline accused of charging for "free" cabin bags',
    "LONDON, Dec 4 (Wire) - A consumer group has accused budget carrier SkyJet of charging "
    "passengers up to 60 pounds for cabin bags that its own website describes as free.",
    "Which Way said it had received more than 400 complaints since August from passengers "
    "who were made to pay at the gate for bags that fitted the airline's published size "
    "limits.",
    "The group's head of campaigns, Lauren Pike, said the practice was \"a shameless cash "
    "grab\" and called on the Civil Aviation Authority to investigate.",
]


def _one(db, scheme, sentence, language="en"):
    return accepted(db, scheme, [sentence], language)[0]


# --- the lead's case ---

def test_the_lead_article_cash_grab_is_an_accusation(db, scheme):
    got = accepted(db, scheme, _ARTICLE, "en")[3]
    assert got.label == "accusation", got.label_reason
    assert got.name == "Lauren Pike"
    assert "practice called a wrong" in got.label_reason


# --- the class, on sentences of our own ---

@pytest.mark.parametrize("sentence", [
    'The union said the company\'s new rota policy was "completely unacceptable".',
    '"This policy is a disgrace," she said.',
    "A spokesman for the tenants said the fees were nothing short of a rip-off.",
    "The fees are a rip-off, the residents' association says.",
    "Councillor Ann Reid said that the parking charges were a cash grab.",
])
def test_practice_called_a_wrong_is_an_accusation(db, scheme, sentence):
    got = _one(db, scheme, sentence)
    assert got.label == "accusation", got.label_reason
    assert "practice called a wrong" in got.label_reason


@pytest.mark.parametrize("sentence", [
    "Ketua YLKI, Budi Santoso, mengatakan pungutan itu akal-akalan pengelola.",
    "Budi menilai pungutan tambahan tersebut tidak masuk akal.",
    "Budi mengatakan kebijakan itu tidak masuk akal dan meminta Ombudsman menyelidikinya.",
])
def test_indonesian_practice_called_a_wrong_is_an_accusation(db, scheme, sentence):
    got = _one(db, scheme, sentence, "id")
    assert got.label == "accusation", got.label_reason


# --- near misses: left as they were ---

@pytest.mark.parametrize("sentence", [
    "Pike said the practice was not a scam.",
    "The airline said the allegations were outrageous.",
    "The company said the decision was unacceptable and it would appeal.",
    "His lawyer said the charges were outrageous.",
    "His lawyer said the criminal charges were a disgrace.",
    "She said the scheme was a success.",
    "The practice was a scam.",
])
def test_no_practice_called_a_wrong(db, scheme, sentence):
    got = _one(db, scheme, sentence)
    assert "practice called a wrong" not in got.label_reason, got.label_reason


@pytest.mark.parametrize("sentence", [
    "Budi menilai bantahan perusahaan itu tidak masuk akal.",
    "Budi menilai alasan itu tidak masuk akal.",
    '"Itu tidak masuk akal," kata Hendra.',
    "Budi menyebut tuduhan itu tidak masuk akal.",
])
def test_indonesian_statement_called_absurd_stays_a_denial(db, scheme, sentence):
    got = _one(db, scheme, sentence, "id")
    assert got.label == "denial", got.label_reason


def test_indonesian_negated_is_not_read(db, scheme):
    got = _one(db, scheme, "Budi mengatakan pungutan itu bukan akal-akalan.", "id")
    assert got.label != "accusation", got.label_reason
