"""A filed complaint speaks for whoever filed it (thirty-fourth round, issue 11, bug fix on
branch i11try34b; reading._opens_reported with reported_clause.py, data
``reported34_clause``; opening_complaint.filing_content; speakers_english._according;
naming._possessive_restored).

The lead's article: a fitness app shared users' data "according to a complaint filed with the
Information Commissioner's Office"; "The complaint, lodged by digital rights group
OpenLedger on Wednesday, says PulsePath sent the data ..." was a denial by PulsePath (the
name after "says" taken for the speaker, and PulsePath denies later), which put OpenLedger's
director on the accused side too; the opening sentence's source was the office the complaint
went to; and "The ICO said ..." proposed a new source "Information Commissioner   Office",
the possessive blanked, not the registered "Information Commissioner's Office".

Every sentence but the lead's article is invented for this test; none is taken from the
benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted, registered

from annotator.db.connection import write

_ARTICLE = [
    "A popular fitness app shared users' heart-rate and location data with advertising firms "
    "without their consent, according to a complaint filed with the Information "
    "Commissioner's Office.",
    "The complaint, lodged by digital rights group OpenLedger on Wednesday, says PulsePath "
    "sent the data of at least 1.2 million UK users to three ad-tech companies.",
    "OpenLedger's director, Hannah Morrow, said the app's privacy settings were \"a maze "
    "designed to be failed\".",
    "\"People turned sharing off and it stayed on,\" she told reporters.",
    "PulsePath, which is owned by Dublin-based Stridewell Ltd, denied breaking data "
    "protection law.",
    "A company spokesman said users' data was only ever shared in anonymised form and with "
    "their explicit agreement.",
    "\"We take privacy extremely seriously and we will cooperate fully with the ICO,\" he "
    "added.",
    "The ICO said it had received the complaint and would assess it.",
]


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")



# --- the lead's case ---

def test_the_complaint_speaks_for_whoever_lodged_it(db, scheme):
    got = registered(db, scheme, _ARTICLE)
    complaint = got[1]
    assert complaint.name == "OpenLedger", complaint.reason
    assert complaint.label == "accusation", complaint.label_reason
    assert "named after 'says'" not in complaint.reason


def test_the_accusers_are_no_longer_the_accused_side(db, scheme):
    got = registered(db, scheme, _ARTICLE)
    for line in got[2:4]:
        assert line.name == "Hannah Morrow"
        assert line.label != "denial", line.label_reason
    assert got[4].label == "denial" and got[4].name == "PulsePath"


def test_the_body_a_complaint_went_to_does_not_speak(db, scheme):
    opening = _all(db, scheme, _ARTICLE[:1])[0]
    assert opening.name != "Information Commissioner's Office", opening.reason
    assert opening.label == "accusation"


def test_an_acronym_of_a_possessive_name_is_the_registered_source(db, scheme):
    got = registered(db, scheme, [
        "Data from a popular fitness app reached advertising firms, the Information "
        "Commissioner's Office said on Tuesday.",
        "The ICO said it had received a complaint and would assess it.",
    ])
    assert got[0].name == "Information Commissioner's Office"
    assert got[1].name == "Information Commissioner's Office", got[1].reason


def test_the_lead_article_ico_is_never_the_blanked_name(db, scheme):
    ico = registered(db, scheme, _ARTICLE)[-1]
    assert ico.name == "Information Commissioner's Office", ico.reason


# --- the class, on sentences of our own ---

def test_a_lawsuit_filed_by_a_union_says_the_landlord_did(db, scheme):
    got = _all(db, scheme, [
        "Hundreds of renters in Portside lost their deposits, tenants say.",
        "The lawsuit, filed by the Cedar Tenants Union in the High Court, says Harbour "
        "Lettings kept deposits from 300 renters.",
        "Harbour Lettings denied the claims.",
    ])
    assert got[1].name == "Cedar Tenants Union", got[1].reason
    assert got[1].label == "accusation", got[1].label_reason
    assert got[2].label == "denial" and got[2].name == "Harbour Lettings"


def test_a_letter_written_by_a_group_says_the_council_sold(db, scheme):
    got = _all(db, scheme, [
        "The letter, written by Friends of Elm Park last month, says the council sold "
        "the playing field to a developer.",
    ])
    assert got[0].name == "Friends of Elm Park", got[0].reason


def test_a_body_with_a_relative_clause_says_the_landlord_withheld(db, scheme):
    got = _all(db, scheme, [
        "Harbour Lettings kept tenants' deposits for years, says the Cedar Tenants Union.",
        "The union, which represents 3,000 renters, says Harbour Lettings withheld £400,000.",
    ])
    assert got[1].name == "Cedar Tenants Union", got[1].reason


def test_according_to_a_filing_sent_to_a_body(db, scheme):
    for sentence in (
            "A landlord kept tenants' deposits for years, according to a lawsuit filed with "
            "the Superior Court.",
            "The council ignored warnings about the bridge, according to a petition sent to "
            "the Local Government Ombudsman.",
            "The company dumped waste in the river, according to a complaint submitted to the "
            "Environment Agency."):
        got = _all(db, scheme, [sentence])[0]
        assert got.name not in ("Superior Court", "Local Government Ombudsman",
                                "Environment Agency"), (sentence, got.reason)
        with write(db):
            db.execute("DELETE FROM annotations")
            db.execute("DELETE FROM sentences")
            db.execute("DELETE FROM documents")


def test_an_acronym_of_a_possessive_name_of_our_own(db, scheme):
    got = _all(db, scheme, [
        "Doctors at the Royal Children's Hospital said the ward had been full since May.",
        "The RCH said it would open twelve more beds in January.",
    ])
    assert got[1].name == "Royal Children's Hospital", got[1].reason


# --- near misses: unchanged ---

def test_a_speaker_after_the_verb_still_speaks(db, scheme):
    for sentence, name in (
            ("The firm shared the data with advertisers, says OpenLedger.", "OpenLedger"),
            ("The complaint was lodged on Wednesday, said Hannah Morrow.", "Hannah Morrow"),
            ("Prices rose sharply last year, said Ann Lee, adding that rents would follow.",
             "Ann Lee")):
        got = _all(db, scheme, [sentence])[0]
        assert got.name == name, (sentence, got.reason)
        with write(db):
            db.execute("DELETE FROM annotations")
            db.execute("DELETE FROM sentences")
            db.execute("DELETE FROM documents")


def test_according_to_the_maker_still_speaks(db, scheme):
    for sentence, name in (
            ("The council ignored warnings about the bridge, according to a report published "
             "by the Local Government Ombudsman.", "Local Government Ombudsman"),
            ("The council ignored warnings about the bridge, according to the Local "
             "Government Ombudsman.", "Local Government Ombudsman"),
            # round 35: who saw the documents did not issue them (seen.py)
            ("The company dumped waste in the river, according to documents seen by the "
             "Westbury Herald.", None)):
        got = _all(db, scheme, [sentence])[0]
        assert got.name == name, (sentence, got.reason)
        with write(db):
            db.execute("DELETE FROM annotations")
            db.execute("DELETE FROM sentences")
            db.execute("DELETE FROM documents")


def test_what_a_filing_says_of_a_person_stays_a_claim(db, scheme):
    got = _all(db, scheme, [
        "A hospital discharged a patient too early, her family says.",
        "The lawsuit, filed by the Owens family in May, says Danielle Owens was discharged "
        "after six hours.",
    ])
    assert got[1].label != "accusation" or "filing alleges" not in got[1].label_reason


def test_an_acronym_without_a_possessive_is_as_before(db, scheme):
    got = _all(db, scheme, [
        "Dockworkers at the Nigerian Ports Authority said cranes had been idle for weeks.",
        "The NPA said repairs would start on Monday.",
    ])
    assert got[1].name == "Nigerian Ports Authority"
