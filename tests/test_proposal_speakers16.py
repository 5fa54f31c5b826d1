"""Who speaks, sixteenth round: places, names cut at an initial and descriptions the article
names elsewhere (issue 11, speakers), each written as a family in both languages where it
exists. Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

import pytest
from support.proposals import accepted


def speakers(db, scheme, sentences, language):
    return [p.name for p in accepted(db, scheme, sentences, language)]


def proposals(db, scheme, sentences, language):
    return accepted(db, scheme, sentences, language)


# --- a place is never a speaker ---------------------------------------------------------
# (the guidelines: the source is who said it; a plural of unnamed people has none, whatever
# places follow it; a region's name, a dateline's city, "asal X", "in X" are places)

@pytest.mark.parametrize(
    ("sentences", "language"),
    [
        (["Sejumlah petani Desa Cibeureum, Kecamatan Talegong, menuding pengepul memotong "
          "timbangan gabah mereka."], "id"),
        (["Sebanyak 21 pemilik kios di Nagari Sungai Pua, Kabupaten Agam, mengaku dipungut "
          "retribusi dua kali."], "id"),
        (["Tasikmalaya - Keluarga seorang buruh Kecamatan Singaparna, Tasikmalaya, mengaku "
          "belum menerima santunan kecelakaan kerja."], "id"),
        (["Puluhan nelayan Kelurahan Tanjung Mas, Semarang, menuding limbah pabrik mencemari "
          "tambak mereka."], "id"),
        (["Dozens of shepherds in Kutch say a cement plant has fenced off their grazing "
          "land."], "en"),
        (["Tenants in Leeds and the Dales say the agency kept their deposits."], "en"),
        (["BOLTON - Parents of pupils at a primary school said the new fees were never "
          "explained to them."], "en"),
    ],
)
def test_a_place_is_never_the_speaker(db, scheme, sentences, language):
    assert speakers(db, scheme, sentences, language)[-1] is None


@pytest.mark.parametrize(
    ("sentences", "language", "names"),
    [
        (["Kali ini, pasangan asal Cirebon, Dimas Prakoso dan Lina Marlina, mengaku uang "
          "muka katering pernikahan mereka tidak dikembalikan."], "id",
         ("Dimas Prakoso", "Lina Marlina")),
    ],
)
def test_a_place_is_left_out_of_a_joint_statement(db, scheme, sentences, language, names):
    proposal = proposals(db, scheme, sentences, language)[-1]
    assert proposal.name == names[0]
    assert tuple(proposal.sources) == names


@pytest.mark.parametrize(
    ("sentences", "language", "name"),
    [
        (["Seorang sopir angkot asal Kabupaten Sumedang, Asep Mulyana (41), mengaku dimintai "
          "uang oleh petugas."], "id", "Asep Mulyana"),
    ],
)
def test_the_person_named_after_a_place_speaks(db, scheme, sentences, language, name):
    assert speakers(db, scheme, sentences, language)[-1] == name


@pytest.mark.parametrize(
    ("sentences", "language", "name"),
    [
        # a person named with a place keeps the person
        (["Budi Hartanto, warga Kecamatan Cimanggis, mengatakan air sumurnya keruh sejak "
          "Juni."], "id", "Budi Hartanto"),
        (["Kepala Desa Sukarame, Wawan Setiawan, mengatakan bantuan sudah dibagikan."], "id",
         "Wawan Setiawan"),
        (["Bupati Garut Rudy Gunawan membantah ada pungutan dalam seleksi itu."], "id",
         "Rudy Gunawan"),
        (["Margaret Ellis, a retired teacher from Hove, said the council had ignored her "
          "letters."], "en", "Margaret Ellis"),
        # a body with a place in its name is a body
        (["Dinas Kesehatan Kabupaten Cianjur membantah vaksin itu kedaluwarsa."], "id",
         "Dinas Kesehatan Kabupaten Cianjur"),
        (["Kent County Council denied that the road had been left unrepaired."], "en",
         "Kent County Council"),
    ],
)
def test_a_speaker_named_with_a_place_is_kept(db, scheme, sentences, language, name):
    assert speakers(db, scheme, sentences, language)[-1] == name


@pytest.mark.parametrize(
    ("sentences", "language", "name"),
    [
        (["Pengunggah video, Rina Kusuma asal Boyolali, mengatakan tiket masuk itu tidak "
          "pernah diumumkan."], "id", "Rina Kusuma"),
    ],
)
def test_the_person_a_place_is_the_home_of_speaks(db, scheme, sentences, language, name):
    assert speakers(db, scheme, sentences, language)[-1] == name


# --- a name is not cut at an initial, nor run together with a company's -----------------
# (the guidelines: the source is the person, named as the article names them)

@pytest.mark.parametrize(
    ("sentences", "language", "name"),
    [
        (["A quarry where two drivers died last month was blasting without a permit, the "
          "district's mines inspector said on Monday.",
          "Inspector M. Raghavan said the permit had lapsed in March."], "en", "M. Raghavan"),
        (["Inspektur M. Rahman mengatakan izin gudang pupuk itu habis sejak Maret.",
          "\"Mereka tetap menyimpan amonium nitrat,\" kata Rahman."], "id", "M. Rahman"),
    ],
)
def test_a_name_opening_with_an_initial_is_whole(db, scheme, sentences, language, name):
    names = speakers(db, scheme, sentences, language)
    assert names == [name, name]


@pytest.mark.parametrize(
    ("sentences", "language", "names"),
    [
        (["Pabrik teh PT Sinar Kebun Lestari menghentikan pembelian dari kelompok tani "
          "setelah menemukan daun basah di timbangan.",
          "Direktur PT Sinar Kebun Lestari Hendra Wijaya mengatakan daun itu sengaja disiram.",
          "\"Kami rugi dua ton per pekan,\" kata Hendra."], "id",
         ["PT Sinar Kebun Lestari", "Hendra Wijaya", "Hendra Wijaya"]),
    ],
)
def test_a_company_and_its_officer_run_together_are_two(db, scheme, sentences, language,
                                                        names):
    assert speakers(db, scheme, sentences, language) == names


# --- "she said" after a woman is named: the woman, not the body named before ------------

@pytest.mark.parametrize(
    ("sentences", "language", "name"),
    [
        (["The Norbury Tenants Association said more than 30 tenants had complained since "
          "the landlord raised service charges in March.",
          "June Okafor, 68, who lives on the fourth floor, was billed £900 for a lift that "
          "has not worked since April.",
          "\"I have paid for a lift I have never used,\" she said."], "en", "June Okafor"),
        (["April Mensah, a nurse at the clinic, said the rota was changed without notice."],
         "en", "April Mensah"),
    ],
)
def test_a_woman_named_june_or_april_is_named(db, scheme, sentences, language, name):
    assert speakers(db, scheme, sentences, language)[-1] == name


@pytest.mark.parametrize(
    ("sentences", "language"),
    [
        (["In June Harbour Council said the pier would reopen in the autumn."], "en"),
    ],
)
def test_a_month_after_a_dating_word_is_the_month(db, scheme, sentences, language):
    assert "June" not in (speakers(db, scheme, sentences, language)[-1] or "")


# --- "the company" that speaks through the officer the article names ---------------------
# (the guidelines: a company the sentence only describes that speaks through a named person,
# its spokesperson or officer, takes that person's name)

@pytest.mark.parametrize(
    ("sentences", "language", "name"),
    [
        (["Pennant Waste Services has denied billing the council for bins it never emptied.",
          "The company said the review had counted collections on public holidays.",
          "\"Every round was logged by the council's own drivers,\" said Pennant's operations "
          "director, Gareth Lloyd."], "en", "Gareth Lloyd"),
        (["The regulator has accused Brightwater Foods of hiding a listeria result.",
          "In a statement, the company said the sample was taken from a drain, not a product.",
          "\"We told the regulator the same day,\" said Dr Alison Reeve, the company's "
          "technical director."], "en", "Alison Reeve"),
    ],
)
def test_the_company_speaks_through_its_named_officer(db, scheme, sentences, language, name):
    assert speakers(db, scheme, sentences, language)[1] == name


@pytest.mark.parametrize(
    ("sentences", "language", "name"),
    [
        (["The regulator has accused Brightwater Foods of hiding a listeria result.",
          "In a statement, the company said the sample was taken from a drain, not a product."],
         "en", "Brightwater Foods"),
    ],
)
def test_the_company_with_no_officer_named_is_the_company(db, scheme, sentences, language,
                                                           name):
    assert speakers(db, scheme, sentences, language)[1] == name


# --- a person's name after a long title: not cut by an honorific's full stop, nor joined
# to the title's place --------------------------------------------------------------------

@pytest.mark.parametrize(
    ("sentences", "language", "name"),
    [
        (["Direktur RSUD dr. Soekardjo Tasikmalaya, dr. Wulan Pertiwi, membantah rumah sakit "
          "menarik biaya ambulans."], "id", "Wulan Pertiwi"),
        (["Kepala Dinas Peternakan Sumba Timur, drh. Yohanes Lado, membantah pihaknya "
          "menyebar umpan beracun."], "id", "Yohanes Lado"),
        (["Kepala Dinas Pertanian dan Perkebunan Aceh Tengah Hasballah mengatakan pihaknya "
          "akan memeriksa kebun anggota koperasi."], "id", "Hasballah"),
    ],
)
def test_a_titled_person_is_named_whole_and_alone(db, scheme, sentences, language, name):
    assert speakers(db, scheme, sentences, language)[-1] == name
