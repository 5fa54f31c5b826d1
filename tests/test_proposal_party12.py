"""Who the article's allegation is against when no cue verb names them (issue 11, twelfth
round, targeted.py): a party a frame puts in the dock ("X is under fire", "X diduga"), and
the party the reporter asked to answer ("X did not respond to a request for comment", "X
belum memberikan tanggapan"); its officer's later reply is then placed on the accused side.
Made-up articles in both languages, read through bench_sides.py on the real ingest and
proposal path."""

from __future__ import annotations

import pytest
from support.benches import sides_placed

from annotator.domain.proposals.lexicon import lexicon
from annotator.domain.proposals.targeted import asked_to_reply, in_the_frame

FILLER_EN = [
    "Pellham has about 4,000 households.",
    "The town's reservoir was built in 1964.",
]
FILLER_ID = [
    "Desa itu dihuni sekitar 3.000 jiwa.",
    "Sebagian besar warganya bekerja sebagai petani.",
]


def _placed(tmp_path_factory, name: str, sentences: list[str], gold: dict):
    return [(p.speaker, p.side) for p in sides_placed(tmp_path_factory, name, sentences, gold)]


def test_a_party_in_the_dock_by_its_frame_english(tmp_path_factory):
    sentences = [
        "Water firm faces questions",
        "PELLHAM, May 4 - Greenvale Water is under fire after brown water ran from taps in "
        "the town for a week.",
        *FILLER_EN,
        "A Greenvale spokeswoman, Dana Holt, said the pipes had been flushed on Monday.",
    ]
    gold = {"en_water.txt": [{"has": "Dana Holt", "label": "denial", "source": ["Dana Holt"],
                              "side": "accused"}]}
    assert _placed(tmp_path_factory, "en_water.txt", sentences, gold) == [
        ("Dana Holt", "accused")]


def test_a_party_in_the_dock_by_its_frame_indonesian(tmp_path_factory):
    sentences = [
        "RSUD dikeluhkan warga",
        "CIANJUR - RSUD Sumber Sehat diduga menelantarkan pasien gawat darurat selama enam "
        "jam di lorong.",
        *FILLER_ID,
        "Direktur RSUD Sumber Sehat, Hendra Wijaya, mengatakan seluruh pasien sudah "
        "ditangani sesuai prosedur.",
    ]
    gold = {"id_rsud.txt": [{"has": "Hendra Wijaya", "label": "denial",
                             "source": ["Hendra Wijaya"], "side": "accused"}]}
    assert _placed(tmp_path_factory, "id_rsud.txt", sentences, gold) == [
        ("Hendra Wijaya", "accused")]


def test_the_party_asked_to_reply_english(tmp_path_factory):
    sentences = [
        "Fire exits locked, parents say",
        "KINGSFORD, Jan 9 - Parents at Kingsford Primary accused the caretaking contractor "
        "of leaving fire exits locked during school hours.",
        "Brightwell Facilities, which holds the caretaking contract, did not respond to a "
        "request for comment.",
        *FILLER_EN,
        "Brightwell's operations director, Sam Perry, said on Friday that every exit had "
        "been checked each morning.",
    ]
    gold = {"en_exits.txt": [{"has": "Sam Perry", "label": "denial", "source": ["Sam Perry"],
                              "side": "accused"}]}
    assert _placed(tmp_path_factory, "en_exits.txt", sentences, gold) == [
        ("Sam Perry", "accused")]


def test_the_party_asked_to_reply_indonesian(tmp_path_factory):
    sentences = [
        "Jalan desa rusak",
        "Warga Desa Mekarsari menuding pengelola tambang pasir merusak jalan desa.",
        "CV Batu Makmur, pengelola tambang itu, belum memberikan tanggapan hingga Senin "
        "malam.",
        *FILLER_ID,
        "Pemilik CV Batu Makmur, Joko Susilo, mengatakan truknya hanya melintas dua kali "
        "sehari.",
    ]
    gold = {"id_tambang.txt": [{"has": "Joko Susilo", "label": "denial",
                                "source": ["Joko Susilo"], "side": "accused"}]}
    assert _placed(tmp_path_factory, "id_tambang.txt", sentences, gold) == [
        ("Joko Susilo", "accused")]


@pytest.mark.parametrize("text, names, language, party", [
    ("Harlow Council has come under fire over the closure of two libraries.",
     ("Harlow Council",), "en", "Harlow Council"),
    ("Nordic Freight is being sued by three former drivers.",
     ("Nordic Freight",), "en", "Nordic Freight"),
    ("The mayor, Tom Bale, is alleged to have used council cars for holidays.",
     ("Tom Bale",), "en", "Tom Bale"),
    ("PT Sinar Laut ditengarai membuang limbah ke laut.", ("PT Sinar Laut",), "id",
     "PT Sinar Laut"),
    ("Koperasi Maju Bersama tengah disorot karena dana anggota tak kunjung cair.",
     ("Koperasi Maju Bersama",), "id", "Koperasi Maju Bersama"),
    # not a party in the dock: the frame's subject is no name, or the name is after a
    # preposition or is the one who speaks
    ("Residents said the bridge is under fire from critics.", ("Residents",), "en", None),
    ("A complaint sent to Harlow Council allegedly went unanswered.", ("Harlow Council",),
     "en", None),
    ("Menurut Budi Santoso, proyek itu diduga bermasalah.", ("Budi Santoso",), "id", None),
])
def test_in_the_frame(text, names, language, party):
    assert in_the_frame(text, names, None, lexicon(language)) == party


@pytest.mark.parametrize("text, names, language, party", [
    ("Tarrow Chemicals declined to comment.", ("Tarrow Chemicals",), "en",
     "Tarrow Chemicals"),
    ("Dunmore Council could not be reached on Sunday.", ("Dunmore Council",), "en",
     "Dunmore Council"),
    ("Kepala Desa Sukamaju, Darto, tidak bisa dihubungi hingga berita ini diturunkan.",
     ("Darto",), "id", "Darto"),
    ("Manajemen PT Arta Niaga memilih bungkam.", ("PT Arta Niaga",), "id", "PT Arta Niaga"),
    ("The reporter said Tarrow Chemicals had been asked.", ("Tarrow Chemicals",), "en", None),
])
def test_asked_to_reply(text, names, language, party):
    assert asked_to_reply(text, names, None, lexicon(language)) == party


def test_a_description_and_its_name_are_one_party_english(tmp_path_factory):
    sentences = [
        "Sludge in the river",
        "MILLBROOK, Aug 3 - Anglers accused the company that runs the Millbrook water plant "
        "of dumping sludge into the river.",
        *FILLER_EN,
        "ClearFlow Utilities, which runs the plant, said its discharge met every permit.",
    ]
    gold = {"en_sludge.txt": [{"has": "ClearFlow Utilities", "label": "denial",
                               "source": ["ClearFlow Utilities"], "side": "accused"}]}
    assert _placed(tmp_path_factory, "en_sludge.txt", sentences, gold) == [
        ("ClearFlow Utilities", "accused")]


def test_a_description_and_its_name_are_one_party_indonesian(tmp_path_factory):
    sentences = [
        "Limbah tambak dikeluhkan",
        "Nelayan Pangandaran menuding pengelola tambak udang di pesisir itu membuang limbah "
        "ke laut.",
        *FILLER_ID,
        "PT Samudra Biru, pengelola tambak tersebut, menyatakan limbahnya selalu diolah "
        "lebih dulu.",
    ]
    gold = {"id_tambak.txt": [{"has": "PT Samudra Biru", "label": "denial",
                               "source": ["PT Samudra Biru"], "side": "accused"}]}
    assert _placed(tmp_path_factory, "id_tambak.txt", sentences, gold) == [
        ("PT Samudra Biru", "accused")]


def test_the_agent_after_by_is_not_the_described_party(tmp_path_factory):
    sentences = [
        "Import complaint",
        "The European Union accused exporters of selling cheap steel tubes below cost.",
        "The complaint was filed by the Tube Makers Association, which represents "
        "exporters' rivals in Germany.",
    ]
    gold = {"en_tubes.txt": [{"has": "filed by the Tube", "label": "claim",
                              "source": ["Tube Makers Association"], "side": "accusing"}]}
    placed = _placed(tmp_path_factory, "en_tubes.txt", sentences, gold)
    assert placed and placed[0][1] != "accused"


def test_the_first_to_tell_of_an_unattributed_allegation_accuses_english(tmp_path_factory):
    sentences = [
        "Bus firm under fire",
        "Redline Coaches is under fire over school buses that broke down on the motorway.",
        "Parent governor Janet Moss said two buses had failed their safety checks in March.",
        *FILLER_EN,
        "Redline's managing director, Colin Ash, said both buses had passed every check.",
        "Moss said the school had photographs of the failed checks.",
    ]
    gold = {"en_buses.txt": [
        {"has": "Janet Moss", "label": "claim", "source": ["Janet Moss"], "side": "accusing"},
        {"has": "Colin Ash", "label": "denial", "source": ["Colin Ash"], "side": "accused"},
        {"has": "Moss said the school", "label": "claim", "source": ["Janet Moss"],
         "side": "accusing"}]}
    assert _placed(tmp_path_factory, "en_buses.txt", sentences, gold) == [
        ("Janet Moss", "accusing"), ("Colin Ash", "accused"), ("Janet Moss", "accusing")]


def test_the_first_to_tell_of_an_unattributed_allegation_accuses_indonesian(tmp_path_factory):
    sentences = [
        "Pengembang perumahan disorot",
        "Sebuah pengembang perumahan di Depok diduga menjual kavling yang sama kepada dua "
        "pembeli.",
        "Salah satu pembeli, Rudi Hartono, mengatakan kavling yang ia bayar lunas ternyata "
        "sudah dihuni orang lain.",
        *FILLER_ID,
        "Pemilik pengembang itu, Surya Atmaja, membantah menjual kavling dua kali.",
        "Menurut Surya, orang yang menempati kavling itu tidak membayar.",
        "Rudi mengatakan ia menyimpan semua kuitansi pembayaran.",
    ]
    gold = {"id_kavling.txt": [
        {"has": "Rudi Hartono", "label": "accusation", "source": ["Rudi Hartono"],
         "side": "accusing"},
        {"has": "Surya Atmaja", "label": "denial", "source": ["Surya Atmaja"],
         "side": "accused"},
        {"has": "Rudi mengatakan ia menyimpan", "label": "claim", "source": ["Rudi Hartono"],
         "side": "accusing"}]}
    assert _placed(tmp_path_factory, "id_kavling.txt", sentences, gold) == [
        ("Rudi Hartono", "accusing"), ("Surya Atmaja", "accused"), ("Rudi Hartono", "accusing")]


def test_after_the_reply_a_new_speaker_is_not_the_allegations_voice(tmp_path_factory):
    sentences = [
        "Flood blamed on logging",
        "Residents blamed illegal logging for the floods that swept through the valley.",
        "The Forestry Office denied that any logging had taken place in the area.",
        "Governor Alan Price said the province would help residents rebuild their homes.",
    ]
    gold = {"en_valley.txt": [{"has": "Alan Price", "label": "context",
                               "source": ["Alan Price"], "side": "none"}]}
    assert _placed(tmp_path_factory, "en_valley.txt", sentences, gold) == [
        ("Alan Price", "none")]
