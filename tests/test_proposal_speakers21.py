"""Who speaks, twenty-first round (issue 11, speakers): named groups and names that look
like words. Every sentence is invented for this test; none is taken from the benchmark's
sets."""

from __future__ import annotations

import pytest
from support.proposals import accepted

from annotator.domain.proposals.kinds import COMPANY, kind_of
from annotator.domain.proposals.lexicon import lexicon
from annotator.domain.proposals.reading import described_in
from annotator.domain.proposals.titles import titled


def speakers(db, scheme, sentences, language="en"):
    return [p.name for p in accepted(db, scheme, sentences, language)]


# --- a lower-case head after a name: English only, and not after a plural's possessive ---

@pytest.mark.parametrize(
    ("text", "language", "pair"),
    [
        # Indonesian puts the head first: "perusahaan" after a title is the title's company
        ('"Itu tidak benar," kata Manajer Hubungan Eksternal perusahaan, Ridwan Saputra.',
         "id", ("perusahaan", "Manajer Hubungan Eksternal perusahaan")),
        # a plural's possessive names whose group it is, not the group's name
        ("Parents' group SafeNet Kids said the finding matched what teachers saw.", "en",
         ("group", "Parents group")),
        ("Farmers' union leaders said the price cut was unfair.", "en",
         ("union", "Farmers union")),
    ],
)
def test_no_name_is_made_of_words_before_a_lower_case_head(text, language, pair):
    found = described_in(text, lexicon(language))
    assert pair not in found
    assert not any(name.endswith(("perusahaan", "group", "union")) for _, name in found)


def test_an_english_name_before_a_lower_case_head_still_names_it():
    assert ("council", "Northfield council") in described_in(
        "The Northfield council said it would review the contract.", lexicon("en"))


def test_the_company_is_not_a_title_before_the_officer(db, scheme):
    got = speakers(db, scheme, [
        "PT Bara Sentosa Abadi mengadukan media daring Warta Kutai ke Dewan Pers.",
        '"Itu tidak pernah terjadi," kata Manajer Hubungan Eksternal perusahaan, '
        "Ridwan Saputra.",
        "Perusahaan juga meminta Warta Kutai mencabut berita tersebut.",
    ], "id")
    assert got[2] == "PT Bara Sentosa Abadi"


def test_a_parents_group_is_no_company(db, scheme):
    got = speakers(db, scheme, [
        "A regulator has found that the video app Glimmo let children keep accounts.",
        "Glimmo said in a statement that it had removed a million accounts.",
        "Parents' group SafeNet Kids said the finding matched what teachers had seen.",
        "A company spokesperson said many reports could not be checked.",
    ])
    assert got[2] == "SafeNet Kids"
    assert got[3] == "Glimmo"


# --- kinds: a body's head decides, not the business word its name ends with --------------

@pytest.mark.parametrize(
    ("name", "language"),
    [
        ("Lembaga Advokasi Konsumen Nusantara", "id"),
        ("Yayasan Peduli Anak Sejahtera", "id"),
        ("Dinas Pangan Kota Jaya", "id"),
        ("Association for Renewable Energy", "en"),
        ("Council for Affordable Homes", "en"),
        ("Roundtable on Sustainable Palm Oil", "en"),
    ],
)
def test_a_body_headed_name_is_no_company(name, language):
    assert kind_of(name, titled(lexicon(language))) != COMPANY


@pytest.mark.parametrize(
    ("name", "language"),
    [
        ("PT Sertifikasi Hijau Nusantara", "id"),
        ("Toko Sinar Jaya", "id"),
        ("Sinar Jaya", "id"),
        ("Kestrel Energy", "en"),
        ("Harbour Foods", "en"),
    ],
)
def test_a_business_name_is_still_a_company(name, language):
    assert kind_of(name, titled(lexicon(language))) == COMPANY


def test_perusahaan_is_not_a_lembaga(db, scheme):
    got = speakers(db, scheme, [
        "Lembaga Advokasi Konsumen Nusantara (LAKN) menuding PT Helm Prima Indonesia "
        "menjual helm yang tidak lolos uji.",
        "PT Helm Prima Indonesia menyatakan seluruh helmnya bersertifikat.",
        "Dalam keterangan tertulis, perusahaan menyebut metode uji LAKN keliru.",
    ], "id")
    assert got[2] == "PT Helm Prima Indonesia"


# --- a lede's described body is not the party the lede itself names -----------------------

def test_the_lede_s_body_is_not_named_by_the_party_it_names(db, scheme):
    got = speakers(db, scheme, [
        "A regulator has found that the video app Glimmo let children keep accounts.",
        "Glimmo said in a statement that it had removed a million accounts.",
    ])
    assert got[0] != "Glimmo"
    assert got[1] == "Glimmo"


def test_the_lede_s_body_still_takes_the_name_that_follows(db, scheme):
    got = speakers(db, scheme, [
        "Children were kept for weeks in a damp hostel, a charity has said.",
        "Safe Passage Fund said the council ignored its letters.",
    ])
    assert got == ["Safe Passage Fund", "Safe Passage Fund"]


# --- particles inside a name -----------------------------------------------------------------

@pytest.mark.parametrize(
    ("sentences", "language", "name"),
    [
        (["Ursula von der Leyen said the bloc would respond within days."], "en",
         "Ursula von der Leyen"),
        (["Coimisiún na Meán said the platform had broken the rules."], "en",
         "Coimisiún na Meán"),
        (["Bank van Lanschot said it had reported the transfers to the police."], "en",
         "Bank van Lanschot"),
        (["Kuasa hukum keluarga, Siti binti Ahmad, mengatakan laporan sudah dibuat."], "id",
         "Siti binti Ahmad"),
    ],
)
def test_a_name_runs_on_across_its_particles(db, scheme, sentences, language, name):
    assert speakers(db, scheme, sentences, language)[-1] == name


def test_a_lower_case_word_between_names_is_no_particle(db, scheme):
    # "na" is Irish for "of the"; "and" still lists two speakers
    got = accepted(db, scheme, [
        "Britain and France said the talks would resume next week."], "en")
    assert got[0].name == "Britain"


# --- a verb of saying inside a name ----------------------------------------------------------

@pytest.mark.parametrize(
    ("sentences", "language", "name"),
    [
        (["The accused's lawyer, Fatma Said, said her client had done nothing wrong."], "en",
         "Fatma Said"),
        (["Nasser Said, a trader at the market, told reporters the stalls were cleared."],
         "en", "Nasser Said"),
        (["Kuasa hukum para terdakwa, Ahmad Kata, mengatakan kliennya tidak bersalah."], "id",
         "Ahmad Kata"),
    ],
)
def test_a_capitalised_verb_inside_a_name_is_the_name(db, scheme, sentences, language, name):
    assert speakers(db, scheme, sentences, language)[-1] == name


def test_a_verb_after_a_name_still_speaks(db, scheme):
    assert speakers(db, scheme, [
        "Kestrel Foods said the recall was a precaution."]) == ["Kestrel Foods"]


# --- a plural of people, then the body they are from ---------------------------------------

@pytest.mark.parametrize(
    "sentence",
    [
        "Orang tua murid TK Pelangi menuding guru kelas mencubit anak-anak mereka.",
        "Nasabah Bank Sejahtera Makmur mengeluhkan saldo yang hilang dari rekening.",
        "Pengguna aplikasi PinjamCepat menuding penagih menyebar data pribadi.",
        "Penumpang kapal KM Bahari Jaya mengeluhkan pelayanan awak kapal.",
        "Warga yang tinggal di sekitar pabrik PT Sinar Kimia menuding limbah mencemari "
        "sumur.",
        "Sebanyak 14 jurnalis Harian Suara Rakyat menuding pemilik baru mencampuri redaksi.",
        "Puluhan wartawan Harian Fajar Timur menuding pemimpin redaksi memangkas honor.",
    ],
)
def test_people_from_a_body_are_not_the_body(db, scheme, sentence):
    assert speakers(db, scheme, [sentence], "id") == [None]


def test_parents_whose_children_attend_a_school_are_not_the_school(db, scheme):
    assert speakers(db, scheme, [
        "Parents whose children attend Harlow Primary School said the head ignored "
        "bullying."]) == [None]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # already right before: a plural of people by where they are from
        ("Pasien RSUD Kota Tebing mengeluhkan antrean obat yang panjang.", None),
        # officials of a body speak as the body (the guidelines)
        ("Dua penyidik Komisi Pemberantasan Korupsi menyebut tersangka sudah kabur.",
         "Komisi Pemberantasan Korupsi"),
        # the people's own group, named
        ("Paguyuban Pedagang Pasar Baru menuding pengelola menaikkan retribusi.",
         "Paguyuban Pedagang Pasar Baru"),
    ],
)
def test_officials_and_a_named_group_still_speak(db, scheme, sentence, name):
    assert speakers(db, scheme, [sentence], "id") == [name]


# --- a person between commas in a role: a relative's, past a relative clause; never whom
# the body acted on -------------------------------------------------------------------------

def test_a_relative_named_between_commas_speaks(db, scheme):
    got = speakers(db, scheme, [
        "A blast at a fireworks workshop near Sivakasi killed four workers on Sunday.",
        "Police arrested the workshop's licensee, R. Kumaran, on Monday.",
        "Kumaran's son, Vijay Kumaran, who runs the firm's office, said the shed held only "
        "empty cartons.",
        "He said the extra workers were relatives who had come to help.",
    ])
    assert got[2:] == ["Vijay Kumaran", "Vijay Kumaran"]


def test_a_relative_named_without_an_aside_speaks(db, scheme):
    got = speakers(db, scheme, [
        "Police arrested the workshop's licensee, R. Kumaran, on Monday.",
        "Kumaran's wife, Lakshmi Kumaran, said the licence had been renewed in May.",
    ])
    assert got[1] == "Lakshmi Kumaran"


@pytest.mark.parametrize(
    "sentence",
    [
        "The Harwick Mill Trust says the owner, Bramley Estates, let the mill decay on "
        "purpose.",
        "The Harwick Mill Trust has accused the owner, Bramley Estates, of letting the mill "
        "decay.",
    ],
)
def test_the_party_a_body_acts_on_is_not_its_officer(db, scheme, sentence):
    assert speakers(db, scheme, [sentence]) == ["Harwick Mill Trust"]


def test_an_officer_between_commas_still_speaks(db, scheme):
    assert speakers(db, scheme, [
        "Network Rail's spokeswoman, Joan Ames, denied the claim."]) == ["Joan Ames"]


# --- the subject of an English passive is acted on, not a speaker ---------------------------

@pytest.mark.parametrize(
    "sentences",
    [
        ["A Leeds driving school has been accused of arranging impostors for theory tests.",
         "The Driver and Vehicle Standards Agency said it had suspended the school's "
         "instructors."],
        ["A Riverland vineyard has been fined A$90,000 for pumping more water than allowed.",
         "The Department for Environment and Water said meters had been tampered with."],
    ],
)
def test_the_subject_of_a_passive_lede_does_not_speak(db, scheme, sentences):
    assert speakers(db, scheme, sentences)[0] is None


def test_the_party_told_does_not_speak(db, scheme):
    got = speakers(db, scheme, [
        "The Trading Standards office fined Harlow Lettings £20,000.",
        "Harlow Lettings has been told to repay the deposits within 30 days.",
    ])
    assert got[1] != "Harlow Lettings"


def test_an_agent_after_by_and_the_progressive_still_speak(db, scheme):
    got = speakers(db, scheme, [
        "Harbourside FC have been charged by the Premier League with 37 breaches.",
        "The Marlow Tenants Union is seeking refunds for 300 households.",
    ])
    assert got == ["Premier League", "Marlow Tenants Union"]
