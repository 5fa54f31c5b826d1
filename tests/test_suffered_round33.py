"""A complainant's own account of the wrong done to it, in the passive, holds no rebuttal
(thirty-third round, issue 11, bug fix on branch i11try33c; domain/proposals/suffered.py,
data ``complaint33_suffered``).

The lead's article: visitors to Purwokerto's square complain that unofficial parking
attendants charge Rp 5.000; then a visitor "mengaku dimintai Rp 5.000 tanpa diberi karcis".
The "tanpa" was read as a rebuttal marker ("answers the accusation before": a denial), yet
it is part of the wrong she tells was done to her: an accusation.

Every sentence but the lead's article is invented for this test; none is taken from the
benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

_TITLE = "Juru Parkir Liar Diduga Pungut Tarif Dua Kali Lipat di Alun-alun Purwokerto"
_LEDE = ("Purwokerto - Sejumlah pengunjung Alun-alun Purwokerto mengeluhkan tarif parkir yang "
         "dipungut juru parkir liar hingga Rp 5.000 untuk sepeda motor.")
_RATE = "Padahal, tarif resmi yang ditetapkan Peraturan Daerah Kabupaten Banyumas hanya Rp 2.000."
_RIZKI = ("Rizki Amalia (24), warga Sokaraja, mengaku dimintai Rp 5.000 tanpa diberi karcis saat "
          "memarkir motornya pada Minggu malam.")


def _id(db, scheme, sentences):
    return accepted(db, scheme, sentences, "id")


# --- the lead's case ---

def test_the_lead_article_visitor_accuses(db, scheme):
    got = _id(db, scheme, [
        _TITLE, "detikJateng | Jumat, 04 Des 2026 10:12 WIB", _LEDE, _RATE, _RIZKI,
        "Kepala Dinas Perhubungan Banyumas, Agus Nugroho, mengakui masih ada juru parkir yang "
        "tidak terdaftar di kawasan alun-alun.",
        "Salah seorang juru parkir yang ditemui di lokasi, yang enggan disebut namanya, "
        "membantah memungut tarif di atas ketentuan.",
    ])
    rizki = got[4]
    assert rizki.label == "accusation", rizki.label_reason
    assert rizki.name == "Rizki Amalia"
    assert "inside its own account" in rizki.label_reason
    assert got[6].label == "denial"


# --- the class, on sentences of our own ---

def test_billed_not_the_official_rate(db, scheme):
    got = _id(db, scheme, [
        _TITLE, _LEDE,
        "Budi Santoso, warga Kembaran, mengatakan dirinya ditagih Rp 5.000, bukan Rp 2.000 "
        "sesuai tarif resmi.",
    ])
    assert got[2].label == "accusation", got[2].label_reason


def test_asked_to_pay_without_a_ticket(db, scheme):
    got = _id(db, scheme, [
        _TITLE, _LEDE,
        "Dewi (30), pedagang di sekitar alun-alun, mengaku diminta membayar Rp 5.000 tanpa "
        "karcis.",
    ])
    assert got[2].label == "accusation", got[2].label_reason


def test_english_charged_and_only_given(db, scheme):
    got = accepted(db, scheme, [
        "Visitors to the seafront say unofficial parking attendants are overcharging drivers.",
        "The council official rate is £5 a day.",
        "Sam Lee, a visitor from York, said she was charged £10 and only given a ticket for £5.",
    ], "en")
    assert got[2].label == "accusation", got[2].label_reason
    assert "inside its own account" in got[2].label_reason


# --- near misses: the marker answers, or the account is no wrong of the allegation's kind ---

def test_the_accused_side_passive_stays_a_denial(db, scheme):
    got = _id(db, scheme, [
        _TITLE, _LEDE,
        "Salah seorang juru parkir membantah memungut tarif di atas ketentuan.",
        "Ia mengaku hanya diminta menjaga motor, tidak memungut uang.",
    ])
    assert got[3].label == "denial", got[3].label_reason
    assert "inside its own account" not in got[3].label_reason


def test_marker_before_the_passive_is_not_read(db, scheme):
    got = _id(db, scheme, [
        _TITLE, _LEDE,
        "Rahmat, pengunjung asal Cilacap, mengaku tidak pernah dimintai uang lebih dari tarif "
        "resmi.",
    ])
    assert "inside its own account" not in got[2].label_reason


def test_a_passive_of_another_kind_is_not_read(db, scheme):
    got = _id(db, scheme, [
        _TITLE, _LEDE,
        "Yanto, warga Purbalingga, mengaku dipaksa pindah rumah tahun lalu, bukan karena "
        "sengketa.",
    ])
    assert "inside its own account" not in got[2].label_reason


def test_a_criminal_charge_is_not_read(db, scheme):
    got = accepted(db, scheme, [
        "Visitors to the seafront say unofficial parking attendants are overcharging drivers.",
        "Dean Marsh, an attendant, said he was charged with obstruction only last year.",
    ], "en")
    assert "inside its own account" not in got[1].label_reason
