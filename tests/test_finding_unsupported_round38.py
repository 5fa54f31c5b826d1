"""A court's finding that a party brought nothing to support its own account is the court
rejecting that account: a denial by the court (thirty-eighth round, issue 11, bug fix on
branch w11left382; ``findings.found_unsupported``, read in ``reading.read_label``).

From a try helper's blind try (a director disqualified after moving money out of his firm):
"The judge ruled that Lowrie had not produced any loan agreements to support his account."
was context; the writer's gold has it a denial by the judge (the court rejects the
director's account that the payments were repaid loans). Only a body that inspects or
judges ("judge", "court", "tribunal", ...), "ruled/found/concluded that", a word of lack
("not", "no", "failed") and then "to support/back up/substantiate" with "his/her/its/their"
and an account or claim.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

import pytest
from support.proposals import accepted

_LEDE = ["Mark Doyle, a builder from Northgate, was accused of overcharging customers.",
         "Mr Doyle said the extra charges were for materials he had bought himself."]


def _last(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")[-1]


@pytest.mark.parametrize("sentence", [
    "The judge ruled that Doyle had not produced any receipts to support his account.",
    "The judge ruled that he had no invoices to back up his claims.",
    "The judge ruled that he had offered nothing to substantiate his version.",
])
def test_a_ruling_of_nothing_to_support_an_account_is_a_denial(db, scheme, sentence):
    got = _last(db, scheme, [*_LEDE, sentence])
    assert got.label == "denial"
    assert got.name in ("judge", "tribunal")


@pytest.mark.parametrize("sentence", [
    "The judge found that Mr Doyle had no invoices to back up his claims.",
    "The tribunal concluded that he had failed to produce records supporting his account.",
])
def test_a_finding_of_nothing_to_support_an_account_is_a_denial(db, scheme, sentence):
    assert _last(db, scheme, [*_LEDE, sentence]).label == "denial"


def test_the_judge_the_article_names(db, scheme):
    got = _last(db, scheme, [*_LEDE, "The case was heard by Judge Mary Colton.",
                             "The judge ruled that Doyle had not produced any receipts "
                             "to support his account."])
    assert (got.label, got.name) == ("denial", "Mary Colton")


# --- near misses: as before ---

def test_receipts_produced_is_no_denial(db, scheme):
    got = _last(db, scheme, [*_LEDE, "The judge ruled that Doyle had produced receipts "
                                     "to support his account."])
    assert got.label != "denial"


def test_the_party_itself_keeps_its_reading(db, scheme):
    got = _last(db, scheme, [*_LEDE, "Mr Doyle said he had not kept the receipts to "
                                     "support his claim because they were lost."])
    assert got.name == "Mark Doyle"


def test_a_conditional_finding_is_not_read(db, scheme):
    got = _last(db, scheme, [*_LEDE, "If the court finds that he had no records to "
                                     "support his account, he could be fined."])
    assert got.label != "denial"
