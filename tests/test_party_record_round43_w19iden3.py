"""The accused party's record over the years is no reply (forty-third round, issue 11, branch
w19iden3): after its denial, "Ia menambahkan, perusahaan telah membangun lebih dari 1.500
rumah ... sejak 2010" tells what the party has done since a year, a fact that cannot bear
on the allegation: a claim by the guidelines, where "denied before and goes on" made it a
denial. A count since a month of the matter ("dititipkan ... sejak Juli") and a figure
with no year stay replies. Invented articles, read on the real proposal path (real
SQLite)."""

from __future__ import annotations

import pytest
from support.proposals import accepted

from annotator.domain.proposals.lexicon import lexicon
from annotator.domain.proposals.replies import unrelated_fact

ARTICLE = [
    "Warga Perumahan Griya Lestari Tuding Pengembang Tahan Sertifikat",
    "Puluhan warga Perumahan Griya Lestari di Kendari menuding PT Karya Anoa Properti menahan "
    "sertifikat rumah mereka meski cicilan sudah lunas.",
    "Direktur PT Karya Anoa Properti, Samsul Lakina, membantah perusahaan menahan sertifikat "
    "warga.",
]


@pytest.mark.parametrize("record", [
    "Ia menambahkan, perusahaan telah membangun lebih dari 900 unit rumah di Kendari dan "
    "Konawe sejak 2012.",
    "Samsul juga menyebut perusahaannya sudah menyalurkan 4.000 unit rumah bersubsidi sejak "
    "2015.",
])
def test_the_partys_record_after_its_denial_is_a_claim(db, scheme, record):
    got = accepted(db, scheme, [*ARTICLE, record], "id")
    assert got[2].label == "denial", got[2].label_reason
    assert got[-1].label == "claim", got[-1].label_reason


def test_a_reply_with_a_figure_and_no_year_stays_a_denial(db, scheme):
    # near miss: the figure answers the matter, told since a month of it, not over years
    got = accepted(db, scheme, [
        *ARTICLE,
        "Ia menambahkan, perusahaan telah menyerahkan 120 sertifikat kepada warga sejak "
        "Juli.",
    ], "id")
    assert got[-1].label == "denial", got[-1].label_reason


@pytest.mark.parametrize(("text", "language", "found"), [
    ("Perusahaan telah membangun lebih dari 900 rumah sejak 2012.", "id",
     "membangun lebih dari 900 sejak 2012"),
    ("The firm has built more than 900 homes in the county since 2012.", "en",
     "built more than 900 since 2012"),
    # near misses: a month, not a year; no figure
    ("Uang itu sudah dititipkan di pengadilan sejak Juli.", "id", None),
    ("Perusahaan telah membangun rumah di Kendari sejak 2012.", "id", None),
])
def test_the_record(text, language, found):
    assert unrelated_fact(text, lexicon(language)) == found
