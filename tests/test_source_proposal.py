"""Ranking sources as the analyst types, and proposing one before they ask."""

from __future__ import annotations

import pytest

from annotator.domain.proposals import propose_text
from annotator.domain.scheme import load_scheme
from annotator.domain.sources import add_source
from annotator.domain.speakers import SourceIndex


@pytest.fixture
def index(db):
    return SourceIndex.from_db(db)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Peskov", "Dmitry Peskov"),
        ("pesk", "Dmitry Peskov"),
        ("Korut", "Korea Utara"),
        ("Lavrof", "Sergei Lavrov"),  # a typo
        ("zakharova", "Maria Zakharova"),
        ("kreml", "Kremlin"),
    ],
)
def test_suggest_ranks_the_intended_source_first(index, typed, expected):
    suggestions = index.suggest(typed)
    assert suggestions[0].name == expected


def test_suggest_gives_each_source_once_and_nothing_for_empty(index):
    names = [s.name for s in index.suggest("korea", limit=8)]
    assert len(names) == len(set(names))
    assert "Korea Utara" in names
    assert index.suggest("   ") == []


def test_new_source_becomes_suggestable(db):
    index = SourceIndex.from_db(db)
    assert all(s.name != "Antony Blinken" for s in index.suggest("Blinken"))
    source = add_source(db, "Antony Blinken", "person", ["Blinken"])
    index.add(source.name, source.name, source.kind)
    index.add("Blinken", source.name, source.kind)
    assert index.suggest("Blinke")[0].name == "Antony Blinken"


def _propose(index, sentence, previous=None):
    return propose_text(sentence, load_scheme(), index, "id", previous=previous)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ('"Sebaliknya, Federasi Rusia memberikan dukungan penuh," kata Lavrov, berdasarkan '
         "transkrip pidato.", "Sergei Lavrov"),
        ('Korea Utara akan mendukung Russia hingga "kemenangannya" di Ukraina, kata Menteri Luar '
         "Negeri Korea Utara di Moskow.", "Choe Son Hui"),
        ("Menteri Luar Negeri Rusia Sergei Lavrov berterima kasih kepada Korea Utara, kata "
         "Kementerian Luar Negeri Rusia.", "Kementerian Luar Negeri Rusia"),
        ("Peskov mengatakan laporan itu tidak berdasar.", "Dmitry Peskov"),
    ],
)
def test_proposes_the_named_speaker(index, sentence, expected):
    proposal = _propose(index, sentence, previous="Korea Utara")
    assert proposal.name == expected
    assert proposal.reason in ("named after 'kata'", "subject of 'mengatakan'")


@pytest.mark.parametrize(
    "sentence",
    [
        '"Hubungan yang sangat erat telah terjalin antara kedua negara," katanya.',
        '"Korea Utara adalah salah satu negara yang dengan tegas mendukung Rusia," ujarnya.',
        "Ia mengatakan kerja sama itu akan berlanjut.",
        "Dia menambahkan bahwa kunjungan itu penting.",
        '"Kami siap," tambahnya.',
        '"Itu tidak benar," imbuhnya.',
        '"Laporan seperti itu sudah lama ada."',
    ],
)
def test_continuation_takes_the_previous_source(index, sentence):
    proposal = _propose(index, sentence, previous="Dmitry Peskov")
    assert proposal.name == "Dmitry Peskov"
    assert proposal.reason.endswith(("the last named speaker", "continues the previous sentence"))


def test_narration_and_nothing_known(index):
    proposal = _propose(index, "Pertemuan dengan Putin berlangsung di Pyongyang pekan lalu.")
    assert proposal.name is None  # narration: a name mentioned is not a speaker
    assert proposal.reason == "narration: no speech verb"
    assert _propose(index, "Cuaca hari ini cerah dan hangat.").name is None
    assert _propose(index, "Cuaca hari ini cerah,\" ujarnya.").name is None  # nothing to continue


def test_short_capital_aliases_match_only_in_capitals(index):
    assert _propose(index, "Pejabat AS mengatakan itu.").name in ("Pejabat AS", "Amerika Serikat")
    assert _propose(index, "Hal itu as biasa saja.").name is None
