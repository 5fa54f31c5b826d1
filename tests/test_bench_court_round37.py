"""The bench of a court the article names speaks as that court (thirty-seventh round, issue
11, bug fix on branch w10lead3; plurals.bench_court read in reading._subject; data
``speaker37_bench`` in data/cues/en.json).

The lead's article: a window cleaner "appeared before Harrogate Magistrates' Court on
Monday"; later "Magistrates fined him £3,400 and ordered him to pay £1,150 in costs." was
proposed with the source "Magistrates" (and "The magistrates said ..." with no source, a
plural of unnamed people). The guidelines: members of one body speak as that body;
speaker12_organs already reads "magistrates at X". With no magistrates' court named, the
bench is read as before.

Every sentence but the lead's article is invented for this test; none is taken from the
benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

_COURT = [
    "A window cleaning business owner has been fined after rubbish from his customers' homes "
    "was found dumped in a lane near Thirsk.",
    "Darren Pocklington, 44, of Sowerby, admitted two offences under the Environmental "
    "Protection Act when he appeared before Harrogate Magistrates' Court on Monday.",
    "Pocklington, who represented himself, said he had paid a man he met in a pub £80 to "
    "take the waste to a licensed tip.",
    "Magistrates fined him £3,400 and ordered him to pay £1,150 in costs.",
]

_OWN = [
    "A landlord has been fined for letting a flat with no working smoke alarms.",
    "Peter Vance, 58, appeared at Bradford and Keighley Magistrates' Court on Friday.",
]


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


# --- the lead's case ---

def test_the_lead_article_magistrates_fined_him(db, scheme):
    got = _all(db, scheme, _COURT)[-1]
    assert got.label == "accusation", got.label_reason
    assert got.name == "Harrogate Magistrates' Court", got.reason


# --- the class, on sentences of our own ---

def test_the_magistrates_said(db, scheme):
    got = _all(db, scheme, [*_OWN, "The magistrates said the offences were serious."])[-1]
    assert got.name == "Bradford and Keighley Magistrates' Court", got.reason


def test_magistrates_ordered(db, scheme):
    got = _all(db, scheme, [*_OWN, "Magistrates ordered him to pay £2,000 in costs."])[-1]
    assert got.name == "Bradford and Keighley Magistrates' Court", got.reason


# --- near misses: no magistrates' court named ---

def test_magistrates_with_no_court_named_as_before(db, scheme):
    got = _all(db, scheme, [
        "A landlord has been fined for letting a flat with no working smoke alarms.",
        "Magistrates fined him £3,400 and ordered him to pay £1,150 in costs.",
    ])[-1]
    assert "Court" not in (got.name or ""), got.reason
    assert "bench of the court" not in got.reason


def test_another_court_is_not_the_bench(db, scheme):
    got = _all(db, scheme, [
        "A landlord has been fined for letting a flat with no working smoke alarms.",
        "Peter Vance, 58, was sentenced at Leeds Crown Court on Friday.",
        "Magistrates had earlier sent the case to the crown court.",
    ])[-1]
    assert "bench of the court" not in got.reason, got.reason
