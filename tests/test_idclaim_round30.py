"""Indonesian claims the rules proposed as context (thirtieth round, issue 11, branch
i11idclaim30; domain/proposals/received_then.py, counted_harm.py, uploaded.py, a plural in
recorded.py; data ``claim30_received_then``, ``claim30_counted_harm``, ``claim30_uploaded``).

The guidelines: a body saying it received complaints makes a claim, and the article's
narration is a claim when it gives checkable evidence on the disputed point. Shapes the
rules read as context:

- a body confirming it received the complaint, then saying what it will do ("membenarkan
  telah menerima aduan tersebut dan akan memanggil ..."): the receipt is the claim; receipt
  then a step under way ("dan sedang melakukan verifikasi") and a step with no receipt
  ("masih mempelajari laporan tersebut dan akan ...") stay context;
- narration counting people harmed ("Sebanyak 214 siswa ... dilarikan ke puskesmas"); not a
  sentence that only describes the victims ("Sembilan korban meninggal berusia ..."), a
  count with no harm, nor a negated harm;
- narration of material put online ("Akun X mengunggah contoh 500 baris data ..."); not a
  story posted ("mengunggah cerita itu") nor the passive ("video itu diunggah akun ...");
- a record noun repeated as a plural ("Foto-foto ... memperlihatkan") shows as "Foto" does.

Every sentence is invented for this test; none is taken from the benchmark's sets. The
articles are read on the real proposal path (real SQLite), each proposal saved as `enter`
saves it before the next is read."""

from __future__ import annotations

import pytest
from support.proposals import accepted

_LEDE = ("Puluhan orang tua murid SD Negeri 3 Cibeureum menuding pengelola katering sekolah "
         "memasok makanan basi sejak Oktober.")


def _label(db, scheme, sentence: str):
    return accepted(db, scheme, [_LEDE, sentence], "id")[1]


def test_a_receipt_confirmed_then_the_step_to_come_is_a_claim(db, scheme):
    got = _label(db, scheme, "Kepala Ombudsman Jawa Barat, Sri Wahyuni, membenarkan "
                 "lembaganya telah menerima aduan tersebut dan akan memanggil kepala sekolah "
                 "pekan depan.")
    assert got.label == "claim", got.label_reason
    assert "complaints received" in got.label_reason


def test_a_report_confirmed_then_a_plan_is_a_claim(db, scheme):
    got = _label(db, scheme, "Juru bicara Inspektorat, Dadang Hermawan, membenarkan laporan "
                 "itu dan mengatakan Inspektorat akan lebih dulu memeriksa dokumen kontrak.")
    assert got.label == "claim", got.label_reason


def test_a_receipt_then_a_step_under_way_is_left_alone(db, scheme):
    got = _label(db, scheme, "Kepala Dinas Pendidikan, Asep Mulyana, membenarkan pihaknya "
                 "menerima laporan tersebut dan sedang melakukan verifikasi.")
    assert "then the step to come" not in got.label_reason


def test_a_step_with_no_receipt_stays_context(db, scheme):
    got = _label(db, scheme, "Kasat Reskrim Polres Cimahi, AKP Yudi Pratama, mengatakan "
                 "pihaknya masih mempelajari laporan tersebut dan akan memeriksa saksi.")
    assert got.label == "context", got.label_reason


def test_people_counted_and_harmed_are_a_claim(db, scheme):
    got = _label(db, scheme, "Sebanyak 57 siswa dari dua sekolah di Kecamatan Cibeureum "
                 "dilarikan ke puskesmas setelah menyantap nasi kuning dari katering itu.")
    assert got.label == "claim", got.label_reason
    assert "counting people harmed" in got.label_reason


def test_members_counted_who_cannot_withdraw_are_a_claim(db, scheme):
    got = _label(db, scheme, "Sekitar 900 anggota koperasi itu belum bisa menarik simpanan "
                 "mereka sejak Agustus.")
    assert got.label == "claim", got.label_reason


def test_victims_only_described_stay_context(db, scheme):
    got = _label(db, scheme, "Tiga korban tewas berusia antara 9 dan 11 tahun, seluruhnya "
                 "murid kelas empat.")
    assert got.label == "context", got.label_reason


@pytest.mark.parametrize("sentence", [
    "Sebanyak 24 awak kapal kini diperiksa di Pangkalan Bakamla Batam.",
    "Sebanyak 12 guru tidak mengalami gejala apa pun."])
def test_a_count_with_no_harm_or_a_negated_harm_stays_context(db, scheme, sentence):
    got = _label(db, scheme, sentence)
    assert got.label == "context", got.label_reason


def test_material_put_online_is_a_claim(db, scheme):
    got = _label(db, scheme, "Sebuah akun bernama DapurJujur mengunggah video nasi berjamur "
                 "di dapur katering itu pada Selasa malam.")
    assert got.label == "claim", got.label_reason
    assert "put online" in got.label_reason


@pytest.mark.parametrize("sentence", [
    "Ia kemudian mengunggah cerita itu ke media sosial dan dibagikan ribuan kali.",
    "Keluhan itu ramai setelah video tersebut diunggah akun @infocimahi dan ditonton 90 ribu "
    "kali."])
def test_a_story_posted_or_a_passive_upload_stays_context(db, scheme, sentence):
    got = _label(db, scheme, sentence)
    assert got.label == "context", got.label_reason


def test_photos_written_as_a_plural_show_evidence(db, scheme):
    got = _label(db, scheme, "Foto-foto yang diambil seorang guru memperlihatkan nasi "
                 "berwarna kehijauan di dalam kotak makan.")
    assert got.label == "claim", got.label_reason
