"""The twenty-seventh round's claim or context (branch i11context27).

Reported speech that states a stance, a wish, a target, a measure meanwhile or a promise
not to tolerate was proposed as a claim; the guidelines make promises, plans, appeals,
procedure and "a feeling, a plan or what happens next" context even from a named speaker
(data/guidelines.md), and these are now proposed so, keeping their speaker
(domain/proposals/stances.py). A fact stated beside them stays a claim.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

_OPENING_EN = ("Tenants of Hollins Yard have complained about broken lifts and damp flats "
               "owned by Marrow Estates.")
_OPENING_ID = ("Pedagang Pasar Sukamaju mengeluhkan atap los yang bocor sejak awal musim "
               "hujan.")


def _last(db, scheme, sentence: str, language: str):
    opening = _OPENING_EN if language == "en" else _OPENING_ID
    return accepted(db, scheme, [opening, sentence], language)[1]


def test_took_the_complaints_seriously_is_context(db, scheme):
    got = _last(db, scheme, "Marrow Estates said it took the tenants' complaints very "
                "seriously.", "en")
    assert got.label == "context", got.label_reason
    assert got.name == "Marrow Estates"


def test_a_quoted_stance_with_a_qualifying_contrast_is_context(db, scheme):
    got = _last(db, scheme, '"We treat every complaint seriously, but a complaint is not a '
                'verdict," the landlord\'s director, Paul Fenner, said.', "en")
    assert got.label == "context", got.label_reason


def test_menanggapi_serius_is_context(db, scheme):
    got = _last(db, scheme, "Kepala Dinas Perdagangan, Sri Lestari, menyatakan pihaknya "
                "menanggapi serius keluhan para pedagang itu.", "id")
    assert got.label == "context", got.label_reason


def test_a_reported_wish_of_others_is_context(db, scheme):
    got = _last(db, scheme, "Their chair, Grace Obi, said the tenants wanted the lifts "
                "repaired before the winter.", "en")
    assert got.label == "context", got.label_reason
    assert got.name == "Grace Obi"


def test_warga_ingin_is_context(db, scheme):
    got = _last(db, scheme, "Ketua paguyuban, Darsono, mengatakan para pedagang ingin atap "
                "los diganti sebelum Lebaran.", "id")
    assert got.label == "context", got.label_reason


def test_a_wish_in_a_relative_clause_stays_a_claim(db, scheme):
    got = _last(db, scheme, "Their chair, Grace Obi, said tenants who wanted to leave had "
                "been charged a £500 exit fee.", "en")
    assert got.label != "context", got.label_reason


def test_ditargetkan_is_context(db, scheme):
    got = _last(db, scheme, "Menurut Sri, perbaikan atap seluruh los ditargetkan rampung "
                "pada akhir Januari 2027.", "id")
    assert got.label == "context", got.label_reason


def test_is_targeted_to_is_context(db, scheme):
    got = _last(db, scheme, "A council spokesman said the repair programme is targeted to "
                "finish by March.", "en")
    assert got.label == "context", got.label_reason


def test_a_target_beside_a_contrasting_fact_stays_a_claim(db, scheme):
    got = _last(db, scheme, "Menurut Sri, pendapatan retribusi pasar ditargetkan Rp 2 "
                "miliar, namun hingga November baru terkumpul Rp 700 juta.", "id")
    assert got.label == "claim", got.label_reason


def test_a_measure_for_now_is_context(db, scheme):
    got = _last(db, scheme, "The council said it had stopped sending new tenants to Hollins "
                "Yard for now.", "en")
    assert got.label == "context", got.label_reason


def test_untuk_sementara_is_context(db, scheme):
    got = _last(db, scheme, "Sri mengatakan pedagang di blok C dipindahkan ke halaman parkir "
                "untuk sementara waktu.", "id")
    assert got.label == "context", got.label_reason


def test_tidak_akan_menoleransi_is_context(db, scheme):
    got = _last(db, scheme, "Wali Kota Sukamaju, Bambang Hartono, menegaskan pemkot tidak "
                "akan menoleransi keterlambatan perbaikan fasilitas pasar.", "id")
    assert got.label == "context", got.label_reason
    assert got.name == "Bambang Hartono"


def test_will_not_tolerate_is_context(db, scheme):
    got = _last(db, scheme, "The housing minister, Alan Reeve, said the government would "
                "not tolerate delays to repairs in rented homes.", "en")
    assert got.label == "context", got.label_reason


def test_a_request_recounted_in_the_speakers_quotation_is_a_claim(db, scheme):
    got = _last(db, scheme, '"We asked for a copy of the safety certificate twice and '
                'heard nothing back," said tenant Ruth Okoro.', "en")
    assert got.label != "context", got.label_reason


def test_the_speakers_own_request_reported_stays_context(db, scheme):
    got = _last(db, scheme, "The council's housing lead, Mark Ibbot, said he had asked "
                "Marrow Estates for a repair timetable.", "en")
    assert got.label == "context", got.label_reason


def test_an_outside_firm_hired_to_review_is_context(db, scheme):
    got = _last(db, scheme, "Marrow Estates has hired an independent surveyor to review "
                "the condition of every flat, its director Paul Fenner said.", "en")
    assert got.label == "context", got.label_reason


def test_menggandeng_auditor_untuk_memeriksa_is_context(db, scheme):
    got = _last(db, scheme, "Sri mengatakan dinas telah menggandeng konsultan teknik sipil "
                "untuk memeriksa kekuatan rangka atap los.", "id")
    assert got.label == "context", got.label_reason


def test_the_speakers_own_request_after_that_is_context(db, scheme):
    got = _last(db, scheme, "The council added that it had asked Marrow Estates for its "
                "repair logs.", "en")
    assert got.label == "context", got.label_reason


def test_work_under_way_with_a_time_ahead_is_context(db, scheme):
    got = _last(db, scheme, "Marrow Estates said it was replacing every lift on the estate "
                "over the next two years.", "en")
    assert got.label == "context", got.label_reason


def test_a_fact_with_a_time_ahead_from_another_stays_a_claim(db, scheme):
    got = _last(db, scheme, "Grace Obi said the lifts had failed 40 times this year and "
                "rents would rise over the next two years.", "en")
    assert got.label != "context", got.label_reason


def test_a_demand_after_a_quoted_condition_is_context(db, scheme):
    got = _last(db, scheme, '"Kalau memang atapnya sudah diperbaiki, tunjukkan berita acara '
                'serah terimanya," tegas Darsono.', "id")
    assert got.label == "context", got.label_reason


def test_records_released_showing_a_fact_are_a_claim(db, scheme):
    got = _last(db, scheme, "The tenants' association has released timesheets showing the "
                "caretaker visited the estate twice in October.", "en")
    assert got.label == "claim", got.label_reason


def test_berdasarkan_peta_is_a_claim(db, scheme):
    got = _last(db, scheme, "Berdasarkan peta bidang kantor pertanahan, los blok C berdiri "
                "di atas lahan milik pemerintah kota.", "id")
    assert got.label == "claim", got.label_reason


def test_advice_to_the_public_is_context(db, scheme):
    got = _last(db, scheme, "Sri menambahkan, pedagang dan warga dapat melaporkan kebocoran "
                "atap melalui aplikasi layanan pasar.", "id")
    assert got.label == "context", got.label_reason


def test_customers_can_is_context(db, scheme):
    got = _last(db, scheme, "A council spokesman added that residents can report damp to "
                "the housing team online.", "en")
    assert got.label == "context", got.label_reason


def test_guidance_that_says_what_should_be_done_is_context(db, scheme):
    got = _last(db, scheme, "Government guidance says landlords should repair broken lifts "
                "within a week.", "en")
    assert got.label == "context", got.label_reason


def test_a_sentence_that_only_opens_the_statement_is_context(db, scheme):
    got = accepted(db, scheme, [
        _OPENING_ID,
        "Saat ditanya soal keluhan itu, Kepala Dinas Perdagangan Sri Lestari berkata:",
        '"Perbaikan atap sudah kami anggarkan tahun ini."',
    ], "id")
    assert got[1].label == "context", got[1].label_reason
    assert got[2].name == got[1].name
