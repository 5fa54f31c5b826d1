"""The line between claim and context, read as structure (data/guidelines.md, "claim" and
"context"): a reported statement that carries only a frame (no finding yet, the state of a
procedure, the speaker's own contact, a wish) is context even from a named speaker
(domain/proposals/frames.py); the article's own narration is a claim where it gives
checkable evidence, a measurement against a standard or the records it cites
(domain/proposals/measured.py). Every sentence is invented for this test, in both
languages; none is taken from the benchmark's sets."""

from __future__ import annotations

import pytest
from support.proposals import accepted

from annotator.domain.proposals import lexicon, read_label

NAMES = {"alleges": "accusation", "denies": "denial", "supports": "claim", "context": "context"}


def label(sentence: str, language: str) -> str:
    return NAMES[read_label(sentence, lexicon(language)).role]


# --- no finding yet ---------------------------------------------------------------------

@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("The council said the cause of the leak was still unknown.", "en"),
        ("Investigators said it was too early to say what caused the fire.", "en"),
        ("The board said no decision had been made.", "en"),
        ("He said it was unclear whether anyone would be charged.", "en"),
        ("The federation said it had not reached any conclusion on the allegations.", "en"),
        ("The agency said it had not yet reached a conclusion.", "en"),
        ("A fire service spokeswoman said the cause had not yet been determined.", "en"),
        ("Kapolsek mengatakan penyebab kebakaran masih belum diketahui.", "id"),
        ("Ia mengatakan terlalu dini untuk menyimpulkan penyebab kematian korban.", "id"),
        ("Menurut dia, pihaknya belum dapat menyimpulkan apakah ada pelanggaran.", "id"),
        ("Menurut Sekda, belum ada keputusan soal nasib kontrak itu.", "id"),
        ("Kepala dinas menyebut belum jelas kapan tanggul itu diperbaiki.", "id"),
    ],
)
def test_no_finding_yet_is_context(sentence, language):
    assert label(sentence, language) == "context"


# --- the state of a procedure -------------------------------------------------------------

@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("The police said the investigation was ongoing.", "en"),
        ("The regulator said its inquiry remained open.", "en"),
        ("A spokesman said the matter had been handed to prosecutors.", "en"),
        ("Police said they were waiting for the results of the post-mortem.", "en"),
        ("Officials said they were awaiting a report from the inspectors.", "en"),
        ("The agency said test results were expected within two weeks.", "en"),
        ("The hospital said it had set up a team to review the case.", "en"),
        ("Ia menyebut penyelidikan masih berjalan.", "id"),
        ("Kapolres mengatakan berkas perkara itu sudah dilimpahkan ke kejaksaan.", "id"),
        ("Dinas mengatakan hasil uji laboratorium baru keluar pekan depan.", "id"),
        ("Camat mengatakan pihaknya sudah membentuk tim pencari fakta.", "id"),
    ],
)
def test_the_state_of_a_procedure_is_context(sentence, language):
    assert label(sentence, language) == "context"


# --- the speaker's own contact; a wish ----------------------------------------------------

@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("The school said it had written to parents.", "en"),
        ("Councillor Amy Hart said she had spoken with the families on Tuesday.", "en"),
        ("Ia mengaku sudah menghubungi pihak sekolah.", "id"),
        ("Pihak sekolah mengatakan telah menyurati orang tua murid.", "id"),
        ("Ketua RT mengatakan sudah berbicara dengan keluarga korban.", "id"),
        ("She said she wanted answers.", "en"),
        ('"We just want the truth," said Grace Lim, the driver\'s sister.', "en"),
        ('"Kami hanya ingin kejelasan," kata Siti Rohani.', "id"),
    ],
)
def test_the_speakers_own_contact_or_wish_is_context(sentence, language):
    assert label(sentence, language) == "context"


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        # a party's contact with the speaker: complaints received, a claim
        ("The ombudsman said several tenants had contacted it about the heating.", "en"),
        # a frame set against a fact: the fact is the claim
        ("Police said the inquiry was ongoing, but officers had found 12 drums of waste "
         "at the site.", "en"),
        ("Polisi mengatakan penyelidikan masih berjalan, namun petugas menemukan 12 drum "
         "limbah di lokasi.", "id"),
        # a team that finds is no team set up
        ("Tim investigasi menemukan 40 drum limbah di belakang pabrik.", "id"),
        # a possessive noun before a noun is no wish
        ("The chief executive said the home had always met its residents' needs.", "en"),
    ],
)
def test_a_fact_beside_the_frame_stays_a_claim(sentence, language):
    assert label(sentence, language) == "claim"


# --- the speaker's own plan, in the progressive or the present -------------------------

@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("The company said it was planning to open a second plant.", "en"),
        ("The ministry said it is planning a review of the scheme.", "en"),
        ("Officials said they aim to finish the audit by June.", "en"),
        ("Kepala desa mengatakan pihaknya tengah menyiapkan gugatan.", "id"),
        ("Ia menyebut pihaknya sedang berupaya memulihkan dana warga.", "id"),
    ],
)
def test_the_speakers_own_plan_is_context(sentence, language):
    assert label(sentence, language) == "context"


def test_a_things_future_is_a_prediction_not_a_plan():
    assert label("The farmers' union said the new rules were set to cost growers $2 billion "
                 "a year.", "en") == "claim"


# --- a wrong named only as what a frame is about ----------------------------------------

@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("The council said it would look into claims of bribery.", "en"),
        ("Prosecutors said the investigation into the embezzlement was ongoing.", "en"),
        ("Warga mengaku kaget dengan dugaan korupsi dana desa itu.", "id"),
        ("Ia mengatakan berkas kasus pencabulan itu sudah dilimpahkan ke kejaksaan.", "id"),
    ],
)
def test_a_wrong_named_as_a_frames_topic_is_context(sentence, language):
    assert label(sentence, language) == "context"


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        # the wrong stated, not named as a topic: an accusation
        ("The union said managers had committed fraud and the investigation was ongoing.",
         "en"),
        ("Warga menyebut kepala desa melakukan korupsi dana desa.", "id"),
    ],
)
def test_a_wrong_stated_stays_an_accusation(sentence, language):
    assert label(sentence, language) == "accusation"


# --- narration giving checkable evidence ------------------------------------------------

@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Levels of ammonia downstream were four times above the legal limit.", "en"),
        ("Nitrate readings exceeded the national safety threshold at six of the eight "
         "sites.", "en"),
        ("Water samples taken downstream contained 12 times the permitted level of "
         "mercury.", "en"),
        ("Figures obtained by the newspaper put the number of missed inspections at 212.",
         "en"),
        ("Kadar amonia di hilir sungai tercatat empat kali di atas baku mutu.", "id"),
        ("Air sumur warga mengandung bakteri E. coli melebihi batas aman.", "id"),
        ("Tercatat, 212 kebocoran terjadi di lokasi itu sepanjang 2025.", "id"),
        ("Berdasarkan catatan rumah sakit, 14 pasien meninggal pada Juni.", "id"),
        ("Berdasarkan hasil audit BPK, dana sebesar Rp 4 miliar tidak dapat "
         "dipertanggungjawabkan.", "id"),
    ],
)
def test_narration_with_checkable_evidence_is_a_claim(sentence, language):
    assert label(sentence, language) == "claim"


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        # a rule or a possibility, not what was measured
        ("Under the act, discharges above the permitted limit can bring fines of up to "
         "$50,000.", "en"),
        ("Berdasarkan undang-undang, limbah yang melebihi baku mutu dapat dikenai denda.",
         "id"),
        ("If readings exceed the safety threshold, the plant must close.", "en"),
        # a dispute over a standard, a first time: nothing measured against it
        ("The dispute over the safety standards began in 2019.", "en"),
        ("Untuk pertama kali batas waktu pendaftaran diperpanjang.", "id"),
        # background that measures nothing against a standard
        ("The plant employs about 900 people and opened in 1998.", "en"),
        ("Pabrik itu mempekerjakan sekitar 900 orang dan beroperasi sejak 1998.", "id"),
    ],
)
def test_a_rule_or_background_stays_context(sentence, language):
    assert label(sentence, language) == "context"


# --- a short article, as `enter` reads it -------------------------------------------------

def test_an_article_keeps_the_frame_apart_from_the_finding(db, scheme):
    got = accepted(db, scheme, [
        "Residents of Millbrook have accused Eastfield Chemicals of dumping solvents into "
        "the river.",
        "Tests of water taken below the plant's outfall were five times above the legal "
        "limit.",
        "Environment officer Paul Grant said the investigation was ongoing.",
        "Grant said it was too early to say who was responsible.",
    ], "en")
    assert [p.label for p in got[1:]] == ["claim", "context", "context"]


def test_artikel_memisahkan_kerangka_dari_temuan(db, scheme):
    got = accepted(db, scheme, [
        "Warga Desa Sukamaju menuding PT Kimia Timur membuang limbah ke sungai.",
        "Hasil uji air di hilir pabrik tercatat lima kali di atas baku mutu.",
        "Kepala Dinas Lingkungan Hidup, Bambang Sutrisno, mengatakan penyelidikan masih "
        "berjalan.",
        "Menurut Bambang, pihaknya belum dapat menyimpulkan siapa yang bertanggung jawab.",
    ], "id")
    assert [p.label for p in got[1:]] == ["claim", "context", "context"]


# --- sourcing: a speech word used as a noun ---------------------------------------------

@pytest.mark.parametrize(
    "sentence",
    [
        "Reuters was unable to verify the claims independently.",
        "The claims could not be verified by AP.",
        "Their statements could not be checked independently.",
    ],
)
def test_a_speech_word_after_a_determiner_is_a_noun_not_a_speaker(sentence):
    assert label(sentence, "en") == "context"


# --- what a procedure found decides over the procedure ------------------------------------

@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Inspectors said they had taken samples from 12 wells and found lead in nine of "
         "them.", "en"),
        ("The school said it had searched the lockers and found nothing.", "en"),
        ("Petugas mengatakan telah mengambil sampel dari 12 sumur dan menemukan timbal di "
         "sembilan sumur.", "id"),
        ("Kepala sekolah mengaku sudah menggeledah loker siswa dan tidak menemukan apa pun.",
         "id"),
    ],
)
def test_what_a_procedure_found_is_a_claim(sentence, language):
    assert label(sentence, language) == "claim"


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        # enforcement against people counted, not named: context, nothing found after it
        ("Police said 31 people were arrested during the protest.", "en"),
        ("Polisi mengatakan 31 orang diamankan dalam aksi itu.", "id"),
        ("The regulator said it was investigating and had set up a hotline.", "en"),
    ],
)
def test_procedure_with_nothing_found_stays_context(sentence, language):
    assert label(sentence, language) == "context"


# --- a prediction is a claim, a plan is context -------------------------------------------

@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("The union said it would be impossible for drivers to meet the new targets.", "en"),
        ("The council said it would cost £4m to repair the bridge.", "en"),
        ("She said she would have been paid £200 less under the new contract.", "en"),
        ("Ia mengatakan laba perusahaan akan turun sepertiga tahun ini.", "id"),
    ],
)
def test_a_modal_that_predicts_is_a_claim(sentence, language):
    assert label(sentence, language) == "claim"


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("The school said it would be reviewing its policies.", "en"),
        ("The union said it would take legal action.", "en"),
        ("Perusahaan menyatakan akan menyelidiki keluhan tersebut.", "id"),
    ],
)
def test_a_modal_that_plans_stays_context(sentence, language):
    assert label(sentence, language) == "context"


# --- a feeling beside a fact -------------------------------------------------------------

@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("He said they were worried because the clinic had closed twice in a month.", "en"),
        ("The mayor said residents were happy with the new bus routes, citing a survey of "
         "800 people.", "en"),
        ("Warga mengaku resah karena klinik itu dua kali tutup dalam sebulan.", "id"),
        ("Kepala desa mengatakan warga senang dengan jalan baru itu, merujuk survei "
         "terhadap 800 orang.", "id"),
    ],
)
def test_a_feeling_beside_a_fact_is_a_claim(sentence, language):
    assert label(sentence, language) == "claim"


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("The mayor said she was deeply saddened by the news.", "en"),
        ("Residents said they were worried after reading the message.", "en"),
        ("Sejumlah warga mengaku enggan keluar rumah setelah mendengar kabar itu.", "id"),
        ("Budi mengaku kecewa dengan keputusan tersebut.", "id"),
    ],
)
def test_a_feeling_alone_or_with_its_occasion_stays_context(sentence, language):
    assert label(sentence, language) == "context"


# --- "showed" is evidence only where something checkable shows ---------------------------

@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        ("The defendant showed no emotion during the hearing.", "en", "context"),
        ("Ia menunjukkan sikap kooperatif selama pemeriksaan.", "id", "context"),
        ("The inspection showed cracks in two of the beams.", "en", "claim"),
        ("Pemeriksaan menunjukkan retakan di dua balok.", "id", "claim"),
        ("The auditor showed the committee invoices for 14 unbuilt classrooms.", "en", "claim"),
        ("Warga menunjukkan foto busa putih di permukaan sungai.", "id", "claim"),
    ],
)
def test_showed_is_evidence_only_where_something_checkable_shows(sentence, language,
                                                                 expected):
    assert label(sentence, language) == expected


# --- a wrong whose doer is anyone at all charges nobody -----------------------------------

@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ('"Kami akan tindak tegas siapa pun yang terbukti korupsi," ujar Bupati.', "id"),
        ("The mayor said the council would punish anyone who had taken bribes.", "en"),
    ],
)
def test_a_wrong_by_anyone_at_all_is_context(sentence, language):
    assert label(sentence, language) == "context"


def test_a_wrong_by_a_named_doer_stays_an_accusation():
    assert label("The mayor said two council officers had taken bribes.", "en") == "accusation"


# --- whole articles: every frame context, every piece of evidence a claim -----------------

QUARRY = [
    "Residents of Harlow Green have accused Marston Quarries of blasting outside permitted "
    "hours and cracking the walls of their homes.",
    "The residents' association said 46 households had reported new cracks since the quarry "
    "extended its working day in April.",
    "Noise readings taken by the council on 14 May were eight decibels above the limit set "
    "in the quarry's licence.",
    "Marston Quarries denied breaking the terms of its licence.",
    "Cobb said the company was planning to install a second vibration monitor in the "
    "village.",
    "The council said its investigation into the complaints was ongoing.",
    "A council spokesman said it was too early to say whether the licence had been "
    "breached.",
    "The association's chair, Tom Reyes, said he had written to the local MP twice.",
    '"We just want to sleep at night," Reyes said.',
    "The quarry employs 210 people and has operated on the site since 1978.",
]

SUNGAI = [
    "Warga Desa Sukajaya menuding PT Tirta Mulia mencemari Sungai Cibeet dengan limbah "
    "pabrik tekstil.",
    "Hasil uji laboratorium Dinas Lingkungan Hidup menunjukkan kadar amonia di hilir pabrik "
    "enam kali di atas baku mutu.",
    "Kepala desa, Asep Saepudin, mengatakan 120 warga mengeluhkan gatal-gatal sejak awal "
    "Maret.",
    "Manajer humas PT Tirta Mulia, Rina Kartika, membantah tudingan itu.",
    "Ia mengatakan pihaknya tengah menyiapkan uji pembanding di laboratorium independen.",
    "Kepala Dinas Lingkungan Hidup, Bambang Wijaya, mengatakan penyelidikan masih berjalan.",
    "Menurut Bambang, pihaknya belum dapat menyimpulkan sumber pencemaran itu.",
    "Asep mengaku sudah menghubungi DPRD kabupaten.",
    '"Kami hanya ingin sungai kami bersih lagi," kata Asep.',
    "PT Tirta Mulia mempekerjakan sekitar 1.500 orang dan beroperasi sejak 1995.",
]

ARTICLE_LABELS = ["accusation", "claim", "claim", "denial", "context", "context", "context",
                  "context", "context", "context"]


@pytest.mark.parametrize(("sentences", "language"), [(QUARRY, "en"), (SUNGAI, "id")])
def test_a_whole_article_reads_frames_as_context_and_evidence_as_claims(db, scheme, sentences,
                                                                       language):
    assert [p.label for p in accepted(db, scheme, sentences, language)] == ARTICLE_LABELS


# --- an announcement of a fact is a claim, of a decision context --------------------------

@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        ("The ministry announced that 40 people had died in the floods.", "en", "claim"),
        ("Police announced the death toll had risen to 12.", "en", "claim"),
        ("Kementerian mengumumkan 40 orang meninggal akibat banjir.", "id", "claim"),
        ("The company announced the merger on Monday.", "en", "context"),
        ("The trust announced that the ward would close in March.", "en", "context"),
        ("PT Sinar Jaya mengumumkan pemutusan hubungan kerja terhadap 300 karyawan.", "id",
         "context"),
    ],
)
def test_an_announced_fact_is_a_claim_an_announced_decision_context(sentence, language,
                                                                    expected):
    assert label(sentence, language) == expected


# --- the speaker's own future, and a commitment after any subject -------------------------

@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        ('"Kalau ada pegawai yang terbukti curang, izinnya akan kami cabut," ujar Kepala '
         'Dinas.', "id", "context"),
        ('"If any steward broke the rules, we will end his contract," the chairman said.',
         "en", "context"),
        ("Juru bicara itu menyebut sekolah siap menyerahkan rekaman kamera kepada polisi.",
         "id", "context"),
        ("The spokeswoman said the trust was ready to publish the full report.", "en",
         "context"),
        # a fact first, the plan added after it: the fact is the sentence's
        ('"We have paid every supplier in full and we will publish the invoices," the '
         'director said.', "en", "claim"),
        ('"We will be bankrupt by Christmas," he said.', "en", "claim"),
    ],
)
def test_the_speakers_own_future_opening_the_sentence_is_context(sentence, language,
                                                                 expected):
    assert label(sentence, language) == expected
