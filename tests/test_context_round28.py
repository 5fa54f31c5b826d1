"""The twenty-eighth round's claim or context (branch i11context28).

Three shapes were read by words that are not the sentence's act
(domain/proposals/evidence_or_frame.py), and a measurement that meets a standard was not
read as one (``context11_standards``):

- a document the narration names citing its evidence ("The petition cites a council
  memo ...", "Gugatan itu merujuk pada ...") was context (no speech verb); it is evidence
  offered for an accusation, a claim;
- a procedure word in a relative clause ("kamera yang disita", "the phones that were
  seized") or after a word of time ('ujarnya saat sidak') made reported speech
  procedure, context; the sentence is read by its other words;
- complaints received that a body declines to comment on ("said it did not comment on
  complaints it received") were complaints received, a claim; the body declines to say,
  context;
- a sample declared to meet a standard ("dinyatakan memenuhi syarat", "met the standard")
  was context; like one above the standard it is evidence, a claim;
- a name or a title in quotation marks inside narration ('menjadi "Kopi Rawa Indah"', 'the
  crew of "Silver Heron"') made the sentence a quotation, a claim; nobody is quoted, and
  the sentence is read as narration.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

_OPENING_EN = ("Residents of Fallow Street accused Corran Homes of building the new estate "
               "on land that floods every winter.")
_OPENING_ID = ("Warga Perumahan Griya Asri menuding pengembang PT Sinar Baru membangun "
               "rumah di atas bekas rawa.")


def _after(db, scheme, first: str, sentence: str, language: str):
    return accepted(db, scheme, [first, sentence], language)[1]


def test_a_petition_citing_a_memo_is_a_claim(db, scheme):
    got = _after(db, scheme, _OPENING_EN, "The petition cites a council memo from 2019 "
                 "that marks the field as a flood plain.", "en")
    assert got.label == "claim", got.label_reason


def test_a_lawsuit_that_also_cites_photographs_is_a_claim(db, scheme):
    got = _after(db, scheme, _OPENING_EN, "The lawsuit also cites photographs of standing "
                 "water in six gardens last January.", "en")
    assert got.label == "claim", got.label_reason


def test_gugatan_merujuk_pada_foto_is_a_claim(db, scheme):
    got = _after(db, scheme, _OPENING_ID, "Gugatan itu merujuk pada foto genangan air "
                 "di enam rumah pada Januari lalu.", "id")
    assert got.label == "claim", got.label_reason


def test_a_document_cited_under_a_condition_is_not_read_so(db, scheme):
    got = _after(db, scheme, _OPENING_EN, "If the petition cites the memo, the council will "
                 "have to answer it.", "en")
    assert got.label != "claim" or "cites" not in got.label_reason, got.label_reason


def test_a_seized_camera_that_matches_is_what_the_officer_says(db, scheme):
    got = _after(db, scheme, _OPENING_ID, "Kanit Reskrim Polsek Sukamaju, Iptu Bayu Prakoso, "
                 "mengatakan kamera yang disita cocok dengan rekaman di lokasi.", "id")
    assert got.label == "claim", got.label_reason
    assert got.name == "Bayu Prakoso"


def test_phones_that_were_seized_matched_is_a_claim(db, scheme):
    got = _after(db, scheme, _OPENING_EN, "Detective Inspector Moira Kelso said the phones "
                 "that were seized held the estate's drainage plans.", "en")
    assert got.label == "claim", got.label_reason


def test_said_during_a_spot_check_is_read_by_what_was_said(db, scheme):
    got = _after(db, scheme, _OPENING_ID, '"Airnya sudah setinggi lutut di tiga rumah," '
                 "ujar Kepala Dinas PUPR, Hendra Wibisono, saat sidak, Senin.", "id")
    assert got.label != "context", got.label_reason


def test_procedure_reported_is_still_context(db, scheme):
    got = _after(db, scheme, _OPENING_ID, "Kanit Reskrim Polsek Sukamaju, Iptu Bayu Prakoso, "
                 "mengatakan penyidik telah menyita dua kamera dan akan memeriksa saksi.",
                 "id")
    assert got.label == "context", got.label_reason


def test_no_comment_on_complaints_received_is_context(db, scheme):
    got = _after(db, scheme, _OPENING_EN, "The Housing Ombudsman said it did not comment on "
                 "complaints it had received.", "en")
    assert got.label == "context", got.label_reason
    assert got.name == "Housing Ombudsman"


def test_complaints_received_are_still_a_claim(db, scheme):
    got = _after(db, scheme, _OPENING_EN, "The Housing Ombudsman said it had received 41 "
                 "complaints about the estate since March.", "en")
    assert got.label == "claim", got.label_reason


def test_sampel_dinyatakan_memenuhi_syarat_is_a_claim(db, scheme):
    got = _after(db, scheme, _OPENING_ID, "Sampel tanah dari blok C dinyatakan memenuhi "
                 "syarat daya dukung bangunan.", "id")
    assert got.label == "claim", got.label_reason


def test_levels_below_the_legal_limit_are_a_claim(db, scheme):
    got = _after(db, scheme, _OPENING_EN, "Water drawn from the estate's drains in March "
                 "showed nitrate levels well below the legal limit.", "en")
    assert got.label == "claim", got.label_reason


def test_a_sample_that_failed_the_standard_is_not_a_met_one(db, scheme):
    got = _after(db, scheme, _OPENING_ID, "Sampel tanah dari blok C tidak memenuhi syarat "
                 "daya dukung bangunan.", "id")
    assert got.label != "claim" or "memenuhi syarat" not in got.label_reason, \
        got.label_reason


def test_a_shop_renamed_in_quotation_marks_is_context(db, scheme):
    got = _after(db, scheme, _OPENING_ID, 'Setelah pindah dari Pasar Baru pada 2024, Rudi '
                 'mengganti nama warungnya di Jalan Melati menjadi "Kopi Rawa Indah".', "id")
    assert got.label == "context", got.label_reason


def test_a_boat_named_in_quotation_marks_is_context(db, scheme):
    got = _after(db, scheme, _OPENING_EN, 'The regatta was won by the crew of "Silver '
                 'Heron" from Kinsale, who finished in nine minutes and four seconds.', "en")
    assert got.label == "context", got.label_reason


def test_a_short_quotation_opening_the_sentence_is_still_quoted(db, scheme):
    got = accepted(db, scheme, [
        _OPENING_EN,
        "Corran Homes' director, Alan Pryce, said the land had been surveyed twice.",
        '"Bone Dry Ground" was the survey firm\'s verdict, he added.'], "en")
    assert got[2].label != "context", got[2].label_reason
