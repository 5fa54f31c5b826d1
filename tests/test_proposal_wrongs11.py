"""An accusation made by naming the wrongful act, with no accusation word, and enforcement
that names a party (data/guidelines.md, accusation: "naming the act is enough"; enforcement
naming a party is an accusation by the body acting). Every sentence is invented for this test
from the guidelines' classes, in both languages; none is taken from the benchmark's sets."""

from __future__ import annotations

import pytest
from support.proposals import proposals


def label(db, scheme, sentence: str, language: str) -> str:
    return proposals(db, scheme, [sentence], language)[0].label


# an act wrong in itself, by a named party, a role, a body or "the company"
WRONG_ACTS_ID = [
    "Bendahara desa menggelapkan dana bantuan sosial senilai Rp 300 juta.",
    "Dana bantuan sosial senilai Rp 300 juta digelapkan oleh bendahara desa.",
    "Kepala Dinas Pendidikan menyelewengkan anggaran rehabilitasi sekolah.",
    "Oknum petugas memungut biaya secara liar dari setiap pemohon KTP.",
    "Oknum petugas melakukan pungutan liar terhadap pemohon KTP.",
    "Kepala sekolah memalsukan tanda tangan komite untuk mencairkan dana BOS.",
    "PT Sinar Abadi mencemari Sungai Citarum dengan limbah cair.",
    "Perusahaan menahan gaji 120 buruh selama tiga bulan.",
    "Distributor itu menimbun 20 ton minyak goreng di gudangnya di Medan.",
    "Kontraktor menggelembungkan harga pengadaan laptop hingga tiga kali lipat.",
    "Toko Sumber Rejeki menjual makanan kedaluwarsa kepada konsumen.",
    "Camat Sukamaju menyuap anggota panitia lelang agar perusahaannya menang.",
    "Penggelapan dana desa oleh bendahara berlangsung sejak 2021.",
    "Pabrik itu tetap beroperasi padahal sudah dilarang oleh pemerintah daerah.",
    "PT Sinar Abadi membangun gudang di kawasan hutan lindung tanpa izin.",
    "Perbuatan Kepala Dinas itu merugikan keuangan negara Rp 2,1 miliar.",
    "Perusahaan itu mengurangi takaran pupuk bersubsidi yang dijual kepada petani.",
]

WRONG_ACTS_EN = [
    "Harwick Lending overcharged more than 3,000 borrowers between 2019 and 2022.",
    "The contractor falsified safety inspection records at the Brookfield site.",
    "Safety inspection records at the Brookfield site were falsified by the contractor.",
    "The company withheld wages from 200 cleaners for three months.",
    "Greenvale Dairy dumped untreated waste into the River Lune.",
    "Fresco Mart sold expired baby formula at two of its stores.",
    "The treasurer embezzled £40,000 from the club's hardship fund.",
    "Councillor Dale Pruitt rigged the tender for the leisure centre contract.",
    "The firm bribed port officials to clear its containers without inspection.",
    "The quarry kept blasting at night despite a ban imposed by the council.",
    "Northgate Quarry extended its pit onto common land without a permit.",
    "Westfield Water's decision to shut the pumping station left 40 families without "
    "water for a week.",
    "The dumping of waste by Greenvale Dairy killed thousands of fish.",
    "The landlord illegally evicted six tenants in January.",
]


@pytest.mark.parametrize("sentence", WRONG_ACTS_ID)
def test_a_wrongful_act_stated_is_an_accusation_in_indonesian(db, scheme, sentence):
    assert label(db, scheme, sentence, "id") == "accusation"


@pytest.mark.parametrize("sentence", WRONG_ACTS_EN)
def test_a_wrongful_act_stated_is_an_accusation_in_english(db, scheme, sentence):
    assert label(db, scheme, sentence, "en") == "accusation"


@pytest.mark.parametrize("sentence", [
    "Perusahaan menahan gaji 120 buruh selama tiga bulan, kata Ketua Serikat Pekerja, "
    "Budi Santoso.",
    "Menurut warga, PT Sinar Abadi membuang limbah ke sungai setiap malam.",
    "Bendahara desa diduga menggelapkan dana bantuan sosial senilai Rp 300 juta.",
])
def test_a_wrongful_act_reported_is_an_accusation_in_indonesian(db, scheme, sentence):
    assert label(db, scheme, sentence, "id") == "accusation"


@pytest.mark.parametrize("sentence", [
    "The company withheld wages from 200 cleaners for three months, the union said.",
    "According to residents, Greenvale Dairy dumped waste into the river every night.",
    "The treasurer allegedly embezzled £40,000 from the club's hardship fund.",
])
def test_a_wrongful_act_reported_is_an_accusation_in_english(db, scheme, sentence):
    assert label(db, scheme, sentence, "en") == "accusation"


# not an accusation: investigated, asked about, conditional, promised, background, a plea,
# unnamed people, nobody identifiable
NOT_ACCUSED_ID = [
    "Polisi sedang menyelidiki apakah perusahaan itu membuang limbah ke sungai.",
    "Jika terbukti menggelapkan dana, kepala desa itu terancam lima tahun penjara.",
    "Dugaan penggelapan dana itu akan diselidiki oleh Inspektorat.",
    "Pada 2018, perusahaan yang sama pernah didenda karena mencemari sungai.",
    "Puluhan orang ditangkap karena politik uang di Kabupaten Garut.",
    "Limbah dibuang ke sungai pada malam hari.",
    "Direktur PT Sinar Abadi dipanggil untuk diperiksa sebagai saksi.",
    "Penyidik menggeledah kantor PT Sinar Abadi pada Selasa.",
    "Perusahaan berjanji akan membayar gaji buruh yang tertunda pekan depan.",
]

NOT_ACCUSED_EN = [
    "The regulator is investigating whether the firm overcharged customers.",
    "If the company dumped waste, it will be fined, the minister said.",
    "In 2015 the company was fined for dumping waste into the same river.",
    "Thirty-one people were arrested for vote buying in the district.",
    "Waste was dumped into the river overnight.",
    "Pruitt pleaded guilty to embezzling £40,000 from the fund.",
    "The officer was suspended pending a disciplinary hearing.",
    "Police raided the offices of Harwick Lending on Tuesday.",
    "Detectives questioned the director for six hours.",
    "The company said it would repay every customer next month.",
]


@pytest.mark.parametrize("sentence", NOT_ACCUSED_ID)
def test_a_wrong_not_charged_is_no_accusation_in_indonesian(db, scheme, sentence):
    assert label(db, scheme, sentence, "id") != "accusation"


@pytest.mark.parametrize("sentence", NOT_ACCUSED_EN)
def test_a_wrong_not_charged_is_no_accusation_in_english(db, scheme, sentence):
    assert label(db, scheme, sentence, "en") != "accusation"


ENFORCED_ID = [
    "Polda Jawa Barat menetapkan Direktur PT Sinar Abadi sebagai tersangka pencemaran sungai.",
    "Direktur PT Sinar Abadi ditetapkan sebagai tersangka oleh Polda Jawa Barat.",
    "PT Sinar Abadi didenda Rp 500 juta oleh Kementerian Lingkungan Hidup.",
    "Satpol PP menyegel pabrik milik PT Sinar Abadi karena tidak memiliki izin.",
    "Kepala desa itu ditahan atas dugaan korupsi dana desa.",
    "Bea Cukai menyita 2 ton kayu milik PT Rimba Jaya karena tidak dilengkapi dokumen.",
    "Izin usaha PT Sinar Abadi dicabut karena mencemari sungai.",
    "Kementerian mencabut izin usaha PT Sinar Abadi karena mencemari sungai.",
]

ENFORCED_EN = [
    "The Food Standards Agency fined Fresco Mart £80,000 for selling expired food.",
    "Pruitt was charged with embezzlement on Tuesday.",
    "Inspectors cited the factory for blocking fire exits.",
    "Northgate Quarry had its licence revoked for breaching noise limits.",
    "Customs officers seized two tonnes of timber from Borneo Timber for illegal logging.",
    "The director of Harwick Lending was detained on suspicion of fraud.",
    "Regulators sanctioned Harwick Lending for misleading borrowers.",
]


@pytest.mark.parametrize("sentence", ENFORCED_ID)
def test_enforcement_naming_a_party_is_an_accusation_in_indonesian(db, scheme, sentence):
    assert label(db, scheme, sentence, "id") == "accusation"


@pytest.mark.parametrize("sentence", ENFORCED_EN)
def test_enforcement_naming_a_party_is_an_accusation_in_english(db, scheme, sentence):
    assert label(db, scheme, sentence, "en") == "accusation"


def test_the_accused_sides_own_account_is_no_accusation_in_english(db, scheme):
    got = proposals(db, scheme, [
        "The GMB union accused Brightway Retail of withholding wages from 200 cleaners.",
        "A Brightway spokesperson, Laura King, said the company had never withheld wages "
        "from any cleaner.",
    ], "en")
    assert got[1].label != "accusation"


def test_the_accused_sides_own_account_is_no_accusation_in_indonesian(db, scheme):
    got = proposals(db, scheme, [
        "Serikat buruh menuding PT Mitra Garmen menahan gaji 120 buruh selama tiga bulan.",
        "Direktur PT Mitra Garmen, Hendra Wijaya, mengatakan perusahaan tidak pernah menahan "
        "gaji buruh.",
    ], "id")
    assert got[1].label != "accusation"


@pytest.mark.parametrize("sentence, language", [
    ("Bendahara desa diduga menggelapkan dana bantuan sosial senilai Rp 300 juta.", "id"),
    ("The treasurer allegedly embezzled £40,000 from the club's hardship fund.", "en"),
])
def test_a_hedge_keeps_the_accusation_with_lower_confidence(db, scheme, sentence, language):
    plain, hedged = proposals(db, scheme, [sentence.replace(" diduga", "").replace(
        " allegedly", ""), sentence], language)
    assert (hedged.label, plain.label) == ("accusation", "accusation")
    assert hedged.confidence <= plain.confidence


@pytest.mark.parametrize("sentence, language", [
    ("Pengadilan Tindak Pidana Korupsi Jakarta Pusat menggelar sidang pada Kamis.", "id"),
    ("The Serious Fraud Office opened its offices to reporters on Monday.", "en"),
])
def test_a_wrong_inside_a_name_is_no_deed(db, scheme, sentence, language):
    assert label(db, scheme, sentence, language) != "accusation"


# the second families: a rule broken, violence, concealment, retaliation, privacy, below what
# was required, risk to others
MORE_ID = [
    "Kapal-kapal itu melanggar larangan menangkap ikan di zona konservasi.",
    "Ia dipukuli berkali-kali oleh petugas jaga di dalam sel.",
    "Pengembang diam-diam menjaminkan sertifikat tanah pembeli ke bank.",
    "Pihak rumah sakit memecat dua perawat karena melapor ke Ombudsman.",
    "Penagih PT Dana Kilat menyebarkan data pribadi peminjam ke kontak mereka.",
    "Kontraktor memasang pipa di bawah spesifikasi yang disyaratkan kontrak.",
    "Dinas Pekerjaan Umum menunjuk rekanan tanpa tender.",
]
MORE_EN = [
    "The shipping company broke the UN embargo by delivering oil to the port.",
    "An officer knelt on the boy's neck while he was handcuffed.",
    "The developer secretly mortgaged the buyers' land to a bank.",
    "The hospital sacked two nurses after complaining about staffing.",
    "The app sold users' personal data to advertisers.",
    "The trust staffed the ward with half the required midwives, putting mothers at risk.",
    "The council awarded the contract without competitive bidding.",
]


@pytest.mark.parametrize("sentence", MORE_ID)
def test_more_families_of_wrongs_stated_in_indonesian(db, scheme, sentence):
    assert label(db, scheme, sentence, "id") == "accusation"


@pytest.mark.parametrize("sentence", MORE_EN)
def test_more_families_of_wrongs_stated_in_english(db, scheme, sentence):
    assert label(db, scheme, sentence, "en") == "accusation"


@pytest.mark.parametrize("sentence, language", [
    ("Harwick Lending was hit with a £3 million fine for mis-selling loans.", "en"),
    ("The club was punished with a two-match stadium ban for crowd trouble.", "en"),
    ("PT Sinar Abadi diganjar sanksi administratif karena mencemari sungai.", "id"),
    ("Bupati Garut mencopot Kepala Dinas PU, Asep Sunandar, karena terbukti menerima suap.",
     "id"),
    ("The council removed the housing director from his post for gross misconduct.", "en"),
])
def test_more_enforcement_naming_a_party(db, scheme, sentence, language):
    assert label(db, scheme, sentence, language) == "accusation"


@pytest.mark.parametrize("sentence, language", [
    ("The striker broke the club's scoring record on Saturday.", "en"),
    ("The firm plans to sell the data centre next year.", "en"),
    ("Polisi akan menyelidiki apakah pengembang melanggar aturan tata ruang.", "id"),
    ("Warga Desa Cibodas membagikan sembako kepada korban banjir.", "id"),
])
def test_an_ordinary_act_stays_no_accusation(db, scheme, sentence, language):
    assert label(db, scheme, sentence, language) != "accusation"


@pytest.mark.parametrize("sentence, language", [
    ("Mobile phone footage showed the officer kneeling on the boy's neck.", "en"),
    ("Rekaman kamera pengawas memperlihatkan petugas memukul tahanan itu.", "id"),
])
def test_a_wrong_evidence_shows_is_a_claim(db, scheme, sentence, language):
    assert label(db, scheme, sentence, language) != "accusation"


@pytest.mark.parametrize("sentences, language", [
    (["Serikat buruh menuding PT Sumber Pangan mengoplos beras.",
      "Direktur PT Sumber Pangan, Hendra Wijaya, mengatakan perusahaan mengoplos beras "
      "premium dengan beras medium sejak Januari."], "id"),
    (["Consumer groups accused Harwick Lending of overcharging borrowers.",
      "Harwick director Paul Mason said Harwick Lending double-charged some borrowers in "
      "March."], "en"),
])
def test_a_deed_the_accused_side_tells_of_itself_is_no_accusation(db, scheme, sentences,
                                                                   language):
    assert proposals(db, scheme, sentences, language)[1].label != "accusation"


def test_wages_withheld_are_no_detention(db, scheme):
    got = proposals(db, scheme, ["PT Mitra Garmen menahan gaji 120 buruh karena pesanan "
                                 "sepi."], "id")[0]
    assert "enforcement" not in got.label_reason


@pytest.mark.parametrize("sentence, language", [
    ("Typhoon Haikui left 40,000 homes without power on Tuesday.", "en"),
    ("Banjir bandang di Kabupaten Garut merugikan petani hingga Rp 2 miliar.", "id"),
    ("Persib Bandung mencuri poin di kandang Persija.", "id"),
    ("Petinju Daud Yordan memukul KO lawannya di ronde ketiga.", "id"),
    ("Manchester United stole the show at Anfield.", "en"),
    ("Police recovered stolen goods worth £40,000 from a garage in Leeds.", "en"),
    ("Perusahaan itu merambah pasar Asia Tenggara tahun ini.", "id"),
    ("Dokter Puskesmas menyunat 120 anak dalam khitanan massal.", "id"),
])
def test_an_innocent_sense_or_no_doer_is_no_accusation(db, scheme, sentence, language):
    assert label(db, scheme, sentence, language) != "accusation"


@pytest.mark.parametrize("sentence, language", [
    ("The importer routed the steel through Vietnam to circumvent the tariffs.", "en"),
    ("Harwick executives moved the profits offshore to avoid paying tax.", "en"),
    ("Perusahaan itu mengakali aturan kuota impor dengan memakai nama perusahaan lain.", "id"),
    ("KM Sinar Laut mematikan transponder untuk menghindari pantauan petugas.", "id"),
])
def test_a_rule_tax_or_check_evaded_is_an_accusation(db, scheme, sentence, language):
    assert label(db, scheme, sentence, language) == "accusation"


@pytest.mark.parametrize("sentence, language", [
    ("The ferry left early to avoid the storm.", "en"),
    ("Warga diminta menghindari kawasan pantai selama cuaca buruk.", "id"),
])
def test_an_ordinary_thing_avoided_is_no_accusation(db, scheme, sentence, language):
    assert label(db, scheme, sentence, language) != "accusation"


# the third families: public money used for oneself, a contract steered to kin, money kept
# that was owed, evidence planted, children put to work
THIRD = [
    ("Bendahara sekolah memotong dana BOS untuk kepentingan pribadi.", "id"),
    ("Panitia lelang memenangkan perusahaan milik ipar bupati.", "id"),
    ("The minister awarded the road contract to a company run by his nephew.", "en"),
    ("The airline kept passengers' refunds for more than a year.", "en"),
    ("The officers planted drugs on the suspect, his lawyer said.", "en"),
    ("The factory employed children as young as 12, campaigners said.", "en"),
    ("Perusahaan membayar buruh di bawah upah minimum kabupaten.", "id"),
]


@pytest.mark.parametrize("sentence, language", THIRD)
def test_third_families_of_wrongs_stated(db, scheme, sentence, language):
    assert label(db, scheme, sentence, language) == "accusation"


@pytest.mark.parametrize("sentence, language", [
    ("Pemerintah desa menyalurkan bantuan kepada keluarga korban banjir.", "id"),
    ("KPPS membagikan surat undangan pencoblosan kepada pemilih.", "id"),
    ("The candidate gave a speech to voters in the market square.", "en"),
    ("Bupati memakai mobil pribadi saat meninjau lokasi banjir.", "id"),
    ("Polisi menemukan mobil milik istri korban di tepi sungai.", "id"),
    ("Kelompok tari yang dipimpin anak muda desa itu tampil di alun-alun.", "id"),
])
def test_an_ordinary_kindness_or_errand_is_no_accusation(db, scheme, sentence, language):
    assert label(db, scheme, sentence, language) != "accusation"


@pytest.mark.parametrize("sentence, language", [
    ("The report said the firm had breached no rules.", "en"),
    ("Harwick Lending said it had repaid all customers it overcharged in 2021.", "en"),
    ("Pabrik itu membuang air limbah yang sudah diolah sesuai baku mutu.", "id"),
    ("\"Kami membuang limbah setelah diolah di instalasi kami,\" kata manajer pabrik.", "id"),
])
def test_a_deed_denied_done_lawfully_or_told_of_oneself_is_no_accusation(
        db, scheme, sentence, language):
    assert label(db, scheme, sentence, language) != "accusation"


@pytest.mark.parametrize("sentence, language", [
    ("Polisi membekuk pemilik gudang yang menimbun minyak goreng.", "id"),
    ("He said the company had illegally dumped waste in the quarry.", "en"),
])
def test_a_deed_in_a_relative_clause_or_reported_keeps_its_party(
        db, scheme, sentence, language):
    assert label(db, scheme, sentence, language) == "accusation"


@pytest.mark.parametrize("sentence, language", [
    ("\"Sejak awal musim kami sudah dirugikan keputusan wasit,\" ujar manajer klub, Teddy "
     "Santoso.", "id"),
    ("\"We were cheated by the organisers,\" said runner Amos Kiprop.", "en"),
])
def test_we_wronged_stays_an_accusation(db, scheme, sentence, language):
    assert label(db, scheme, sentence, language) == "accusation"


@pytest.mark.parametrize("sentence, language", [
    ("Oknum guru meminta uang Rp 500 ribu kepada setiap orang tua murid baru.", "id"),
    ("Traffic officers demanded bribes from lorry drivers at the border post.", "en"),
    ("Mandor memaksa buruh bekerja tanpa upah lembur.", "id"),
    ("Guards beat the prisoners with batons, a former inmate told reporters.", "en"),
])
def test_a_demand_for_money_or_force_used_is_an_accusation(db, scheme, sentence, language):
    assert label(db, scheme, sentence, language) == "accusation"


@pytest.mark.parametrize("sentence, language", [
    ("Bupati meminta uang itu dikembalikan ke kas daerah.", "id"),
    ("Warga meminta pemerintah memperbaiki jalan desa.", "id"),
    ("Polisi memaksa pengendara putar balik di titik penyekatan.", "id"),
    ("Leeds beat Chelsea 2-1 on Saturday.", "en"),
])
def test_an_appeal_or_ordinary_force_stays_no_accusation(db, scheme, sentence, language):
    assert label(db, scheme, sentence, language) != "accusation"


def test_a_deed_whose_object_is_a_name_is_no_deed(db, scheme):
    assert label(db, scheme, "Ia meminta Komisi Pemberantasan Korupsi menelusuri proses "
                 "penerbitan izin tersebut.", "id") != "accusation"
