"""The twenty-fifth round's labels (branch i11rules25).

A negation of what was owed or received (lacking.py): "We never got a refund", "Tidak
pernah ada sosialisasi", "Tidak ada kuitansi" from the side that complains press the
allegation; they reject nothing, so they are no denial. The same words from the accused
side ("We never received a single complaint", said by the company accused) stay its denial,
and so does a negation of the wrong itself ("never received any money from the contractor")
or a plain "never" before the accused's own act ("We have never hidden ...").

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

import pytest
from support.proposals import accepted

from annotator.domain.proposals.lacking import lacks
from annotator.domain.proposals.lexicon import lexicon
from annotator.domain.proposals.reading import read_label, words_of

_ALLEGED_EN = ("Tenants of Larkfield Court have accused their landlord, Pennine Lettings, of "
               "keeping deposits for damage that was never done.")
_ALLEGED_ID = ("Warga Perumahan Griya Asri menuding pengembang PT Cahaya Bumi Lestari "
               "memungut iuran keamanan tanpa dasar.")

# --- whole articles, as a reviewer pressing only `enter` saves them ----------------------


def test_the_complainants_never_got_is_no_denial(db, scheme):
    got = accepted(db, scheme, [
        _ALLEGED_EN,
        "\"We moved out in March and we never got a refund of the deposit,\" said tenant "
        "Moira Quaid.",
    ], "en")
    assert got[1].label != "denial", got[1].label_reason


def test_no_receipt_from_the_complainant_is_no_denial(db, scheme):
    got = accepted(db, scheme, [
        _ALLEGED_EN,
        "\"There is no receipt and no invoice for any of it,\" said tenant Moira Quaid.",
    ], "en")
    assert got[1].label != "denial", got[1].label_reason


def test_tidak_pernah_ada_sosialisasi_is_no_denial(db, scheme):
    got = accepted(db, scheme, [
        _ALLEGED_ID,
        "\"Tidak pernah ada sosialisasi soal iuran itu,\" kata Ketua RT 04, Sumarno.",
    ], "id")
    assert got[1].label != "denial", got[1].label_reason


def test_tidak_ada_kuitansi_is_no_denial(db, scheme):
    got = accepted(db, scheme, [
        _ALLEGED_ID,
        "\"Kami bayar tiap bulan, tapi tidak ada kuitansi,\" ujar warga bernama Lestiani.",
    ], "id")
    assert got[1].label != "denial", got[1].label_reason


def test_the_accused_sides_never_received_stays_a_denial(db, scheme):
    got = accepted(db, scheme, [
        _ALLEGED_EN,
        "Pennine Lettings denied the claim.",
        "\"We have never received a single complaint about damage charges,\" the company "
        "said.",
    ], "en")
    assert got[2].label == "denial", got[2].label_reason


def test_the_accused_sides_tidak_pernah_menerima_stays_a_denial(db, scheme):
    got = accepted(db, scheme, [
        _ALLEGED_ID,
        "PT Cahaya Bumi Lestari membantah tudingan itu.",
        "\"Kami tidak pernah menerima keluhan resmi dari warga,\" kata direktur perusahaan, "
        "Hendrik Wijaya.",
    ], "id")
    assert got[2].label == "denial", got[2].label_reason


def test_the_accused_sides_own_act_denied_stays_a_denial(db, scheme):
    got = accepted(db, scheme, [
        _ALLEGED_EN,
        "Pennine Lettings denied the claim.",
        "\"We have never kept a deposit without a reason,\" the company said.",
    ], "en")
    assert got[2].label == "denial", got[2].label_reason


# --- the reading of one sentence ---------------------------------------------------------

@pytest.mark.parametrize(("text", "language", "cue"), [
    ("\"We never got a refund,\" said Tom Hale.", "en", "never"),
    ("\"There was no notice at all,\" said Tom Hale.", "en", "there was no"),
    ("\"She has never received the prize,\" her son said.", "en", "never"),
    ("\"Tidak pernah ada sosialisasi,\" kata Budi.", "id", "tidak pernah"),
    ("\"Tidak ada kuitansi sama sekali,\" ujar Rini.", "id", "tidak ada"),
    ("Warga mengatakan tidak pernah diajak bermusyawarah.", "id", "tidak pernah"),
])
def test_a_lack_is_read_aside(text, language, cue):
    reading = read_label(text, lexicon(language))
    assert reading.role != "denies", reading
    assert reading.lacking == cue


@pytest.mark.parametrize(("text", "language"), [
    ("\"We have never hidden a single fault,\" she said.", "en"),
    ("\"There was no cover-up,\" he said.", "en"),
    ("\"Kami tidak pernah memungut iuran,\" kata Hendrik.", "id"),
    ("\"Tidak ada paksaan,\" ujar Hendrik.", "id"),
    ("\"Tidak ada aturan yang kami langgar,\" ujar Hendrik.", "id"),
    ("\"There is no regulation that bans the charge,\" he said.", "en"),
])
def test_a_negation_of_the_act_stays_a_denial_cue(text, language):
    reading = read_label(text, lexicon(language))
    assert reading.role == "denies", reading
    assert reading.lacking is None


@pytest.mark.parametrize(("text", "language", "end", "found"), [
    ("we never got a refund", "en", 2, "got"),
    ("there is no receipt for it", "en", 3, "receipt"),
    ("tidak ada izin usaha", "id", 2, "izin"),
    ("tidak pernah ada sosialisasi", "id", 2, "sosialisasi"),
    ("we never hid anything", "en", 2, None),
    ("tidak ada paksaan", "id", 2, None),
])
def test_lacks(text, language, end, found):
    assert lacks(lexicon(language), words_of(text), end) == found


# --- "every" that counts time (frequency.py) ---------------------------------------------

def test_a_complainants_every_ten_minutes_is_no_denial(db, scheme):
    got = accepted(db, scheme, [
        "Residents of Millbrook Road have accused Harcastle Freight of running lorries "
        "through the village at night in breach of its licence.",
        "Resident Priya Nandakumar said a lorry passed her bedroom window every ten minutes "
        "after midnight.",
    ], "en")
    assert got[1].label != "denial", got[1].label_reason


@pytest.mark.parametrize(("text", "at", "expected"), [
    ("the alarm rang every ten minutes", 3, True),
    ("a lorry passed every other night", 3, True),
    ("it failed every time it rained", 2, True),
    ("the readings came every 15 minutes", 3, True),
    ("every lorry was weighed", 0, False),
    ("every single driver was checked", 0, False),
])
def test_how_often(text, at, expected):
    from annotator.domain.proposals.frequency import how_often

    assert how_often(lexicon("en"), words_of(text), at) is expected


# --- enforcement dated to an earlier case of its own (earlier_case.py) -------------------

@pytest.mark.parametrize(("text", "language"), [
    ("Harbourline Ferries was fined £45,000 in 2021 over late safety drills.", "en"),
    ("The regulator has fined letting agents more than £2m since 2020.", "en"),
    ("Pabrik itu didenda Dinas Lingkungan Hidup pada 2022 terkait bau limbah.", "id"),
    ("Dinas Lingkungan Hidup mendenda pabrik itu Rp 50 juta pada 2021 karena bau limbah.",
     "id"),
])
def test_an_earlier_case_is_background(text, language):
    reading = read_label(text, lexicon(language))
    assert reading.role == "context", reading


@pytest.mark.parametrize(("text", "language"), [
    ("The regulator fined Harbourline Ferries £2m on Tuesday over late safety drills.", "en"),
    ("A jury convicted Dale Marsh in 2023 and he was jailed for four years.", "en"),
    ("Dinas Lingkungan Hidup mendenda pabrik itu Rp 50 juta karena membuang limbah.", "id"),
])
def test_the_articles_own_case_stays_an_accusation(text, language):
    reading = read_label(text, lexicon(language))
    assert reading.role == "alleges", reading


def test_an_earlier_fine_in_an_article_is_context(db, scheme):
    got = accepted(db, scheme, [
        "Passengers have accused Harbourline Ferries of sailing with broken lifejacket "
        "lockers on its Oban route.",
        "Harbourline Ferries was fined £45,000 in 2021 over late safety drills.",
    ], "en")
    assert got[1].label == "context", got[1].label_reason


# --- the accused party named only after its description (targeted.py) -------------------

def test_a_described_party_named_at_the_head_of_its_sentence_replies(db, scheme):
    got = accepted(db, scheme, [
        "Sebuah perusahaan katering di Bekasi dituding memotong upah pekerjanya tanpa "
        "pemberitahuan.",
        "Sejumlah pekerja mengatakan upah mereka dipotong hingga Rp 500.000 per bulan.",
        "Perusahaan itu, PT Sedap Boga Nusantara, menyatakan potongan itu untuk iuran "
        "kesehatan yang tercantum dalam kontrak.",
        "Direktur PT Sedap Boga Nusantara, Handoko Wijaya, mengatakan seluruh pekerja sudah "
        "menandatangani kontrak tersebut.",
    ], "id")
    assert got[2].label == "denial", got[2].label_reason
    assert got[3].label == "denial", got[3].label_reason


def test_the_described_party_is_found_by_its_heading_noun():
    from annotator.domain.proposals.targeted import described_party, described_words

    lex = lexicon("id")
    described = described_words("Sebuah klinik gigi di Depok dituding memalsukan resep.", lex)
    assert described_party(("Klinik Senyum Sehat",), "Klinik itu, Klinik Senyum Sehat, "
                           "menyatakan resep ditulis dokter.", described, lex) == \
        "Klinik Senyum Sehat"


def test_a_described_party_named_after_its_noun_as_a_title_replies(db, scheme):
    got = accepted(db, scheme, [
        "A Leeds landlord has been accused by tenants of keeping deposits without any "
        "inspection.",
        "Landlord Harrow Estates said the deductions covered cleaning costs agreed in the "
        "tenancy.",
    ], "en")
    assert got[1].label == "denial", got[1].label_reason
