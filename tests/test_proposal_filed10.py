"""The party a filed complaint, police report or lawsuit names is the accused party
(data/guidelines.md: the accused side explaining it away or blaming another cause denies).
Every sentence is invented for this test from the guidelines' classes; none is taken from
the benchmark's sets."""

from __future__ import annotations

import pytest
from support.proposals import proposals


def labels(db, scheme, sentences, language):
    return [(p.label, p.name) for p in proposals(db, scheme, sentences, language)]


_ID_REPLY = ["Sutarman menyebut dana itu dipakai untuk memperbaiki jalan desa.",
             "Menurut Sutarman, laporan pertanggungjawaban belum dibuat karena sekretaris "
             "desa sakit."]


@pytest.mark.parametrize(
    "filing",
    [
        "Bogor - Puluhan warga Desa Cibodas melaporkan Kepala Desa Cibodas, Sutarman, ke "
        "Polres Bogor atas dugaan penyelewengan dana desa.",
        "Puluhan warga Desa Cibodas mengadukan Kepala Desa Cibodas, Sutarman, ke Inspektorat "
        "Kabupaten Bogor atas dugaan penyelewengan dana desa.",
        "Puluhan warga Desa Cibodas mempolisikan Kepala Desa Cibodas, Sutarman, atas dugaan "
        "penyelewengan dana desa.",
        "Puluhan warga Desa Cibodas memperkarakan Kepala Desa Cibodas, Sutarman, atas dugaan "
        "penyelewengan dana desa.",
        "Puluhan warga Desa Cibodas menggugat Kepala Desa Cibodas, Sutarman, ke Pengadilan "
        "Negeri Cibinong atas dugaan penyelewengan dana desa.",
        "Kuasa hukum warga mensomasi Kepala Desa Cibodas, Sutarman, atas dugaan penyelewengan "
        "dana desa.",
        "Puluhan warga Desa Cibodas melayangkan laporan terhadap Kepala Desa Cibodas, "
        "Sutarman, ke Polres Bogor atas dugaan penyelewengan dana desa.",
        "Puluhan warga Desa Cibodas melayangkan gugatan kepada Kepala Desa Cibodas, Sutarman, "
        "atas dugaan penyelewengan dana desa.",
        "Puluhan warga Desa Cibodas mengajukan aduan terhadap Kepala Desa Cibodas, Sutarman, "
        "ke Inspektorat atas dugaan penyelewengan dana desa.",
        "Kepala Desa Cibodas, Sutarman, dilaporkan puluhan warga ke Polres Bogor atas dugaan "
        "penyelewengan dana desa.",
        "Kepala Desa Cibodas, Sutarman, dilaporkan oleh puluhan warga ke Polres Bogor atas "
        "dugaan penyelewengan dana desa.",
    ],
)
def test_the_party_a_filing_names_is_the_accused_in_indonesian(db, scheme, filing):
    got = labels(db, scheme, [filing, *_ID_REPLY], "id")
    assert got[0][0] == "accusation"
    assert got[1:] == [("denial", "Sutarman"), ("denial", "Sutarman")]


_EN_REPLY = ["Dunn said the money had been spent on repairs to the village hall.",
             "According to Dunn, the accounts were late because the parish clerk was ill."]


@pytest.mark.parametrize(
    "filing",
    [
        "Residents reported the chairman of Ashford Parish Council, Mark Dunn, to the police "
        "over missing funds.",
        "Residents filed a complaint against the chairman of Ashford Parish Council, Mark "
        "Dunn, with the standards board over missing funds.",
        "Residents lodged a complaint about the chairman of Ashford Parish Council, Mark "
        "Dunn, with the ombudsman over missing funds.",
        "Residents sued the chairman of Ashford Parish Council, Mark Dunn, over missing "
        "funds.",
        "Residents took the chairman of Ashford Parish Council, Mark Dunn, to court over "
        "missing funds.",
        "Residents brought a claim against the chairman of Ashford Parish Council, Mark Dunn, "
        "over missing funds.",
        "The chairman of Ashford Parish Council, Mark Dunn, was reported to the police by "
        "residents over missing funds.",
        "The chairman of Ashford Parish Council, Mark Dunn, was sued by residents over "
        "missing funds.",
    ],
)
def test_the_party_a_filing_names_is_the_accused_in_english(db, scheme, filing):
    got = labels(db, scheme, [filing, *_EN_REPLY], "en")
    assert got[0][0] == "accusation"
    assert got[1:] == [("denial", "Mark Dunn"), ("denial", "Mark Dunn")]


# --- controls ----------------------------------------------------------------------------

def test_a_report_that_names_no_party_makes_nobody_accused(db, scheme):
    got = labels(db, scheme, ["Puluhan warga Desa Cibodas melapor ke Polres Bogor atas "
                              "dugaan penyelewengan dana desa.", _ID_REPLY[0]], "id")
    assert got[1][0] == "claim"


def test_melaporkan_as_reporting_news_names_nobody_accused(db, scheme):
    got = labels(db, scheme, [
        "Kantor berita Antara melaporkan Presiden Joko Widodo meresmikan Bendungan Ciawi di "
        "Bogor.",
        "Joko Widodo menyebut bendungan itu dibangun karena banjir kerap melanda Jakarta."],
        "id")
    assert got[1][0] != "denial"


def test_reported_as_news_names_nobody_accused(db, scheme):
    got = labels(db, scheme, [
        "Reuters reported Prime Minister Alan Hale opened the new bridge at Ashford.",
        "Hale said the bridge was built because floods had cut off the town."], "en")
    assert got[1][0] != "denial"


@pytest.mark.parametrize(
    ("sentences", "language"),
    [
        (["Puluhan warga Desa Cibodas melaporkan Kepala Desa Cibodas, Sutarman, ke Polres "
          "Bogor atas dugaan penyelewengan dana desa.",
          "Kapolres Bogor AKBP Budi Santoso mengatakan laporan itu masih dipelajari penyidik."],
         "id"),
        (["Residents reported the chairman of Ashford Parish Council, Mark Dunn, to the "
          "police over missing funds.",
          "Inspector Ruth Hale said officers were still reviewing the report."], "en"),
    ],
)
def test_a_third_party_after_a_filing_is_not_the_accused(db, scheme, sentences, language):
    got = labels(db, scheme, sentences, language)
    assert got[1][0] != "denial"


# --- whoever speaks for the party a filing names replies for it ------------------------

@pytest.mark.parametrize(
    ("sentences", "language", "speaker"),
    [
        (["Puluhan warga Desa Cibodas melaporkan Kepala Desa Cibodas, Sutarman, ke Polres "
          "Bogor atas dugaan penyelewengan dana desa.",
          "Kuasa hukum Sutarman, Andi Wijaya, menilai laporan itu terburu-buru."], "id",
         "Andi Wijaya"),
        (["Ratusan petani menggugat PT Sawit Makmur Abadi ke Pengadilan Negeri Jambi atas "
          "pencemaran Sungai Batanghari.",
          "Direktur PT Sawit Makmur Abadi, Hendra Gunawan, mengatakan ikan mati karena "
          "kemarau panjang."], "id", "Hendra Gunawan"),
        (["Gugatan terhadap PT Sawit Makmur Abadi didaftarkan ratusan petani ke Pengadilan "
          "Negeri Jambi pekan lalu.",
          "PT Sawit Makmur Abadi menyebut limbah itu berasal dari pabrik lain."], "id",
         "PT Sawit Makmur Abadi"),
        (["Tenants sued Harbor Homes Ltd over mould in their flats.",
          "A lawyer for Harbor Homes, Ruth Kemp, said the complaint was premature."], "en",
         "Ruth Kemp"),
        (["Parents filed a complaint against Greenfield Academy with the education regulator "
          "over unpaid refunds.",
          "Greenfield Academy said the refunds were delayed because of a bank error."], "en",
         "Greenfield Academy"),
    ],
)
def test_the_filed_against_side_replying_denies(db, scheme, sentences, language, speaker):
    got = labels(db, scheme, sentences, language)
    assert got[0][0] == "accusation"
    assert got[1] == ("denial", speaker)


def test_a_filing_denied_names_nobody_accused(db, scheme):
    got = labels(db, scheme, [
        "Warga Desa Cibodas menegaskan tidak melaporkan Kepala Desa Cibodas, Sutarman, ke "
        "Polres Bogor.", _ID_REPLY[0]], "id")
    assert got[1][0] != "denial"


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Mark Dunn, who reports to the board of Ashford Parish Council, opened the new "
         "village hall on Friday.", "en"),
        ("Alan Hale was taken to hospital after the crash on the Ashford bypass.", "en"),
    ],
)
def test_a_verb_that_files_only_with_its_object_and_a_body(db, scheme, sentence, language):
    assert labels(db, scheme, [sentence], language)[0][0] != "accusation"
