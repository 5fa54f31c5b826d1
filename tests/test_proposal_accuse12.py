"""An accusation told without an accusing verb, read from who does what to whose (twelfth
round, taken.py and deeds.py; data/guidelines.md, accusation: "naming the act is enough",
enforcement naming a party with a stated violation). Every sentence is invented from the
guidelines' classes, in both languages; none is taken from a benchmark set. The sentences
marked "(written first)" are from tests/accuse12_own.py, written before any rule; the others
were written with the rules, in other words, to check the rule and not the sentence."""

from __future__ import annotations

import pytest
from support.proposals import proposals


def label(db, scheme, sentences, language: str) -> str:
    lines = [sentences] if isinstance(sentences, str) else sentences
    return proposals(db, scheme, lines, language)[-1].label


# what belongs to others taken, cut, destroyed; people hurt or confined (taken.py)
TAKEN_EN = [
    # (written first)
    "Parents said the headteacher had taken money from the school trip fund.",
    "\"They took our land and never paid us a cent,\" said farmer Joseph Mwangi.",
    "The farmers said the company bulldozed their crops without warning.",
    "The families said the home's staff had locked residents in their rooms at night.",
    # written with the rule
    "Villagers say soldiers burned their homes and seized their cattle.",
    "\"The landlord cut off our water in the middle of winter,\" said tenant Grace Obi.",
    "The cleaners said their wages had been slashed by the new owners.",
    "The club's treasurer took £12,000 from the youth fund, members said.",
    "Witnesses said the guards kicked the prisoners as they lay on the ground.",
]

TAKEN_ID = [
    # (written first)
    "Menurut warga, kepala desa memotong dana bansos sebesar Rp 100.000 per keluarga.",
    "\"Mereka merampas tanah kami tanpa ganti rugi,\" kata Sumarni, warga Desa Kedungrejo.",
    "Petani mengatakan perusahaan sawit itu menggusur kebun mereka tanpa pemberitahuan.",
    "Buruh mengatakan upah mereka dipotong tanpa alasan oleh mandor.",
    "Siswa mengaku dipukul oleh guru olahraga karena terlambat.",
    # written with the rule
    "Warga mengatakan alat berat perusahaan meratakan makam leluhur mereka.",
    "Warga menuturkan rumah mereka dibongkar oleh petugas Satpol PP tanpa surat perintah.",
    "Menurut para guru honorer, kepala dinas memangkas insentif mereka sejak Januari.",
    "Pedagang mengatakan preman pasar mengambil uang Rp 20.000 dari setiap lapak.",
    "Santri itu mengaku dikurung oleh pengasuh pondok selama dua hari.",
]


@pytest.mark.parametrize("sentence", TAKEN_EN)
def test_what_belongs_to_others_taken_is_an_accusation_in_english(db, scheme, sentence):
    assert label(db, scheme, sentence, "en") == "accusation"


@pytest.mark.parametrize("sentence", TAKEN_ID)
def test_what_belongs_to_others_taken_is_an_accusation_in_indonesian(db, scheme, sentence):
    assert label(db, scheme, sentence, "id") == "accusation"


# people punished for exercising a right: the punishment is the wrong, counted people too
@pytest.mark.parametrize("sentence,language", [
    ("Twelve workers were fired for joining the union, the union said.", "en"),  # first
    ("Sebanyak 12 buruh dipecat karena bergabung dengan serikat pekerja, kata Ketua SPSI "
     "Andi Wijaya.", "id"),  # (written first)
    ("Two nurses were suspended after raising concerns about staffing, the union said.",
     "en"),
    ("Tiga guru honorer diberhentikan setelah memprotes pemotongan gaji, kata pengurus "
     "PGRI.", "id"),
])
def test_people_punished_for_a_right_exercised_is_an_accusation(db, scheme, sentence,
                                                                 language):
    assert label(db, scheme, sentence, language) == "accusation"


# money paid for what a relative clause says was never done; a negation that describes
@pytest.mark.parametrize("sentence,language", [
    ("The audit found that the mayor's office paid £300,000 to a firm that did no work.",
     "en"),  # (written first)
    ("Laporan BPK menemukan Dinas PUPR membayar proyek jalan yang tidak pernah "
     "dikerjakan.", "id"),  # (written first)
    ("Auditors said the council paid a supplier for laptops that were never delivered.",
     "en"),
    ("Menurut Inspektorat, bendahara desa mencairkan dana untuk kegiatan yang tidak "
     "pernah dilaksanakan.", "id"),
])
def test_paid_for_what_was_never_done_is_an_accusation(db, scheme, sentence, language):
    assert label(db, scheme, sentence, language) == "accusation"


# where procedure ends and a finding begins; a finding's "it" is the party found
@pytest.mark.parametrize("sentence,language", [
    ("Harwick Lending faces a £3 million fine after the regulator found it had misled "
     "borrowers.", "en"),  # (written first)
    ("The inquiry heard that guards at the centre routinely beat detainees.", "en"),
    ("The review concluded they had falsified the safety logs for two years.", "en"),
    ("Hasil pemeriksaan Inspektorat menemukan kepala sekolah menggelapkan dana BOS.", "id"),
])
def test_a_finding_after_procedure_states_the_wrong(db, scheme, sentence, language):
    assert label(db, scheme, sentence, language) == "accusation"


# enforcement: a remedy ordered names a party; a wrong manner; a finding body's noun
@pytest.mark.parametrize("sentence,language", [
    ("Regulators ordered Harwick Lending to repay £3 million it had overcharged "
     "borrowers.", "en"),  # (written first)
    ("The tribunal found that Brightway had unfairly dismissed the two drivers.", "en"),
    ("Ombudsman menyatakan Dinas Kependudukan melakukan maladministrasi dalam penerbitan "
     "KTP.", "id"),  # (written first)
    ("The ombudsman ordered the council to compensate the family for the delays.", "en"),
    ("OJK memerintahkan PT Dana Cepat mengembalikan bunga yang dipungut dari nasabah.",
     "id"),
    ("The employment tribunal ruled that Marlow Homes had wrongfully sacked its caretaker.",
     "en"),
])
def test_enforcement_and_a_wrong_manner_are_accusations(db, scheme, sentence, language):
    assert label(db, scheme, sentence, language) == "accusation"


# frames: no consent, money into one's own account, illicit goods traded
@pytest.mark.parametrize("sentence,language", [
    ("Warga menuturkan aparat desa menjual tanah kas desa kepada pengembang tanpa "
     "musyawarah.", "id"),  # (written first)
    ("Dalam dakwaan, jaksa menyebut terdakwa mengalirkan dana hibah ke rekening "
     "pribadinya.", "id"),  # (written first)
    ("At a hearing on Tuesday, prosecutors said the treasurer moved the money into his "
     "own account over three years.", "en"),  # (written first)
    ("Keduanya terancam hukuman lima tahun penjara karena memalsukan dokumen kapal.",
     "id"),  # (written first)
    ("Residents said the developer fenced off the common land without their consent.",
     "en"),
    ("Police said the pharmacy supplied counterfeit insulin to three clinics.", "en"),
    ("Menurut BPOM, toko itu menyimpan obat kedaluwarsa di gudangnya.", "id"),
])
def test_a_frame_makes_an_ordinary_act_a_wrong(db, scheme, sentence, language):
    assert label(db, scheme, sentence, language) == "accusation"


# not accusations (guards: these read the same before; they keep the rules narrow)
@pytest.mark.parametrize("sentence,language,gold", [
    ("The city demolished the old stadium in 2019.", "en", "context"),
    ("Police are investigating whether the treasurer took money from the fund.", "en",
     "context"),
    ("Inspektorat masih memeriksa apakah bendahara menggelapkan dana itu.", "id", "context"),
    ("Polisi menggeledah kantor PT Sinar Abadi pada Selasa.", "id", "context"),
    ("Warga meminta polisi menyelidiki dugaan penggelapan dana desa.", "id", "context"),
])
def test_a_wrong_not_stated_stays_unaccused(db, scheme, sentence, language, gold):
    assert label(db, scheme, sentence, language) == gold


@pytest.mark.parametrize("sentence,language", [
    ("The company said it cut its prices by ten percent last year.", "en"),
    ("\"We took our children to the clinic because nobody else would,\" said Grace Obi.",
     "en"),
    ("Ia mengatakan pihaknya mengantongi bukti transfer ke rekening pribadi seorang "
     "panitia.", "id"),
    ("Kami mengambil air dari sumur milik desa setiap pagi, kata Sumarni.", "id"),
    ("The farmers said they harvested their crops early because of the drought.", "en"),
])
def test_ones_own_act_or_evidence_is_no_accusation(db, scheme, sentence, language):
    assert label(db, scheme, sentence, language) != "accusation"


# what a speaker told an inquiry, a hearing or investigators: the procedure is where it was
# said, the act told is stated (deeds._unstated)
@pytest.mark.parametrize("sentence,language", [
    ("Former pupils told the inquiry that teachers at the school beat them with canes.",
     "en"),
    ("Nurses told the review that the ward manager had locked patients in a side room.",
     "en"),
    ("Saksi mengatakan dalam pemeriksaan bahwa bendahara menggelapkan dana koperasi.", "id"),
    ("Warga mengatakan kepada tim audit bahwa kepala desa memotong dana bansos mereka.",
     "id"),
])
def test_a_wrong_told_to_an_inquiry_is_stated(db, scheme, sentence, language):
    assert label(db, scheme, sentence, language) == "accusation"


# a norm is no wrong done: "must not use violence", "tidak boleh menggunakan kekerasan"
@pytest.mark.parametrize("sentence,language", [
    ("Debt collectors must not use threats, violence or intimidation, the regulator said.",
     "en"),
    ("\"Penagih utang tidak boleh memakai ancaman, kekerasan, atau intimidasi,\" kata Dian.",
     "id"),
    ("Sekolah dilarang melakukan pungutan liar dalam penerimaan siswa baru, kata Kepala "
     "Dinas.", "id"),
])
def test_a_norm_is_no_accusation(db, scheme, sentence, language):
    assert label(db, scheme, sentence, language) != "accusation"


# a wrong as a noun whose owner is its doer (deeds._whose)
@pytest.mark.parametrize("sentence,language", [
    ("Harwick's mis-selling of the loans left 3,000 families in debt.", "en"),
    ("The council's cover-up of the leak lasted two years.", "en"),
    ("Penggelapan bendahara koperasi itu baru terungkap setelah audit.", "id"),
    ("Akibat ulah oknum pegawai bank itu, nasabah kehilangan tabungan Rp 2 miliar.", "id"),
])
def test_a_wrong_owned_by_its_doer_is_an_accusation(db, scheme, sentence, language):
    assert label(db, scheme, sentence, language) == "accusation"


@pytest.mark.parametrize("sentence,language", [
    ("Britain's fraud squad opened an inquiry on Monday.", "en"),
    ("Pencemaran Sungai Citarum sudah berlangsung puluhan tahun.", "id"),
])
def test_a_wrong_noun_owned_by_no_party_stays_unaccused(db, scheme, sentence, language):
    assert label(db, scheme, sentence, language) != "accusation"


# guards written against the rules' own reach (ordinary news that uses the same verbs)
@pytest.mark.parametrize("sentence,language", [
    ("Police said officers detained a man who was threatening shoppers with a knife.", "en"),
    ("The council said it had demolished their garages to make way for new housing.", "en"),
    ("The charity said volunteers took food parcels to 300 families.", "en"),
    ("Pemerintah menghentikan bantuan bagi keluarga yang sudah mampu, kata Menteri Sosial.",
     "id"),
    ("Polisi mengusir pedagang yang berjualan di trotoar, kata Kapolsek.", "id"),
    ("Pemkot membongkar kios pedagang di Pasar Baru sesuai jadwal relokasi.", "id"),
    ("Kades mengatakan pihaknya memotong rumput liar di makam warga.", "id"),
    ("Tim SAR mengambil jenazah korban dari reruntuhan rumah warga.", "id"),
])
def test_ordinary_news_with_the_same_verbs_is_no_accusation(db, scheme, sentence, language):
    assert label(db, scheme, sentence, language) != "accusation"


# a particular act called a wrong ("branded the pay cuts theft", "menyebut tindakan itu
# sebagai perampasan tanah"): an accusation by whoever calls it so (taken._qualified)
@pytest.mark.parametrize("sentence,language", [
    ("The union branded the pay cuts theft.", "en"),
    ("The report described conditions at the centre as inhumane.", "en"),
    ("Tenants' groups called the new service fees a rip-off.", "en"),
    ("Warga menyebut tindakan perusahaan itu sebagai perampasan tanah.", "id"),
    ("Orang tua murid menganggap pungutan itu tidak sah.", "id"),
    ("Aktivis menilai penggusuran kampung nelayan tersebut sebagai perampasan ruang hidup.",
     "id"),
])
def test_a_particular_act_called_a_wrong_is_an_accusation(db, scheme, sentence, language):
    assert label(db, scheme, sentence, language) == "accusation"


@pytest.mark.parametrize("sentence,language", [
    ("The company called the allegations a smear.", "en"),
    ("Juru bicara perusahaan menyebut tuduhan itu sebagai fitnah dan penipuan publik.", "id"),
    ("The minister described the year as a difficult one for the economy.", "en"),
])
def test_a_wrong_in_general_or_an_allegation_called_false_is_no_accusation(db, scheme,
                                                                           sentence,
                                                                           language):
    assert label(db, scheme, sentence, language) != "accusation"


# the subject of what a speech verb reports is a party other than the speaker, whatever its
# noun (deeds._complement_subject); people kept from something; fictitious payees
@pytest.mark.parametrize("sentence,language", [
    ("Tenants say the housing association pocketed their service charges for years.", "en"),
    ("Residents said the parish trust had quietly fenced off the footpath without their "
     "consent.", "en"),
    ("Warga menyebut pengelola gedung itu menahan uang jaminan mereka.", "id"),
    ("The inquiry found the prison's officers had denied inmates water for two days.", "en"),
    ("\"He slapped my son in front of the whole class,\" said parent Maria Lopez.", "en"),
    ("Hasil pemeriksaan BPK menemukan dinas membayar 40 pegawai fiktif.", "id"),
    ("The audit found the agency paid ghost workers for three years.", "en"),
])
def test_the_reported_subject_and_the_wronged_are_read(db, scheme, sentence, language):
    assert label(db, scheme, sentence, language) == "accusation"


@pytest.mark.parametrize("sentence,language", [
    ("The company denied workers were underpaid.", "en"),
    ("Residents said the storm had torn the roof off their church.", "en"),
    ("Warga mengatakan mereka mengambil air dari sungai setiap pagi.", "id"),
])
def test_a_denial_or_an_event_stays_unaccused(db, scheme, sentence, language):
    assert label(db, scheme, sentence, language) != "accusation"


def test_a_call_on_someone_is_an_appeal_not_a_wrong_called(db, scheme):
    assert label(db, scheme, "Campaigners called on the mayor to resign over the fraud "
                 "at the depot.", "en") == "context"


@pytest.mark.parametrize("sentence,language", [
    ("Warga menyebut aparat menendang Yusuf hingga pingsan.", "id"),
    ("Para anggota mengatakan tabungan mereka ditahan pihak koperasi sejak Maret.", "id"),
])
def test_a_name_struck_and_a_side_as_agent(db, scheme, sentence, language):
    assert label(db, scheme, sentence, language) == "accusation"


@pytest.mark.parametrize("sentence,language", [
    ("Kuasa hukumnya menyebut laporan itu sebagai tuduhan yang tidak berdasar.", "id"),
    ("The firm's lawyer described the report as claims that are not true.", "en"),
])
def test_an_allegation_described_as_false_stays_a_denial(db, scheme, sentence, language):
    assert label(db, scheme, sentence, language) == "denial"
