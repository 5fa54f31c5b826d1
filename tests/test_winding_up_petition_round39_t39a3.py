"""A winding-up or bankruptcy petition filed against a party is a filing: an accusation by
whoever filed it (thirty-ninth round, issue 11, bug fix on branch t39a3; data
``filed10_filing`` verbs in data/cues/en.json, read by filings.py).

From a try helper's blind try on a football club's finances: "Court records show that HM
Revenue and Customs filed a winding-up petition against Kelmouth Rovers Football Club Ltd in
the High Court" was proposed as a claim (and then, read as the accused side's evidence, as a
denial): the filing phrases knew "filed a complaint/lawsuit/claim against", not a creditor's
court petition, whose adjective ("winding-up", "bankruptcy") stood between "a" and
"petition".

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

import pytest
from support.proposals import accepted

_LEDE = ["Supporters accused the owners of Barnfield Town of hiding an unpaid tax bill.",
         "The owners rejected the allegations."]


@pytest.mark.parametrize("sentence", [
    "HMRC has issued a winding-up petition against the club over £410,000 in unpaid tax.",
    "HM Revenue and Customs filed a winding-up petition against Barnfield Town Football Club "
    "Ltd in the High Court on 14 May.",
    "A builder owed £90,000 filed a bankruptcy petition against the chairman, Graham Stobart, "
    "last year.",
    "HMRC presented a winding-up petition against the club in March.",
])
def test_a_creditors_petition_filed_is_an_accusation(db, scheme, sentence):
    got = accepted(db, scheme, [*_LEDE, sentence], "en")[-1]
    assert got.label == "accusation"
    assert "filed" in got.label_reason


# --- near misses: a petition withdrawn, planned or signed by fans files nothing ---

@pytest.mark.parametrize("sentence", [
    "HMRC withdrew its winding-up petition against the club after the debt was paid.",
    "HMRC is expected to file a winding-up petition against the club next month.",
    "More than 2,000 fans have signed a petition against the sale of the ground.",
])
def test_no_petition_filed_is_no_accusation(db, scheme, sentence):
    got = accepted(db, scheme, [*_LEDE, sentence], "en")[-1]
    assert got.label != "accusation"
