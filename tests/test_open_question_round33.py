"""A wrong named only inside an open question is no accusation (thirty-third round, issue
11, bug fix on branch i11try33a; domain/proposals/open_question.py, data
``accuse33_open_question``).

The lead's article: an environment official, neutral, says '"Hasil uji laboratorium nanti
yang menentukan siapa yang mencemari," ucapnya.' It was proposed as an accusation
("reported wrongdoing 'mencemari'"); the analyst's answer is a claim. The wrong stands only
inside a question ("siapa yang", "who", "whether", "apakah") that a verb of finding out or
deciding governs, so the sentence asserts no wrong of anyone (the guidelines: wrongdoing only
investigated or asked about is not yet an accusation). Where another class reads the
sentence first (a plan, procedure to come: "will decide"), that reading stands.

Every sentence but the lead's is invented for this test; none is taken from the
benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

_ID_OPENING = ("Warga Desa Sukamaju mengeluhkan air Sungai Cibeet yang berubah hitam dan "
               "berbau sejak pekan lalu.")
_ID_OFFICIAL = ("Kepala Dinas Lingkungan Hidup Kabupaten Karawang, Rudi Hartono, mengatakan "
                "pihaknya sudah mengambil sampel air di tiga titik.")
_EN_OPENING = "Residents of Millbrook say the river turned brown last week."


def _one(db, scheme, sentence, language):
    return accepted(db, scheme, [sentence], language)[0]


def _after_opening(db, scheme, sentence, language="en"):
    opening = _EN_OPENING if language == "en" else _ID_OPENING
    return accepted(db, scheme, [opening, sentence], language)[1]


# --- the lead's case ---

def test_the_lead_case_who_polluted_is_decided_by_the_lab(db, scheme):
    got = accepted(db, scheme, [
        _ID_OPENING, _ID_OFFICIAL,
        '"Hasil uji laboratorium nanti yang menentukan siapa yang mencemari," ucapnya.',
    ], "id")[2]
    assert got.label == "claim", got.label_reason
    assert "asked about" in got.label_reason
    assert got.name == "Rudi Hartono"


def test_the_lead_case_in_english_is_no_accusation(db, scheme):
    got = accepted(db, scheme, [
        _EN_OPENING,
        "Sarah Quinn, an environment officer at Westshire Council, said samples had been "
        "taken at three points.",
        "The lab results will decide who polluted the river, she said.",
    ], "en")[2]
    assert got.label != "accusation", got.label_reason  # "will decide": procedure to come
    assert got.name == "Sarah Quinn"


# --- the class, on sentences of our own ---

def test_trying_to_determine_who_cheated(db, scheme):
    got = _after_opening(db, scheme, '"We are trying to determine who cheated the '
                                     'residents," the councillor said.')
    assert got.label == "claim", got.label_reason


def test_find_out_who_stole(db, scheme):
    got = _after_opening(db, scheme, "Police want to find out who stole the money, she said.")
    assert got.label == "claim", got.label_reason


def test_the_inquiry_will_establish_who(db, scheme):
    got = _after_opening(db, scheme, "The inquiry will establish who falsified the rosters, "
                                     "the minister said.")
    assert got.label != "accusation", got.label_reason


def test_mencari_tahu_siapa_yang(db, scheme):
    got = _after_opening(db, scheme, '"Tim masih mencari tahu siapa yang menggelapkan dana '
                                     'itu," kata Budi.', "id")
    assert got.label == "claim", got.label_reason


def test_ingin_mengetahui_siapa_yang(db, scheme):
    got = _after_opening(db, scheme, '"Kami ingin mengetahui siapa yang membuang limbah itu," '
                                     'kata Budi.', "id")
    assert got.label != "accusation", got.label_reason


# --- near misses: the accusation stays ---

def test_it_was_the_company_who_polluted(db, scheme):
    got = _one(db, scheme, "She said it was the company who polluted the river.", "en")
    assert got.label == "accusation", got.label_reason


def test_siapa_lagi_kalau_bukan(db, scheme):
    got = _one(db, scheme, '"Siapa lagi yang mencemari kalau bukan pabrik itu," ujarnya.',
               "id")
    assert got.label == "accusation", got.label_reason


def test_a_question_already_answered(db, scheme):
    got = _after_opening(db, scheme, '"Kami sudah mengetahui siapa yang mencemari sungai '
                                     'itu," ujar Budi.', "id")
    assert got.label == "accusation", got.label_reason


def test_everyone_knows_who(db, scheme):
    got = _after_opening(db, scheme, '"Everyone knows who stole the money," Mr Hale said.')
    assert got.label == "accusation", got.label_reason


def test_found_out_who_is_no_open_question(db, scheme):
    got = _after_opening(db, scheme, "Mr Hale said he had found out who stole the money.")
    assert got.label == "accusation", got.label_reason

