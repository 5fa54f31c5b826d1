"""English speakers named with the body or the place they are "of" (thirty-first round,
issue 11, branch i11enspk31b; a class read from heldout5, heldout10 and heldout12's misses):

- a person's name with where she works after "of" ("Dr Amal Haddad of Riverside General
  Hospital said") speaks as the person, not as the whole phrase; so does an Indonesian
  company's name with the town it is from ("PT Cahaya Baru Logistik of Surabaya");
- a person named between commas with the body she is of ("A transport analyst, Nadia
  Okafor of research firm MoveData, said") speaks herself, not the body;
- a body's own name with "of" ("The Royal College of Nursing said", "the Bank of
  England", "Residents of Eastmoor") stays as written.

Every sentence is invented for this test; none is taken from the benchmark's sets. The
articles are read on the real proposal path (real SQLite), each proposal saved as `enter`
saves it before the next is read."""

from __future__ import annotations

from support.proposals import accepted

_LEDE = "A hospital trust in the north of England has been fined over delays in its A&E unit."


def test_a_person_of_a_hospital_speaks_as_the_person(db, scheme):
    got = accepted(db, scheme, [
        _LEDE,
        "A consultant not involved in the case, Dr Amal Haddad of St Columba's General "
        "Hospital, said waiting times had risen across the region.",
    ], "en")
    assert got[1].name == "Amal Haddad", got[1].reason
    assert "without where it is from" in got[1].reason


def test_a_company_of_a_town_speaks_by_its_own_name(db, scheme):
    got = accepted(db, scheme, [
        "A shipping firm in East Java has been accused of falsifying cargo weights.",
        "The contractor, PT Cahaya Baru Logistik of Surabaya, declined to comment.",
    ], "en")
    assert got[1].name == "PT Cahaya Baru Logistik", got[1].reason
    assert "without where it is from" in got[1].reason


def test_a_person_of_a_firm_between_commas_speaks_herself(db, scheme):
    got = accepted(db, scheme, [
        "Bus fares in the city will rise by 8% from January.",
        "A transport analyst, Nadia Okafor of research firm MoveData, said the rise would "
        "hit part-time workers hardest.",
    ], "en")
    assert got[1].name == "Nadia Okafor", got[1].reason
    assert "the person named as of" in got[1].reason


def test_a_body_named_with_of_stays_whole(db, scheme):
    got = accepted(db, scheme, [
        _LEDE,
        "The Royal College of Nursing said staff had warned managers for months.",
    ], "en")
    assert got[1].name == "Royal College of Nursing", got[1].reason


def test_a_bank_named_with_of_stays_whole(db, scheme):
    got = accepted(db, scheme, [
        "Mortgage rates fell for a third month in October.",
        "The Bank of England said inflation was likely to ease next year.",
    ], "en")
    assert got[1].name == "Bank of England", got[1].reason


def test_residents_of_a_place_are_no_person(db, scheme):
    got = accepted(db, scheme, [
        "A quarry near the village has been accused of blasting outside permitted hours.",
        "Residents of Eastmoor said the blasts had cracked walls in at least 12 homes.",
    ], "en")
    assert got[1].name in (None, "Residents of Eastmoor"), got[1].reason


def test_a_diocese_named_with_of_stays_whole(db, scheme):
    got = accepted(db, scheme, [
        "A parish church is to be sold to a property developer, its congregation says.",
        "The Catholic Diocese of Eastholm said the building needed repairs it could not fund.",
    ], "en")
    assert got[1].name == "Catholic Diocese of Eastholm", got[1].reason
