"""The twenty-first round's labels: a complaint lodged with a body in plain words
(lodged_with.py). "The union has sent its rosters to the Civil Aviation Authority", "It
has asked the Charity Commission to investigate", "Mereka sudah mengirim kuitansi itu ke
Kementerian Perdagangan" lodge the matter with a body that can act on it: an accusation by
whoever lodged it (the guidelines' filed complaint). A plan, a negated act, no body named,
the accused side's own letter, an Indonesian "meminta" alone and a request for a permission
before any allegation stay as they were.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

import pytest
from support.proposals import accepted

from annotator.domain.proposals.admitted_clause import admitted_clause
from annotator.domain.proposals.instructed import instructed
from annotator.domain.proposals.lexicon import lexicon
from annotator.domain.proposals.lodged_with import lodged_with
from annotator.domain.proposals.modal_negation import modal_negation
from annotator.domain.proposals.reading import words_of

_ALLEGED_EN = ("The Riverside Drivers' Union has accused Coachline Buses of forcing drivers "
               "to work through their breaks.")
_ALLEGED_ID = ("Paguyuban Pedagang Pasar Cempaka menuding pengelola pasar, PT Graha Niaga, "
               "memungut retribusi ganda.")

# --- whole articles, as a reviewer pressing only `enter` saves them ----------------------


def test_evidence_sent_to_a_body_after_the_allegation_accuses(db, scheme):
    got = accepted(db, scheme, [
        _ALLEGED_EN,
        "The union has sent copies of 40 timesheets to the Office of the Traffic "
        "Commissioner.",
    ], "en")
    assert got[1].label == "accusation", got[1].label_reason
    assert "lodged with a body" in got[1].label_reason


def test_a_body_asked_to_investigate_accuses(db, scheme):
    got = accepted(db, scheme, [
        _ALLEGED_EN,
        "It has asked the Health and Safety Executive to investigate the rotas.",
    ], "en")
    assert got[1].label == "accusation", got[1].label_reason


def test_a_letter_to_a_ministry_accuses_in_indonesian(db, scheme):
    got = accepted(db, scheme, [
        _ALLEGED_ID,
        "Paguyuban itu sudah mengirim salinan 120 kuitansi ke Kementerian Perdagangan dan "
        "meminta audit.",
    ], "id")
    assert got[1].label == "accusation", got[1].label_reason


def test_a_plan_to_send_stays_as_it_was(db, scheme):
    got = accepted(db, scheme, [
        _ALLEGED_EN,
        "The union will send the timesheets to the Office of the Traffic Commissioner next "
        "week.",
    ], "en")
    assert got[1].label != "accusation", got[1].label_reason


def test_the_accused_sides_own_letter_lodges_nothing(db, scheme):
    got = accepted(db, scheme, [
        _ALLEGED_EN,
        "Coachline Buses denied the claim.",
        "Coachline Buses has sent its break records to the Office of the Traffic "
        "Commissioner.",
    ], "en")
    assert got[2].label != "accusation", got[2].label_reason


def test_a_letter_to_the_accused_party_lodges_nothing(db, scheme):
    got = accepted(db, scheme, [
        _ALLEGED_ID,
        "Para pedagang sudah dua kali mengirim surat ke pengelola pasar sejak Juni.",
    ], "id")
    assert got[1].label != "accusation", got[1].label_reason


def test_meminta_alone_stays_an_appeal(db, scheme):
    got = accepted(db, scheme, [
        _ALLEGED_ID,
        "Ketua paguyuban, Darsono, meminta Inspektorat Kota memeriksa pungutan itu.",
    ], "id")
    assert got[1].label == "context", got[1].label_reason


def test_a_permission_applied_for_before_any_allegation_stays_as_it_was(db, scheme):
    got = accepted(db, scheme, [
        "A haulage firm wants to double the size of its depot near Kirkby.",
        "The company has applied to Kirkby District Council to extend the yard by four "
        "hectares.",
    ], "en")
    assert got[1].label != "accusation", got[1].label_reason


# --- the act itself ----------------------------------------------------------------------

@pytest.mark.parametrize(("text", "language", "found"), [
    ("The club has sent its logbook to the Marine Fisheries Unit.", "en", "has sent ... unit"),
    ("She has asked the High Court for a fresh count.", "en", "has asked ... court"),
    ("The group has written to the Financial Ombudsman.", "en", "written ... ombudsman"),
    ("Mereka sudah menyurati Kementerian Kesehatan.", "id", "sudah menyurati ... kementerian"),
    ("Temuan itu diteruskan ke Sentra Gakkumdu.", "id", "diteruskan ... sentra"),
])
def test_the_act(text, language, found):
    assert lodged_with(text, lexicon(language)) == found


@pytest.mark.parametrize(("text", "language"), [
    ("The club will send its logbook to the Marine Fisheries Unit.", "en"),
    ("The club did not write to the Financial Ombudsman.", "en"),
    ("The club sent its logbook to the developer.", "en"),
    ("Warga mengirim surat ke pengembang.", "id"),
    ("Warga akan mengirim surat ke Kementerian Kesehatan.", "id"),
    ("Ia meminta Inspektorat memeriksa proyek itu.", "id"),
])
def test_no_act(text, language):
    assert lodged_with(text, lexicon(language)) is None


def test_a_body_that_is_a_party_is_not_written_to_as_a_complaints_body():
    text = "The union has written to Harlow District Council."
    assert lodged_with(text, lexicon("en")) == "written ... council"
    assert lodged_with(text, lexicon("en"), ("Harlow District Council",)) is None


def test_applied_lodges_only_after_an_allegation():
    text = "The association has applied to the Licensing Tribunal for a review."
    assert lodged_with(text, lexicon("en")) == "has applied ... tribunal"
    assert lodged_with(text, lexicon("en"), alleged=False) is None


# --- an instruction others were given, reported (instructed.py) --------------------------

def test_a_reported_instruction_after_the_allegation_accuses(db, scheme):
    got = accepted(db, scheme, [
        _ALLEGED_EN,
        "A former driver, Colm Brady, said supervisors routinely told drivers to sign "
        "break sheets they had not taken.",
    ], "en")
    assert got[1].label == "accusation", got[1].label_reason
    assert "supervisors told" in got[1].label_reason


def test_a_passive_instruction_in_a_quotation_accuses(db, scheme):
    got = accepted(db, scheme, [
        _ALLEGED_EN,
        "\"We were told to keep driving and write the break in later,\" said one driver.",
    ], "en")
    assert got[1].label == "accusation", got[1].label_reason


def test_the_speakers_own_request_stays_an_appeal(db, scheme):
    got = accepted(db, scheme, [
        _ALLEGED_EN,
        "The union's secretary, Ann Lowry, said she had asked members to keep their "
        "timesheets.",
    ], "en")
    assert got[1].label == "context", got[1].label_reason


def test_a_reported_instruction_before_any_allegation_stays_as_it_was(db, scheme):
    got = accepted(db, scheme, [
        "Heavy rain closed three roads in the valley on Sunday.",
        "The fire service said residents were told to stay indoors until the water fell.",
    ], "en")
    assert got[1].label != "accusation", got[1].label_reason


def test_the_accused_sides_instruction_reported_is_no_accusation(db, scheme):
    got = accepted(db, scheme, [
        _ALLEGED_EN,
        "Coachline Buses denied the claim.",
        "Coachline Buses said drivers were told to take every break in full.",
    ], "en")
    assert got[2].label != "accusation", got[2].label_reason


@pytest.mark.parametrize(("cue", "text", "found"), [
    ("told ... to", "Maria Lind said managers told nurses to sign for doses never given.",
     "managers told ... to"),
    ("pressed ... to", "The union said crew were pressed to sign the forms.",
     "were pressed ... to"),
    ("told ... not", "He said staff had been told not to log the faults.", "been told ... not"),
])
def test_the_instruction(cue, text, found):
    assert instructed(cue, text, lexicon("en")) == found


@pytest.mark.parametrize(("cue", "text"), [
    ("asked ... to", "The council said it had asked the operator to cancel the fines."),
    ("asked ... to", "Maria Lind said she had asked officers to check the data."),
    ("told ... to", "The firm has been told to stop the sharing within 30 days."),
    ("told ... to", "Police told residents to stay indoors."),
])
def test_no_instruction_reported(cue, text):
    assert instructed(cue, text, lexicon("en")) is None


# --- a negation that carries a plan, an ability or a change (modal_negation.py) ----------

def test_a_pledge_with_tidak_akan_is_no_rebuttal(db, scheme):
    got = accepted(db, scheme, [
        _ALLEGED_ID,
        "Lurah Cempaka, Joko Susilo, mengatakan kelurahan tidak akan membiarkan pungutan "
        "liar.",
    ], "id")
    assert got[1].label != "denial", got[1].label_reason


def test_a_plain_negation_still_answers(db, scheme):
    got = accepted(db, scheme, [
        _ALLEGED_ID,
        "Direktur PT Graha Niaga, Yusuf Halim, mengatakan pihaknya tidak memungut "
        "retribusi ganda.",
    ], "id")
    assert got[1].label == "denial", got[1].label_reason


@pytest.mark.parametrize(("sentence", "language", "modal"), [
    ("kementerian tidak akan menoleransi kekerasan", "id", True),
    ("pemain tidak bisa bayar kos", "id", True),
    ("a market that no longer exists", "en", True),
    ("pengelola tidak memungut biaya", "id", False),
    ("no such meeting took place", "en", False),
])
def test_the_modal_negation(sentence, language, modal):
    lex = lexicon(language)
    words = words_of(sentence)
    at = next(k for k, w in enumerate(words) if w in lex.negations)
    assert modal_negation(words, at, at + 1, lex) is modal


# --- an admission reported with its clause (admitted_clause.py) --------------------------

def test_an_admission_with_its_clause_is_a_claim(db, scheme):
    got = accepted(db, scheme, [
        _ALLEGED_ID,
        "Kepala pasar, Rudi Hartono, mengakui karcis retribusi memang belum dicetak sejak "
        "Juni.",
    ], "id")
    assert got[1].label == "claim", got[1].label_reason
    assert "mengakui" in got[1].label_reason


def test_recognising_a_state_stays_context(db, scheme):
    got = accepted(db, scheme, [
        "Pada 2 Maret, pemerintah Timor mengakui kemerdekaan negara kepulauan itu.",
    ], "id")
    assert got[0].label == "context", got[0].label_reason


@pytest.mark.parametrize(("text", "found"), [
    ("Direktur RS, Budi Santoso, mengakui ada keterlambatan pembayaran gaji.", "mengakui"),
    ("Ia mengakui stok obat sempat kosong dua pekan.", "mengakui"),
    ("Pengelola mengakui petugas tidak memberikan karcis.", "mengakui"),
    ("Pemerintah Timor mengakui kemerdekaan negara kepulauan itu.", None),
    ("Rudi tidak mengakui pungutan ganda itu ada.", None),
    ("Rudi mengatakan ia mengakui ada kekeliruan.", None),  # a speech verb reports it
])
def test_the_admitted_clause(text, found):
    assert admitted_clause(text, lexicon("id")) == found


def test_a_request_for_comment_lodges_nothing():
    assert lodged_with("The Courier has asked the Department for Transport for comment.",
                       lexicon("en")) is None
    assert lodged_with("Redaksi sudah mengirim pertanyaan ke Kementerian Perhubungan untuk "
                       "konfirmasi.", lexicon("id")) is None
