"""Forty-third round (issue 11, branch w19ictx4): Indonesian procedure set against a fact by
a contrast inside the same sentence ("berkas ... sudah dinyatakan lengkap pada Juni, tetapi
sidangnya belum juga dijadwalkan", "izin koperasi itu masih berlaku, namun pihaknya sudah
memanggil pengurusnya") is no procedure reported: the fact is what the sentence asserts, a
claim (procedure_beside.py). A reason ("karena") or a contrast opening the sentence ("Meski
begitu, ...") leaves the procedure as it was. Sentences made up for the test, not taken
from any set."""

from __future__ import annotations

from support.proposals import accepted_afresh

CONTRASTED = [
    "Kuasa hukum warga, Dedi Kurnia, menyebut berkas gugatan mereka sudah dinyatakan lengkap "
    "pada Juni, tetapi sidangnya belum juga dijadwalkan hingga kini.",
    "Kepala Dinas Koperasi, Yusuf Maulana, mengatakan izin koperasi itu masih berlaku, namun "
    "pihaknya sudah memanggil pengurusnya.",
]

NOT_CONTRASTED = [
    "Yusuf mengatakan pihaknya sudah memanggil pengurus koperasi karena banyak anggota "
    "mengeluh.",
    "Meski begitu, dinas sudah memanggil bendahara koperasi, kata Yusuf.",
]


def test_procedure_set_against_a_fact_is_a_claim(db, scheme):
    for text in CONTRASTED:
        got = accepted_afresh(db, scheme, [text], "id")[0]
        assert got.label == "claim", (text, got.label_reason)
        assert "procedure" not in got.label_reason


def test_procedure_with_a_reason_or_after_an_opening_contrast_stays_context(db, scheme):
    # near misses: the link is a reason, or it opens the sentence and looks back
    for text in NOT_CONTRASTED:
        got = accepted_afresh(db, scheme, [text], "id")[0]
        assert got.label == "context", (text, got.label_reason)
        assert "procedure reported" in got.label_reason
