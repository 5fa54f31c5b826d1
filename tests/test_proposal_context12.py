"""The article's own narration giving checkable evidence on the disputed point is a claim
(data/guidelines.md, "claim": "what was shipped, seen, counted, found or done, with figures,
places or documents"), read from the sentence's structure: a record, a sample, an image or a
document as the sentence's subject, then a verb of showing, listing, recording or containing
however long the subject's description runs ("Water samples taken at the outflow on 3 March
contained ...", "Foto yang diambil warga pada 10 Maret memperlihatkan ...");
domain/proposals/recorded.py. Every sentence is invented for this test, in both languages;
none is taken from the benchmark's sets."""

from __future__ import annotations

import pytest
from support.proposals import accepted

from annotator.domain.proposals import lexicon, read_label

NAMES = {"alleges": "accusation", "denies": "denial", "supports": "claim", "context": "context"}


def label(sentence: str, language: str) -> str:
    return NAMES[read_label(sentence, lexicon(language)).role]


# --- a record as the subject, a verb of showing after its description ---------------------

@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Water samples from three wells downstream of the mine contained 0.8 milligrams of "
         "mercury per litre.", "en"),
        ("Figures from the port authority show the tanker docked at Vostochny twice in June.",
         "en"),
        ("The ship's logbook for the voyage lists no stop between Busan and Nakhodka.", "en"),
        ("CCTV footage from the night of the fire shows two men carrying cans into the "
         "warehouse.", "en"),
        ("Photographs from the village's own WhatsApp group show foam piling up below the "
         "factory's pipe.", "en"),
        ("Payroll records for the three months to March list 212 workers at the site.", "en"),
        ("Bank statements filed with the court in the divorce case record three transfers to "
         "the deputy's account in May.", "en"),
        ("The vessel's tracking data for the whole of June records its transponder switched "
         "off for 19 hours.", "en"),
        ("Blood tests on the four children from Harrow Lane put their lead levels at twice "
         "the national average.", "en"),
        ("Sampel air yang diambil di hilir pabrik pada 3 Maret mengandung merkuri 0,8 mg/l.",
         "id"),
        ("Foto yang diambil warga pada 10 Maret memperlihatkan busa putih di bawah pipa "
         "pabrik.", "id"),
        ("Dokumen anggaran desa tahun 2022 mencantumkan pembangunan jalan sepanjang 1,2 "
         "kilometer.", "id"),
        ("Rekaman CCTV dari malam kejadian memperlihatkan dua orang membawa jeriken ke "
         "gudang.", "id"),
        ("Salinan kontrak pengadaan itu memuat nilai proyek Rp 4,2 miliar.", "id"),
        ("Buku kas sekolah untuk tahun ajaran itu berisi pungutan Rp 150.000 dari setiap "
         "siswa baru.", "id"),
        ("Manifes kapal untuk pelayaran itu memuat 40 kontainer batu bara.", "id"),
        ("Mutasi rekening bendahara desa berisi tiga penarikan tunai pada Desember 2022.",
         "id"),
        ("Catatan pelayaran kapal itu tidak mencantumkan persinggahan di Nakhodka.", "id"),
    ],
)
def test_a_record_that_shows_as_the_subject_is_a_claim(sentence, language):
    assert label(sentence, language) == "claim"


# --- a schedule reported by a speaker: when and where an event is held --------------------

@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Organisers said the festival would go ahead as planned.", "en"),
        ("The federation said the final takes place in Doha on 18 December.", "en"),
        ("A club spokesman said the match was moved to Sunday afternoon.", "en"),
        ("The council said the public consultation opens on 2 May and closes in June.", "en"),
        ("The commission said the recount starts on Monday at the district office.", "en"),
        ("Police said the funeral was held at a mosque in Bradford on Friday.", "en"),
        ("Menurut Sekda, rapat koordinasi digelar di kantor bupati pada Selasa.", "id"),
        ("Kepala dinas mengatakan pertemuan dengan warga digelar Rabu malam di balai desa.",
         "id"),
        ("Bupati mengatakan pembangunan jembatan itu dimulai tahun depan.", "id"),
        ("Ketua panitia mengatakan pendaftaran dibuka hingga 15 Mei.", "id"),
        ("Panitia memastikan jadwal pertandingan final pada 3 Juni tidak berubah.", "id"),
        ("Menurut panitia, upacara pemakaman dilaksanakan di Solo pada Jumat.", "id"),
        ("Juru bicara KPU mengatakan debat kedua diundur ke pekan depan.", "id"),
    ],
)
def test_a_schedule_reported_by_a_speaker_is_context(sentence, language):
    assert label(sentence, language) == "context"


# --- narration of the event itself: what was counted, on a day the story dates ------------

@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Eleven children were taken to hospital with stomach cramps on Tuesday afternoon.",
         "en"),
        ("About 300 dead fish washed up along a two-kilometre stretch of the bank last week.",
         "en"),
        ("The tanker unloaded 40,000 tonnes of diesel at the port on 14 June.", "en"),
        ("Two of the dam's spillway gates failed to open on Sunday night.", "en"),
        ("By Thursday, cracks had appeared in the walls of 27 houses in the street.", "en"),
        ("Sebanyak 46 siswa dilarikan ke puskesmas setelah makan siang di sekolah pada Rabu.",
         "id"),
        ("Hingga Jumat, 12 pasien masih dirawat di RSUD Kota Bekasi.", "id"),
        ("Ratusan ikan mati mengapung di hilir sungai pada Senin pagi.", "id"),
        ("Kapal itu membongkar 3.000 ton solar di dermaga pada 14 Juni.", "id"),
        ("Tiga rumah di RT 04 retak setelah ledakan di tambang pada Sabtu malam.", "id"),
    ],
)
def test_an_event_counted_on_a_day_the_story_dates_is_a_claim(sentence, language):
    assert label(sentence, language) == "claim"


# --- in its article: a counted event is a claim only where it bears on the allegation -----

KANTIN = [
    "Ikatan Orang Tua Murid menuding pengelola kantin SD Negeri 3 Cibinong menjual nasi "
    "basi kepada siswa.",
    "Sebanyak 46 siswa dilarikan ke puskesmas setelah makan siang di kantin pada Rabu.",
    "Hujan deras mengguyur kawasan Puncak selama empat jam pada Rabu sore.",
]
FERRY = [
    "Passengers' groups have accused Bluewater Ferries of overloading its night crossing "
    "to Harwick.",
    "Thirty-one passengers on the night crossing were treated for hypothermia on Sunday.",
    "About 2,000 runners took part in the town's half marathon on Sunday morning.",
]
COUNTED_LABELS = ["accusation", "claim", "context"]


@pytest.mark.parametrize(("sentences", "language"), [(KANTIN, "id"), (FERRY, "en")])
def test_a_counted_event_is_a_claim_where_it_shares_the_allegations_words(
        db, scheme, sentences, language):
    assert [p.label for p in accepted(db, scheme, sentences, language)] == COUNTED_LABELS


def test_a_counted_event_before_any_allegation_is_context(db, scheme):
    article = ["Banjir merendam 120 rumah di Kecamatan Baleendah pada Senin malam.",
               "Warga menuding PT Tirta Jaya menimbun sungai untuk memperluas gudangnya.",
               "Sebanyak 120 rumah warga di tepi sungai itu terendam pada Senin malam."]
    assert [p.label for p in accepted(db, scheme, article, "id")] == [
        "context", "accusation", "claim"]


# --- what a rule says in general, attributed to the rule -----------------------------------

@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("According to the federation's rules, every runner must pass each timing mat on "
         "the course.", "en"),
        ("The highway code says drivers must not use a handheld phone while driving.", "en"),
        ("Under the club's licence, the stadium must close its gates at 11pm, the council "
         "said.", "en"),
        ("The company's own safety policy says workers must wear a harness inside the tank.",
         "en"),
        ("Menurut peraturan daerah itu, setiap pabrik wajib mengolah limbahnya sebelum "
         "dibuang ke sungai.", "id"),
        ("Menurut Permenkes Nomor 4 Tahun 2019, rumah sakit wajib menyimpan rekam medis "
         "pasien selama lima tahun.", "id"),
        ("Aturan itu menyebutkan kapal penangkap ikan dilarang beroperasi di zona "
         "konservasi.", "id"),
        ("Berdasarkan pedoman Kemenkes, vaksin harus disimpan pada suhu 2 hingga 8 derajat "
         "Celsius, kata dokter itu.", "id"),
    ],
)
def test_what_a_rule_says_in_general_is_context(sentence, language):
    assert label(sentence, language) == "context"


# --- procedure stated by a named speaker: the matter reviewed, handled, who met whom -------

@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("The board said it had reviewed the case at a meeting in March.", "en"),
        ("The federation said its integrity unit had examined the footage.", "en"),
        ("The trust said an independent review of the ward had been commissioned.", "en"),
        ("The spokesman said the board had discussed the report at its meeting on Thursday.",
         "en"),
        ("The school said the matter was now in the hands of the education authority.", "en"),
        ("A police spokeswoman said the complaint was being dealt with by the local CID.",
         "en"),
        ("The mayor said he had met the families on Sunday.", "en"),
        ("She said she met the head teacher twice last week.", "en"),
        ("Polisi mengatakan kasus itu kini ditangani Satreskrim Polres Bogor.", "id"),
        ("Kepala sekolah mengatakan komite sekolah sudah membahas masalah itu dalam rapat "
         "pekan lalu.", "id"),
        ("Dinas mengatakan pihaknya telah mengkaji laporan warga tersebut.", "id"),
        ("Menurut Camat, laporan itu sudah diambil alih oleh Inspektorat Kabupaten.", "id"),
        ("Sekda mengatakan tim anggaran sedang meninjau ulang dokumen pengadaan itu.", "id"),
    ],
)
def test_procedure_stated_by_a_named_speaker_is_context(sentence, language):
    assert label(sentence, language) == "context"


# --- narration of what was seen, heard or filmed: evidence, a claim ------------------------

@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Two neighbours saw the truck pull up at the river bank at about 2 a.m.", "en"),
        ("A security guard watched the men load the drums into a white van.", "en"),
        ("Residents heard three explosions from the quarry shortly before midnight.", "en"),
        ("The ship was photographed by a Japanese patrol plane alongside a North Korean "
         "tanker.", "en"),
        ("The same van was spotted near the depot on two other nights.", "en"),
        ("Dua warga melihat truk itu berhenti di tepi sungai sekitar pukul 02.00.", "id"),
        ("Seorang penjaga malam menyaksikan tiga orang mengangkut drum ke sebuah mobil bak.",
         "id"),
        ("Kapal itu dipotret pesawat patroli Jepang saat bersandar di Vostochny pada Juni.",
         "id"),
        ("Mobil yang sama terlihat di dekat gudang pada dua malam lainnya.", "id"),
        ("Kapal tanker itu tertangkap kamera patroli sedang bersandar di samping kapal Korea "
         "Utara.", "id"),
    ],
)
def test_what_was_seen_heard_or_filmed_is_a_claim(sentence, language):
    assert label(sentence, language) == "claim"


# --- a plan of the party the speaker speaks for ("his client would ...") -------------------

@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("The lawyer said his client would answer the charges in court.", "en"),
        ("Her solicitor said his client will contest the fine.", "en"),
        ("Kuasa hukum perusahaan mengatakan kliennya akan kooperatif.", "id"),
        ("Pengacara itu mengatakan kliennya akan memenuhi panggilan penyidik.", "id"),
        ("Kuasa hukum Suparman mengatakan kliennya bakal menjawab semua tuduhan di "
         "persidangan.", "id"),
    ],
)
def test_a_plan_of_the_party_the_speaker_speaks_for_is_context(sentence, language):
    assert label(sentence, language) == "context"


# --- a meeting dated against the disputed event is a timeline, not a schedule --------------
# (guards: these were claims before this round; they keep scheduled.py from taking them)

@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Ia mengatakan rapat dengan kontraktor digelar sebelum tender dibuka.", "id"),
        ("He said the meeting with the contractor took place two days before the tender "
         "opened.", "en"),
    ],
)
def test_a_meeting_dated_against_the_disputed_event_is_a_claim(sentence, language):
    assert label(sentence, language) == "claim"


# --- procedure, then a second reported fact: the fact decides -----------------------------

@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("The agency said its inspectors had taken samples from six wells and that four "
         "contained arsenic.", "en"),
        ("The ministry said it was aware of the reports and that 14 workers had been "
         "treated.", "en"),
        ("Police said the case had been passed to prosecutors and that the driver had been "
         "awake for 20 hours.", "en"),
        ("Dinas mengatakan petugas sudah mengambil sampel air dari enam sumur warga dan "
         "empat di antaranya tercemar.", "id"),
        ("Kapolres mengatakan pihaknya telah memeriksa sopir bus itu dan bahwa sopir itu "
         "sudah bekerja 20 jam.", "id"),
    ],
)
def test_procedure_then_a_second_reported_fact_is_a_claim(sentence, language):
    assert label(sentence, language) == "claim"


# --- a complaint or a suit only planned is a plan, not a filing ----------------------------

@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Ketua paguyuban mengatakan warga akan melapor ke Ombudsman pekan depan.", "id"),
        ("Warga berencana melaporkan kasus itu ke Ombudsman.", "id"),
        ("Orang tua siswa berencana menggugat sekolah itu ke pengadilan.", "id"),
        ("The families are expected to report the care home to the regulator this week.",
         "en"),
        ("The parents plan to report the school to the education ombudsman.", "en"),
        ("The union said it was preparing to sue the company.", "en"),
    ],
)
def test_a_complaint_only_planned_is_context(sentence, language):
    assert label(sentence, language) == "context"
