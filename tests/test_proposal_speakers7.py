"""Who speaks, read as the guidelines' classes (data/guidelines.md, seventh round): names that
open with a common word, a role phrase that is not the speaker's name, counsel who speak
through the person named in that role, a described speaker nobody names (as written), a
group of unnamed people, documents as speakers, "did not respond", appeals and attribution
naming nobody. Every sentence is invented for this test, in Indonesian and English where the
class exists in both; none is taken from the benchmark's sets."""

from __future__ import annotations

import pytest
from support.proposals import proposals, speaker

from annotator.domain.proposals.entities import entity_table

# --- names that open with a common word ---------------------------------------------------

@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Lalu Hadrian Irfani membantah tuduhan penggelembungan anggaran itu.",
         "Lalu Hadrian Irfani"),
        ("Juru bicara dinas, Lalu Ahmad Zaini, mengatakan proyek itu sesuai aturan.",
         "Lalu Ahmad Zaini"),
        ("Baiq Sri Mulyani menuding kepala sekolah memotong dana bantuan.", "Baiq Sri Mulyani"),
        ("Bupati Gianyar I Made Mahayastra menepis tudingan pungutan liar.",
         "I Made Mahayastra"),
        ("Ketua koperasi, Ni Luh Putu Ayu, mengatakan dana anggota aman.", "Ni Luh Putu Ayu"),
    ],
)
def test_a_name_that_opens_with_a_common_word_is_read_whole(db, scheme, sentence, name):
    assert speaker(db, scheme, [sentence], "id") == name


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # "Lalu" as "then" at the start: a title or a one-word name follows
        ("Lalu Presiden Prabowo Subianto mengatakan program itu berjalan.", "Prabowo Subianto"),
        ("Lalu Jokowi mengatakan proyek itu sudah selesai.", "Jokowi"),
    ],
)
def test_then_at_the_start_of_a_sentence_opens_no_name(db, scheme, sentence, name):
    assert speaker(db, scheme, [sentence], "id") == name


def test_an_english_article_keeps_the_sasak_name(db, scheme):
    assert speaker(db, scheme, [
        "West Nusa Tenggara governor Lalu Muhamad Zaki said the permits were lawful."],
        "en") == "Lalu Muhamad Zaki"


# --- a role phrase is not the speaker's name ----------------------------------------------

@pytest.mark.parametrize(
    ("sentences", "language", "name"),
    [
        (["Sarah Whitcombe KC, for Doyle, told the court the search had been unlawful."],
         "en", "Sarah Whitcombe"),
        (["Daniel Okafor, acting for the tenants, said the landlord ignored the damp."], "en",
         "Daniel Okafor"),
        (["Priya Natarajan, on behalf of the club, said the fine was unfair."], "en",
         "Priya Natarajan"),
        (['"The search was unlawful," Sarah Whitcombe KC, for Doyle, told the Court of '
          'Appeal.'], "en", "Sarah Whitcombe"),
        (["Yusuf Hamdani, kuasa hukum terdakwa, membantah kliennya menerima suap."], "id",
         "Yusuf Hamdani"),
    ],
)
def test_a_role_phrase_between_commas_is_not_the_speaker(db, scheme, sentences, language,
                                                         name):
    assert speaker(db, scheme, sentences, language) == name


@pytest.mark.parametrize(
    ("sentences", "language", "name"),
    [
        (["Sarah Whitcombe KC, for Doyle, told the court the search had been unlawful.",
          "Lawyers for Martin Doyle said the police had no warrant."], "en", "Sarah Whitcombe"),
        (["Doyle's lawyer, Sarah Whitcombe, said the search was unlawful.",
          "Doyle's lawyers said they would appeal."], "en", "Sarah Whitcombe"),
        (["Kuasa hukum terdakwa, Yusuf Hamdani, menyatakan dakwaan itu kabur.",
          "Kuasa hukum terdakwa membantah kliennya menerima uang."], "id", "Yusuf Hamdani"),
    ],
)
def test_counsel_speak_through_the_person_named_in_that_role(db, scheme, sentences,
                                                             language, name):
    assert speaker(db, scheme, sentences, language) == name


def test_lawyers_nobody_names_are_no_source(db, scheme):
    assert speaker(db, scheme, [
        "Lawyers for the former mayor said the charges were politically motivated."],
        "en") is None


def test_the_table_records_whom_a_named_person_acts_for():
    table = entity_table(("Sarah Whitcombe KC, for Doyle, told the court it was unlawful.",
                          "Martin Doyle was arrested in May."), "en")
    assert table.speaking_for(frozenset({"martin", "doyle"}), 1) == "Sarah Whitcombe"
    assert table.speaking_for(frozenset({"court"}), 1) is None


# --- a described speaker nobody names ----------------------------------------------------

@pytest.mark.parametrize(
    ("sentences", "language", "name"),
    [
        (["The city council accused Harlow Paving of laying the road too thin."], "en",
         "the city council"),  # a body as written keeps its "the" (twenty-seventh round)
        (["A senior official said the contract had been signed in a hurry."], "en",
         "a senior official"),  # as written, its article kept (the guidelines' example;
        # eleventh round: Indonesian kept "seorang" already)
        (["Seorang politikus oposisi menuding dinas menyunat anggaran jalan."], "id",
         "seorang politikus oposisi"),
    ],
)
def test_a_singular_description_nobody_names_is_the_source_as_written(
        db, scheme, sentences, language, name):
    assert speaker(db, scheme, sentences, language, at=0) == name


@pytest.mark.parametrize(
    ("sentences", "language", "name"),
    [
        (["A group of residents has accused Harlow Paving of dumping tar in the brook.",
          "The Brookside Action Committee, a group formed last spring, said the tar was "
          "found in June."], "en", "Brookside Action Committee"),
    ],
)
def test_a_described_group_takes_the_name_the_article_gives_it(db, scheme, sentences,
                                                               language, name):
    assert speaker(db, scheme, sentences, language, at=0) == name


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("A group of nurses has accused the clinic of falsifying shift records.", "en"),
        ("Local shopkeepers said the road works had cost them customers.", "en"),
    ],
)
def test_people_nobody_names_are_no_source(db, scheme, sentence, language):
    assert speaker(db, scheme, [sentence], language) is None


def test_a_name_written_with_its_s_keeps_it(db, scheme):
    assert speaker(db, scheme, [
        "The Friends of St. Aidan's said the hall had no structural faults."],
        "en") == "Friends of St. Aidan's"


def test_a_possessive_before_a_noun_is_read_as_the_owner(db, scheme):
    assert speaker(db, scheme, ["Peru's mining ministry said the permit was valid."],
                   "en") == "Peru's mining ministry"


# --- documents as speakers ----------------------------------------------------------------

@pytest.mark.parametrize(
    ("sentences", "language", "name"),
    [
        (["The Public Accounts Office published a report on the contract in May.",
          "The report said the ministry had overpaid by 40 million pounds."], "en",
         "Public Accounts Office"),
        (["Jaksa Kejari Mataram Dewi Lestari membacakan dakwaan pada Senin.",
          "Menurut dakwaan, terdakwa menerima uang Rp 1 miliar dari kontraktor."], "id",
         "Dewi Lestari"),
        (["A leaked memo said staff had been told to delete the files."], "en",
         "leaked memo"),
    ],
)
def test_a_document_speaks_for_whoever_issued_it(db, scheme, sentences, language, name):
    assert speaker(db, scheme, sentences, language) == name


def test_a_document_nobody_issues_is_no_source(db, scheme):
    assert speaker(db, scheme, ["The report said the bridge needed repairs."], "en") is None


# --- silence, appeals, attribution naming nobody ------------------------------------------

@pytest.mark.parametrize(
    ("sentence", "language", "name"),
    [
        ("Harlow Paving did not respond to requests for comment.", "en", "Harlow Paving"),
        ("Direktur PT Jalan Mulia, Agus Salim, tidak menjawab pesan yang dikirim.", "id",
         "Agus Salim"),
        ("Direktur PT Jalan Mulia, Agus Salim, belum dapat dihubungi.", "id", "Agus Salim"),
    ],
)
def test_the_party_named_as_silent_is_the_source(db, scheme, sentence, language, name):
    got = proposals(db, scheme, [sentence], language)[0]
    assert (got.name, got.label) == (name, "context")


@pytest.mark.parametrize(
    ("sentence", "language", "name"),
    [
        ("The Hillside Tenants Union has asked the housing ombudsman to investigate the "
         "evictions.", "en", "Hillside Tenants Union"),
        ("Forum Warga Kali Bening mengajak warga tidak membuang sampah ke sungai.", "id",
         "Forum Warga Kali Bening"),
    ],
)
def test_an_appeal_keeps_its_speaker(db, scheme, sentence, language, name):
    assert speaker(db, scheme, [sentence], language) == name


def test_an_appeal_reported_inside_speech_does_not_take_a_pronoun(db, scheme):
    assert speaker(db, scheme, [
        "The Harbour Authority fined Tidewater Ltd on Monday.",
        "Mayor Ruth Allard said she had asked officials for a full account."],
        "en") == "Ruth Allard"


@pytest.mark.parametrize(
    ("sentences", "language", "name"),
    [
        (["Seorang aktivis lingkungan menuding pabrik membuang limbah ke sungai.",
          "Tudingan itu disampaikan dalam sebuah diskusi di kampus pada Sabtu."], "id",
         "seorang aktivis lingkungan"),
        (["Mayor Amy Brandt accused the contractor of cutting corners.",
          "The remarks were made at a public meeting on Tuesday."], "en", "Amy Brandt"),
    ],
)
def test_attribution_naming_nobody_takes_the_statements_speaker(db, scheme, sentences,
                                                                language, name):
    assert speaker(db, scheme, sentences, language) == name


# --- who a pronoun or a definite description means ----------------------------------------

def test_she_after_a_body_is_the_person_named_last(db, scheme):
    assert speaker(db, scheme, [
        "The victim's sister, Joanne Pike, sat in the public gallery.",
        "Westshire Police said the case had been reviewed twice.",
        '"We only want the truth," she said outside the court.'], "en") == "Joanne Pike"


def test_dia_after_a_body_stays_with_the_body(db, scheme):
    assert speaker(db, scheme, [
        "Kepala desa, Slamet Riyadi, ikut meninjau lokasi.",
        "Dinas Pekerjaan Umum Kabupaten Bantul membantah jembatan itu retak.",
        "Menurut dia, retakan itu hanya pada lapisan cat."], "id") == \
        "Dinas Pekerjaan Umum Kabupaten Bantul"


@pytest.mark.parametrize(
    ("sentences", "language", "name"),
    [
        (["Anggota DPRD Kota Padang, Yulia Hasan, mencurigai harga tanah digelembungkan.",
          "Menurut politikus tersebut, harga per meter dua kali lipat harga pasar."], "id",
         "Yulia Hasan"),
        (["Deputy mayor Colin Marsh said the tender was rushed.",
          "The official spoke on condition of anonymity."], "en", "Colin Marsh"),
    ],
)
def test_a_definite_title_means_the_person_just_named(db, scheme, sentences, language, name):
    assert speaker(db, scheme, sentences, language) == name


def test_a_lower_case_honorific_opens_the_name_between_commas(db, scheme):
    assert speaker(db, scheme, [
        "Direktur RS Bakti Husada, dr Fransiska Lie, membantah rumah sakitnya menolak "
        "pasien."], "id") == "Fransiska Lie"


@pytest.mark.parametrize(
    ("sentences", "language", "name"),
    [
        (["Teresa Mamani farms near the smelter.",
          "Mamani and her neighbours have filed a complaint with the regulator."], "en",
         "Teresa Mamani"),
        (["Darto Wiyono dan rekan-rekannya melapor ke Polda Lampung."], "id",
         "Darto Wiyono"),
    ],
)
def test_a_person_named_with_unnamed_others_speaks_first(db, scheme, sentences, language,
                                                         name):
    assert speaker(db, scheme, sentences, language) == name


@pytest.mark.parametrize(
    ("sentence", "language", "name"),
    [
        ("Menteri Perdagangan Budi Santosa membuat pernyataan itu setelah rapat kabinet.",
         "id", "Budi Santosa"),
        ("Trade minister Helen Marsh made the remarks after a cabinet meeting.", "en",
         "Helen Marsh"),
    ],
)
def test_a_sentence_saying_only_who_spoke_takes_that_speaker(db, scheme, sentence, language,
                                                             name):
    got = proposals(db, scheme, [sentence], language)[0]
    assert (got.name, got.label) == (name, "context")


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Menteri Perdagangan Budi Santosa membantah impor gula itu ilegal.", "Budi Santosa"),
        ("Menteri Kesehatan Rina Dewanti menuding rumah sakit lalai.", "Rina Dewanti"),
    ],
)
def test_a_ministers_portfolio_is_not_part_of_the_name(db, scheme, sentence, name):
    assert speaker(db, scheme, [sentence], "id") == name


def test_a_joint_statement_with_the_before_each_body_takes_the_first(db, scheme):
    assert speaker(db, scheme, [
        "The Red Cliffs Falcon Trust and the Sage Valley Bird Alliance said 9 hawks had died."],
        "en") == "Red Cliffs Falcon Trust"


def test_a_title_before_a_body_and_a_person_between_commas(db, scheme):
    got = proposals(db, scheme, [
        "Ketua Forum Warga Peduli Kali Bening, Sutrisno Hadi, mengatakan air sungai berbau.",
        "Forum tersebut menuding pabrik tahu membuang limbah ke sungai."], "id")
    assert [p.name for p in got] == ["Sutrisno Hadi", "Forum Warga Peduli Kali Bening"]


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("The footage showed the van at the gate at 2am.", "en"),
        ("Sebuah video menunjukkan truk membuang limbah ke sungai.", "id"),
    ],
)
def test_evidence_as_the_subject_speaks_for_nobody(db, scheme, sentence, language):
    assert speaker(db, scheme, [sentence], language) is None


@pytest.mark.parametrize(
    ("sentences", "name"),
    [
        # a person described in the lead: the person quoted next
        (["A cyclist who was hit by a council van has accused the council of hiding the "
          "footage.", "Tomasz Nowak, 29, said the van had no lights on."], "Tomasz Nowak"),
        # a body described in the lead: the body named next, not the person after it
        (["A union representing bus drivers has alleged that rest logs were forged.",
          "The Coach Drivers' Alliance said 12 of its members had been told to sign blank "
          "sheets."], "Coach Drivers' Alliance"),
    ],
)
def test_a_described_accuser_takes_the_speaker_of_its_kind_named_next(db, scheme, sentences,
                                                                      name):
    assert speaker(db, scheme, sentences, "en", at=0) == name


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("African Union observers said the count in Kano had been orderly.", "African Union"),
        ("Local election monitors said voting was calm.", None),
        ("Health officials warned that the outbreak could last for months.", None),
    ],
)
def test_members_of_a_named_body_speak_as_it_and_others_are_nobody(db, scheme, sentence,
                                                                  name):
    assert speaker(db, scheme, [sentence], "en") == name
