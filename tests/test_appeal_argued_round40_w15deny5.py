"""A plan or an appeal whose challenge is argued ("said it would appeal, arguing that ...",
"will challenge the fine, insisting that ...") gives the grounds that reject the decision or
the allegation: a denial, not the plan's context (fortieth round, issue 11, bug fix on
branch w15deny5; domain/proposals/appeal_argued.py, dispute._appeal_argued; data
``deny40_appeal_argued``). A plan argued without a challenge, and an appeal without its
grounds, stay context.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted_afresh


def _article(db, scheme, sentences):
    """The proposals on one article, the database emptied after it."""
    return accepted_afresh(db, scheme, sentences, "en")


def test_an_appeal_argued_after_a_fine(db, scheme):
    got = _article(db, scheme, [
        "The energy regulator has fined Brightwave Power £3 million for overcharging "
        "prepayment customers.",
        "Brightwave said it would appeal, arguing that the regulator had counted standing "
        "charges twice."])
    assert got[1].label == "denial", got[1].label_reason


def test_a_challenge_insisted_in_a_lede(db, scheme):
    got = _article(db, scheme, [
        "A Cornish fishing skipper will challenge a ban on his boat in the High Court, "
        "insisting his nets were inside the permitted zone, his solicitor said on Monday."])
    assert got[0].label == "denial", got[0].label_reason


def test_near_misses_stay_context(db, scheme):
    got = _article(db, scheme, [
        "Train drivers will strike on Monday, arguing that their pay has fallen behind "
        "inflation for five years, the union said.",
        "Brightwave said it would appeal against the decision."])
    assert got[0].label != "denial", got[0].label_reason
    assert got[1].label == "context", got[1].label_reason
