"""Court reports and police stories tried blind in the labeling screen (thirty-fifth round,
issue 11, branch t35c): what `enter` accepted that the guidelines call wrong, fixed for the
class of sentences, each with near misses that must not change.

- A judge's or a body's ruling speaks for whoever ruled: "District Judge Alan Whitcombe
  ruled at Swindon County Court on Tuesday that ..." has the judge as its source
  (``speaker_speech`` "acts": "ruled").
- People in a role inside a named body speak as the body when the words of their trade
  stand before the role: "Trading standards officers at Swindon Borough Council said"
  (plurals.members_body, ``speaker35_qualified_role``).
- A case sent on to a court is the procedure of a criminal case, not a complaint lodged
  with a body: "The case was sent to Teesside Crown Court" (lodged_with.py,
  ``label35_court_transfer``).
- A police appeal for witnesses is an appeal, context: "said officers were keen to hear
  from anyone who saw ..." (``appeal_context``).
- A feeling reported after the speech verb's "that", where and when it was said standing
  between: "said in a statement after the hearing that it was "disappointed"" is context
  (acts.feeling, ``context35_said_that``).

The lead articles are the helper's own blind tries (/tmp/t35c/pages); every other sentence
is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

# --- the car hire article (small claims court) ---
_HIRE_OPENING = (
    "A Swindon couple have won back £1,340 that a car rental firm took from their credit "
    "card for damage they said was already on the vehicle when they collected it.")
_HIRE_RULING = (
    "District Judge Alan Whitcombe ruled at Swindon County Court on Tuesday that Fairway "
    "Vehicle Rentals had failed to prove the scratches were caused during the couple's "
    "week-long hire in August.")
_HIRE_DENIAL = (
    "Fairway's regional manager, Craig Dunmore, said the firm's check-out sheet recorded no "
    "damage to the rear of the car and that the Holloways had signed it.")
_HIRE_TRADING = (
    "Trading standards officers at Swindon Borough Council said they had received 11 "
    "complaints about the firm's damage charges since January.")
_HIRE_REACTION = (
    'Fairway Vehicle Rentals said in a statement after the hearing that it was '
    '"disappointed" and was considering an appeal.')

# --- the fundraiser article (magistrates' court) ---
_FUND_OPENING = (
    "A woman who organised sponsored walks for a children's hospice kept more than £8,600 of "
    "the money for herself, Teesside Magistrates' Court heard on Wednesday.")
_FUND_DENIES = (
    "Leanne Tasker, 41, of Stockton, denies fraud by abuse of position between March 2024 "
    "and May 2025.")
_FUND_CHARGED = ("Cleveland Police said Tasker was charged in September after a complaint from "
                 "the trust.")
_FUND_SENT = "The case was sent to Teesside Crown Court, where she will appear on January 8."

# --- the crash appeal (police story, no dispute) ---
_CRASH_OPENING = (
    "A motorcyclist is in a critical condition in hospital after a crash involving a lorry "
    "on the A38 near Little Eaton on Thursday evening.")
_CRASH_POLICE = (
    "Derbyshire Police said the collision happened at about 6.40pm on the southbound "
    "carriageway, close to the junction with the B6179.")
_CRASH_APPEAL = (
    "Sergeant Rachel Onuoha, of the force's roads policing unit, said officers were "
    "particularly keen to hear from anyone who saw a dark-coloured hatchback overtaking "
    "vehicles shortly before the crash.")


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


# --- a ruling speaks for whoever ruled ---

def test_the_lead_article_judge_ruled_is_the_source(db, scheme):
    got = _all(db, scheme, [_HIRE_OPENING, _HIRE_RULING])
    assert got[1].name == "Alan Whitcombe", got[1].reason
    assert got[1].label == "denial"


def test_a_tribunal_judge_and_a_named_body_ruled(db, scheme):
    got = _all(db, scheme, [
        "A warehouse worker sacked after raising safety concerns was unfairly dismissed, a "
        "tribunal has found.",
        "Employment Judge Sarah Quinn ruled that Dalbeck Logistics had dismissed Samuel "
        "Adeyemi because he complained about blocked fire exits.",
        "The Charity Commission ruled that the trustees of the Brightwater Trust had failed "
        "to keep proper records.",
    ])
    assert got[1].name == "Sarah Quinn", got[1].reason
    assert got[2].name == "Charity Commission", got[2].reason


def test_not_ruled_out_keeps_the_speaker_of_said(db, scheme):
    got = _all(db, scheme, [
        _FUND_OPENING,
        "Cleveland Police said they had not ruled out further arrests.",
    ])
    assert got[1].name == "Cleveland Police"
    assert got[1].label == "context"


# --- officers of a trade inside a named body speak as the body ---

def test_the_lead_article_trading_standards_officers(db, scheme):
    got = _all(db, scheme, [_HIRE_OPENING, _HIRE_RULING, _HIRE_DENIAL, _HIRE_TRADING])
    assert got[3].name == "Swindon Borough Council", got[3].reason
    assert got[3].label == "claim"


def test_officers_of_a_trade_speak_as_their_body(db, scheme):
    got = _all(db, scheme, [
        "Environmental health officers from Leeds City Council said the kitchen had been "
        "deep-cleaned twice since the inspection.",
        "Two senior officers at Cleveland Police said the inquiry was continuing.",
    ])
    assert got[0].name == "Leeds City Council", got[0].reason
    assert got[1].name == "Cleveland Police", got[1].reason


def test_people_set_apart_from_the_body_do_not_speak_as_it(db, scheme):
    got = _all(db, scheme, [
        "Former employees of Greaves & Lund said the urns were often left unlabelled.",
        "Angry staff at Greaves & Lund said they had not been paid for three months.",
        "Unite officials at Ford said the night shift would be cut.",
        "Residents of Harlow said the smell was unbearable.",
    ])
    assert got[0].name is None, got[0].reason
    assert got[1].name is None, got[1].reason
    assert got[2].name != "Ford", got[2].reason
    assert got[3].name is None, got[3].reason


# --- a case sent on to a court is procedure ---

def test_the_lead_article_case_sent_to_crown_court(db, scheme):
    got = _all(db, scheme, [_FUND_OPENING, _FUND_DENIES, _FUND_CHARGED, _FUND_SENT])
    assert got[3].label == "context", got[3].label_reason
    assert got[2].label == "accusation"


def test_a_defendant_or_a_case_sent_on_is_procedure(db, scheme):
    got = _all(db, scheme, [
        _FUND_OPENING, _FUND_DENIES,
        "Magistrates sent the case to Durham Crown Court for trial.",
        "He was sent to Leeds Crown Court for sentencing.",
        "Both men were sent to Bristol Crown Court, where they will enter pleas next month.",
    ])
    for line in got[2:]:
        assert line.label != "accusation", line.label_reason


def test_evidence_a_party_sends_to_a_court_is_still_lodged(db, scheme):
    got = _all(db, scheme, [
        _FUND_OPENING, _FUND_DENIES,
        "The family has sent the photographs to Teesside Crown Court.",
    ])
    assert got[2].label == "accusation", got[2].label_reason


# --- a police appeal for witnesses is an appeal ---

def test_the_lead_article_keen_to_hear_from_anyone(db, scheme):
    got = _all(db, scheme, [_CRASH_OPENING, _CRASH_POLICE, _CRASH_APPEAL])
    assert got[2].label == "context", got[2].label_reason
    assert got[2].name == "Rachel Onuoha"
    assert got[1].label == "claim"


def test_police_who_want_to_hear_from_witnesses_appeal(db, scheme):
    got = _all(db, scheme, [
        "A cyclist was taken to hospital after being struck by a van on Mill Road on Friday.",
        "A Cambridgeshire Police spokesman said officers were keen to hear from anyone who "
        "had seen the van before the collision.",
        "Detectives want to hear from anyone who was near the junction between 5pm and 6pm.",
        "Inspector Tom Hale said the van was seen turning into Mill Road at speed.",
    ])
    assert got[1].label == "context", got[1].label_reason
    assert got[2].label == "context", got[2].label_reason
    assert got[3].label != "context", got[3].label_reason  # what was seen: a claim


# --- a feeling after the verb's "that" ---

def test_the_lead_article_disappointed_after_a_statement(db, scheme):
    got = _all(db, scheme, [_HIRE_OPENING, _HIRE_RULING, _HIRE_DENIAL, _HIRE_REACTION])
    assert got[3].label == "context", got[3].label_reason
    assert got[3].name == "Fairway Vehicle Rentals"


def test_a_feeling_told_after_where_it_was_said(db, scheme):
    got = _all(db, scheme, [
        _HIRE_OPENING, _HIRE_RULING,
        "The company told reporters outside the court that it was disappointed with the "
        "decision.",
    ])
    assert got[2].label == "context", got[2].label_reason


def test_a_fact_after_where_it_was_said_is_not_a_feeling(db, scheme):
    got = _all(db, scheme, [
        "Two families have accused a Bradford funeral director of mixing up their relatives' "
        "ashes.",
        "Greaves & Lund said in a statement on Tuesday that every urn had been checked twice "
        "and sealed at the crematorium.",
    ])
    assert got[1].label == "denial", got[1].label_reason
