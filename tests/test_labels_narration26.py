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


@pytest.mark.parametrize("language, text", [
    ("en", "The county clerk said ballot papers must reach the elections office by noon on "
           "14 March."),
    ("en", "The licensing board said operators must remove the old meters within 60 days of "
           "the notice."),
    ("en", "The league said Harton Athletic have until 9 April to answer the charge."),
    ("id", "Kepala Disdukcapil Kabupaten Alor, Nur Halimah, mengatakan berkas wajib "
           "diserahkan paling lambat 12 Januari."),
    ("id", "Menurut Sekda, pengembang diberi waktu 14 hari untuk melengkapi dokumen "
           "lingkungan."),
])
def test_a_requirement_and_its_deadline_is_context(language, text):
    reading = read_label(text, lexicon(language))
    assert reading.role == "context", reading.reason


@pytest.mark.parametrize("language, text", [
    ("en", "The town council said the plan must be approved by the county before work "
           "starts."),
    ("en", "He said the money must have been taken by 3 March."),
    ("id", "\"Kalau tidak bayar, katanya, barang kami harus ditahan sampai besok,\" kata "
           "Rina."),
])
def test_no_deadline_stays_as_it_was(language, text):
    reading = read_label(text, lexicon(language))
    assert "deadline" not in reading.reason, reading.reason


@pytest.mark.parametrize("language, text", [
    ("en", "The Employment Tribunal heard the appeal of Kestrel Foods against a fine of "
           "£12,000."),
    ("en", "The clinic has stopped taking new patients while the case is heard."),
])
def test_a_tribunal_hearing_a_case_is_no_evidence(language, text):
    reading = read_label(text, lexicon(language))
    assert reading.role == "context", reading.reason


def test_what_neighbours_heard_stays_evidence():
    reading = read_label("Two neighbours heard shouting from the flat before midnight.",
                         lexicon("en"))
    assert reading.role == "supports", reading.reason


@pytest.mark.parametrize("language, text", [
    ("en", "The residents' association will appeal the ruling, according to its chair, "
           "Ann Pryce."),
    ("en", "The council will reopen the library in March, a spokesman said."),
])
def test_a_plan_before_its_speech_verb_is_context(language, text):
    reading = read_label(text, lexicon(language))
    assert reading.role == "context", reading.reason


@pytest.mark.parametrize("language, text", [
    ("en", "The merger will cost 400 jobs, the union said."),
    ("en", "\"We paid so that we would get the right urn back,\" said Tom Hale."),
])
def test_a_things_future_or_a_quotation_is_no_plan_before_the_verb(language, text):
    reading = read_label(text, lexicon(language))
    assert reading.role != "context", reading.reason


@pytest.mark.parametrize("text", [
    "The Food Standards Agency said it had received the council's submission and was "
    "reviewing it.",
    "Cumbria Police said it had received a referral from the hospital trust and was "
    "assessing whether to open an investigation.",
])
def test_a_submission_or_a_referral_received_is_a_claim(text):
    """The guidelines: a body saying it received complaints or reports makes a claim; a
    submission or a referral is one, even with the review under way after it."""
    reading = read_label(text, lexicon("en"))
    assert reading.role == "supports", reading.reason


@pytest.mark.parametrize("text", [
    "Pengendara diimbau menghindari jalur selatan, kata Kasat Lantas Polres Garut, AKP "
    "Dewi Lestari.",
    "\"Warga di bantaran kali kami imbau mengungsi sementara ke balai desa,\" ujar Camat "
    "Suryadi.",
])
def test_an_appeal_in_the_passive_or_a_quotation_is_context(text):
    """"diimbau", "kami imbau": an appeal, context, as "mengimbau" is."""
    reading = read_label(text, lexicon("id"))
    assert reading.role == "context", reading.reason


@pytest.mark.parametrize("text", [
    "\"Jika terbukti menjual di atas harga, kemitraannya bisa kami cabut,\" kata Manajer "
    "Area Dedi Gunawan.",
    "Kepala Dinas Perdagangan, Rudi Hartono, mengatakan pangkalan yang menjual elpiji di "
    "atas HET bisa ditutup.",
])
def test_a_sanction_that_could_follow_is_context(text):
    """A sanction put as what could follow ("bisa kami cabut", "bisa ditutup") is what
    happens next, context, as "dapat dikenai sanksi" is."""
    reading = read_label(text, lexicon("id"))
    assert reading.role == "context", reading.reason


@pytest.mark.parametrize("language, text", [
    ("en", "The ferry company said it had suspended sailings to Arran until repairs to the "
           "ramp are completed."),
    ("en", "The National Trust said it had closed the cliff path until the fallen rocks "
           "can be cleared."),
    ("id", "Pengelola pasar mengatakan kios-kios itu ditutup sementara sampai perbaikan "
           "atap rampung."),
])
def test_a_measure_until_something_is_done_is_context(language, text):
    reading = read_label(text, lexicon(language))
    assert reading.role == "context", reading.reason


@pytest.mark.parametrize("text", [
    "Aduan warga itu masih dalam tahap klarifikasi, ujar Kepala Inspektorat, Yusuf Rahman.",
    "Kuasa hukum Budi, Anton Siregar, mengatakan kliennya belum mendapat surat panggilan "
    "dari kejaksaan.",
])
def test_a_stage_of_procedure_or_a_summons_not_yet_received_is_context(text):
    """"dalam tahap klarifikasi": procedure under way; "belum menerima panggilan": a step
    not yet taken, the state of the procedure, not a fact of the dispute."""
    reading = read_label(text, lexicon("id"))
    assert reading.role == "context", reading.reason
