"""Forty-third round (issue 11, branch w19ictx3): a penalty put under a condition is what
could follow, context (data/guidelines.md, context; if_proven.py), also where the condition
is that the breach happens again ("bila pelanggaran serupa terulang") and where the
possibility is said as not hesitating ("tidak segan mendiskualifikasi ... jika ...
terbukti"). Before, the Indonesian rules read both as the speaker's claim. Sentences made
up for the test, not taken from any set."""

from __future__ import annotations

from support.proposals import accepted

ARTICLE = [
    "Pedagang Pasar Baru menuding pengelola pasar memungut retribusi ganda.",
    "Kepala Dinas Perdagangan, Rina Susanti, mengatakan denda bagi pengelola dapat "
    "dilipatgandakan bila pelanggaran serupa terulang.",
    "Ketua Bawaslu Kabupaten, Andi Saputra, mengatakan pihaknya tidak segan "
    "mendiskualifikasi calon jika politik uang terbukti.",
    "Rina mengatakan pungutan serupa sudah berulang sejak tahun lalu.",
    "Rina mengatakan pengelola tidak segan menaikkan tarif setiap bulan.",
]


def test_a_penalty_if_the_breach_recurs_or_is_proven_is_context(db, scheme):
    got = accepted(db, scheme, ARTICLE, "id")
    for p in got[1:3]:
        assert p.label == "context", p.label_reason
        assert "a penalty that could follow" in p.label_reason


def test_recurrence_or_readiness_without_a_condition_stays_a_claim(db, scheme):
    # near misses: "sudah berulang" tells what happened, "tidak segan menaikkan tarif" what
    # the party does; neither puts a penalty under a condition
    got = accepted(db, scheme, ARTICLE, "id")
    for p in got[3:]:
        assert p.label == "claim", p.label_reason
