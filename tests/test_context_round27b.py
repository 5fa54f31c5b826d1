"""The twenty-seventh round's claim or context, second pass (branch i11context27b).

A remedy the speaker promises ("every affected tenant will be refunded") was proposed as a
claim or as the accused side's denial, a figure set against only a generic source
("according to official figures") as a claim, and a speech verb that says nothing ("added
their own fees", "Film itu bercerita tentang ...") as reported speech; the guidelines make
a promise and background context, and these are now proposed so
(domain/proposals/promised.py, not_said.py). A named source, a negated or relative future
and a person telling what happened are left as they were.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

_ACCUSED_EN = ("Tenants of Hollins Yard accused Marrow Estates of overcharging them for "
               "repairs that were never carried out.")
_ACCUSED_ID = ("Pedagang Pasar Sukamaju menuding pengelola pasar memungut retribusi tanpa "
               "karcis sejak Maret.")
_OPENING_EN = "Rents in Hollins Yard have risen faster than anywhere else in the county."
_OPENING_ID = "Harga beras di Kabupaten Sukamaju naik menjelang akhir tahun."


def _after(db, scheme, first: str, sentence: str, language: str):
    return accepted(db, scheme, [first, sentence], language)[1]


def test_a_refund_promised_after_an_allegation_is_context(db, scheme):
    got = _after(db, scheme, _ACCUSED_EN, '"Every affected tenant will be refunded in full '
                 'by the end of January," Marrow Estates said.', "en")
    assert got.label == "context", got.label_reason
    assert got.name == "Marrow Estates"


def test_arrears_to_be_paid_in_the_quotation_is_context(db, scheme):
    got = _after(db, scheme, _ACCUSED_EN, '"The extra charges will be paid back to '
                 'every household before Christmas," a Marrow Estates spokesperson said.',
                 "en")
    assert got.label == "context", got.label_reason


def test_bakal_dikembalikan_after_a_denial_is_context(db, scheme):
    got = accepted(db, scheme, [
        _ACCUSED_ID,
        "Kepala UPT Pasar Sukamaju, Sri Lestari, membantah tudingan itu.",
        "Sri menambahkan, uang retribusi pedagang yang tidak mendapat karcis bakal "
        "dikembalikan pekan depan.",
        "Menurut Sri, karcis retribusi sudah dicetak sejak Januari."], "id")
    assert got[2].label == "context", got[2].label_reason
    assert got[2].name == "Sri Lestari"
    assert got[3].label == "denial", got[3].label_reason  # she still answers for it


def test_a_loan_that_would_be_repaid_is_not_a_promise(db, scheme):
    got = _after(db, scheme, _ACCUSED_EN, "Its director, Paul Fenner, said the money was a "
                 "bridging loan that would be repaid with interest next year.", "en")
    assert got.label != "context", got.label_reason


def test_a_refund_refused_is_not_a_promise(db, scheme):
    got = _after(db, scheme, _ACCUSED_EN, "Marrow Estates said tenants would not be refunded "
                 "because the repairs had been done.", "en")
    assert got.label != "context", got.label_reason


def test_who_promised_the_refund_still_answers_after_it(db, scheme):
    got = accepted(db, scheme, [
        _ACCUSED_EN,
        "Marrow Estates denied overcharging anyone.",
        "Its director, Paul Fenner, said every affected tenant would be refunded in full.",
        "Fenner said the repair charges had been agreed with the residents' association in "
        "2022."], "en")
    assert got[2].label == "context", got[2].label_reason
    assert got[3].label == "denial", got[3].label_reason


def test_according_to_official_figures_is_context(db, scheme):
    got = _after(db, scheme, _OPENING_EN, "Average rents in the county rose by 11% last "
                 "year, according to the latest official figures.", "en")
    assert got.label == "context", got.label_reason


def test_according_to_its_website_is_context(db, scheme):
    got = _after(db, scheme, _OPENING_EN, "Marrow Estates manages about 2,300 homes in "
                 "three counties, according to its website.", "en")
    assert got.label == "context", got.label_reason


def test_menurut_data_resmi_pemerintah_is_context(db, scheme):
    got = _after(db, scheme, _OPENING_ID, "Harga beras medium naik 8 persen sepanjang tahun "
                 "ini, menurut data resmi pemerintah.", "id")
    assert got.label == "context", got.label_reason


def test_a_figure_from_a_named_body_stays_a_claim(db, scheme):
    got = _after(db, scheme, _OPENING_EN, "Average rents in the county rose by 11% last "
                 "year, according to Land Registry data.", "en")
    assert got.label == "claim", got.label_reason


def test_menurut_data_of_a_named_body_stays_a_claim(db, scheme):
    got = _after(db, scheme, _OPENING_ID, "Harga beras medium naik 8 persen sepanjang tahun "
                 "ini, menurut data Dinas Perdagangan Sukamaju.", "id")
    assert got.label == "claim", got.label_reason


def test_fees_added_are_not_speech(db, scheme):
    got = _after(db, scheme, _OPENING_EN, "Several letting agents have also added their own "
                 "admin fees of up to £200 per tenancy.", "en")
    assert got.label == "context", got.label_reason
    assert got.name is None


def test_a_film_that_tells_a_story_is_not_speech(db, scheme):
    got = _after(db, scheme, _OPENING_ID, "Film pendek itu bercerita tentang seorang petani "
                 "yang kehilangan sawahnya karena banjir.", "id")
    assert got.label == "context", got.label_reason


def test_a_person_telling_what_happened_still_speaks(db, scheme):
    got = _after(db, scheme, _OPENING_ID, "Seorang pedagang, Darsono, bercerita tentang "
                 "harga beras yang naik dua kali dalam sebulan.", "id")
    assert got.label != "context", got.label_reason
    assert got.name == "Darsono"
