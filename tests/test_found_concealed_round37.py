"""A concealment a finding states is a wrong stated: an accusation (thirty-seventh round,
issue 11, bug fix on branch w10found2; domain/proposals/found_concealed.py, data
``accuse37_found_concealed``).

The try helper's article: a rugby club charged with salary cap breaches; the board's salary
cap manager says "We have found clear evidence that the club paid players through third
parties to hide the true size of its wage bill". It was proposed as a claim by reported
speech. "Found clear evidence that" was not what kept it a claim (with "the club hid the
true size of its wage bill" it is read as an accusation): the lexicon knows "hid",
"hidden", "concealed" but not the infinitive of purpose "to hide". After a finding ("found
that", "found ... evidence that") "to hide", "to conceal", "to cover up" + its object now
state the wrong; "found no evidence that" and "found evidence of flooding" read as before.

Every sentence but the try helper's article is invented for this test; none is taken from
the benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

_ARTICLE = [
    ('LONDON, Dec 4 (Meridian Press) - Ashbourne Falcons have been charged with breaching '
     "the top-flight rugby salary cap in each of the past two seasons, the league's "
     'governing body said on Thursday.'),
    ('The Premier Rugby Board (PRB) alleges the club exceeded the 6.4 million pound '
     'ceiling by a combined 1.3 million pounds, in part by paying players through '
     'image-rights companies that were never declared to the league.'),
    ('"We have found clear evidence that the club paid players through third parties to '
     'hide the true size of its wage bill," the board\'s salary cap manager, Helen Stroud, '
     'said in a statement.'),
    'Ashbourne denied any wrongdoing.',
    ('"Every payment we made was declared and signed off by the league\'s own auditors at '
     'the time," chief executive Marcus Lyle told reporters at the club\'s training ground '
     'in Derbyshire. "We will contest these charges with everything we have."'),
    ('Lyle said the image-rights deals were standard commercial arrangements used by "at '
     'least half the clubs in this league".'),
    ("The investigation was opened in May after a former member of the club's finance "
     'staff passed documents to the PRB, according to two people familiar with the case.'),
    ('Under league rules, a club found to have overspent by more than 10 percent faces a '
     'deduction of up to 35 points and a fine of three times the excess.'),
    'Advertisement',
    'Ashbourne, third in the table, host Severn Vale on Saturday.',
    ('An independent disciplinary panel is expected to hear the case in February, the PRB '
     'said.'),
    '(Reporting by Daniel Mercer; Editing by Clare Hood)',
]


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


_OPENING = ("A water company has been charged with breaching its discharge permits at three "
            "treatment works, the regulator said.")


def _last(db, scheme, sentence):
    return _all(db, scheme, [_OPENING, sentence])[-1]


# --- the try helper's case ---

def test_the_salary_cap_finding_is_an_accusation(db, scheme):
    got = _all(db, scheme, _ARTICLE[:3])[2]
    assert got.label == "accusation", got.label_reason
    assert got.name == "Helen Stroud"


def test_the_rest_of_the_article_reads_as_before(db, scheme):
    got = _all(db, scheme, _ARTICLE)
    assert got[0].label == "accusation" and got[1].label == "accusation"
    assert got[3].label == "denial" and got[3].name == "Ashbourne Falcons"


# --- the class, on sentences of our own ---

def test_found_that_to_conceal_is_an_accusation(db, scheme):
    got = _last(db, scheme, "The audit found that the company had moved money between its "
                            "accounts to conceal its losses.")
    assert got.label == "accusation", got.label_reason
    assert "concealment found" in got.label_reason


def test_found_evidence_that_to_cover_up_is_an_accusation(db, scheme):
    got = _last(db, scheme, '"We found evidence that managers had altered the logs to cover '
                            'up the spill," the regulator\'s head of enforcement said.')
    assert got.label == "accusation", got.label_reason


# --- near misses: read as before ---

def test_found_no_evidence_that_is_no_concealment(db, scheme):
    got = _last(db, scheme, "The panel found no evidence that the company tried to hide "
                            "the spill.")
    assert "concealment found" not in got.label_reason
    assert got.label != "accusation", got.label_reason


def test_found_evidence_of_flooding_stays_a_claim(db, scheme):
    got = _last(db, scheme, "The survey found evidence of flooding in the basement.")
    assert got.label == "claim", got.label_reason


def test_hiding_from_the_rain_without_a_finding_is_not_read(db, scheme):
    got = _last(db, scheme, "Residents said they had gone indoors to hide the children from "
                            "the smoke.")
    assert "concealment found" not in got.label_reason
