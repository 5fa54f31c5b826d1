"""A statement a body the article describes issued speaks for that body (thirty-fifth
round, issue 11, bug fix on branch w6statement; domain/proposals/issued.py
described_issuers, possessed_documents; entities.py).

The try helper's article: the Kenya Ports Authority is named in the lede, then "Container
traffic rose ..., the authority said in a statement", then the managing director, Amina
Wekesa, is quoted, then "Transit cargo ... made up 38 percent of the total, according to
the statement." The statement was read as Wekesa's (the last named speaker): the sentence
that introduced it names no one, so no issuer was recorded. The guidelines: a document
speaks for whoever issued it, here the body "the authority" means.

Every sentence but the try helper's article is invented for this test; none is taken from
the benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

_LEDE = ("NAIROBI, Jan 14 (Meridian News) - Kenya's Mombasa port handled a record 41.2 "
         "million tonnes of cargo last year, up 6.8 percent from 2024, driven by transit "
         "shipments to Uganda, South Sudan and Congo, the Kenya Ports Authority said on "
         "Wednesday.")
_STATEMENT = ("Container traffic rose to 2.1 million twenty-foot equivalent units (TEUs), the "
              "authority said in a statement, the first time it has passed two million.")
_WEKESA = ('"The investments we made in the second container terminal are now paying off," '
           "managing director Amina Wekesa told reporters in Mombasa.")
_SHE = ("She said ships were now waiting an average of 1.2 days for a berth, against almost "
        "three days in 2022.")
_ACCORDING = ("Transit cargo, most of it headed for Uganda, made up 38 percent of the total, "
              "according to the statement.")


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


# --- the try helper's case ---

def test_the_port_statement_speaks_for_the_authority(db, scheme):
    got = _all(db, scheme, [_LEDE, _STATEMENT, _WEKESA, _SHE, _ACCORDING])
    assert got[1].name == "Kenya Ports Authority"
    assert got[2].name == "Amina Wekesa" and got[3].name == "Amina Wekesa"
    assert got[4].name == "Kenya Ports Authority", got[4].reason
    assert "issued it" in got[4].reason


# --- the class, on sentences of our own ---

def test_in_a_statement_the_company_said(db, scheme):
    got = _all(db, scheme, [
        "Brightwater Foods recalled 40,000 jars of peanut butter on Monday.",
        "In a statement, the company said the recall was a precaution.",
        "Food safety officer Mark Ellis said inspectors had visited the plant.",
        "No illnesses had been reported, according to the statement.",
    ])
    assert got[3].name == "Brightwater Foods", got[3].reason


def test_the_councils_statement(db, scheme):
    got = _all(db, scheme, [
        "Harbour City Council approved the budget on Tuesday.",
        "The council's statement said spending on roads would rise by 4 percent.",
        "Councillor Ben Ortiz said he had voted against it.",
        "Libraries would lose 2 percent, according to the statement.",
    ])
    assert got[3].name == "Harbour City Council", got[3].reason


def test_a_statement_from_the_authority(db, scheme):
    got = _all(db, scheme, [
        "Shipping traffic through Port Reitz fell sharply, the Coastal Harbours Authority "
        "said on Monday.",
        "A statement from the authority said dredging would start in May.",
        "Harbour pilot Grace Mwangi said larger ships were already turning away.",
        "The work would cost 3 billion shillings, according to the statement.",
    ])
    assert got[3].name == "Coastal Harbours Authority", got[3].reason


def test_a_named_bodys_own_statement(db, scheme):
    got = _all(db, scheme, [
        "Mombasa port handled record cargo last year.",
        "The Kenya Ports Authority's statement said container traffic rose to 2.1 million "
        "units.",
        _WEKESA,
        "Transit cargo made up 38 percent of the total, according to the statement.",
    ])
    assert got[3].name == "Kenya Ports Authority", got[3].reason


def test_a_letter_the_company_wrote(db, scheme):
    got = _all(db, scheme, [
        "Tenants of Riverside Court have had no hot water for a month, the Nairobi Water "
        "Company said on Monday.",
        "The company said in a letter to residents that repairs would take a week.",
        "Resident leader John Otieno said families were buying water from vendors.",
        "Tankers would deliver water daily, according to the letter.",
    ])
    assert got[3].name == "Nairobi Water Company", got[3].reason


def test_a_statement_the_minister_issued(db, scheme):
    got = _all(db, scheme, [
        "Health Minister Susan Nakhumicha visited the hospital on Monday.",
        "The minister said in a statement that staff would be paid by Friday.",
        "Union official Peter Ouma said nurses would strike.",
        "Arrears would be cleared in full, according to the statement.",
    ])
    assert got[3].name == "Susan Nakhumicha", got[3].reason


def test_the_statement_said_speaks_for_the_authority_too(db, scheme):
    got = _all(db, scheme, [_LEDE, _STATEMENT, _WEKESA,
                            "The statement said transit cargo made up 38 percent of the "
                            "total."])
    assert got[3].name == "Kenya Ports Authority", got[3].reason


# --- near misses: nothing changes ---

def test_a_person_who_issued_the_statement_keeps_it(db, scheme):
    got = _all(db, scheme, [
        "The hospital trust cut 200 beds this winter.",
        "Trust chief Sarah Lin said in a statement that the cuts were temporary.",
        "Union official Peter Ouma said nurses were worried.",
        "Beds would return in spring, according to the statement.",
    ])
    assert got[3].name == "Sarah Lin", got[3].reason


def test_a_statement_nobody_issued_stays_with_the_last_speaker(db, scheme):
    got = _all(db, scheme, [
        "Prices rose 4 percent in March.",
        "Economist Paul Reyes said inflation would ease by summer.",
        "Food prices rose fastest, according to the statement.",
    ])
    assert got[2].name == "Paul Reyes", got[2].reason
    assert "last named speaker" in got[2].reason


def test_a_named_issuer_is_untouched(db, scheme):
    got = _all(db, scheme, [
        "Container traffic rose to 2.1 million units, the Kenya Ports Authority said in a "
        "statement.",
        '"The investments are paying off," managing director Amina Wekesa told reporters.',
        "Transit cargo made up 38 percent of the total, according to the statement.",
    ])
    assert got[2].name == "Kenya Ports Authority", got[2].reason

