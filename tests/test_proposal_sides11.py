"""The speaker's side in the article's dispute (issue 11, eleventh round), on made-up
articles in both languages whose sides a reader can check by hand: the accuser by its own act
(the subject of an accusing, charging or filing verb, the agent after "by"/"oleh"), the
accused by its own act (the subject of a denying verb, of a passive charge), every later
form of each side (its officer, its lawyer, a short form of its name), a side once placed
kept to the end of the article, the first allegation deciding where both sides accuse, and a
third party on no side. Read through bench_sides.py, on the real ingest and proposal path."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.benches import sides_placed

from annotator.domain.proposals.dispute import _short_form, same_body
from annotator.domain.proposals.filings import filing_at
from annotator.domain.proposals.lexicon import lexicon
from annotator.domain.proposals.own_act import own_act
from annotator.domain.proposals.wrongs import words_of

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "benchmarks" / "bench_sides.py"


FILLER_EN = [
    "The quarry opened in 1998 and employs 60 people.",
    "Millbrook has about 900 residents.",
    "The parish council meets on the first Monday of each month.",
    "The quarry's licence runs until 2031.",
    "A bypass around the village was completed in 2019.",
    "The nearest school is two miles away.",
    "Rain is expected later in the week.",
]

EN = [
    "Villagers accuse quarry of cracking homes",
    "The Millbrook Residents Group on Tuesday accused Stonecrest Quarries of blasting beyond "
    "its licensed limits.",
    "Stonecrest Quarries denied the allegation.",
    "Its managing director, Paul Renner, said every blast was logged and monitored.",
    *FILLER_EN,
    "Stonecrest accused the group of spreading rumours to block an expansion.",
    "Renner said the monitors were checked by an outside firm.",
    "A geologist at Leeds University, Omar Khan, said blasts of that size can crack plaster.",
]

EN_GOLD = {"en_quarry.txt": [
    {"has": "on Tuesday accused Stonecrest", "label": "accusation",
     "source": ["Millbrook Residents Group"]},
    {"has": "Stonecrest Quarries denied", "label": "denial", "source": ["Stonecrest Quarries"]},
    {"has": "every blast was logged", "label": "denial", "source": ["Paul Renner"]},
    {"has": "spreading rumours", "label": "denial", "source": ["Stonecrest Quarries"]},
    {"has": "checked by an outside firm", "label": "denial", "source": ["Paul Renner"]},
    {"has": "can crack plaster", "label": "denial", "source": ["Omar Khan"]},
]}

FILLER_ID = [
    "Desa Sukamaju berada sekitar 20 kilometer dari pusat kota.",
    "Tambang pasir itu beroperasi sejak 2010.",
    "Jalan desa itu sepanjang tiga kilometer.",
    "Sebagian besar warga bekerja sebagai petani.",
    "Musim hujan biasanya dimulai pada November.",
    "Sekolah terdekat berjarak dua kilometer.",
    "Pasar desa buka setiap Selasa.",
]

ID = [
    "Warga Tuding Tambang Pasir Rusak Jalan Desa",
    "Forum Warga Peduli Sukamaju menuding PT Pasir Jaya Abadi merusak jalan desa dengan truk "
    "bermuatan lebih.",
    "PT Pasir Jaya Abadi membantah tudingan tersebut.",
    "Kuasa hukum PT Pasir Jaya Abadi, Rudi Hartanto, mengatakan truk perusahaan selalu "
    "ditimbang sebelum keluar.",
    *FILLER_ID,
    "PT Pasir Jaya Abadi balik menuding warga menghalangi truk yang lewat.",
    "Rudi mengatakan timbangan itu diperiksa setiap bulan.",
    "Dosen teknik sipil Universitas Pakuan, Bambang Irawan, mengatakan jalan desa umumnya "
    "dirancang untuk muatan delapan ton.",
]

ID_GOLD = {"id_tambang.txt": [
    {"has": "menuding PT Pasir Jaya Abadi merusak", "label": "accusation",
     "source": ["Forum Warga Peduli Sukamaju"]},
    {"has": "membantah tudingan tersebut", "label": "denial", "source": ["PT Pasir Jaya Abadi"]},
    {"has": "selalu ditimbang", "label": "denial", "source": ["Rudi Hartanto"]},
    {"has": "balik menuding warga", "label": "denial", "source": ["PT Pasir Jaya Abadi"]},
    {"has": "diperiksa setiap bulan", "label": "denial", "source": ["Rudi Hartanto"]},
    {"has": "muatan delapan ton", "label": "denial", "source": ["Bambang Irawan"]},
]}


def _placed(tmp_path_factory, name: str, sentences: list[str], gold: dict):
    return sides_placed(tmp_path_factory, name, sentences, gold)


@pytest.fixture(scope="module")
def english(tmp_path_factory):
    return _placed(tmp_path_factory, "en_quarry.txt", EN, EN_GOLD)


@pytest.fixture(scope="module")
def indonesian(tmp_path_factory):
    return _placed(tmp_path_factory, "id_tambang.txt", ID, ID_GOLD)


def test_english_each_speaker_on_the_side_a_reader_sees(english):
    assert [(row.speaker, row.side) for row in english] == [
        ("Millbrook Residents Group", "accusing"),  # its own act: the subject of "accused"
        ("Stonecrest Quarries", "accused"),  # the first allegation named it
        ("Paul Renner", "accused"),  # its officer, after its denial
        # it accuses back: the first allegation named it, it stays the accused side
        ("Stonecrest Quarries", "accused"),
        ("Paul Renner", "accused"),  # placed eight sentences earlier: kept
        ("Omar Khan", "none"),  # a third party
    ]


def test_indonesian_each_speaker_on_the_side_a_reader_sees(indonesian):
    assert [(row.speaker, row.side) for row in indonesian] == [
        ("Forum Warga Peduli Sukamaju", "accusing"),  # menuding: its own act
        ("PT Pasir Jaya Abadi", "accused"),
        ("Rudi Hartanto", "accused"),  # kuasa hukum PT Pasir Jaya Abadi
        ("PT Pasir Jaya Abadi", "accused"),  # balik menuding: the first allegation decides
        ("Rudi Hartanto", "accused"),  # "Rudi" eight sentences later: kept
        ("Bambang Irawan", "none"),  # a lecturer: no side
    ]


def _act(speaker: str, text: str, language: str):
    from annotator.domain.proposals.dispute import _accusing_spans

    lex = lexicon(language)
    return own_act(speaker, text, lex, _accusing_spans(text, lex),
                   filing_at(lex, words_of(text)))


@pytest.mark.parametrize(("speaker", "text", "language", "side"), [
    # the subject of an accusing verb, a day or a clause between
    ("Pejabat Kemlu", "Pejabat Kemlu pada Senin menuduh Negara X mengirim senjata.", "id",
     "accusing"),
    ("Northfield Union", "Northfield Union, which represents 400 drivers, accused the firm "
     "of cutting pay.", "en", "accusing"),
    # enforcement: the body that fines or charges accuses; the one fined is accused
    ("Financial Conduct Authority", "The Financial Conduct Authority fined Harwick Lending "
     "£4m on Monday.", "en", "accusing"),
    ("Harwick Lending", "The Financial Conduct Authority fined Harwick Lending £4m on "
     "Monday.", "en", "accused"),
    # a passive: its agent after by/oleh accuses, its subject is accused
    ("Premier League", "Harbourside FC have been charged by the Premier League with 37 "
     "breaches.", "en", "accusing"),
    ("Harbourside FC", "Harbourside FC have been charged by the Premier League with 37 "
     "breaches.", "en", "accused"),
    ("Badan Pengawas", "Kepala desa itu dilaporkan oleh Badan Pengawas ke polisi.", "id",
     "accusing"),
    # a filing's subject accuses
    ("Warga Cibodas", "Warga Cibodas melaporkan kepala desa ke Polres Bogor atas dugaan "
     "pungutan liar.", "id", "accusing"),
    # the subject of a denying verb, in any form
    ("Kemenkes", "Kemenkes menepis tudingan itu.", "id", "accused"),
    ("PT Sinar", "Saat dikonfirmasi, PT Sinar membantah telah membuang limbah.", "id",
     "accused"),
    ("Coral Airways", "Coral Airways rejected the regulator's findings.", "en", "accused"),
    ("Kremlin", "The Kremlin on Friday denies that it ordered the strike.", "en", "accused"),
    ("Kremlin", "The Kremlin dismisses the report.", "en", "accused"),
    # a pronoun subject stands for the speaker it was read as
    ("Hendra Wijaya", "Ia juga menuding tim lawan membagikan uang.", "id", "accusing"),
])
def test_the_side_by_the_sentences_own_act(speaker, text, language, side):
    found = _act(speaker, text, language)
    assert found is not None and found[0] == side, found


@pytest.mark.parametrize(("speaker", "text", "language"), [
    # a denying WORD is not a denying verb: third parties say it too
    ("Rina Lestari", "Rina Lestari said there was no evidence of a leak.", "en"),
    ("Rina Lestari", "Rina Lestari mengatakan kabar itu tidak benar.", "id"),
    # a court's act places nobody
    ("Pengadilan Negeri Bandung", "Pengadilan Negeri Bandung menolak gugatan warga.", "id"),
    ("Crown Court", "The Crown Court convicted Dunn of fraud.", "en"),
    # a name the sentence only mentions, a speech verb between it and the cue
    ("Omar Khan", "Omar Khan said the villagers accused the firm of lying.", "en"),
    # negated: nobody accused
    ("Siti", "Siti tidak menuduh siapa pun.", "id"),
])
def test_no_side_by_the_sentence_alone(speaker, text, language):
    assert _act(speaker, text, language) is None


@pytest.mark.parametrize(("short", "full", "fits"), [
    ("kemensos", "kementerian sosial", True),
    ("kemenkes", "kementerian kesehatan", True),
    ("sulsel", "sulawesi selatan", True),
    ("kominfo", "kementerian komunikasi dan informatika", True),
    ("korea", "korea utara", False),  # a word of the name, not a short form
    ("india", "indonesia corruption watch", False),
    ("pdip", "partai demokrat", False),
])
def test_a_body_named_by_its_short_form(short, full, fits):
    assert _short_form(short, full) is fits


def test_same_body_still_reads_the_initials_form():
    assert same_body("dinas pu garut", "dinas pekerjaan umum kabupaten garut")


@pytest.mark.parametrize(("speaker", "text", "language", "side"), [
    # the allegation called false: the accused side's stance, whatever the verb
    ("Graham Pryce", "Rovers chairman Graham Pryce called the charge \"a smear\".", "en",
     "accused"),
    ("Dmitry Peskov", "Juru bicara Kremlin Dmitry Peskov mengatakan tuduhan Barat itu tidak "
     "berdasar.", "id", "accused"),
    ("DanaKilat", "Manajemen DanaKilat menyebut tuduhan itu hoaks.", "id", "accused"),
    # the denial called false: the accuser's
    ("Agus Prasetyo", "Ketua serikat, Agus Prasetyo, menilai bantahan perusahaan itu "
     "mengada-ada.", "id", "accusing"),
    ("Helen Ford", "Helen Ford said the company's denial was misleading.", "en", "accusing"),
    # a body by its initials, or by its head noun pointed back to
    ("Serikat Pengemudi Daring Indonesia", "SPDI menuding perusahaan memutus akun secara "
     "sepihak.", "id", "accusing"),
    ("Forum Warga Peduli Sungai", "Forum tersebut menuding dinas membiarkan limbah.", "id",
     "accusing"),
])
def test_the_side_by_what_the_sentence_calls_false_and_short_names(speaker, text, language,
                                                                    side):
    found = _act(speaker, text, language)
    assert found is not None and found[0] == side, found


@pytest.mark.parametrize(("speaker", "text", "language"), [
    # a name after the speech verb that attributes a quotation is not the accusation's object
    ("Fajar", "\"Polisi jelas melanggar prosedur,\" kata Fajar.", "id"),
    # "not baseless": nothing called false
    ("Rina", "Rina said the allegations were not baseless.", "en"),
    # a speech verb between the noun and the word: another's words reported
    ("Omar Khan", "Omar Khan said the claims, which the firm said were false, deserved a "
     "hearing.", "en"),
])
def test_no_side_where_nothing_is_called_false_by_the_speaker(speaker, text, language):
    assert _act(speaker, text, language) is None


def test_the_accusers_officer_by_its_initials_and_its_head_noun(tmp_path_factory):
    rows = _placed(tmp_path_factory, "id_garmen.txt", [
        "Federasi Serikat Buruh Garmen menuding PT Mitra Busana tidak membayar upah lembur "
        "ratusan buruh.",
        "PT Mitra Busana membantah tudingan itu.",
        "Ketua FSBG Jawa Tengah, Agus Prasetyo, mengatakan lembur dicatat setiap hari.",
        "Juru bicara federasi, Rina Wati, mengatakan buruh bekerja hingga pukul 22.00.",
    ], {"id_garmen.txt": [
        {"has": "lembur dicatat", "label": "accusation", "source": ["Agus Prasetyo"]},
        {"has": "hingga pukul", "label": "accusation", "source": ["Rina Wati"]},
    ]})
    assert [(r.speaker, r.side) for r in rows] == [("Agus Prasetyo", "accusing"),
                                                   ("Rina Wati", "accusing")]


# Labels that follow from the side (issue 11, eleventh round, part 2): the accused side,
# placed earlier in the article and named now by its short name, explaining the act away or
# setting a figure against the accuser's denies; a third party saying the same is a claim.
LABEL_FILLER_EN = [
    "The Wey runs for 87 kilometres.",
    "The dairy employs 40 people.",
    "The club has about 300 members.",
    "Fishing on the river reopens in June.",
    "The county council meets on Thursday.",
    "A new footbridge opened last spring.",
    "Rain is expected later in the week.",
]
LABEL_EN = [
    "The Riverside Anglers Club accused Northgate Dairy of polluting the Wey with slurry.",
    "Northgate Dairy denied the accusation.",
    # what the party has done about it: a claim, so its manager is no denier yet
    "Northgate's farm manager, Alan Price, said the dairy had hired an independent engineer.",
    *LABEL_FILLER_EN,
]
EXPLAINED_EN = "Price said the fish died because of low oxygen in the hot weather."
FIGURE_EN = ("Price said the dairy spread 40 tonnes of slurry, far below the 120 tonnes "
             "its permit allows.")
BYSTANDER_EN = ("A hydrologist at Surrey University, Jane Cole, said the fish died because of "
                "low oxygen in the hot weather.")
LABEL_FILLER_ID = [
    "Sungai itu mengalir sepanjang 60 kilometer.",
    "Pabrik itu mempekerjakan 200 orang.",
    "Kelompok tani itu beranggotakan 80 orang.",
    "Musim hujan biasanya dimulai pada November.",
    "Jalan menuju desa itu diaspal tahun lalu.",
    "Pasar desa buka setiap Selasa.",
    "Sekolah terdekat berjarak dua kilometer.",
]
LABEL_ID = [
    "Kelompok Tani Makmur menuding PT Sawit Lestari mencemari sungai dengan limbah pabrik.",
    "PT Sawit Lestari membantah tudingan itu.",
    "Manajer pabrik PT Sawit Lestari, Joko Susilo, mengatakan pabrik telah memasang alat "
    "pemantau limbah.",
    *LABEL_FILLER_ID,
]
EXPLAINED_ID = "Joko mengatakan ikan mati karena kemarau panjang."
FIGURE_ID = "Joko mengatakan pabrik membuang 40 ton limbah, jauh di bawah batas 120 ton."
BYSTANDER_ID = ("Peneliti Universitas Riau, Andi Saputra, mengatakan ikan mati karena kemarau "
                "panjang.")


@pytest.mark.parametrize(("sentences", "reply", "reason", "bystander", "language"), [
    (LABEL_EN, EXPLAINED_EN, "explains it away", BYSTANDER_EN, "en"),
    (LABEL_EN, FIGURE_EN, "with a figure", BYSTANDER_EN, "en"),
    (LABEL_ID, EXPLAINED_ID, "explains it away", BYSTANDER_ID, "id"),
    (LABEL_ID, FIGURE_ID, "with a figure", BYSTANDER_ID, "id"),
])
def test_the_accused_side_placed_before_explains_away_or_sets_a_figure(
        db, scheme, sentences, reply, reason, bystander, language):
    from support.proposals import accepted

    got = accepted(db, scheme, [*sentences, reply, bystander], language)
    assert [p.label for p in got[:3]] == ["accusation", "denial", "claim"]
    assert got[-2].label == "denial", got[-2].label_reason
    assert reason in got[-2].label_reason
    assert got[-1].label == "claim", got[-1].label_reason  # a third party's cause


def test_the_accusers_officer_by_an_acronym_a_demonym_or_a_bare_title(tmp_path_factory):
    rows = _placed(tmp_path_factory, "en_border.txt", [
        "Norland accused Vesta on Friday of shelling two villages across the border.",
        "Vesta's army denied the allegation.",
        # a demonym of a one-word place name
        "Norlandian army spokesman Col. Erik Dahl said the shells hit two schools.",
        # the Sports Federation as SF, its initials written with a comma after them
        "The Sports Federation charged Kingsbury Town with fixing a match.",
        "SF, the game's governing body, said chief executive Mark Hale had seen the texts.",
        "The federation said it would publish its evidence.",
        # a bare title right after the side's own sentence speaks for it
        "\"We have text messages that prove it,\" spokesperson Anna Lee told reporters.",
    ], {"en_border.txt": [
        {"has": "Col. Erik Dahl", "label": "claim", "source": ["Erik Dahl"],
         "side": "accusing"},
        {"has": "prove it", "label": "accusation", "source": ["Anna Lee"], "side": "accusing"},
    ]})
    assert [(r.speaker, r.side) for r in rows] == [("Erik Dahl", "accusing"),
                                                   ("Anna Lee", "accusing")]


@pytest.mark.parametrize(("word", "name", "fits"), [
    ("indian", "india", True), ("pakistani", "pakistan", True), ("chinese", "china", True),
    ("ukrainian", "ukraine", True), ("russian", "russia", True),
    ("indiana", "india", False),  # "-ana" is no ending of a people
    ("indonesia", "india", False), ("chinatown", "china", False), ("india", "india", False),
])
def test_a_place_names_adjective(word, name, fits):
    from annotator.domain.proposals.dispute import _demonym

    assert _demonym(word, name) is fits


@pytest.mark.parametrize(("text", "language", "cause"), [
    ("Ia mengatakan temuan itu berasal dari pencocokan data penerima.", "id", None),
    ("She said the figures came from the trust's own records.", "en", None),
    ("Ia mengatakan ikan mati berasal dari limbah pabrik.", "id", "berasal dari"),
])
def test_where_the_evidence_comes_from_is_not_the_wrongs_cause(text, language, cause):
    from annotator.domain.proposals.dispute import _cause

    assert _cause(text, lexicon(language)) == cause


def test_a_spokesperson_of_a_named_body_is_not_the_voice_of_the_speaker_before(
        tmp_path_factory):
    rows = _placed(tmp_path_factory, "en_border2.txt", [
        "Norland accused Vesta on Friday of shelling two villages across the border.",
        "Vesta's foreign ministry called the Norlandian statement baseless.",
        "United Nations spokesman Stephane Dujarric urged both sides to exercise restraint.",
    ], {"en_border2.txt": [
        {"has": "exercise restraint", "label": "context", "source": ["Stephane Dujarric"],
         "side": "none"},
    ]})
    assert [(r.speaker, r.side) for r in rows] == [("Stephane Dujarric", "none")]
