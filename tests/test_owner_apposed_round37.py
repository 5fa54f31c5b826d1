"""A body named in apposition after an owner's noun speaks, also where a description of it
stands between "the" and its name ("The chain's owner, the private equity firm Castlereagh
Partners, declined to comment"; thirty-seventh round, issue 11, bug fix on branch t37e3;
domain/proposals/reading.py ``_owned_noun_apposed``, ``_described_before_name``).

The try's article (a newspaper's money pages, a gym chain accused over cancellation fees)
ends: "The chain's owner, the private equity firm Castlereagh Partners, declined to
comment." The round-33 reading took the name between commas as the speaker only right
after "the" and only after an owner's pronoun ("Its parent company, the Northgate Group,
said"), so this subject was cut back to "The chain's owner" and nobody was proposed
("narration: no speech verb"); "Its owner, the investment group X," and "PulseFit's owner,
the private equity firm X," failed the same way (the latter gave PulseFit).

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

_OPENING = ("The budget gym chain PulseFit has been accused of charging members hidden fees of "
            "up to £120 to cancel their contracts.")
_REPLY = 'PulseFit said its terms were "clear, fair and in line with industry practice".'


def _last(db, scheme, sentence):
    return accepted(db, scheme, [_OPENING, _REPLY, sentence], "en")[-1]


# --- the try's case ---

def test_the_chains_owner_the_private_equity_firm_declined(db, scheme):
    got = _last(db, scheme, "The chain's owner, the private equity firm Castlereagh Partners, "
                            "declined to comment.")
    assert got.label == "context"
    assert got.name == "Castlereagh Partners", got.reason


# --- the class, on sentences of our own ---

def test_its_owner_the_investment_group(db, scheme):
    got = _last(db, scheme, "Its owner, the investment group Harwood Capital, declined to "
                            "comment.")
    assert got.name == "Harwood Capital", got.reason


def test_a_names_owner_the_private_equity_firm(db, scheme):
    got = _last(db, scheme, "PulseFit's owner, the private equity firm Castlereagh Partners, "
                            "did not respond to requests for comment.")
    assert got.name == "Castlereagh Partners", got.reason


def test_the_companys_parent_the_holding_company_said(db, scheme):
    got = _last(db, scheme, "The company's parent, the holding company Tarrant Group, said it "
                            "had no role in setting membership fees.")
    assert got.name == "Tarrant Group", got.reason


# --- near misses that must not change ---

def test_the_name_right_after_the_still_speaks(db, scheme):
    got = _last(db, scheme, "Its parent company, the Northgate Group, said it backed the "
                            "chain's management.")
    assert got.name == "Northgate Group"


def test_an_apposition_that_names_nobody_is_not_a_speaker(db, scheme):
    got = _last(db, scheme, "The chain, the largest in the north of England, said its fees "
                            "were fair.")
    assert got.name == "PulseFit", got.reason


def test_a_title_after_the_owner_is_the_office(db, scheme):
    got = _last(db, scheme, "Her boss, the Chief Executive, said the fees were fair.")
    assert got.name != "Chief Executive"
