"""A reply that says so at its opening, where no accusation was read (forty-third round,
issue 11, branch w19iden2): the article tells its charge as narration or as a claim, so the
reading holds no allegation when the other side answers ("Menanggapi catatan itu, Sekretaris
Daerah X mengatakan ...", "X, melalui kuasa hukumnya, Y, menyatakan ..."), and the reply
markers, read only after an accusation, never fired: the reply was proposed a claim. The
sentence's own opening now makes it the reply, a denial. A reply marker later in the
sentence ("ujarnya saat dihubungi": how the paper reached the speaker) and a speaker who
answers nothing stay claims. Invented articles, read on the real proposal path (real
SQLite)."""

from __future__ import annotations

import pytest
from support.proposals import accepted

from annotator.domain.proposals.dispute import opening_reply
from annotator.domain.proposals.lexicon import lexicon

OPENING = [
    "DPRD Soroti Target Retribusi Parkir Kota Kendari",
    "Badan Anggaran DPRD Kota Kendari mencatat target retribusi parkir tahun depan naik 40 "
    "persen dari realisasi tahun ini.",
]


def test_an_answer_that_opens_by_saying_so_is_a_denial(db, scheme):
    got = accepted(db, scheme, [
        *OPENING,
        "Menanggapi catatan dewan itu, Kepala Badan Pendapatan Daerah Kendari, Asrun Lapili, "
        "mengatakan target disusun dari potensi titik parkir baru yang sudah dipetakan.",
    ], "id")
    assert got[-1].label == "denial", got[-1].label_reason


def test_a_party_speaking_through_its_lawyer_is_a_denial(db, scheme):
    got = accepted(db, scheme, [
        "Kontainer Berisi Pakaian Bekas Ditahan di Pelabuhan Bitung",
        "Dua kontainer berisi pakaian bekas tertahan di Pelabuhan Bitung sejak pekan lalu.",
        "Direktur PT Laut Biru Niaga, Hendrik Wowor, melalui kuasa hukumnya, Stevanus Lumi, "
        "menyatakan perusahaan memesan kain perca dari pemasok di Malaysia.",
    ], "id")
    assert got[-1].label == "denial", got[-1].label_reason


@pytest.mark.parametrize(("text", "marker"), [
    ("Menanggapi hal itu, Irma mengatakan jadwal sudah sesuai aturan.", "menanggapi"),
    ("Namun menanggapi laporan itu, Irma mengatakan jadwal sudah sesuai.", "menanggapi"),
    # near misses: no back-reference (what it answers is no statement), a spokesperson
    ("Menanggapi banjir pekan lalu, Irma mengatakan sekolah dibuka lagi.", None),
    ("Pemkot Kendari, melalui juru bicaranya, Irma, mengatakan 120 lapak disediakan.", None),
    ("PT Laut Biru, melalui kuasa hukumnya, Stevanus, menyatakan barang itu sah.",
     "melalui kuasa hukumnya"),
    # near miss: the marker later tells how the paper reached the speaker
    ('"Bunganya mekar tiga hari," ujar Wulan saat dihubungi.', None),
])
def test_the_opening_reply(text, marker):
    assert opening_reply(text, lexicon("id")) == marker


def test_how_the_paper_reached_a_speaker_stays_a_claim(db, scheme):
    got = accepted(db, scheme, [
        *OPENING,
        '"Jumlah titik parkir di pusat kota ada 310," ujar pengamat tata kota Universitas '
        'Halu Oleo, Rahmat Sabara, saat dihubungi.',
    ], "id")
    assert got[-1].label == "claim", got[-1].label_reason
