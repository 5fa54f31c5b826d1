"""The proposal rules by class of sentence an analyst meets in wire copy: who speaks after a
closing quote, a surname alone, titles and offices, pronouns, unnamed groups, narration, and
an accusation whose object is a lie. Each sentence is written for this test, not taken from
the benchmark's gold sets."""

from __future__ import annotations

import pytest
from support.proposals import proposals

from annotator.domain.proposals import propose_text
from annotator.domain.speakers import SourceIndex


def test_english_attribution_after_a_quote_and_a_surname_alone(db, scheme):
    got = proposals(db, scheme, [
        "Union leader Maria Gonzalez said on Friday that workers would strike next week.",
        '"We have no choice," Gonzalez said.',
        '"They have not paid us for months," said Gonzalez.',
        '"The offer is an insult," she told reporters.',
        "The factory employs 4,000 people near Valencia.",
    ], "en")
    assert [p.name for p in got] == ["Maria Gonzalez"] * 4 + [None]
    assert "named before" in got[1].reason
    assert got[4].label == "context"


def test_indonesian_first_name_and_pronouns(db, scheme):
    got = proposals(db, scheme, [
        "Ketua Serikat Pekerja Nasional, Budi Santoso, mengatakan buruh akan mogok.",
        '"Kami tidak punya pilihan lain," kata Budi.',
        "Beliau menambahkan, perundingan akan dilanjutkan.",
        "Menurut dia, tuntutan buruh masuk akal.",
        "Pabrik itu mempekerjakan 4.000 orang di Karawang.",
    ], "id")
    assert [p.name for p in got] == ["Budi Santoso"] * 4 + [None]


@pytest.mark.parametrize(
    ("sentence", "language", "speaker"),
    [
        ("Interior Ministry spokesman Ahmed Karimi told reporters the march was banned.",
         "en", "Ahmed Karimi"),
        ("He Lifeng, China's vice premier, said talks had been constructive.", "en",
         "He Lifeng"),
        ("A spokesperson for the Department of Transport said the line would reopen.", "en",
         "Department of Transport"),
        ("The Danish maritime authority said the ferry had been inspected.", "en",
         "Danish maritime authority"),
        ("Analysts said the dispute could hurt exports.", "en", None),
        ("Juru bicara penjaga pantai Malaysia Ahmad Zaki mengatakan kapal itu ditahan.", "id",
         "Ahmad Zaki"),
        ("Warga mengatakan air sungai berubah warna sejak pekan lalu.", "id", None),
    ],
)
def test_titles_offices_and_unnamed_groups(sentence, language, speaker, scheme, db):
    proposal = propose_text(sentence, scheme, SourceIndex.from_db(db), language)
    assert proposal.name == speaker


def test_he_at_the_start_is_a_pronoun_unless_a_name_follows(db, scheme):
    got = proposals(db, scheme, [
        "Foreign Ministry spokesman Lin Wei said the visit would go ahead.",
        "He added that no date had been set.",
        "He Ming, a trade official, said exports had grown.",
    ], "en")
    assert [p.name for p in got] == ["Lin Wei", "Lin Wei", "He Ming"]


@pytest.mark.parametrize(
    ("sentence", "language", "label"),
    [
        ("The minister accused the newspaper of spreading false rumours about the deal.", "en",
         "accusation"),
        ("Menteri itu menuduh media asing menyebarkan hoaks soal utang negara.", "id",
         "accusation"),
        ("The minister denied spreading false rumours about the deal.", "en", "denial"),
        ('"There was no cover-up at the plant," the manager told reporters.', "en", "denial"),
        ("There was no immediate comment from the company.", "en", "context"),
        ("Kementerian mencatat 300 konten hoaks sepanjang Maret.", "id", "claim"),
        ('"The company paid bribes to win the contract," the prosecutor said.', "en",
         "accusation"),
        ("Hal itu disampaikan dalam rapat di Jakarta, Senin.", "id", "context"),
    ],
)
def test_label_classes(sentence, language, label, db, scheme):
    assert propose_text(sentence, scheme, SourceIndex.from_db(db), language).label == label


def test_a_role_in_lower_case_after_the_quote_and_a_dash_before_the_name(db, scheme):
    index = SourceIndex.from_db(db)
    quoted = propose_text('"They knew the crane was unsafe," said union official Niek Stam.',
                          scheme, index, "en")
    assert quoted.name == "Niek Stam"
    dateline_left = propose_text("Kompas.com - Pemerintah Kota Bekasi membantah tudingan itu.",
                                 scheme, index, "id")
    assert dateline_left.name == "Pemerintah Kota Bekasi"


@pytest.mark.parametrize(
    ("sentence", "language", "speaker"),
    [
        ("Britain, Norway and Canada said in a joint statement they hoped for calm.", "en",
         "Britain"),
        ("Kementerian Perdagangan dan Badan Pangan Nasional menyatakan stok gula aman.", "id",
         "Kementerian Perdagangan"),
        ("Kementerian Komunikasi dan Informatika membantah kabar itu.", "id",
         "Kementerian Komunikasi dan Informatika"),
        ("According to the Commission on Elections, turnout was 71%.", "en",
         "Commission on Elections"),
        ("Menurut Ketua Umum asosiasi, Budi Hidayat, kenaikan harga dipicu rupiah.", "id",
         "Budi Hidayat"),
    ],
)
def test_lists_name_the_first_and_names_keep_their_dan(sentence, language, speaker, db,
                                                       scheme):
    assert propose_text(sentence, scheme, SourceIndex.from_db(db), language).name == speaker


def test_a_counted_wrongdoing_is_a_figure_not_an_accusation(db, scheme):
    index = SourceIndex.from_db(db)
    counted = propose_text("The commission said 42 complaints of vote buying were filed.",
                           scheme, index, "en")
    alleged = propose_text('"This is vote buying in broad daylight," Santos said.', scheme,
                           index, "en")
    assert (counted.label, alleged.label) == ("claim", "accusation")


@pytest.mark.parametrize(
    ("sentence", "language", "label", "speaker", "confidence"),
    [
        ("The Rio Grande do Sul engineers' union said it sent a report in May.", "en",
         "claim", "Rio Grande do Sul engineers' union", "high"),
        ('"No such report ever reached my desk," Melo said.', "en", "denial", "Melo",
         "low"),  # a weak cue: low
        ("Ratusan petani di Kabupaten Indramayu, Jawa Barat, mengeluhkan pupuk langka.", "id",
         "claim", None, "medium"),
    ],
)
def test_a_month_is_no_hedge_joiners_in_names_and_a_place_in_apposition(
        sentence, language, label, speaker, confidence, db, scheme):
    p = propose_text(sentence, scheme, SourceIndex.from_db(db), language)
    assert (p.label, p.name, p.confidence) == (label, speaker, confidence)
