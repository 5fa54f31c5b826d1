"""Cue words read in a sense they do not have in the sentence (twenty-eighth round, third
wave, issue 11 item 1, branch i11misread28c; domain/proposals/misread.py, data
``misread28c``).

The guidelines label the act a sentence reports. Read in another sense by the rules: a verb
of rejecting in a restrictive relative clause that only says who is meant ("hospitals that
refused patients", "yang menolak disebut namanya"), the accused side's denial added as an
aside after the allegation (", a charge the company denies": the sentence is the
allegation), "the accused" as a noun (the defendants) and "charged" with a sum (a bill).
Left alone: a relative clause set off by commas (what the person did), what was rejected
("tuduhan yang ditolak"), an aside whose noun names no allegation, "charged with fraud".

Every sentence is invented for this test; none is taken from the benchmark's sets. The
articles are read on the real proposal path (real SQLite), each proposal saved as `enter`
saves it before the next is read."""

from __future__ import annotations

from support.proposals import accepted


def _rules(p) -> str:
    """The rules' label (the shipped label model may propose its own over a reported
    claim, as it may for any sentence; what is tested here is what the rules read)."""
    reason = p.label_reason
    return reason.split("rules: ", 1)[1].split(",")[0] if "rules: " in reason else p.label


def test_a_refusal_in_a_relative_clause_describes_who_is_meant_in_indonesian(db, scheme):
    got = accepted(db, scheme, [
        "Seorang guru honorer yang menolak disebut namanya mengatakan gaji bulan lalu "
        "dibayar terlambat dua pekan.",
        "Kepala dinas mengatakan sekolah yang terbukti menolak siswa miskin akan ditegur.",
    ], "id")
    assert _rules(got[0]) != "denial", got[0].label_reason
    assert _rules(got[1]) != "denial", got[1].label_reason


def test_a_refusal_in_a_relative_clause_in_english(db, scheme):
    got = accepted(db, scheme, [
        "The health minister said clinics that rejected patients without insurance "
        "would lose their licences.",
    ], "en")
    assert _rules(got[0]) != "denial", got[0].label_reason


def test_a_clause_set_off_by_commas_still_denies(db, scheme):
    got = accepted(db, scheme, [
        "Warga Desa Sukaraja menuduh PT Tirta Lestari mencemari sungai dengan limbah "
        "pabrik.",
        "Direktur PT Tirta Lestari, Hendra Gunawan, yang menolak tuduhan itu, mengatakan "
        "limbah diolah sebelum dibuang.",
    ], "id")
    assert got[1].label == "denial", got[1].label_reason


def test_an_allegation_denied_in_a_closing_aside_is_the_accusation(db, scheme):
    got = accepted(db, scheme, [
        "Parents at Elmwood Primary say the academy trust spent money raised for a new "
        "playground on consultants, a claim the trust denies.",
    ], "en")
    assert got[0].label == "accusation", got[0].label_reason
    assert "in an aside" in got[0].label_reason


def test_an_aside_in_indonesian(db, scheme):
    got = accepted(db, scheme, [
        "Nelayan Teluk Awur menyebut PT Samudra Beton menimbun pasir laut di jalur "
        "perahu mereka, tuduhan yang dibantah perusahaan.",
    ], "id")
    assert got[0].label == "accusation", got[0].label_reason


def test_the_accused_as_a_noun_accuses_nobody(db, scheme):
    got = accepted(db, scheme, [
        "A prosecutor told the jury that two of the accused had rented a van in Dover "
        "on the morning of the hearing.",
    ], "en")
    assert _rules(got[0]) != "accusation", got[0].label_reason


def test_charged_with_a_sum_is_a_bill(db, scheme):
    got = accepted(db, scheme, [
        "Retired teacher Alan Marsh said he was charged £120 for a parking permit he "
        "had renewed online.",
    ], "en")
    assert _rules(got[0]) != "accusation", got[0].label_reason


def test_charged_with_an_offence_is_still_an_accusation(db, scheme):
    got = accepted(db, scheme, [
        "Police said a 34-year-old man had been charged with fraud after the council "
        "reported missing funds.",
    ], "en")
    assert got[0].label == "accusation", got[0].label_reason


def test_spreading_hoax_news_names_the_offence_not_a_denial(db, scheme):
    got = accepted(db, scheme, [
        "Dinas Kominfo Kabupaten Kendal melaporkan sebuah akun Instagram ke Polres Kendal "
        "atas dugaan penyebaran berita bohong soal jebolnya tanggul.",
    ], "id")
    assert _rules(got[0]) != "denial", got[0].label_reason


def test_calling_it_hoax_news_still_denies(db, scheme):
    got = accepted(db, scheme, [
        "Warga menuduh Dinas Pekerjaan Umum membiarkan tanggul retak selama setahun.",
        "\"Itu berita bohong. Tanggul diperiksa setiap bulan,\" kata Kepala Dinas Pekerjaan "
        "Umum, Bambang Sutejo.",
    ], "id")
    assert got[1].label == "denial", got[1].label_reason
