"""The other side's statement judged by the speaker ("X menilai penjelasan itu janggal",
"Y menilai jawaban kontraktor tidak menjelaskan ...") rejects that statement: a denial,
whoever says it (forty-second round, issue 11, bug fix on branch w18idr2;
domain/proposals/judged.py, data ``judged42`` in data/cues/id.json). Before, the judging
verb was read as reported speech and the sentence a claim.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted_afresh

from annotator.domain.proposals.judged import statement_judged
from annotator.domain.proposals.lexicon import lexicon
from annotator.domain.proposals.wrongs import words_of


def _article(db, scheme, sentences):
    """The proposals on one Indonesian article, the database emptied after it."""
    return accepted_afresh(db, scheme, sentences, "id")


def test_an_explanation_judged_odd(db, scheme):
    got = _article(db, scheme, [
        "Warga Perumahan Griya Asri mengeluhkan tagihan air yang naik dua kali lipat sejak "
        "September.",
        "PDAM Tirta Sejahtera mengatakan kenaikan itu akibat pemasangan meteran baru.",
        "Ketua RW 07, Darmawan Saleh, menilai penjelasan itu tidak masuk hitungan karena "
        "meteran di rumahnya tidak pernah diganti."])
    assert got[2].label == "denial", got[2].label_reason


def test_an_answer_judged_wanting(db, scheme):
    got = _article(db, scheme, [
        "Orang tua murid SD Negeri 4 Cibinong mempersoalkan pungutan buku sebesar Rp 450 ribu.",
        "Kepala sekolah mengatakan pungutan itu disepakati komite.",
        "Anggota komite, Lestari Wulandari, menganggap jawaban kepala sekolah mengabaikan "
        "rapat komite yang tidak pernah digelar."])
    assert got[2].label == "denial", got[2].label_reason


def test_a_reason_named_is_no_judgement(db, scheme):
    # near miss: "menyebut alasan ..." names a reason; nothing judged, the claim stands
    got = _article(db, scheme, [
        "Keberangkatan kapal cepat dari Pelabuhan Tanjung Emas ditunda selama dua hari.",
        "Kepala syahbandar, Bonifasius Lado, menyebut alasan penundaan adalah gelombang "
        "setinggi tiga meter di Laut Jawa."])
    assert got[1].label == "claim", got[1].label_reason


def test_the_reading_itself():
    lex = lexicon("id")
    assert statement_judged(lex, words_of("Rudi menilai dalih itu mengada-ada.")) == \
        "menilai dalih"
    assert statement_judged(lex, words_of("Rudi menyebut klaim itu keliru.")) == \
        "menyebut klaim"
    assert statement_judged(lex, words_of("BPJS menyebut klaim rumah sakit dibayar.")) is None
    assert statement_judged(lex, words_of("Dinas menilai laporan warga lengkap.")) is None
