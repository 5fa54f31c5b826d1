"""The twenty-sixth round's labels, claim or context (branch i11narr26).

Reported speech that only gives procedure under way, a body's plan or a schedule is
context by the guidelines even from a named speaker ("Promises, plans ... and procedure
... are context"; "dates, places, who met whom, schedules, what happens next"):

- checking under way (underway.py): an aspect word right before a verb of checking,
  assessing or seeking advice ("penyidik sedang menelusuri", "inspectors are now
  assessing", "was seeking legal advice", "a report was being prepared");
- a body's plan (plan_bodies.py): a local government's short form or an organisation's
  head noun with "-nya" as the subject of "akan" ("pemkot akan ...", "timnya akan ...");
- a schedule whose speech verb trails it (scheduled.py): "Applications open on ... and
  close ..., the clerk said", "masa pendaftaran berlangsung ...".

What stays a claim: a bare passive of what was done ("was checked by the officer"), a
thing's future ("harganya akan naik"), an event dated against another ("took place two
days before the contract was signed").

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

import pytest
from support.proposals import accepted

from annotator.domain.proposals.lexicon import lexicon
from annotator.domain.proposals.reading import read_label


@pytest.mark.parametrize("language, text", [
    ("id", "Kapolsek Tanjung Batu, Iptu Rahmat Saleh, mengatakan penyidik sedang menelusuri "
           "rekening milik kedua pelaku."),
    ("id", "Kepala Dinas Perikanan, Sri Wahyuni, menyebut petugas masih mencocokkan data "
           "tangkapan dengan laporan nelayan."),
    ("id", "Menurut Yohanes, laporan warga itu tengah diverifikasi oleh tim inspektorat."),
    ("en", "Inspectors are now assessing whether the footbridge can reopen, a county "
           "spokesperson said."),
    ("en", "Marlow Rail said it was seeking legal advice on the franchise terms."),
    ("en", "The harbour board confirmed that a survey of the pier was being prepared."),
])
def test_checking_under_way_is_context(language, text):
    reading = read_label(text, lexicon(language))
    assert reading.role == "context", reading.reason


@pytest.mark.parametrize("language, text", [
    ("id", "Sekda Kabupaten Lembata, Markus Wutun, menyebut pemkab akan membuka dua posko "
           "kesehatan di pesisir."),
    ("id", "Andi menambahkan, pemkot akan menggandeng perguruan tinggi untuk mendampingi "
           "pelaku UMKM."),
    ("id", "Pelatih Yusuf Hamdani mengatakan timnya akan mengajukan keberatan ke komisi "
           "disiplin."),
])
def test_a_bodys_plan_is_context(language, text):
    reading = read_label(text, lexicon(language))
    assert reading.role == "context", reading.reason


@pytest.mark.parametrize("language, text", [
    ("en", "Applications open on 2 February and close at noon on 20 February, the parish "
           "clerk, Dawn Ellery, said."),
    ("id", "Kepala Kantor Imigrasi, Roni Sitepu, mengatakan masa pendaftaran paspor haji "
           "berlangsung selama dua pekan mulai 5 Januari."),
])
def test_a_schedule_is_context(language, text):
    reading = read_label(text, lexicon(language))
    assert reading.role == "context", reading.reason


@pytest.mark.parametrize("language, text", [
    ("en", "\"Every crate that left the depot was checked by the harbour officer,\" he said."),
    ("id", "Budi mengatakan harganya akan naik bulan depan."),
    ("en", "The meeting took place two days before the contract was signed, the auditor "
           "said."),
])
def test_what_stays_a_claim(language, text):
    reading = read_label(text, lexicon(language))
    assert reading.role != "context", reading.reason


def test_checking_under_way_as_enter_saves_it(db, scheme):
    got = accepted(db, scheme, [
        "Warga Desa Sukaraya melaporkan PT Sinar Tambang Abadi ke Polres Karawang atas "
        "dugaan pencemaran sungai.",
        "Kasat Reskrim Polres Karawang, AKP Dedi Kurnia, mengatakan penyidik sedang "
        "menelusuri izin pembuangan limbah perusahaan itu.",
    ], "id")
    assert got[1].label == "context", got[1].label_reason
