"""The ninth round's label proposals read in the dispute (domain/proposals/dispute.py,
wrongs.py): the accuser restating the wrong in its own words with no cue word, the accuser
never taken for the accused side, the accused side's reply in its own terms, and a negation
read by the predicate it negates ("gaji tidak dibayar" is the wrong, not a denial). Every
article and sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

import pytest
from support.proposals import accepted

from annotator.domain.proposals import lexicon
from annotator.domain.proposals.wrongs import wrong_stated

# --- the family of wrongful acts, every voice, and the duties whose negation is the wrong ---

@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Setiap pedagang dipaksa membayar Rp50.000 per bulan.", "id"),
        ("Mereka memaksa sopir menyetor uang setiap pagi.", "id"),
        ("Uang itu dipungut tanpa kuitansi.", "id"),
        ("Petugas memungut biaya pendaftaran dari orang tua murid.", "id"),
        ("Gaji kami dipotong tanpa penjelasan.", "id"),
        ("Upah lembur kami tidak dibayar selama tiga bulan.", "id"),
        ("Para pekerja belum menerima gaji sejak Maret.", "id"),
        ("Tanda tangan warga dipalsukan dalam berkas itu.", "id"),
        ("Dana bantuan itu digelapkan oleh pengurus.", "id"),
        ("Keluhan kami selalu diabaikan.", "id"),
        ("Warga tidak pernah diberi tahu soal proyek itu.", "id"),
        ("Kami diancam akan dipecat jika melapor.", "id"),
        ("Workers were forced to sign new contracts.", "en"),
        ("They were never paid for the overtime.", "en"),
        ("The firm coerced tenants into leaving.", "en"),
        ("Customers were overcharged for two years.", "en"),
        ("The water was cut off without warning.", "en"),
        ("The company dumped the waste at night.", "en"),
        ("Managers falsified the safety records.", "en"),
        ("The treasurer embezzled the club's funds.", "en"),
        ("Staff ignored repeated warnings about the wiring.", "en"),
        ("Residents were not consulted before the work began.", "en"),
        ("The firm knew the brakes were faulty.", "en"),
        ("We were threatened with dismissal if we spoke out.", "en"),
    ],
)
def test_the_wrongful_act_family_names_a_wrong(sentence, language):
    assert wrong_stated(sentence, lexicon(language))


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Setiap pedagang membayar Rp50.000 per bulan.", "id"),  # a payment, no wrong
        ("Gaji pekerja dibayar setiap tanggal 25.", "id"),
        ("Kami tidak pernah memungut biaya dari pedagang.", "id"),  # the wrong negated
        ("Workers were paid in full every month.", "en"),
        ("We have never forced anyone to sign.", "en"),
        ("The plant has not dumped any waste.", "en"),
        ("Residents were consulted twice in 2023.", "en"),
        ("The firm knew the road well.", "en"),
    ],
)
def test_a_fact_or_a_negated_wrong_names_no_wrong(sentence, language):
    assert not wrong_stated(sentence, lexicon(language))


# --- the accuser restates the wrong without a cue word: an accusation ------------------------

@pytest.mark.parametrize(
    ("sentences", "language"),
    [
        (["Paguyuban Pedagang Pasar Cibinong menuding pengelola pasar melakukan pungutan "
          "liar.",
          "Paguyuban Pedagang Pasar Cibinong mengatakan setiap pedagang dipaksa membayar "
          "Rp50.000 per bulan tanpa kuitansi."], "id"),
        (["Serikat Pekerja Garmen Sejahtera menuduh PT Benang Mas melanggar aturan upah.",
          "Menurut Serikat Pekerja Garmen Sejahtera, upah lembur buruh tidak dibayar "
          "selama enam bulan."], "id"),
        (["The Transport Workers Union accused Brightline Couriers of cheating its drivers.",
          "The union said drivers were never paid for the overtime they worked in "
          "December."], "en"),
        (["The Corvan Owners Group has accused Corvan Motors of hiding a defect.",
          "The Corvan Owners Group said the firm knew the brakes were faulty two years "
          "before the recall."], "en"),
    ],
)
def test_the_accuser_restating_the_wrong_accuses(db, scheme, sentences, language):
    got = accepted(db, scheme, sentences, language)[-1]
    assert got.label == "accusation", got.label_reason


@pytest.mark.parametrize(
    ("sentences", "language"),
    [
        # the accuser's evidence that does not itself say a party did wrong: a claim
        (["The Transport Workers Union accused Brightline Couriers of cheating its drivers.",
          "The union said 40 drivers had worked more than 60 hours a week in December."],
         "en"),
        (["Paguyuban Pedagang Pasar Cibinong menuding pengelola pasar melakukan pungutan "
          "liar.",
          "Paguyuban Pedagang Pasar Cibinong mengatakan pasar itu menampung 400 pedagang."],
         "id"),
    ],
)
def test_the_accusers_evidence_stays_a_claim(db, scheme, sentences, language):
    assert accepted(db, scheme, sentences, language)[-1].label == "claim"


# --- the cascade: the accuser is never the accused side ---------------------------------------

@pytest.mark.parametrize(
    ("sentences", "language"),
    [
        (["Forum Warga Sukamaju menuding PT Agro Lestari mencemari Sungai Cikaso.",
          "Forum Warga Sukamaju mengatakan limbah dialirkan langsung ke sungai setiap malam.",
          '"Airnya tidak bisa dipakai lagi untuk mandi," kata Forum Warga Sukamaju.',
          "Forum Warga Sukamaju juga menuding perusahaan menyuap kepala desa."], "id"),
        (["The Harbour Residents Association accused Delmar Shipping of dumping fuel.",
          "The Harbour Residents Association said fuel was dumped at night.",
          '"We cannot swim there any more," the Harbour Residents Association said.',
          "The Harbour Residents Association also accused the firm of bribing an "
          "inspector."], "en"),
    ],
)
def test_the_accuser_goes_on_accusing_and_never_turns_accused(db, scheme, sentences,
                                                               language):
    got = accepted(db, scheme, sentences, language)
    assert got[-1].label == "accusation", got[-1].label_reason
    assert got[-2].label != "denial", got[-2].label_reason


@pytest.mark.parametrize(
    ("sentences", "language"),
    [
        # an accuser answering a denial denies, and is still the accuser after
        (["Serikat Nelayan Teluk menuding PT Samudra Energi merusak terumbu karang.",
          "PT Samudra Energi membantah tuduhan itu.",
          "Serikat Nelayan Teluk menyebut bantahan itu tidak berdasar.",
          "Serikat Nelayan Teluk juga menuding perusahaan membuang lumpur ke laut."], "id"),
        (["The Fishers Guild accused Solent Energy of wrecking the reef.",
          "Solent Energy denied the accusation.",
          "The Fishers Guild said the denial was baseless.",
          "The Fishers Guild also accused the company of dumping silt at sea."], "en"),
    ],
)
def test_an_accuser_who_denies_a_denial_stays_the_accuser(db, scheme, sentences, language):
    got = accepted(db, scheme, sentences, language)
    assert got[2].label == "denial"
    assert got[-1].label == "accusation", got[-1].label_reason


# --- a negation that is the wrong itself, or a fact, is not a rebuttal ------------------------

@pytest.mark.parametrize(
    ("sentences", "language"),
    [
        (["Serikat Buruh Pabrik menuduh PT Tekstil Raya menahan upah pekerja.",
          "Ketua RT setempat, Darto, mengatakan sebagian pekerja tidak dibayar sejak "
          "Januari."], "id"),
        (["Drivers accused Swiftway Freight of stealing their tips.",
          "Regional organiser Colin Marsh said the drivers were never told where the tips "
          "went."], "en"),
    ],
)
def test_a_negated_duty_is_the_wrong_not_a_denial(db, scheme, sentences, language):
    assert accepted(db, scheme, sentences, language)[-1].label != "denial"


@pytest.mark.parametrize(
    ("sentences", "language"),
    [
        (["Warga menuding PT Sinar Plastik mencemari Sungai Cisadane.",
          "Peneliti Institut Pertanian Bogor, Rina Lestari, mengatakan sungai itu tidak "
          "pernah diuji sejak 2019."], "id"),
        (["Parents accused Oakfield School of hiding bullying complaints.",
          "Education researcher Paul Grant said no school in the county had published "
          "its complaint figures."], "en"),
    ],
)
def test_a_bystanders_negated_fact_is_a_claim(db, scheme, sentences, language):
    assert accepted(db, scheme, sentences, language)[-1].label == "claim"


# --- the accused side replies in its own terms: a denial ---------------------------------------

@pytest.mark.parametrize(
    ("sentences", "language"),
    [
        (["Warga menuding PT Sinar Plastik membuang limbah ke Sungai Cisadane.",
          "Manajer PT Sinar Plastik, Hendra Wijaya, mengatakan perusahaan memiliki izin "
          "pembuangan dari dinas lingkungan hidup."], "id"),
        (["Pedagang menuding pengelola Pasar Baru memungut retribusi ganda.",
          "Kepala pengelola Pasar Baru, Rudi Hartono, mengatakan retribusi dipungut sesuai "
          "peraturan daerah."], "id"),
        (["Sopir menuduh PT Kilat Ekspres memotong upah mereka.",
          "Direktur PT Kilat Ekspres, Yanto, mengatakan seluruh upah sudah dibayarkan "
          "penuh pada akhir bulan."], "id"),
        (["Tenants accused Greyfield Homes of pocketing their deposits.",
          "A Greyfield Homes spokesperson, Mark Ellis, said every deposit had been paid "
          "back in full."], "en"),
        (["Campaigners accused Tarn Quarries of blasting without a licence.",
          "Tarn Quarries manager Ruth Kemp said the site had held a valid permit since "
          "2015."], "en"),
        (["Parents accused coach Daniel Price of striking a player during training.",
          "Daniel Price said he was in Manchester at a coaching course that day."], "en"),
    ],
)
def test_the_accused_side_arguing_in_its_own_terms_denies(db, scheme, sentences, language):
    got = accepted(db, scheme, sentences, language)[-1]
    assert got.label == "denial", got.label_reason


@pytest.mark.parametrize(
    ("sentences", "language"),
    [
        # one of the accusers, by the accusation's own noun, names the wrong: an accusation
        (["Para pedagang Pasar Baru menuding pengelola pasar memungut retribusi ganda.",
          "Ketua paguyuban pedagang, Agus Salim, mengatakan setiap pedagang dipaksa "
          "membayar Rp20.000 per hari."], "id"),
        (["Drivers at Swiftway Freight accused the company of stealing their tips.",
          "Colin Marsh, a driver at the Leeds depot, said drivers were forced to hand over "
          "cash tips at the end of each shift."], "en"),
    ],
)
def test_one_of_the_accusers_restating_the_wrong_accuses(db, scheme, sentences, language):
    got = accepted(db, scheme, sentences, language)[-1]
    assert got.label == "accusation", got.label_reason
    assert "one of the accusers" in got.label_reason


# --- a bare negation rebuts only when it negates the wrong or its happening --------------------

@pytest.mark.parametrize(
    ("sentences", "language", "expected"),
    [
        # a negated fact of another kind rebuts nothing: a claim
        (["Warga menuding PT Agro Lestari mencemari Sungai Cikaso.",
          "Kepala Desa Sukamaju, Dedi Kurniawan, mengatakan air sungai tidak bisa dipakai "
          "untuk mandi sejak Juni."], "id", "claim"),
        (["Runners accused the Lakeside Marathon of moving the finish line.",
          "Race physio Anna Cole said there was no water at the 30-kilometre station."],
         "en", "claim"),
        # negating the wrong, or that anything happened: a denial
        (["Warga menuding PT Agro Lestari mencemari Sungai Cikaso.",
          "Manajer lingkungan Agro Lestari, Dedi Kurniawan, mengatakan tidak ada limbah "
          "yang dialirkan ke sungai."], "id", "denial"),
        (["Runners accused the Lakeside Marathon of moving the finish line.",
          "Race director Anna Cole said no such change had happened on the day."],
         "en", "denial"),
        # a correcting "bukan" still rebuts
        (["Pedagang menuding Kepala Pasar Baru, Rudi Hartono, memungut retribusi ganda.",
          "Yanto, staf pasar, mengatakan retribusi itu ditarik oleh koperasi, bukan oleh "
          "pengelola pasar."], "id", "denial"),
    ],
)
def test_a_bare_negation_is_read_by_what_it_negates(db, scheme, sentences, language,
                                                    expected):
    got = accepted(db, scheme, sentences, language)[-1]
    assert got.label == expected, got.label_reason


# --- a standard met, and the defence of a speaker the sentence only describes -----------------

@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Limbah sudah diolah sesuai baku mutu sebelum dialirkan.", "id"),
        ("Aspal itu memenuhi spesifikasi teknis dari dinas.", "id"),
        ("Sekolah mengikuti aturan dari dinas pendidikan.", "id"),
        ("Staffing met national guidelines on every shift.", "en"),
        ("The blasts were within permitted limits.", "en"),
        ("The plant complied with all safety regulations.", "en"),
        ("He was in Leeds at a conference that day.", "en"),
        ("Ia sedang berada di Jakarta saat kejadian.", "id"),
    ],
)
def test_the_defence_family_argues_against(sentence, language):
    from annotator.domain.proposals.wrongs import defence

    assert defence(sentence, lexicon(language))


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Aspal itu tidak sesuai spesifikasi.", "id"),  # the wrong itself
        ("The blasts did not meet the limits.", "en"),
        ("Sekolah itu berada di pusat kota.", "id"),  # a place, not an alibi
    ],
)
def test_a_standard_failed_is_no_defence(sentence, language):
    from annotator.domain.proposals.wrongs import defence

    assert not defence(sentence, lexicon(language))


@pytest.mark.parametrize(
    ("sentences", "language", "expected"),
    [
        (["Nurses accused St Mary's Hospital of leaving the ward understaffed.",
          "A hospital spokesperson said staffing met national guidelines on every shift."],
         "en", "denial"),
        (["Warga menuding PT Sinar Plastik membuang limbah ke Sungai Cisadane.",
          "Pihak perusahaan mengatakan limbah sudah diolah sesuai baku mutu sebelum "
          "dialirkan."], "id", "denial"),
        # the public, not the accused body: its paid dues are its own case, not a denial
        (["Warga menuding Pangkalan Udara Soewondo menyerobot lahan mereka.",
          "Warga mengatakan sebagian dari mereka sudah membayar pajak bumi sejak 1980."],
         "id", "claim"),
    ],
)
def test_a_defence_by_a_speaker_only_described(db, scheme, sentences, language, expected):
    got = accepted(db, scheme, sentences, language)[-1]
    assert got.label == expected, got.label_reason


@pytest.mark.parametrize(
    ("sentences", "language"),
    [
        (["Warga menuding PT Agro Lestari menyuap kepala desa.",
          "Direktur Agro Lestari, Bambang Wijaya, mengatakan dirinya tidak terlibat dalam "
          "urusan itu."], "id"),
        (["Warga menuding PT Agro Lestari menyuap kepala desa.",
          "Bambang Wijaya, direktur perusahaan itu, mengatakan ia tidak mengetahui soal "
          "pemberian uang itu."], "id"),
        (["Players accused coach Daniel Price of bullying young athletes.",
          "Daniel Price said he was never aware of any complaint from the players."], "en"),
    ],
)
def test_a_negated_part_in_the_wrong_rebuts(db, scheme, sentences, language):
    got = accepted(db, scheme, sentences, language)[-1]
    assert got.label == "denial", got.label_reason


@pytest.mark.parametrize(
    ("sentences", "language", "expected"),
    [
        # blame that answers the allegation: a denial
        (["Keluarga pasien menuding Klinik Sehat Prima lalai merawat pasien.",
          "Klinik Sehat Prima membantah tudingan itu.",
          "Klinik Sehat Prima juga menuding pasien tidak mematuhi anjuran dokter."],
         "id", "denial"),
        # blame that names a wrong of its own: an accusation
        (["Protesters accused the Harbour Police of firing rubber bullets at the crowd.",
          "The Harbour Police denied the accusation.",
          "The Harbour Police also accused a group of men of looting shops and dumping "
          "petrol in the square."], "en", "accusation"),
        (["Warga menuding Polres Kota Baru menembakkan gas air mata ke permukiman.",
          "Polres Kota Baru membantah tudingan itu.",
          "Polres Kota Baru juga menuding sekelompok orang mencuri dan merampas barang "
          "milik warga."], "id", "accusation"),
    ],
)
def test_the_accused_sides_blame_answers_or_alleges_another_wrong(db, scheme, sentences,
                                                                  language, expected):
    got = accepted(db, scheme, sentences, language)[-1]
    assert got.label == expected, got.label_reason


@pytest.mark.parametrize(
    ("sentences", "language", "expected"),
    [
        # later in the article, the side that denied gives a fact that does not argue
        (["Tenants accused Northgate Lettings of keeping their deposits.",
          "Northgate Lettings denied the allegation.",
          "The city has about 40,000 rented flats.",
          "Northgate Lettings said it manages 2,000 flats across the city."], "en", "claim"),
        (["Pedagang menuding Koperasi Pasar Baru memungut retribusi ganda.",
          "Koperasi Pasar Baru membantah tudingan itu.",
          "Pasar itu dibangun pada 1985.",
          "Koperasi Pasar Baru mencatat 600 pedagang berjualan di pasar itu."], "id", "claim"),
        # ... or a figure set against the accuser's: a denial
        (["Tenants accused Northgate Lettings of keeping their deposits.",
          "Northgate Lettings denied the allegation.",
          "The city has about 40,000 rented flats.",
          "Northgate Lettings said it kept 12 deposits last year, far below the 300 the "
          "tenants claim."], "en", "denial"),
        (["Pedagang menuding Koperasi Pasar Baru memungut retribusi ganda.",
          "Koperasi Pasar Baru membantah tudingan itu.",
          "Pasar itu dibangun pada 1985.",
          "Koperasi Pasar Baru menyebut retribusi hanya Rp2.000 per hari, jauh di bawah "
          "angka yang disebut pedagang."], "id", "denial"),
    ],
)
def test_the_side_that_denied_later_argues_or_gives_a_fact(db, scheme, sentences, language,
                                                           expected):
    got = accepted(db, scheme, sentences, language)[-1]
    assert got.label == expected, got.label_reason


# --- the innocent explanation rejected, and the cause laid at the accused's door ---------------

@pytest.mark.parametrize(
    ("sentences", "language"),
    [
        (["Fishermen accused the tanker Nordic Star of dumping fuel off the coast.",
          '"This was no accident. They emptied the tanks at night," harbour master Ade '
          'Bello told reporters.'], "en"),
        (["Indonesia Corruption Watch menuding dinas sosial menggelembungkan data penerima.",
          '"Ini bukan sekadar salah ketik. Datanya diubah," ujar peneliti ICW Rina '
          'Hapsari.'], "id"),
    ],
)
def test_an_excuse_rejected_calls_the_wrong_deliberate(db, scheme, sentences, language):
    got = accepted(db, scheme, sentences, language)[-1]
    assert got.label == "accusation", got.label_reason


@pytest.mark.parametrize(
    ("sentences", "language", "expected"),
    [
        # the accusing side names the accused's plant as the cause: an accusation
        (["Forum Warga Cikaso menuding PT Agro Lestari mencemari Sungai Cikaso.",
          "Forum Warga Cikaso mengatakan bau busuk itu berasal dari kolam limbah pabrik."],
         "id", "accusation"),
        (["The Riverside Anglers Club accused Millbrook Dairy of poisoning the brook.",
          "The Riverside Anglers Club said the dead fish were caused by the dairy's "
          "outflow pipe."], "en", "accusation"),
        # the accused side naming another cause explains it away: a denial
        (["The Riverside Anglers Club accused Millbrook Dairy of poisoning the brook.",
          "Millbrook Dairy denied the accusation.",
          "Millbrook Dairy said the dead fish were caused by the summer heat."],
         "en", "denial"),
    ],
)
def test_a_cause_named_by_either_side(db, scheme, sentences, language, expected):
    got = accepted(db, scheme, sentences, language)[-1]
    assert got.label == expected, got.label_reason


@pytest.mark.parametrize(
    ("sentences", "language"),
    [
        # the wronged the article presents (a complainant, a victim's mother) restate the wrong
        (["Nasabah melaporkan Koperasi Sejahtera Bersama ke polisi atas dugaan penipuan.",
          "Salah satu pelapor, Andi Wijaya, mengatakan uang tabungannya digelapkan pengurus "
          "koperasi."], "id"),
        (["Keluarga pasien menggugat Rumah Sakit Medika ke pengadilan.",
          "Ibu korban, Sri Lestari, mengatakan anaknya tidak pernah diperiksa dokter selama "
          "dua hari."], "id"),
        (["Tenants have complained to the housing ombudsman about Greyfield Homes.",
          "One of the complainants, Mary Jones, said her heating was cut off for three "
          "weeks in January."], "en"),
    ],
)
def test_the_wronged_restating_the_wrong_accuse(db, scheme, sentences, language):
    got = accepted(db, scheme, sentences, language)[-1]
    assert got.label == "accusation", got.label_reason


@pytest.mark.parametrize(
    ("sentences", "language"),
    [
        # a state found, with no act nor party: the accuser's evidence, a claim
        (["The Riverside Anglers Club accused Millbrook Dairy of poisoning the brook.",
          "The Riverside Anglers Club said a pipe under the bridge had been leaking for "
          "weeks."], "en"),
        (["Forum Warga Cikaso menuding PT Agro Lestari mencemari Sungai Cikaso.",
          "Forum Warga Cikaso mengatakan air sumur di tiga dusun tercemar sejak Juni."],
         "id"),
        # a person held by the police is not a wage withheld
        (["Forum Warga Cikaso menuding PT Agro Lestari mencemari Sungai Cikaso.",
          "Forum Warga Cikaso mengatakan dua anggotanya sempat ditahan polisi saat "
          "berunjuk rasa."], "id"),
    ],
)
def test_a_state_found_is_the_accusers_evidence(db, scheme, sentences, language):
    got = accepted(db, scheme, sentences, language)[-1]
    # no wrong restated: a claim (evidence), or context where the narration rules read a
    # detention with no violation stated as procedure
    assert got.label in ("claim", "context"), got.label_reason


# --- a whole dispute, read in order ------------------------------------------------------------

@pytest.mark.parametrize(
    ("sentences", "language"),
    [
        (["Serikat Pekerja Logistik Nusantara menuduh PT Kirim Cepat memotong upah lembur "
          "ratusan kurir.",
          "Ketua serikat, Bagus Santoso, mengatakan setiap kurir dipaksa bekerja 12 jam "
          "tanpa upah lembur.",
          '"Upah lembur kami tidak pernah dibayar sejak Januari," kata Bagus.',
          "PT Kirim Cepat membantah tuduhan itu.",
          "Direktur PT Kirim Cepat, Lina Marpaung, mengatakan jam kerja kurir sudah sesuai "
          "peraturan perusahaan.",
          "Bagus juga menuding perusahaan mengancam kurir yang melapor."], "id"),
        (["The Couriers Union accused Swift Parcel of cutting drivers' overtime pay.",
          "Union organiser Dan Hughes said drivers were forced to work 12-hour shifts "
          "without overtime.",
          '"We were never paid for a single extra hour," Hughes said.',
          "Swift Parcel denied the accusation.",
          "Its chief executive, Lisa Marsh, said all shifts complied with the working time "
          "regulations.",
          "Hughes also accused the company of threatening drivers who complained."], "en"),
    ],
)
def test_a_whole_dispute_read_in_order(db, scheme, sentences, language):
    got = [p.label for p in accepted(db, scheme, sentences, language)]
    assert got == ["accusation", "accusation", "accusation", "denial", "denial",
                   "accusation"]
