"""Who speaks, eighth round: the whole family of speech verbs in every position, a verb in a
comparison, joint statements, the short form an article defines registered with the new
source it names, and titles trimmed from a person's name. Every sentence is invented for
this test from the guidelines' classes (data/guidelines.md), in Indonesian and English where
the class exists in both; none is taken from the benchmark's sets."""

from __future__ import annotations

import pytest
from support.proposals import proposals, speaker

# --- the speech verb's family --------------------------------------------------------------

@pytest.mark.parametrize(
    ("sentence", "language", "name"),
    [
        ("Yohanes Siregar memaparkan bahwa tanggul itu dibangun sesuai rancangan.", "id",
         "Yohanes Siregar"),
        ("Yohanes Siregar menerangkan bahwa tanggul itu dibangun sesuai rancangan.", "id",
         "Yohanes Siregar"),
        ("Yohanes Siregar mengonfirmasi tanggul itu sudah diperiksa dua kali.", "id",
         "Yohanes Siregar"),
        ("Yohanes Siregar membeberkan tiga kejanggalan dalam laporan itu.", "id",
         "Yohanes Siregar"),
        ('"Tanggul itu sudah diperiksa dua kali," beber Yohanes Siregar.', "id",
         "Yohanes Siregar"),
        ('"Tanggul itu sudah diperiksa dua kali," tandas Yohanes Siregar.', "id",
         "Yohanes Siregar"),
        ("Marion Pike maintained that the levee was built to specification.", "en",
         "Marion Pike"),
        ("Marion Pike reiterated that the levee had been inspected twice.", "en", "Marion Pike"),
        ("The levee was inspected twice, explained Marion Pike.", "en", "Marion Pike"),
        ('"The levee was inspected twice," countered Marion Pike.', "en", "Marion Pike"),
    ],
)
def test_every_form_of_a_speech_verb_names_its_speaker(db, scheme, sentence, language, name):
    assert speaker(db, scheme, [sentence], language) == name


@pytest.mark.parametrize(
    ("sentences", "language"),
    [
        (["Yohanes Siregar membantah tanggul itu retak.",
          "Tanggul itu sudah diperiksa dua kali, bebernya."], "id"),
        (["Yohanes Siregar membantah tanggul itu retak.",
          "Pemeriksaan terakhir dilakukan pada Maret, pungkasnya."], "id"),
        (["Marion Pike denied that the levee had cracked.",
          "According to her, the last inspection was in March."], "en"),
    ],
)
def test_a_suffixed_verb_or_an_object_pronoun_is_the_last_named_speaker(db, scheme,
                                                                        sentences, language):
    person = "Yohanes Siregar" if language == "id" else "Marion Pike"
    assert speaker(db, scheme, sentences, language) == person


def test_a_verb_of_belief_after_the_speech_verb_keeps_the_speaker(db, scheme):
    """"said it believed": the body that said it speaks, not whom "it" would mean."""
    assert speaker(db, scheme, [
        "Marion Pike said the levee was sound.",
        "The regional water board said it believed the cracks were cosmetic."], "en"
    ) != "Marion Pike"


def test_a_statement_in_a_comparison_speaks_for_nobody(db, scheme):
    assert speaker(db, scheme, [
        "Volunteers counted 52 more dead fish than the operator disclosed to regulators."],
        "en") is None


# --- a joint statement names every speaker, the first as the source -----------------------

@pytest.mark.parametrize(
    ("sentence", "language", "names"),
    [
        ("Norway and Iceland said the quota breached the fisheries treaty.", "en",
         ("Norway", "Iceland")),
        ("Oxfam, Greenpeace and Friends of the Earth accused the miner of polluting the "
         "river.", "en", ("Oxfam", "Greenpeace", "Friends of the Earth")),
        ("Walhi dan Jatam menuding perusahaan tambang itu mencemari sungai.", "id",
         ("Walhi", "Jatam")),
    ],
)
def test_a_joint_statement_proposes_every_speaker_the_first_as_source(db, scheme, sentence,
                                                                     language, names):
    proposal = proposals(db, scheme, [sentence], language)[-1]
    assert proposal.name == names[0]
    assert proposal.sources == names
    assert "joint statement" in proposal.reason


@pytest.mark.parametrize(
    ("sentence", "language", "name"),
    [
        ("Avon and Somerset Police said the driver had been released.", "en",
         "Avon and Somerset Police"),
        ("The Ministry of Trade and Industry said the tariff was lawful.", "en",
         "Ministry of Trade and Industry"),
        ("Kementerian Komunikasi dan Informatika membantah data itu bocor.", "id",
         "Kementerian Komunikasi dan Informatika"),
    ],
)
def test_one_name_with_and_inside_stays_one_speaker(db, scheme, sentence, language, name):
    proposal = proposals(db, scheme, [sentence], language)[-1]
    assert proposal.name == name
    assert proposal.sources == ()


# --- a new source is registered with the short form the article defines --------------------

def test_accepting_a_new_source_registers_its_defined_short_form(db, scheme):
    from annotator.domain.proposals.registering import register_proposed
    from annotator.domain.sources import find

    first = proposals(db, scheme, [
        "Badan Pengawas Pemilu (Bawaslu) Kabupaten Karo menuding dua kepala desa berkampanye.",
    ], "id")[0]
    assert first.name == "Badan Pengawas Pemilu Kabupaten Karo"
    assert first.new_source and first.aliases == ("Bawaslu Kabupaten Karo",)
    register_proposed(db, first, first.name)
    assert find(db, "Bawaslu Kabupaten Karo").name == "Badan Pengawas Pemilu Kabupaten Karo"


def test_a_picked_source_registers_nothing_proposed(db, scheme):
    from annotator.domain.proposals.registering import register_proposed
    from annotator.domain.sources import find

    first = proposals(db, scheme, [
        "Badan Pengawas Pemilu (Bawaslu) Kabupaten Karo menuding dua kepala desa berkampanye.",
    ], "id")[0]
    assert register_proposed(db, first, "Someone Else") == []
    assert find(db, "Bawaslu Kabupaten Karo") is None


def test_enter_registers_the_short_form_and_every_joint_speaker(db, db_path):
    from support.corpus import add_document
    from support.ui import drive, shown

    from annotator.db.connection import write
    from annotator.domain.annotations import get_annotation, speakers
    from annotator.domain.sources import find

    ids = add_document(db, "d1", [
        "Lembaga Bantuan Hukum (LBH) Kota Binjai menuding polisi menyiksa dua tahanan."])
    ids += add_document(db, "d2", [
        "Norway and Iceland said the quota breached the fisheries treaty."], ordinal=1)
    with write(db):
        db.execute("UPDATE documents SET language = CASE id WHEN 'd1' THEN 'id' ELSE 'en' "
                   "END")
    seen = {}

    async def scenario(pilot):
        seen["first"] = await shown(pilot)
        await pilot.press("enter")
        seen["second"] = await shown(pilot)
        await pilot.press("enter")

    drive(db_path, scenario)
    assert "with LBH Kota Binjai" in seen["first"]
    assert find(db, "LBH Kota Binjai").name == "Lembaga Bantuan Hukum Kota Binjai"
    assert get_annotation(db, ids[0], "alice")["source"] == "Lembaga Bantuan Hukum Kota Binjai"
    assert "Norway + Iceland" in seen["second"]
    assert speakers(get_annotation(db, ids[1], "alice")) == ["Norway", "Iceland"]
    assert find(db, "Iceland") is not None


# --- a title's or a rank's words are not the person's name ----------------------------------

@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Kepala Bidang Humas Polda Sumatera Barat Komisaris Besar Dwi Sulistyawan membantah "
         "anggotanya memukul mahasiswa.", "Dwi Sulistyawan"),
        ("Kepala Bidang Humas Polda Sumatera Barat Komisaris Besar Sulistyawan membantah "
         "anggotanya memukul mahasiswa.", "Sulistyawan"),
        ("Kepala Kepolisian Resor Kota Padang Komisaris Besar Ferry Harahap membantah "
         "tudingan itu.", "Ferry Harahap"),
    ],
)
def test_a_rank_before_a_name_is_not_part_of_it(db, scheme, sentence, name):
    assert speaker(db, scheme, [sentence], "id") == name


# --- a speaker named apart from the verb -----------------------------------------------------

@pytest.mark.parametrize(
    ("sentence", "language", "name"),
    [
        ("Yohanes Siregar saat ditemui di kantornya pada Selasa menegaskan tanggul itu aman.",
         "id", "Yohanes Siregar"),
        ("Kepala Balai Wilayah Sungai Sumatera II, Yohanes Siregar, ketika dihubungi pada "
         "Selasa menegaskan tanggul itu aman.", "id", "Yohanes Siregar"),
        ("Marion Pike, speaking at a council meeting on Tuesday, said the levee was sound.",
         "en", "Marion Pike"),
        ("Marion Pike, when asked about the cracks, said the levee was sound.", "en",
         "Marion Pike"),
    ],
)
def test_a_clause_between_the_subject_and_the_verb_keeps_the_subject(db, scheme, sentence,
                                                                     language, name):
    assert speaker(db, scheme, [sentence], language) == name


@pytest.mark.parametrize(
    ("sentence", "language", "name"),
    [
        ("The complaint was lodged in April by the Riverside Residents Association.", "en",
         "Riverside Residents Association"),
        ("The allegations were first made last spring by Harbour Watch.", "en",
         "Harbour Watch"),
        ("Pengaduan itu diajukan pada April oleh Forum Warga Bantaran Kali.", "id",
         "Forum Warga Bantaran Kali"),
        ("Tudingan itu dilontarkan pekan lalu oleh Koalisi Pemantau Sungai.", "id",
         "Koalisi Pemantau Sungai"),
    ],
)
def test_the_agent_a_few_words_after_a_passive_is_the_speaker(db, scheme, sentence, language,
                                                              name):
    assert speaker(db, scheme, [sentence], language) == name


def test_a_deed_done_by_someone_names_no_speaker(db, scheme):
    assert speaker(db, scheme, [
        "The levee was built in 1998 by a Dutch contractor."], "en") is None


# --- "Pihak X": the side of X speaks as X ----------------------------------------------------

@pytest.mark.parametrize(
    ("sentences", "name"),
    [
        (["Pihak PT Tirta Sejuk Abadi membantah mencemari sungai."], "PT Tirta Sejuk Abadi"),
        (["Pihak RS Santa Elisabeth membantah adanya kelalaian."], "RS Santa Elisabeth"),
        (["Bayi itu dirawat di RSUD Kabanjahe selama tiga hari.",
          "Pihak rumah sakit membantah adanya kelalaian."], "RSUD Kabanjahe"),
        (["Bayi itu dirawat di RSUD Kabanjahe selama tiga hari.",
          "Pihak sekolah membantah adanya pungutan."], "Pihak sekolah"),
    ],
)
def test_the_side_of_a_body_speaks_as_the_body(db, scheme, sentences, name):
    assert speaker(db, scheme, sentences, "id") == name


# --- a body named in one word, and a business the article introduces by a common noun -------

@pytest.mark.parametrize(
    ("sentences", "language", "name"),
    [
        (["The budgeting app CoinNest shared its users' bank balances with lenders.",
          "The company said the data was anonymised."], "en", "CoinNest"),
        (["The ferry operator Brightwater sold 900 tickets for a 600-seat boat.",
          "The operator said the extra tickets were for crew."], "en", "Brightwater"),
        (["Aplikasi pinjaman daring Dompetku membagikan data nasabah kepada penagih.",
          "Perusahaan itu membantah membagikan data nasabah."], "id", "Dompetku"),
        (["CoinNest disputes findings, says data was anonymised"], "en", "CoinNest"),
        (["Dompetku membantah tudingan itu dan menyatakan data nasabah aman."], "id",
         "Dompetku"),
    ],
)
def test_a_body_the_article_introduces_speaks_when_described_later(db, scheme, sentences,
                                                                   language, name):
    assert speaker(db, scheme, sentences, language) == name


def test_the_table_holds_one_word_bodies_and_not_where_a_business_is_from():
    from annotator.domain.proposals.entities import entity_table, introduced
    from annotator.domain.proposals.lexicon import lexicon

    table = entity_table((
        "The budgeting app CoinNest shared its users' bank balances with lenders.",
        "Regulators opened an inquiry.",
    ), "en")
    kinds = {e.name: e.kind for e in table.entities}
    assert kinds.get("CoinNest") in ("company", "organisation")
    assert table.described("company", 1) == "CoinNest"
    assert introduced("Perusahaan asal Jepang itu membantah.", lexicon("id")) == []
    assert introduced("Maskapai swasta Nusa Air membantah.", lexicon("id")) == [
        ("maskapai", "Nusa Air")]


def test_a_persons_inner_capital_is_no_body():
    from annotator.domain.proposals.entities import camel_cased

    assert camel_cased("MacArthur and McCarthy met the CoinNest board.") == ["CoinNest"]


# --- a negation inside the quotation does not negate the speech verb after it ---------------

@pytest.mark.parametrize(
    ("sentence", "language", "name"),
    [
        ('"They said the tracker was off. It was not," Marion Pike said in an interview.', "en",
         "Marion Pike"),
        ('"Kami sudah memeriksa semuanya dan hasilnya tidak," Yohanes Siregar menegaskan.',
         "id", "Yohanes Siregar"),
    ],
)
def test_a_negation_closing_a_quotation_leaves_the_speaker(db, scheme, sentence, language,
                                                           name):
    assert speaker(db, scheme, [sentence], language) == name


@pytest.mark.parametrize(
    ("sentences", "language", "name"),
    [
        (["Researchers at the Harbour Institute tested the water in May.",
          "Marion Pike found that the samples held twice the permitted lead."], "en",
         "Marion Pike"),
        (["Yohanes Siregar menyimpulkan sampel air itu mengandung timbal dua kali batas."],
         "id", "Yohanes Siregar"),
        (["Yohanes Siregar membantah tanggul itu retak.",
          "Dia juga mempersilakan warga memeriksa tanggul itu sendiri."], "id",
         "Yohanes Siregar"),
    ],
)
def test_a_finding_or_an_invitation_names_its_speaker(db, scheme, sentences, language, name):
    assert speaker(db, scheme, sentences, language) == name


# --- a minister's whole name; a title alone means the person named with it -------------------

@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Menteri Keuangan Sri Mulyani Indrawati membantah anggaran itu digelembungkan.",
         "Sri Mulyani Indrawati"),
        ("Menteri Kelautan dan Perikanan Sakti Wahyu Trenggono membantah kuota itu dijual.",
         "Sakti Wahyu Trenggono"),
        ("Menteri Agama Nasaruddin Umar membantah kuota haji itu dijual.", "Nasaruddin Umar"),
        # a regional office: the place before the name is no part of it
        ("Kepala Dinas Kesehatan Binjai Rudi Hartono membantah tudingan itu.", "Rudi Hartono"),
        ("Kepala Badan Nasional Penanggulangan Bencana Abdul Muhari membantah data itu.",
         "Abdul Muhari"),
    ],
)
def test_a_ministers_whole_name_follows_the_portfolio(db, scheme, sentence, name):
    assert speaker(db, scheme, [sentence], "id") == name


@pytest.mark.parametrize(
    ("sentences", "language", "name"),
    [
        (["Harbour Water chief executive Marion Pike denied the claim.",
          "The chief executive said every procedure had been followed."], "en", "Marion Pike"),
        (["Menteri Kelautan dan Perikanan Sakti Wahyu Trenggono membantah kuota itu dijual.",
          "Sang menteri mengatakan kuota dibagi sesuai aturan."], "id",
         "Sakti Wahyu Trenggono"),
    ],
)
def test_a_title_alone_means_the_person_named_with_it(db, scheme, sentences, language, name):
    assert speaker(db, scheme, sentences, language) == name


def test_a_title_means_the_person_named_with_it_not_the_last_named(db, scheme):
    assert speaker(db, scheme, [
        "Harbour Water chief executive Marion Pike denied the claim.",
        "Campaigner Leon Brandt said the figures were wrong.",
        "The chief executive said every procedure had been followed."], "en") == "Marion Pike"


# --- saying nothing keeps the speaker; not saying something is narration ---------------------

@pytest.mark.parametrize(
    ("sentences", "language", "name"),
    [
        (["Marion Pike said the levee was sound.", "She declined to comment further."], "en",
         "Marion Pike"),
        (["Yohanes Siregar membantah tanggul itu retak.", "Ia enggan berkomentar lebih jauh."],
         "id", "Yohanes Siregar"),
        (["Marion Pike said the levee was sound.", "She did not say who paid for the repairs."],
         "en", None),
        (["Yohanes Siregar membantah tanggul itu retak.",
          "Ia tidak menyebut siapa yang membayar perbaikan."], "id", None),
    ],
)
def test_declining_keeps_the_speaker_and_what_was_not_said_is_narration(db, scheme, sentences,
                                                                         language, name):
    assert speaker(db, scheme, sentences, language) == name


# --- the party a journalist asked for comment, with no answer, is the silent source ---------

@pytest.mark.parametrize(
    ("sentence", "language", "name"),
    [
        ("Reuters was unable to reach Harbour Water for comment.", "en", "Harbour Water"),
        ("The Chronicle has contacted Harbour Water for comment.", "en", "Harbour Water"),
        ("Harbour Water has been approached for comment.", "en", "Harbour Water"),
        ("Kompas.com telah menghubungi PT Tirta Sejuk Abadi, tetapi belum mendapat jawaban.",
         "id", "PT Tirta Sejuk Abadi"),
        ("Redaksi sudah meminta tanggapan kepada Dinas Lingkungan Hidup Binjai, namun belum "
         "mendapat balasan.", "id", "Dinas Lingkungan Hidup Binjai"),
    ],
)
def test_the_party_asked_for_comment_is_the_silent_source(db, scheme, sentence, language,
                                                          name):
    assert speaker(db, scheme, [sentence], language) == name


def test_a_party_contacted_for_something_else_is_no_source(db, scheme):
    assert speaker(db, scheme, [
        "Residents contacted Harbour Water in March about the smell."], "en") is None


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Harbour Water's spokeswoman, Joan Ames, denied the pipe had burst.", "Joan Ames"),
        ("Harbour Water's head of operations, Joan Ames, denied the pipe had burst.",
         "Joan Ames"),
    ],
)
def test_a_person_named_between_commas_for_a_body_is_the_speaker(db, scheme, sentence, name):
    assert speaker(db, scheme, [sentence], "en") == name


@pytest.mark.parametrize(
    ("sentences", "name"),
    [
        (["Pengadilan Negeri Kabanjahe memvonis terdakwa dua tahun penjara.",
          "Majelis hakim menyatakan terdakwa terbukti menerima suap."],
         "Pengadilan Negeri Kabanjahe"),
        (["Pemerintah Kota Kabanjahe menyetujui kontrak itu pada Mei.",
          "Pemkot menyatakan tender itu sah."], "Pemerintah Kota Kabanjahe"),
        (["Pemkot menyatakan tender itu sah."], "Pemkot"),
    ],
)
def test_a_courts_panel_and_an_offices_abbreviation_take_the_body_named(db, scheme,
                                                                        sentences, name):
    assert speaker(db, scheme, sentences, "id") == name


@pytest.mark.parametrize(
    ("sentence", "language", "name"),
    [
        ("Menanggapi tudingan warga soal pungutan di sekolah itu, Kepala Sekolah Sri Wahyuni "
         "menegaskan tidak ada pungutan.", "id", "Sri Wahyuni"),
        ("Ketika ditanya soal dana bantuan yang dipotong, Kepala Desa Asep Saepudin "
         "membantahnya.", "id", "Asep Saepudin"),
        ("Responding to the allegations, which were first reported by the Chronicle in March, "
         "Marion Pike said the audit was complete.", "en", "Marion Pike"),
    ],
)
def test_a_speaker_named_after_a_long_opening_clause(db, scheme, sentence, language, name):
    assert speaker(db, scheme, [sentence], language) == name


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Kasus ini dilaporkan Forum Warga Bantaran Kali ke Polda Sumatera Utara.",
         "Forum Warga Bantaran Kali"),
        ("Gugatan itu diajukan Koalisi Pemantau Sungai pada Mei.", "Koalisi Pemantau Sungai"),
        ("Gugatan itu diajukan pada Mei.", None),
        ("Kasus ini dilaporkan ke Polres Binjai pada Mei.", None),
    ],
)
def test_the_agent_right_after_a_passive_without_oleh(db, scheme, sentence, name):
    assert speaker(db, scheme, [sentence], "id") == name


def test_a_family_as_the_agent_speaks_through_the_person_named_for_it(db, scheme):
    assert speaker(db, scheme, [
        "Kuasa hukum keluarga korban, Dimas Saragih, menuding rumah sakit lalai.",
        "Kasus ini juga dilaporkan keluarga ke Polres Binjai."], "id") == "Dimas Saragih"


def test_according_to_the_side_of_a_body_the_article_names(db, scheme):
    assert speaker(db, scheme, [
        "Bayi itu dirawat di RSUD Kabanjahe selama tiga hari.",
        "Menurut pihak rumah sakit, bayi itu sudah ditangani sesuai prosedur."], "id") == \
        "RSUD Kabanjahe"


def test_a_name_whose_complement_runs_past_and_is_one_speaker(db, scheme):
    proposal = proposals(db, scheme, [
        "The Institute for Water Safety and Hygiene said the samples were clean."], "en")[-1]
    assert proposal.name == "Institute for Water Safety and Hygiene"
    assert proposal.sources == ()


def test_a_capitalised_common_noun_opening_a_sentence_is_no_subject_across_a_clause(db,
                                                                                   scheme):
    assert speaker(db, scheme, [
        "Swimmers at Leamside beach, downstream of the outfalls, have reported stomach "
        "illnesses."], "en") is None


# --- a party's own act keeps it as the source (plans, filings, enforcement, rulings) ---------

@pytest.mark.parametrize(
    ("sentence", "language", "name"),
    [
        ("Serikat Buruh Kabanjahe berencana menggelar mogok kerja pada awal Desember.", "id",
         "Serikat Buruh Kabanjahe"),
        ("Dinas Lingkungan Hidup Binjai menyegel saluran limbah pabrik itu.", "id",
         "Dinas Lingkungan Hidup Binjai"),
        ("Koperasi Tani Makmur mengajukan banding ke Pengadilan Tinggi Medan.", "id",
         "Koperasi Tani Makmur"),
        ("The Harbour Safety Authority fined Brightwater Ferries on Monday.", "en",
         "Harbour Safety Authority"),
        ("Marion Pike has lodged an appeal with the tribunal.", "en", "Marion Pike"),
        ("Judge Helen Carter set sentencing for December 14.", "en", "Helen Carter"),
    ],
)
def test_a_partys_own_act_names_it_as_the_source(db, scheme, sentence, language, name):
    assert speaker(db, scheme, [sentence], language) == name


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Marion Pike, who was charged in March, left the court without speaking.", "en"),
        ("Brightwater Ferries filed for bankruptcy in November.", "en"),
        ("Critics have suggested that Marion Pike ordered the cuts.", "en"),
    ],
)
def test_an_act_done_to_a_party_or_reported_names_no_actor(db, scheme, sentence, language):
    assert speaker(db, scheme, [sentence], language) is None


def test_a_name_the_article_abbreviates_whole_is_one_speaker(db, scheme):
    proposal = proposals(db, scheme, [
        "The Food and Water Standards Agency (FWSA) has served a notice on the plant."],
        "en")[-1]
    assert proposal.name == "Food and Water Standards Agency" and proposal.sources == ()


def test_a_pronoun_in_a_relative_after_the_verb_is_not_the_speaker(db, scheme):
    assert speaker(db, scheme, [
        "Marion Pike said the levee was sound.",
        "Campaign group River Watch condemned the council for what it called a cover-up."],
        "en") == "River Watch"


@pytest.mark.parametrize(
    ("sentences", "name"),
    [
        (["A spokesman for the River Defence Front, Omar Farah, said the boat was stopped "
          "lawfully."], "Omar Farah"),
        (["Alan Brook was convicted in 2024.",
          "\"The evidence should never have been heard,\" Brook's lawyer, Nina Vale, said."],
         "Nina Vale"),
        (["\"This was a robbery,\" said the party's candidate, Joseph Amadu, on Monday."],
         "Joseph Amadu"),
    ],
)
def test_the_person_named_between_commas_in_a_speakers_role_speaks(db, scheme, sentences,
                                                                    name):
    assert speaker(db, scheme, sentences, "en") == name


def test_a_role_holder_named_as_the_object_does_not_speak(db, scheme):
    assert speaker(db, scheme, [
        "Marion Pike accused the company's chief executive, Mark Dalton, of lying."], "en") \
        == "Marion Pike"


@pytest.mark.parametrize(
    ("sentences", "name"),
    [
        (["Kasat Reskrim Polres Binjai, AKP Rizal Mahmud, membenarkan laporan itu."],
         "Rizal Mahmud"),
        (["Komandan Lanud Soewondo, Marsma TNI Budi Santika, membantah tudingan warga."],
         "Budi Santika"),
        (["Manajemen PT Dana Cepat membantah tudingan itu."], "PT Dana Cepat"),
        (["Yosef Sitorus, kuasa hukum Rahmat, membantah dakwaan itu.",
          "Pihaknya berencana mengajukan praperadilan pekan depan."], "Yosef Sitorus"),
        (["Ketua Ikatan Dokter Indonesia (IDI) Cabang Binjai, dr Fadli Rasyid, menyebut "
          "tudingan itu tidak berdasar."], "Fadli Rasyid"),
        (["Bawaslu Kabupaten Karo menemukan 320 amplop berisi uang di rumah seorang kader."],
         "Bawaslu Kabupaten Karo"),
    ],
)
def test_ranks_management_pihaknya_and_findings_in_indonesian(db, scheme, sentences, name):
    assert speaker(db, scheme, sentences, "id") == name


@pytest.mark.parametrize(
    ("sentence", "language", "name"),
    [
        ("Ombudsman Perwakilan Sumatera Utara menerima 28 aduan soal pungutan sekolah.", "id",
         "Ombudsman Perwakilan Sumatera Utara"),
        ("The Harbour Safety Authority has received 23 complaints about the ferry.", "en",
         "Harbour Safety Authority"),
        ("Kepala desa itu menerima uang dari kontraktor.", "id", None),
    ],
)
def test_a_body_receiving_complaints_is_the_speaker(db, scheme, sentence, language, name):
    assert speaker(db, scheme, [sentence], language) == name


def test_a_body_called_by_its_names_head_noun(db, scheme):
    assert speaker(db, scheme, [
        "Inspectors closed a ride at Lakeside Park on Monday.",
        "The park said it was deeply sorry for the distress caused."], "en") == "Lakeside Park"


@pytest.mark.parametrize(
    ("sentences", "language", "name"),
    [
        (["Workers at a Harbour Foods depot were denied rest breaks, the union said.",
          "The company said every shift met the law."], "en", "Harbour Foods"),
        (["Puluhan karyawan PT Sumber Makmur mengeluhkan upah lembur.",
          "Perusahaan itu membantah menunggak upah lembur."], "id", "PT Sumber Makmur"),
    ],
)
def test_the_company_is_the_business_the_article_named(db, scheme, sentences, language, name):
    assert speaker(db, scheme, sentences, language) == name


def test_a_noun_before_a_verb_is_not_the_name_after_it(db, scheme):
    proposal = proposals(db, scheme, [
        "The city council accused Harbour Civil Works of using cheap bolts."], "en")[-1]
    assert proposal.name != "Harbour Civil Works"
