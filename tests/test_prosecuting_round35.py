"""The prosecution's account in court of what the defendant did is its accusation
(thirty-fifth round, issue 11, bug fix on branch w6court1; enforcer_finding.py, data
``accuse27b_enforcers`` "court_roles", "court_accused").

The case: a try helper's blind court report (a fundraiser accused of keeping a hospice's
donations). "Prosecuting, Stephen Maddox said Tasker collected cash and online donations for
the Little Lanterns Hospice Trust but paid in only £2,150 of the £10,780 she had raised." was
proposed a claim. By the guidelines the prosecution is the accusing side and its account of
the defendant's act is an accusation: naming the act is enough. The class: one who speaks for
the prosecution, named with the role ("Prosecuting, X said", "X, prosecuting, told the
court"), telling what the accused did (the accused by a name the article held responsible or
that denied, or "the defendant"). Not the defence's account, not procedure, not a loss with
no act of the defendant, not what a witness or another person did, not evidence told with
no actor ("bank records showed").

The lead article's lines are the helper's own blind try; every other sentence is invented for
this test; none is taken from the benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

_OPENING = (
    "A woman who organised sponsored walks for a children's hospice kept more than £8,600 of "
    "the money for herself, Teesside Magistrates' Court heard on Wednesday.")
_DENIES = ("Leanne Tasker, 41, of Stockton, denies fraud by abuse of position between March "
           "2024 and May 2025.")
_PROSECUTING = (
    "Prosecuting, Stephen Maddox said Tasker collected cash and online donations for the "
    "Little Lanterns Hospice Trust but paid in only £2,150 of the £10,780 she had raised.")
_STATEMENTS = (
    "Bank statements showed transfers from a fundraising page she controlled into her "
    "personal account, followed by payments to a holiday company and a furniture store, he "
    "told magistrates.")
_BARRISTER = (
    "Tasker's barrister, Owen Fairley, told the court his client had never hidden the money "
    "and had intended to pay it in once the final event was over.")

_BUILDER = [
    "A builder took deposits from homeowners for extensions he never started, Leeds Crown "
    "Court heard.",
    "Darren Booth, 38, of Morley, denies seven counts of fraud.",
]


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


# --- the lead article ---

def test_the_lead_article_prosecuting_is_an_accusation(db, scheme):
    got = _all(db, scheme, [_OPENING, _DENIES, _PROSECUTING, _STATEMENTS, _BARRISTER])
    prosecuting = got[2]
    assert prosecuting.label == "accusation", prosecuting.label_reason
    assert prosecuting.name == "Stephen Maddox"
    assert got[1].label == "denial" and got[1].name == "Leanne Tasker"
    assert got[3].label == "claim", got[3].label_reason  # evidence, no act named
    assert got[4].label == "denial" and got[4].name == "Owen Fairley"


# --- the class, on sentences of our own ---

def test_prosecuting_before_the_name_tells_the_accused_act(db, scheme):
    got = _all(db, scheme, [
        *_BUILDER,
        "Prosecuting, Emma Clarke said Booth accepted £6,000 from a couple in Horsforth and "
        "stopped answering their calls.",
    ])
    assert got[2].label == "accusation", got[2].label_reason
    assert got[2].name == "Emma Clarke"


def test_prosecuting_after_the_name_and_the_defendant(db, scheme):
    got = _all(db, scheme, [
        *_BUILDER,
        "Emma Clarke, prosecuting, told the jury Booth transferred £4,300 to a holiday "
        "company.",
        "Emma Clarke, prosecuting, told the court the defendant opened a second company under "
        "his brother's name.",
    ])
    for line in got[2:]:
        assert line.label == "accusation", line.label_reason
        assert line.name == "Emma Clarke"


# --- near misses that must not change ---

def test_the_defence_account_is_no_accusation(db, scheme):
    got = _all(db, scheme, [
        *_BUILDER,
        "Defending, Paul Grant said Booth ordered materials for every job.",
    ])
    assert got[2].label != "accusation", got[2].label_reason


def test_procedure_and_a_loss_with_no_act_are_no_accusation(db, scheme):
    got = _all(db, scheme, [
        *_BUILDER,
        "Prosecuting, Emma Clarke asked for the case to be adjourned.",
        "Prosecuting, Emma Clarke said the couple had lost more than £6,000.",
        "Prosecuting, Emma Clarke told the court that bank records showed 14 transfers into "
        "one account.",
    ])
    assert got[2].label == "context", got[2].label_reason
    assert got[3].label == "claim", got[3].label_reason
    assert got[4].label == "claim", got[4].label_reason


def test_what_another_did_told_by_the_prosecution_stays_a_claim(db, scheme):
    got = _all(db, scheme, [
        *_BUILDER,
        "Prosecuting, Emma Clarke said Susan Hart contacted trading standards in May.",
        "Prosecuting, Emma Clarke said Booth's brother collected the deposits.",
    ])
    assert got[2].label == "claim", got[2].label_reason
    assert got[3].label == "claim", got[3].label_reason
