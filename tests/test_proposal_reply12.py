"""The accused side's reply to the allegation (issue 11, twelfth round): by the guidelines a
statement the accused side makes after an allegation is a denial unless it is context (a
plan, a feeling, declining to comment) or a fact that cannot bear on the allegation (its
output rose, it employs 2,000 people, it has operated since 1990, it co-operated with
inspectors); an admission argues nothing either. Made-up articles in both languages, read as
a reviewer who presses only `enter` reads them: an allegation, the accused party's denial,
its officer's reply, then one more sentence of each kind, from the accused side and from
third parties."""

from __future__ import annotations

import pytest
from support.proposals import accepted

from annotator.domain.proposals.lexicon import lexicon
from annotator.domain.proposals.replies import (
    admitted,
    allegation_words,
    unrelated_fact,
    with_others,
)

REPLY = "the accused side's reply to the allegation"

EN = [
    "The Riverside Anglers Club accused Northgate Dairy of polluting the River Wey with "
    "slurry.",
    "Northgate Dairy denied the accusation.",
    "Its farm manager, Alan Price, said the dairy's tanks were inspected in March.",
]
ID = [
    "Kelompok Tani Makmur menuding PT Sawit Lestari mencemari Sungai Siak dengan limbah "
    "pabrik.",
    "PT Sawit Lestari membantah tudingan itu.",
    "Manajer pabrik PT Sawit Lestari, Joko Susilo, mengatakan kolam limbah itu diperiksa "
    "petugas pada Maret.",
]

FILLER = {"en": "The Wey runs for 87 kilometres.",
          "id": "Sungai Siak mengalir sepanjang 370 kilometer."}


def _last(db, scheme, sentences, language):
    got = accepted(db, scheme, sentences, language)
    return got[-1]


# the accused party itself, its officer later, and the party named only by the first
# allegation (no denial yet): a statement that bears on the allegation is its reply
@pytest.mark.parametrize(("before", "reply", "language"), [
    (EN, "Northgate Dairy said its slurry was spread on fields two miles from the river.",
     "en"),
    (EN, "The dairy said the slurry lagoon is lined with concrete.", "en"),
    (EN, "Price said the fish kill began a week before the dairy spread any slurry.", "en"),
    (ID, "PT Sawit Lestari mengatakan limbah pabrik diolah di kolam yang berjarak tiga "
         "kilometer dari sungai.", "id"),
    (ID, "PT Sawit Lestari menyebut kolam limbah perusahaan dilapisi beton setebal 30 "
         "sentimeter.", "id"),
])
def test_the_accused_sides_reply_is_a_denial(db, scheme, before, reply, language):
    got = _last(db, scheme, [*before, FILLER[language], reply], language)
    assert got.label == "denial", got.label_reason
    assert REPLY in got.label_reason
    assert got.confidence == "low"  # below a cued denial's


@pytest.mark.parametrize(("reply", "language"), [
    ("Northgate Dairy said its slurry was spread on fields two miles from the river.", "en"),
    ("PT Sawit Lestari mengatakan limbah pabrik diolah di kolam yang berjarak tiga kilometer "
     "dari sungai.", "id"),
])
def test_the_party_the_first_allegation_named_replies(db, scheme, reply, language):
    before = (EN if language == "en" else ID)[:1]
    got = _last(db, scheme, [*before, reply], language)
    assert got.label == "denial", got.label_reason


@pytest.mark.parametrize(("reply", "language"), [
    ("Northgate Dairy said its milk output rose 12 percent last year.", "en"),
    ("Northgate Dairy said it employs 40 people from the village.", "en"),
    ("PT Sawit Lestari mengatakan perusahaan mempekerjakan 300 warga setempat.", "id"),
    ("PT Sawit Lestari mengatakan pabriknya berdiri sejak 1995.", "id"),
])
def test_the_party_the_first_allegation_named_gives_an_unrelated_fact(db, scheme, reply,
                                                                       language):
    before = (EN if language == "en" else ID)[:1]
    got = _last(db, scheme, [*before, reply], language)
    assert got.label == "claim", got.label_reason


@pytest.mark.parametrize(("before", "reply", "language", "label"), [
    # a fact that cannot bear on the allegation: a claim
    (EN, "The dairy said its milk output rose 12 percent last year.", "en", "claim"),
    (EN, "Price said the dairy employs 40 people from the village.", "en", "claim"),
    (EN, "The dairy said it has operated on the site since 1990.", "en", "claim"),
    (EN, "The dairy said it produced 9 million litres of milk last year.", "en", "claim"),
    (EN, "He said the dairy won a regional farming award in 2022.", "en", "claim"),
    (ID, "Joko mengatakan produksi minyak sawit perusahaan naik 12 persen tahun lalu.", "id",
     "claim"),
    (ID, "PT Sawit Lestari mengatakan perusahaan mempekerjakan 300 warga setempat.", "id",
     "claim"),
    (ID, "Joko mengatakan pabrik itu beroperasi sejak 1995.", "id", "claim"),
    (ID, "Ia mengatakan perusahaan meraih penghargaan Proper Hijau pada 2022.", "id", "claim"),
    (ID, "Joko mengatakan perusahaan rutin menyalurkan bantuan CSR kepada warga desa.", "id",
     "claim"),
    # what the party has done about the matter: a claim
    (EN, "The dairy said it had co-operated with Environment Agency inspectors.", "en",
     "claim"),
    (ID, "Joko mengatakan perusahaan bekerja sama dengan petugas Dinas Lingkungan Hidup.",
     "id", "claim"),
    # an admission argues nothing against it
    (EN, "Price admitted that one tank overflowed during the storm.", "en", "claim"),
    (ID, "Joko mengatakan pihaknya mengakui kelalaian petugas jaga malam itu.", "id",
     "claim"),
    # a plan, a feeling, declining to comment: context
    (EN, "The dairy said it would meet the anglers next week.", "en", "context"),
    (EN, "Price said he was disappointed by the claims.", "en", "context"),
    (EN, "The dairy declined to comment further.", "en", "context"),
    (ID, "Joko mengatakan perusahaan akan bertemu warga pekan depan.", "id", "context"),
    (ID, "Joko mengaku kecewa dengan tudingan itu.", "id", "context"),
    (ID, "PT Sawit Lestari enggan berkomentar lebih lanjut.", "id", "context"),
])
def test_no_reply_from_the_accused_side(db, scheme, before, reply, language, label):
    got = _last(db, scheme, [*before, reply], language)
    assert got.label == label, got.label_reason


@pytest.mark.parametrize(("reply", "language"), [
    ("A hydrologist at Surrey University, Jane Cole, said the river's oxygen levels fell in "
     "July.", "en"),
    ("The club's secretary, Tom Hale, said anglers found dead fish along two miles of the "
     "river.", "en"),
    ("Peneliti Universitas Riau, Andi Saputra, mengatakan kadar oksigen sungai turun pada "
     "Juli.", "id"),
    ("Ketua Kelompok Tani Makmur, Sugeng, mengatakan warga menemukan ikan mati di sepanjang "
     "dua kilometer sungai.", "id"),
])
def test_third_parties_and_the_accusers_are_no_reply(db, scheme, reply, language):
    before = EN if language == "en" else ID
    got = _last(db, scheme, [*before, reply], language)
    assert got.label == "claim", got.label_reason


def test_the_accusers_lawyer_after_the_denial_is_not_the_accused_sides_voice(db, scheme):
    # "Kuasa hukum pasien": the patient's lawyer, whoever spoke before
    got = accepted(db, scheme, [
        "Dinas Kesehatan Surabaya menuding Klinik Cantika Medika menyuntikkan filler ilegal "
        "kepada seorang pasien.",
        "Pemilik klinik, dr. Vania Kusumawardani, membantah tudingan itu.",
        "Kuasa hukum pasien, Yohanes Situmorang, mengatakan kliennya masih dirawat di rumah "
        "sakit.",
    ], "id")
    assert got[-1].label == "claim", got[-1].label_reason


@pytest.mark.parametrize(("text", "allegation", "language", "found"), [
    ("The dairy said its milk output rose 12 percent.", "", "en", "output rose"),
    ("The firm said it employs hundreds of workers in the town.", "", "en",
     "employs"),
    ("The club said it has played at the ground for three decades.", "", "en", None),
    ("The mill has operated here for three decades, the firm said.", "", "en",
     "operated here for three"),
    # the allegation's own words bear on it: "paid all its taxes" to a tax charge
    ("The firm said it donated to charity and paid its taxes.", "", "en", "donated"),
    ("Perusahaan itu mengatakan pendapatan naik.", "menggelapkan pendapatan daerah", "id",
     None),
    # a negation argues: "without a single complaint"
    ("The firm said it has operated since 1990 without a single complaint.", "", "en", None),
    ("Pabrik itu beroperasi sejak 1995 tanpa satu pun keluhan, katanya.", "", "id", None),
    # a word of a name is no fact
    ("Heru menjelaskan, setiap izin didasarkan pada rapat di Kemenko Perekonomian.", "",
     "id", None),
])
def test_a_fact_that_cannot_bear_on_the_allegation(text, allegation, language, found):
    words = allegation_words(allegation) if allegation else set()
    assert unrelated_fact(text, lexicon(language), words) == found


@pytest.mark.parametrize(("text", "language", "found"), [
    ("The company admitted that the tank overflowed.", "en", "admitted"),
    ("The company did not admit any fault.", "en", None),
    ("Perusahaan mengakui kesalahan petugasnya.", "id", "mengakui kesalahan"),
    ("Perusahaan tidak mengakui tudingan itu.", "id", None),
    ("Ia mengaku tidak tahu soal limbah itu.", "id", None),
])
def test_an_admission(text, language, found):
    assert admitted(text, lexicon(language)) == found


# the sentence itself charges its speaker in a frame (an opening participle, a relative
# clause, an apposition) and gives the speaker's reply: the main clause decides
@pytest.mark.parametrize(("text", "language", "label"), [
    ("Accused of polluting the Wey, Northgate Dairy said its slurry was spread on fields two "
     "miles from the river.", "en", "denial"),
    ("Northgate Dairy, which the anglers accused of polluting the river, said its slurry was "
     "spread two miles away.", "en", "denial"),
    ("Mark Dunn, who was charged with fraud in May, said every payment went through the "
     "council's own accounts.", "en", "denial"),
    ("Harwick Lending, fined £4m by the regulator, said its loans were priced within the "
     "rules.", "en", "denial"),
    ("Dituduh mencemari sungai, PT Sawit Lestari mengatakan limbahnya diolah di kolam "
     "tertutup.", "id", "denial"),
    ("Sutarman, yang dilaporkan warga ke polisi, mengatakan dana desa dipakai untuk "
     "memperbaiki jalan.", "id", "denial"),
    # a plan, a fact that cannot bear on it
    ("Accused of polluting the Wey, Northgate Dairy said it would meet the anglers next "
     "week.", "en", "context"),
    ("Accused of polluting the Wey, Northgate Dairy said its milk output rose 12 percent "
     "last year.", "en", "claim"),
    ("Dituduh mencemari sungai, PT Sawit Lestari mengatakan akan bertemu warga pekan depan.",
     "id", "context"),
    # the accuser in the frame: "who had accused", "yang menuding"
    ("Tom Hale, who had accused the dairy of polluting the river, said anglers found dead "
     "fish.", "en", "accusation"),
    ("Accusing the dairy of polluting the river, Tom Hale said anglers found dead fish.",
     "en", "accusation"),
    ("Kelompok Tani Makmur, yang menuding PT Sawit Lestari mencemari sungai, mengatakan warga "
     "menemukan ikan mati.", "id", "accusation"),
])
def test_the_one_the_sentence_charges_replies(db, scheme, text, language, label):
    got = _last(db, scheme, [text], language)
    assert got.label == label, got.label_reason


def test_a_charge_in_a_frame_is_the_articles_allegation(db, scheme):
    # the allegation the frame made is known to the sentences after it
    got = accepted(db, scheme, [
        "Accused of polluting the Wey, Northgate Dairy said its slurry was spread on fields two "
        "miles from the river.",
        "The Wey runs for 87 kilometres.",
        "Northgate Dairy said the slurry lagoon is lined with concrete.",
    ], "en")
    assert got[-1].label == "denial", got[-1].label_reason


def test_the_accusers_lawyer_in_english_is_not_the_accused_sides_voice(db, scheme):
    got = accepted(db, scheme, [
        "The health department accused Bayview Clinic of injecting a patient with an "
        "unlicensed filler.",
        "Bayview Clinic denied the accusation.",
        "The patient's lawyer, Ruth Okafor, said her client was still in hospital.",
    ], "en")
    assert got[-1].label == "claim", got[-1].label_reason


# an allegation with no cue word holds the doer of the wrong it states responsible: the
# doer's reply is the accused side's
@pytest.mark.parametrize(("text", "names", "language", "party"), [
    ("Residents said Tarrow Chemicals dumped untreated waste into the River Kell.",
     ("Tarrow Chemicals", "River Kell"), "en", "Tarrow Chemicals"),
    ("Residents said the waste was dumped by Tarrow Chemicals.", ("Tarrow Chemicals",), "en",
     "Tarrow Chemicals"),
    ("Warga mengatakan PT Kimia Jaya membuang limbah tanpa diolah ke Sungai Cikapundung.",
     ("PT Kimia Jaya", "Sungai Cikapundung"), "id", "PT Kimia Jaya"),
    # the name before a passive is the one the wrong was done to; a clause between is no
    # subject
    ("Keluarga mengadukan kematiannya ke Komnas HAM karena menduga ia dianiaya petugas.",
     ("Komnas HAM",), "id", None),
])
def test_the_doer_of_a_wrong_stated_without_a_cue(text, names, language, party):
    from annotator.domain.proposals.dispute import doer

    assert doer(text, names, None, lexicon(language)) == party


@pytest.mark.parametrize(("sentences", "language"), [
    (["Residents said Tarrow Chemicals dumped untreated waste into the River Kell last month.",
      "The Kell runs for 40 kilometres.",
      "Tarrow Chemicals said its waste is treated on site before any discharge."], "en"),
    (["Warga mengatakan PT Kimia Jaya membuang limbah tanpa diolah ke Sungai Cikapundung.",
      "Sungai itu mengalir sepanjang 28 kilometer.",
      "PT Kimia Jaya mengatakan instalasi pengolahan limbahnya diperiksa petugas setiap "
      "bulan."], "id"),
])
def test_the_doers_reply_is_a_denial(db, scheme, sentences, language):
    got = accepted(db, scheme, sentences, language)
    assert got[0].label == "accusation", got[0].label_reason
    assert got[-1].label == "denial", got[-1].label_reason


# the accused side telling the act alleged in its own account ("sebelum dibuang" for an
# allegation of "membuang limbah") replies; a different wrong it names stays an accusation
@pytest.mark.parametrize(("sentences", "language", "label"), [
    (["Residents accused Tarrow Chemicals of dumping untreated waste into the River Kell.",
      "The Kell runs for 40 kilometres.",
      "Tarrow Chemicals said the waste dumped at the site last month had been treated "
      "first."], "en", "denial"),
    (["Warga menuding PT Kimia Jaya membuang limbah tanpa diolah ke Sungai Cikapundung.",
      "Sungai itu mengalir sepanjang 28 kilometer.",
      "PT Kimia Jaya mengatakan limbahnya diolah di instalasi pengolahan sebelum dibuang."],
     "id", "denial"),
    (["Warga menuding PT Kimia Jaya membuang limbah tanpa diolah ke Sungai Cikapundung.",
      "Sungai itu mengalir sepanjang 28 kilometer.",
      "PT Kimia Jaya mengatakan sekelompok warga merusak pagar pabrik pekan lalu."],
     "id", "accusation"),
])
def test_the_accused_sides_own_account_of_the_act(db, scheme, sentences, language, label):
    got = accepted(db, scheme, sentences, language)
    assert got[-1].label == label, got[-1].label_reason


# who met whom, a pledge of support, procedure: the accused side's context, also right
# after the allegation named it; another subject ("the data supports") argues
@pytest.mark.parametrize(("before", "reply", "language", "label"), [
    (EN, "The dairy said it met the anglers' club on Tuesday.", "en", "context"),
    (EN[:1], "Northgate Dairy said it met the anglers' club on Tuesday.", "en", "context"),
    (EN, "The dairy said it supports the anglers' call for cleaner rivers.", "en", "context"),
    (EN, "The dairy said the water samples supported its account.", "en", "denial"),
    (ID, "Joko mengatakan perusahaan mendukung upaya pemerintah menjaga sungai.", "id",
     "context"),
    (ID, "Joko mengatakan pihaknya sedang mempelajari laporan itu.", "id", "context"),
    (ID[:1], "PT Sawit Lestari mengatakan pihaknya sedang mempelajari laporan itu.", "id",
     "context"),
])
def test_what_the_accused_side_does_with_the_others(db, scheme, before, reply, language,
                                                    label):
    got = _last(db, scheme, [*before, reply], language)
    assert got.label == label, got.label_reason


def test_support_beside_a_negation_argues():
    text = "We respect our workers' right to organise, and we do not tolerate retaliation."
    assert with_others(text, lexicon("en")) is None
    assert with_others("We respect our workers' right to organise.", lexicon("en")) == \
        "we respect"
