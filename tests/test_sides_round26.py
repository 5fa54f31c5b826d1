"""The accused side found where its officer speaks (twenty-sixth round, issue 11, branch
i11accused26): after an allegation whose accuser has spoken but which named no party the
reading could hold ("deductions were taken from wages", "the bus had no valid permit"), the
named body whose officer speaks ("A spokeswoman for Halden Freight, which runs the depot,
said", "Pemilik PO Sinar Lembah, Darto Wiyono, mengatakan") is the party answering it: its
denial is proposed as a denial, not a claim. A researcher of a named university stays on no
side, and an officer who speaks before anyone has voiced the allegation is not placed by it.
Invented articles, not in any set, read on the real ingest and proposal path (real SQLite)."""

from __future__ import annotations

import pytest
from support.benches import sides_placed

from annotator.domain.proposals.lexicon import lexicon
from annotator.domain.proposals.officer_body import officer_body

EN = [
    "Depot drivers say pay was docked without notice",
    "Drivers at a freight depot near Corby have had money taken from their wages without "
    "their consent, the Northern Drivers Union has alleged.",
    "The union said 40 drivers lost up to £90 a week in charges for fuel cards and "
    "uniforms that the depot is required to supply free.",
    "A spokeswoman for Halden Freight, which runs the depot, said the charges were agreed "
    "in each driver's contract and were shown on every payslip.",
    "A researcher at Wellbrook University, Tom Ashby, said such charges are common in the "
    "industry.",
]

EN_GOLD = {"en_depot.txt": [
    {"has": "Halden Freight, which runs", "label": "denial", "source": ["Halden Freight"]},
]}

ID = [
    "Bus Wisata Terguling di Tanjakan Cikole, Izin Trayek Mati Sejak Mei",
    "Bus pariwisata yang terguling di tanjakan Cikole, Lembang, Minggu lalu ternyata tidak "
    "memiliki izin trayek yang berlaku.",
    "Satlantas Polres Bandung Barat telah menetapkan sopir bus, RS (51), sebagai tersangka "
    "karena kelalaian yang menyebabkan orang lain luka-luka.",
    "Polisi juga menyebut bus diduga mengalami rem blong di turunan.",
    "Pemilik PO Sinar Lembah, Darto Wiyono, mengatakan perpanjangan izin sudah diajukan "
    "sejak April tetapi belum diproses dinas.",
    "Peneliti transportasi Universitas Parahyangan, Wulan Sari, mengatakan rem blong sering "
    "terjadi pada bus tua.",
]

ID_GOLD = {"id_bus_cikole.txt": [
    {"has": "Darto Wiyono, mengatakan", "label": "denial", "source": ["Darto Wiyono"]},
]}


@pytest.fixture(scope="module")
def english(tmp_path_factory):
    return sides_placed(tmp_path_factory, "en_depot.txt", EN, EN_GOLD)


@pytest.fixture(scope="module")
def indonesian(tmp_path_factory):
    return sides_placed(tmp_path_factory, "id_bus_cikole.txt", ID, ID_GOLD)


def test_english_the_body_whose_spokeswoman_answers_is_the_accused_side(english):
    [row] = english
    assert (row.speaker, row.side) == ("Halden Freight", "accused"), row.why
    assert "officer of Halden Freight" in row.why
    assert row.proposed == "right"  # the denial proposed as a denial, not a claim


def test_indonesian_the_owner_of_the_bus_company_is_the_accused_side(indonesian):
    [row] = indonesian
    assert (row.speaker, row.side) == ("Darto Wiyono", "accused"), row.why
    assert "officer of PO Sinar Lembah" in row.why
    assert row.proposed == "right"


@pytest.mark.parametrize(("speaker", "text", "language", "body"), [
    ("Halden Freight", "A spokeswoman for Halden Freight, which runs the depot, said the "
     "charges were agreed.", "en", "Halden Freight"),
    ("Ian Reeve", "Marlow Buses' managing director, Ian Reeve, said the service ran on "
     "time.", "en", "Marlow Buses"),
    ("Darto Wiyono", "Pemilik PO Sinar Lembah, Darto Wiyono, mengatakan izin sudah "
     "diajukan.", "id", "PO Sinar Lembah"),
    ("Agus Salim", "Direktur PT Bumi Karya Lestari, Agus Salim, berpendapat retakan itu "
     "disebabkan gempa.", "id", "PT Bumi Karya Lestari"),
    # no officer's title: no body by this rule
    ("Tom Ashby", "Tom Ashby said such charges are common.", "en", None),
])
def test_the_body_an_officer_speaks_for(speaker, text, language, body):
    assert officer_body(speaker, text, {}, lexicon(language)) == body


def test_an_accusers_officer_is_not_the_accused():
    text = "Ketua Serikat Buruh Lembah, Andi Saputra, mengatakan upah dipotong."
    assert officer_body("Andi Saputra", text, {"serikat buruh lembah": "Serikat Buruh Lembah"},
                        lexicon("id")) is None


def test_the_title_before_an_honorific_is_read_from_the_words_beside_the_name():
    # "Direktur RSUD Kota Lestari, dr. Maya Sari": the apposition stops at "dr.", the words
    # beside the name hold the title and the body
    from annotator.domain.proposals.dispute import beside

    lex = lexicon("id")
    text = "Direktur RSUD Kota Lestari, dr. Maya Sari, mengatakan tarif parkir sudah disetujui."
    assert officer_body("Maya Sari", text, {}, lex, beside("Maya Sari", text, lex)[0]) \
        == "RSUD Kota Lestari"
