"""One member of a legislature named after it with no commas: the person, never the body
and the name run together (thirty-fourth round, issue 11, try branch t34id;
domain/proposals/member_named.py, read in reading._subject; data ``speaker34_member_named``).

The try's article (invented, Indonesian national news): a DPR member accuses the
agriculture ministry of letting subsidised fertiliser reach big plantations. "Anggota
Komisi IV DPR Marlina Sihombing menuding Kementerian Pertanian ..." proposed the source
"Komisi IV DPR Marlina Sihombing": "anggota" read as members of a body speaking as it, and
the whole run of capitals after it as the body. "Ketua Komisi IV DPR Marlina Sihombing" and
"Anggota Komisi IV DPR, Marlina Sihombing," were already the person. The guidelines: a
person named in the sentence as speaking is the source.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

import pytest
from support.proposals import accepted

_DENIAL = "Kementerian Pertanian membantah tudingan tersebut."


def _first(db, scheme, sentence):
    return accepted(db, scheme, [sentence, _DENIAL], "id")[0]


# --- the try's case ---

def test_the_try_dpr_member_named_after_the_commission_is_the_person(db, scheme):
    got = _first(db, scheme, "Anggota Komisi IV DPR Marlina Sihombing menuding Kementerian "
                             "Pertanian (Kementan) membiarkan pupuk bersubsidi dijual ke "
                             "perusahaan perkebunan besar di sejumlah daerah.")
    assert got.label == "accusation"
    assert got.name == "Marlina Sihombing", got.reason


def test_the_try_article_carries_the_person_on(db, scheme):
    got = accepted(db, scheme, [
        "Anggota Komisi IV DPR Marlina Sihombing menuding Kementerian Pertanian (Kementan) "
        "membiarkan pupuk bersubsidi dijual ke perusahaan perkebunan besar.",
        "Tudingan itu disampaikan Marlina dalam rapat kerja dengan Menteri Pertanian di "
        "Gedung DPR, Senayan, Jakarta, Selasa (1/12/2026).",
        "Marlina mengaku menerima laporan dari kelompok tani di tiga kabupaten yang kesulitan "
        "mendapatkan pupuk urea bersubsidi sejak Agustus.",
    ], "id")
    assert [g.name for g in got] == ["Marlina Sihombing"] * 3


# --- the class, on sentences of our own ---

@pytest.mark.parametrize(("sentence", "name"), [
    ("Anggota Komisi III DPR Habiburokhman menuding penyidik memeras saksi.",
     "Habiburokhman"),
    ("Anggota Komisi III DPR RI Habib Santoso menuding penyidik memeras saksi.",
     "Habib Santoso"),
    ("Anggota DPR RI Marlina Sihombing menuding kementerian lalai mengawasi distribusi.",
     "Marlina Sihombing"),
    ("Anggota DPRD Kota Bekasi Yusuf Hamdani menuding dinas pendidikan memungut biaya "
     "seragam.", "Yusuf Hamdani"),
    ("Anggota DPRD Jawa Barat Yusuf Hamdani menuding dinas pendidikan memungut biaya "
     "seragam.", "Yusuf Hamdani"),
    ("Anggota DPRD DKI Jakarta Yusuf Hamdani mengatakan Pemprov lalai mengawasi proyek itu.",
     "Yusuf Hamdani"),
    ("Anggota Komisi B DPRD Lamongan Fadlan Arief menuding dinas pasar menggelapkan "
     "retribusi.", "Fadlan Arief"),
    ("Anggota Ombudsman RI Hendra Kusuma menyebut dinas pendidikan melakukan "
     "maladministrasi.", "Hendra Kusuma"),
])
def test_a_member_named_after_the_body_is_the_person(db, scheme, sentence, name):
    assert _first(db, scheme, sentence).name == name


# --- near misses: members of a body with no person named speak as the body ---

@pytest.mark.parametrize(("sentence", "name"), [
    ("Anggota Komisi IV DPR menuding Kementerian Pertanian lalai.", "Komisi IV DPR"),
    ("Anggota DPRD Jawa Barat menuding dinas pendidikan memungut biaya seragam.",
     "DPRD Jawa Barat"),
    ("Anggota DPRD Provinsi Jawa Barat menuding dinas pendidikan memungut biaya seragam.",
     "DPRD Provinsi Jawa Barat"),
    ("Anggota DPRD Nusa Tenggara Timur menuding dinas pendidikan memungut biaya seragam.",
     "DPRD Nusa Tenggara Timur"),
    ("Anggota DPRD Kota Bekasi menuding dinas pendidikan memungut biaya seragam.",
     "DPRD Kota Bekasi"),
    ("Anggota KUD Sumber Rejeki menuding pengurus menggelapkan dana.", "KUD Sumber Rejeki"),
    ("Anggota Koperasi Mitra Usaha Bersama menuding pengurus menggelapkan simpanan.",
     "Koperasi Mitra Usaha Bersama"),
])
def test_members_with_no_person_named_speak_as_the_body(db, scheme, sentence, name):
    assert _first(db, scheme, sentence).name == name


@pytest.mark.parametrize("sentence", [
    "Anggota Komisi IV DPR, Marlina Sihombing, menuding Kementerian Pertanian lalai.",
    "Ketua Komisi IV DPR Marlina Sihombing menuding Kementerian Pertanian lalai.",
])
def test_the_shapes_read_before_stay(db, scheme, sentence):
    assert _first(db, scheme, sentence).name == "Marlina Sihombing"
