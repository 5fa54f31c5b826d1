"""One who speaks for the prosecution is on the accusing side, and the defendant warned
before is the prosecution's accusation (thirty-sixth round, issue 11, bug fix on branch
w8court1; enforcer_finding.prosecuting and warned_before, read in dispute.Dispute.side and
dispute._enforcer_found; data ``court_warned``, ``court_passive`` in ``accuse27b_enforcers``
of ``data/cues/en.json``).

The lead's blind try: a scaffolding firm fined after a labourer fell. "Prosecuting for the
Health and Safety Executive, Helen Price said the firm had been warned about missing rails on
the same site six weeks earlier." was proposed a denial: "the accused side's reply (... Helen
Price speaks as an officer of Health)", the article having talked of "health and safety law"
before she spoke. The role "Prosecuting" in the attribution puts her on the accusing side,
whatever body the article talked of; and the defendant (a name held responsible, "the
defendant", or a party's noun: "the firm") warned, told or advised before, told by the
prosecution, is its accusation: the defendant knew. Her quotation next goes on as her
accusation ("'This was not a one-off lapse but a failure ...,' she told the court").

Near misses: the defence's account ("Mitigating, X said the firm had been warned ...") is no
accusation; a prosecutor's procedure stays context; a witness or another party warned stays
a claim.

The lead article's lines are the lead's own blind try; every other sentence is invented for
this test; none is taken from the benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

_COURT = [
    "A scaffolding company has been fined £180,000 after a labourer suffered a broken back "
    "when he fell through a gap in a platform at a building site in Swindon.",
    "Ridgeway Access Ltd admitted breaching health and safety law at Swindon Crown Court on "
    "Monday.",
    "The court heard that Kieran Matthews, 24, fell more than five metres in March 2024 while "
    "carrying boards across a platform on which two guard rails were missing.",
]
_PROSECUTING = (
    "Prosecuting for the Health and Safety Executive, Helen Price said the firm had been "
    "warned about missing rails on the same site six weeks earlier.")
_QUOTE = ('"This was not a one-off lapse but a failure to put right a danger the company '
          'already knew about," she told the court.')
_MITIGATING = ("Mitigating, Andrew Cole said Ridgeway had since retrained every supervisor and "
               "brought in daily checks.")

_QUARRY = [
    "A quarry operator has been fined £240,000 after a driver was killed when his dumper "
    "truck went over an unguarded edge.",
    "Brackenfield Aggregates Ltd pleaded guilty to safety breaches at Derby Crown Court.",
]


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


# --- the lead's case ---

def test_the_lead_article_prosecutor_accuses(db, scheme):
    got = _all(db, scheme, [*_COURT, _PROSECUTING, _QUOTE, _MITIGATING])
    prosecuting, quote = got[3], got[4]
    assert prosecuting.label == "accusation", prosecuting.label_reason
    assert prosecuting.name == "Helen Price"
    assert "accused side" not in prosecuting.label_reason
    assert quote.label == "accusation", quote.label_reason
    assert quote.name == "Helen Price"
    assert got[5].label == "denial" and got[5].name == "Andrew Cole"


# --- the class, on sentences of our own ---

def test_the_company_told_before_told_by_the_prosecution(db, scheme):
    got = _all(db, scheme, [
        *_QUARRY,
        "Prosecuting for the Health and Safety Executive, Mark Ellis said the company had "
        "been told to put up edge protection two months before the crash.",
        "Mark Ellis, prosecuting, told the court the firm was warned twice about the edge.",
    ])
    for line in got[2:]:
        assert line.label == "accusation", line.label_reason
        assert line.name == "Mark Ellis"


def test_the_prosecutor_is_on_the_accusing_side(db, scheme):
    got = _all(db, scheme, [
        *_COURT[:2],
        "Prosecuting for the Health and Safety Executive, Helen Price said the platform had "
        "no toe boards on the day of the fall.",
    ])
    assert "accused side" not in got[2].label_reason, got[2].label_reason
    assert got[2].label != "denial", got[2].label_reason


# --- near misses that must not change ---

def test_the_defence_telling_a_warning_is_no_accusation(db, scheme):
    got = _all(db, scheme, [
        *_QUARRY,
        "Mitigating, Anne Rowe said the company had been told the edge was safe by its own "
        "surveyor.",
    ])
    assert got[2].label != "accusation", got[2].label_reason


def test_another_warned_told_by_the_prosecution_is_no_accusation(db, scheme):
    got = _all(db, scheme, [
        *_QUARRY,
        "Prosecuting, Mark Ellis said the driver had been told the route was closed.",
    ])
    assert got[2].label != "accusation", got[2].label_reason
