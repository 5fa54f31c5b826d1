"""The body an officer's title opens the sentence with answers the allegation (forty-third
round, issue 11, branch w19iden1): after an allegation whose accuser has spoken but which held
no named party, "Direktur Utama PT X, Ir. Y, menjelaskan ...", "Wakil Rektor Bidang
Keuangan Universitas X, Prof. Y, mengatakan ...", "Ketua Pengurus Koperasi X, Y,
menyatakan ..." are the accused body's reply: a denial, not a claim. The apposition read from
the officer's name alone stopped at "Ir." or "Prof.", and the body proposed as the speaker was
no body beside itself. A title outside the list ("Ketua Paguyuban X", an accuser's head; a
researcher) stays a claim. Invented articles, read on the real proposal path (real SQLite)."""

from __future__ import annotations

import pytest
from support.proposals import accepted

from annotator.domain.proposals.lexicon import lexicon
from annotator.domain.proposals.officer_body import officer_body

LEDE = [
    "Penumpang Keluhkan Tarif Bus Kota Naik Dua Kali Lipat",
    "Forum Penumpang Angkutan Kendari menuding tarif bus kota dinaikkan tanpa pemberitahuan "
    "dan tanpa persetujuan dewan.",
    "Ketua forum, Darmin Lasani, mengatakan tarif kini Rp 8.000, padahal bulan lalu masih "
    "Rp 4.000.",
]


def test_a_company_directors_reply_is_a_denial(db, scheme):
    got = accepted(db, scheme, [
        *LEDE,
        "Direktur Utama PT Angkutan Anoa Raya, Ir. Hasrul Baso, menjelaskan tarif baru sudah "
        "tercantum dalam surat keputusan wali kota yang terbit pada Agustus.",
    ], "id")
    assert got[-1].label == "denial", got[-1].label_reason


def test_a_vice_rectors_reply_is_a_denial(db, scheme):
    got = accepted(db, scheme, [
        "Mahasiswa Protes Uang Kuliah Naik di Tengah Semester",
        "Aliansi Mahasiswa Kendari menuding biaya kuliah dinaikkan di tengah semester tanpa "
        "sosialisasi.",
        "Koordinator aliansi, Fitra Lamba, mengatakan ratusan mahasiswa terancam cuti.",
        "Wakil Rektor Bidang Keuangan Universitas Teluk Kendari, Prof. Nurlina Sahabu, "
        "mengatakan besaran biaya ditetapkan dari data penghasilan yang diisi mahasiswa "
        "sendiri.",
    ], "id")
    assert got[-1].label == "denial", got[-1].label_reason


@pytest.mark.parametrize(("speaker", "text", "body"), [
    ("PT Angkutan Anoa Raya", "Direktur Utama PT Angkutan Anoa Raya, Ir. Hasrul Baso, "
     "menjelaskan tarif sudah sesuai.", "PT Angkutan Anoa Raya"),
    ("Hasrul Baso", "Direktur Utama PT Angkutan Anoa Raya, Ir. Hasrul Baso, menjelaskan tarif "
     "sudah sesuai.", "PT Angkutan Anoa Raya"),
    ("Sitti Rahma", "Pemilik rumah makan Sari Laut Lasolo, Hj Sitti Rahma, mengaku sudah "
     "mengurus izin.", "Sari Laut Lasolo"),
    ("Yusran Tamburaka", "Ketua Pengurus KSP Sejahtera Mandiri, Yusran Tamburaka, menyatakan "
     "dana anggota aman.", "KSP Sejahtera Mandiri"),
    # near misses: a head's title outside the list, no body named after the title
    ("Maria Kambu", "Ketua Perkumpulan Tenun Lasolo, Maria Kambu, menyatakan motif itu "
     "warisan.", None),
    ("Budi Santoso", "Direktur utama, Budi Santoso, menjelaskan tarif sudah sesuai.", None),
])
def test_the_body_an_opening_title_names(speaker, text, body):
    assert officer_body(speaker, text, {}, lexicon("id")) == body


def test_a_head_outside_the_list_stays_a_claim(db, scheme):
    got = accepted(db, scheme, [
        *LEDE,
        "Ketua Perkumpulan Sopir Kendari, Ir. La Ode Ruslan, mengatakan jumlah bus yang "
        "beroperasi tahun ini 120 unit.",
    ], "id")
    assert got[-1].label == "claim", got[-1].label_reason
