"""A speaker who accused before and goes on in a quotation that opens on its evidence ("'Kami
melihat sendiri ...,' kata Darmaji", "'Kami menemukan ...'", "'Catatan ... menunjukkan ...'")
gives what it saw, found or what a record shows: a claim by the guidelines, not an
accusation (forty-third round, issue 11, bug fix on branch w19iacc1;
domain/proposals/quoted_evidence.py, read in dispute.py before "accused before and goes
on"; "lihat" and "pola" in ``context12_witnessed`` of data/cues/id.json). The accuser's
quotation that tells the act itself, a witness in a relative clause ("saksi yang melihat
langsung") and a pattern seen ("melihat pola") stay accusations.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted_afresh

IRRIGATION = ["Ketua Kelompok Tani Sumber Rejeki, Darmaji, menuding PT Agro Lestari membuang "
              "limbah cair ke saluran irigasi desa."]


def _last(db, scheme, sentences):
    """The proposal on an article's last sentence, the database emptied after it."""
    return accepted_afresh(db, scheme, sentences, "id")[-1]


def test_what_the_accuser_saw_is_a_claim(db, scheme):
    got = _last(db, scheme, IRRIGATION + [
        "\"Kami melihat sendiri airnya berubah hitam dan berbau setiap malam,\" kata "
        "Darmaji."])
    assert got.label == "claim", got.label_reason
    assert "give its evidence" in got.label_reason


def test_what_the_accuser_found_is_a_claim(db, scheme):
    got = _last(db, scheme, IRRIGATION + [
        "\"Kami menemukan bekas selang dari pagar pabrik sampai ke saluran,\" ujar Darmaji."])
    assert got.label == "claim", got.label_reason


def test_a_record_that_shows_is_a_claim(db, scheme):
    got = _last(db, scheme, IRRIGATION + [
        "\"Foto-foto warga menunjukkan busa putih menutupi saluran tiga hari "
        "berturut-turut,\" kata Darmaji."])
    assert got.label == "claim", got.label_reason


def test_near_misses_stay_accusations(db, scheme):
    for said in ("\"Mereka sengaja membuang limbah itu malam hari supaya tidak ketahuan,\" "
                 "kata Darmaji.",
                 "\"Kami punya saksi yang melihat langsung truk itu membuang limbah ke "
                 "saluran,\" kata Darmaji.",
                 "\"Kami melihat pola yang sama seperti tahun lalu: limbah dibuang saat "
                 "hujan,\" kata Darmaji."):
        got = _last(db, scheme, IRRIGATION + [said])
        assert got.label == "accusation", (said, got.label_reason)


def test_english_quoted_evidence_stays_the_accusation_going_on(db, scheme):
    """Indonesian only (w19iacc7): in English the accuser's quotation opening on a record
    that shows goes on as its accusation, as tests/test_proposal_generalisation.py specifies."""
    from annotator.domain.proposals.lexicon import lexicon
    from annotator.domain.proposals.quoted_evidence import evidence_quoted

    text = '"The logs from March show the tanks emptied at night," Holt said.'
    assert evidence_quoted(text, lexicon("en")) is None
    assert evidence_quoted('"Rekam medis menunjukkan dokter baru memeriksa pasien pukul dua '
                           'dini hari," kata Antonius.', lexicon("id"))
