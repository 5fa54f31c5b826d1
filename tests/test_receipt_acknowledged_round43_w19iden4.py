"""The accused body acknowledging it received the complaint is no reply (forty-third round,
issue 11, branch w19iden4): "Humas PN X, Y, mengatakan pengadilan sudah menerima tembusan
laporan itu", "Direktur Z mengatakan pihaknya sudah menerima surat tersebut": the matter
reached it, a claim by the guidelines, where the accused side's reply default made it a
denial (the complaints-received reading leaves out "the" complaint, "laporan itu"). Negated
("belum pernah menerima laporan resmi") it answers the allegation and stays a denial.
Invented articles, read on the real proposal path (real SQLite)."""

from __future__ import annotations

import pytest
from support.proposals import accepted

from annotator.domain.proposals.lexicon import lexicon
from annotator.domain.proposals.replies import receipt_acknowledged

ARTICLE = [
    "Pengacara Laporkan Panitera Pengadilan Negeri Kendari ke Komisi Yudisial",
    "Seorang pengacara, Rahmat Tosepu, melaporkan panitera Pengadilan Negeri Kendari ke Komisi "
    "Yudisial karena diduga meminta uang Rp 15 juta untuk mempercepat salinan putusan.",
]


@pytest.mark.parametrize("receipt", [
    "Juru bicara Pengadilan Negeri Kendari, Hasrun Lapili, mengatakan pengadilan sudah "
    "menerima tembusan laporan itu.",
    "Juru bicara Pengadilan Negeri Kendari, Hasrun Lapili, mengatakan pihaknya telah menerima "
    "surat tersebut pada Senin.",
])
def test_the_accused_body_acknowledging_receipt_makes_a_claim(db, scheme, receipt):
    got = accepted(db, scheme, [*ARTICLE, receipt], "id")
    assert got[-1].label == "claim", got[-1].label_reason


def test_a_negated_receipt_stays_a_denial(db, scheme):
    # near miss: never having received a report answers the allegation
    got = accepted(db, scheme, [
        *ARTICLE,
        "Juru bicara Pengadilan Negeri Kendari, Hasrun Lapili, mengatakan pihaknya belum "
        "pernah menerima laporan soal pungutan di bagian kepaniteraan.",
    ], "id")
    assert got[-1].label == "denial", got[-1].label_reason


@pytest.mark.parametrize(("text", "language", "found"), [
    ("Pengadilan sudah menerima tembusan laporan itu.", "id", "menerima tembusan laporan itu"),
    ("Pihaknya telah menerima surat tersebut.", "id", "menerima surat tersebut"),
    ("The council said it had received the letter.", "en", "received the letter"),
    # near misses: a count of complaints (read as complaints received), negated
    ("Pihaknya menerima 14 laporan dari warga.", "id", None),
    ("Pihaknya belum pernah menerima laporan itu.", "id", None),
])
def test_the_receipt(text, language, found):
    assert receipt_acknowledged(text, lexicon(language)) == found
