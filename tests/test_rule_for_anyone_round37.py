"""A rule for whoever is found at fault is context with no speaker (thirty-seventh round,
issue 11, bug fix on branch w10found3; domain/proposals/rule_for_anyone.py, data
``context37_rule_for_anyone``).

The try helper's article: a rugby club charged with salary cap breaches; then "Under league
rules, a club found to have overspent by more than 10 percent faces a deduction of up to 35
points ...". It states a rule about any club: context, no source (the guidelines:
enforcement against people the article does not name is context). The rules gave it the
speaker "a club" (subject of 'found'), and the same shape with a verdict or a wrong in it
("A driver found guilty of the offence faces a fine") was an accusation, "enforcement
naming a party". An indefinite subject ("a club", "any club", "anyone") + "found guilty" /
"found to have" + "faces", "can be", "will be" is now a rule: context, and its "found"
names no speaker.

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


_OPENING = ("A haulage firm has been charged with breaching driving-hours rules on 40 "
            "occasions, the transport regulator said.")


def _last(db, scheme, sentence):
    return _all(db, scheme, [_OPENING, sentence])[-1]


# --- the try helper's case ---

def test_the_league_rule_is_context_with_no_speaker(db, scheme):
    got = _all(db, scheme, _ARTICLE)[7]
    assert got.label == "context", got.label_reason
    assert got.name is None, got.reason


def test_the_rest_of_the_article_reads_as_before(db, scheme):
    got = _all(db, scheme, _ARTICLE)
    assert got[0].label == "accusation" and got[1].label == "accusation"
    assert got[3].label == "denial" and got[3].name == "Ashbourne Falcons"


# --- the class, on sentences of our own ---

def test_a_driver_found_guilty_faces_is_a_rule(db, scheme):
    got = _last(db, scheme, "A driver found guilty of the offence faces a fine of up to "
                            "1,000 pounds.")
    assert got.label == "context", got.label_reason
    assert got.name is None, got.reason


def test_any_firm_found_to_have_will_be_fined_is_a_rule(db, scheme):
    got = _last(db, scheme, "Any operator found to have falsified its tachograph records "
                            "will be fined up to 5,000 pounds.")
    assert got.label == "context", got.label_reason
    assert got.name is None, got.reason


def test_a_company_found_to_have_misled_can_be_fined_is_a_rule(db, scheme):
    got = _last(db, scheme, "A company found to have misled customers can be fined up to "
                            "10 percent of its turnover.")
    assert got.label == "context", got.label_reason
    assert "rule for anyone" in got.label_reason


# --- near misses: read as before ---

def test_a_man_found_guilty_is_one_case_not_a_rule(db, scheme):
    got = _last(db, scheme, "A man found guilty of attacking a referee faces up to five "
                            "years in prison.")
    assert "rule for anyone" not in got.label_reason


def test_the_named_party_found_to_have_is_not_a_rule(db, scheme):
    got = _last(db, scheme, "The firm was found to have breached the rules and faces a "
                            "fine.")
    assert "rule for anyone" not in got.label_reason


def test_a_firm_found_to_have_in_the_past_is_not_a_rule(db, scheme):
    got = _last(db, scheme, "A firm found to have breached the rules was fined 20,000 pounds "
                            "last year.")
    assert "rule for anyone" not in got.label_reason
