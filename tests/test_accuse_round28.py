"""Accusations the rules proposed as claims or context (twenty-eighth round, issue 11 item 1,
branch i11accuse28; domain/proposals/found_lacking.py and complained_of.py, data
``accuse28_found_lacking`` and ``accuse28_complained``).

The guidelines: an accusation attributes a wrongful act to an identifiable party, naming the
act is enough; a finding that names a party as responsible is the accusation of the body
that found it. Two shapes the rules read as claims or context:

- a body that inspects, regulates or audits found a duty unmet ("found that staff had not
  been trained", "mendapati dana itu dicairkan tanpa laporan"), or a thing past a limit;
  what it found with neither, a count, and anyone else's finding stay claims;
- the complaining side takes issue with a conduct ("mempersoalkan penunjukan pengelola",
  "took issue with the way the school spent ...") or complains of a charge levied on it
  ("mengeluhkan retribusi parkir", "Iuran ... dikeluhkan"); a complaint of a harm or a
  state of things ("mengeluhkan debu") stays a claim, and the accused side taking issue
  with a finding is its denial;
- an arrest "on charges of" names the party as "on suspicion of" does (data
  ``accuse28_enforcement``); "released without charge" does not.

Every sentence is invented for this test; none is taken from the benchmark's sets. The
articles are read on the real proposal path (real SQLite), each proposal saved as `enter`
saves it before the next is read."""

from __future__ import annotations

from support.proposals import accepted

_LEDE_EN = ("Parents at a nursery in Dunmore say their children were left alone in the "
            "garden for an hour last month.")
_LEDE_ID = ("Puluhan guru honorer di Kabupaten Garut belum menerima tunjangan sejak Juli, "
            "padahal dananya sudah dicairkan.")


def test_a_regulator_found_a_duty_unmet(db, scheme):
    got = accepted(db, scheme, [
        _LEDE_EN,
        "The Care Inspectorate found that staff at Little Acorns had not completed "
        "first-aid training.",
    ], "en")
    assert got[1].label == "accusation", got[1].label_reason
    assert "not completed" in got[1].label_reason


def test_an_inspection_found_a_thing_past_its_limit(db, scheme):
    got = accepted(db, scheme, [
        _LEDE_EN,
        "A council inspection in May found milk in the nursery's fridge kept at 12 degrees, "
        "well above the legal limit.",
    ], "en")
    assert got[1].label == "accusation", got[1].label_reason


def test_an_inspectorate_found_funds_paid_without_a_report(db, scheme):
    got = accepted(db, scheme, [
        _LEDE_ID,
        "Inspektorat Kabupaten Garut mendapati dana itu dicairkan tanpa laporan "
        "pertanggungjawaban.",
    ], "id")
    assert got[1].label == "accusation", got[1].label_reason
    assert "tanpa" in got[1].label_reason


def test_the_food_and_drug_agency_found_no_pharmacist(db, scheme):
    got = accepted(db, scheme, [
        _LEDE_ID,
        "Petugas BBPOM menemukan apotek itu belum memiliki apoteker penanggung jawab.",
    ], "id")
    assert got[1].label == "accusation", got[1].label_reason


def test_what_was_found_with_no_duty_unmet_a_count_or_by_others_stays_a_claim(db, scheme):
    got = accepted(db, scheme, [
        _LEDE_EN,
        "Inspectors found 14 broken toys in the playroom.",
        "The audit also found that 9 of 40 cots went a week without clean sheets.",
        "Researchers found that children who had not slept were more irritable.",
    ], "en")
    assert [g.label for g in got[1:]] == ["claim", "claim", "claim"], [
        g.label_reason for g in got[1:]]


def test_a_finding_in_another_clause_is_not_read_into_the_first(db, scheme):
    got = accepted(db, scheme, [
        _LEDE_EN,
        "Inspectors found the kitchen clean and advised staff to keep the doors shut.",
    ], "en")
    assert got[1].label != "accusation", got[1].label_reason


def test_a_lede_taking_issue_with_a_conduct(db, scheme):
    got = accepted(db, scheme, [
        "Paguyuban sopir angkutan Kota Madiun mempersoalkan penunjukan pengelola terminal "
        "baru oleh Dinas Perhubungan.",
    ], "id")
    assert got[0].label == "accusation", got[0].label_reason
    assert "mempersoalkan" in got[0].label_reason


def test_complaining_of_a_charge_and_of_a_harm(db, scheme):
    got = accepted(db, scheme, [
        "Puluhan sopir angkutan di Terminal Kertajaya, Kota Madiun, mengeluhkan retribusi "
        "parkir sebesar Rp 15.000 setiap kali masuk terminal.",
        "Warga di sekitar terminal juga mengeluhkan debu dari truk yang melintas.",
    ], "id")
    assert got[0].label == "accusation", got[0].label_reason
    assert "retribusi" in got[0].label_reason
    assert got[1].label == "claim", got[1].label_reason


def test_a_charge_complained_of_in_the_passive(db, scheme):
    got = accepted(db, scheme, [
        "Iuran kebersihan di Pasar Legi, Kota Blitar, dikeluhkan para pedagang.",
    ], "id")
    assert got[0].label == "accusation", got[0].label_reason


def test_the_accused_side_taking_issue_with_a_finding_is_no_accusation(db, scheme):
    got = accepted(db, scheme, [
        "Puluhan sopir angkutan di Terminal Kertajaya, Kota Madiun, mengeluhkan retribusi "
        "parkir sebesar Rp 15.000 setiap kali masuk terminal.",
        "PT Terminal Jaya mempersoalkan temuan Ombudsman itu.",
    ], "id")
    assert got[1].label != "accusation", got[1].label_reason


def test_families_taking_issue_with_how_a_school_spent_money(db, scheme):
    got = accepted(db, scheme, [
        "Families said they took issue with the way Hillcrest Primary spent the trip money.",
    ], "en")
    assert got[0].label == "accusation", got[0].label_reason


def test_an_arrest_on_charges_names_the_party(db, scheme):
    got = accepted(db, scheme, [
        "Nine workers died in a blast at a paint factory near Pune last week.",
        "Police have arrested the factory's owner, R. Patil, on charges of causing death by "
        "negligence.",
        "A second man was arrested and later released without charge.",
    ], "en")
    assert got[1].label == "accusation", got[1].label_reason
    assert "enforcement naming a party" in got[1].label_reason
    assert got[2].label != "accusation", got[2].label_reason


def test_a_finding_that_clears_is_no_accusation(db, scheme):
    got = accepted(db, scheme, [
        "The tribunal found that the bakery's dismissal of its driver was not unfair.",
    ], "en")
    assert got[0].label != "accusation", got[0].label_reason


def test_taking_issue_with_how_a_finding_was_made_is_no_accusation(db, scheme):
    got = accepted(db, scheme, [
        "Direksi PT Sinar Laut mempermasalahkan cara Ombudsman menyusun temuan itu.",
    ], "id")
    assert got[0].label != "accusation", got[0].label_reason
