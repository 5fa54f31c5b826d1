"""Denials the rules proposed where one harmed, described so in the sentence, only negates
(twenty-ninth round, second wave, issue 11, branch i11deny29b; domain/proposals/
own_negation.py, data ``deny29_own_negation`` ``lay_roles``).

A speaker the sentence itself describes, outside the quotation and beside the name, by the
lay role of one harmed (a resident, a customer, a donor, a participant, "who has lived on
...") tells what befell them with a negation ("Kami tidak pernah menjual sejengkal pun",
"ternyata sekolahnya tidak ada", "We never had a crack until last year"): a claim, a first
person too. The accused side's negation, one with no lay role beside the name, a lay word
inside the quotation or far from the name, and a negated ground or occurrence stay denials.

Every sentence is invented for this test; none is taken from the benchmark's sets. The
articles are read on the real proposal path (real SQLite), each proposal saved as `enter`
saves it before the next is read."""

from __future__ import annotations

from support.proposals import accepted

_LEDE_ID = ("Ratusan rumah di Kampung Nelayan Tanjung Uma dibongkar PT Bahari Properti pada "
            "Selasa, meski warga mengaku memiliki lahan itu sejak 1970-an.")
_LEDE_EN = ("Families on Mill Road in Stanton say vibrations from a new rail depot run by "
            "Northline Rail have cracked their walls.")


def test_a_residents_we_never_sold_is_no_denial(db, scheme):
    got = accepted(db, scheme, [
        _LEDE_ID,
        "\"Kami tidak pernah menjual tanah ini kepada siapa pun,\" kata Maryam, warga yang "
        "rumahnya ikut dibongkar.",
    ], "id")
    assert got[1].label != "denial", got[1].label_reason
    assert "one harmed" in got[1].label_reason, got[1].label_reason


def test_a_customer_described_before_the_name_is_no_denial(db, scheme):
    got = accepted(db, scheme, [
        "Nasabah Bank Makmur di Medan mengeluhkan potongan biaya administrasi yang tidak "
        "pernah diumumkan.",
        "Salah seorang nasabah, Yanti Siregar (45), mengaku tabungannya berkurang meski "
        "kartunya tidak pernah dipakai.",
    ], "id")
    assert got[1].label != "denial", got[1].label_reason
    assert "one harmed" in got[1].label_reason, got[1].label_reason


def test_a_donors_there_was_none_is_no_denial(db, scheme):
    got = accepted(db, scheme, [
        "Polisi menetapkan pengurus Yayasan Cahaya Bangsa sebagai tersangka penggelapan "
        "donasi pembangunan masjid.",
        "\"Saya transfer setiap bulan, ternyata masjidnya tidak ada,\" kata Darmi (52), "
        "donatur asal Malang.",
    ], "id")
    assert got[1].label != "denial", got[1].label_reason
    assert "one harmed" in got[1].label_reason, got[1].label_reason


def test_a_resident_who_has_lived_there_is_no_denial_en(db, scheme):
    got = accepted(db, scheme, [
        _LEDE_EN,
        "\"We never had a single crack before the trains came,\" said Joan Pickering, who "
        "has lived on Mill Road for 40 years.",
    ], "en")
    assert got[1].label != "denial", got[1].label_reason
    assert "one harmed" in got[1].label_reason, got[1].label_reason


def test_the_accused_sides_never_stays_a_denial(db, scheme):
    got = accepted(db, scheme, [
        _LEDE_EN,
        "Northline Rail denied that the depot had caused any damage.",
        "Its spokesman, Mark Hale, said the trains had never exceeded the vibration limit "
        "set for the residents of Mill Road.",
    ], "en")
    assert got[2].label == "denial", got[2].label_reason


def test_no_lay_role_beside_the_name_keeps_the_denial(db, scheme):
    got = accepted(db, scheme, [
        _LEDE_ID,
        "Direktur PT Bahari Properti, Henry Wijaya, membantah tudingan itu.",
        "\"Kami tidak pernah membongkar rumah warga tanpa putusan pengadilan,\" kata "
        "Henry.",
    ], "id")
    assert got[2].label == "denial", got[2].label_reason


def test_a_lay_word_inside_the_quotation_keeps_the_denial(db, scheme):
    got = accepted(db, scheme, [
        _LEDE_ID,
        "Direktur PT Bahari Properti, Henry Wijaya, membantah tudingan itu.",
        "\"Tidak ada warga yang kami paksa keluar,\" kata Henry.",
    ], "id")
    assert got[2].label == "denial", got[2].label_reason


def test_one_harmed_rejecting_a_statement_keeps_the_denial(db, scheme):
    got = accepted(db, scheme, [
        _LEDE_ID,
        "Perusahaan menyebut warga sudah menerima ganti rugi.",
        "\"Itu tidak pernah terjadi,\" kata Maryam, warga yang rumahnya ikut dibongkar.",
    ], "id")
    assert got[2].label == "denial", got[2].label_reason


# a defence of paying that tells a sum paid out, or what a sum would have paid for, is no
# defence (wrongs._paid_out, data ``deny29b_paid``)

_LEDE_GYM = ("Members of FitZone gyms in Leeds say the chain kept charging them after their "
             "contracts ended.")


def test_a_sum_paid_out_is_no_defence(db, scheme):
    got = accepted(db, scheme, [
        _LEDE_GYM,
        "One member, Sarah Collins, said she had paid £480 for classes at the Headingley branch.",
        "The members' group said its 60 members had paid about £9,000 in fees since June.",
    ], "en")
    assert all(g.label != "denial" for g in got[1:]), [g.label_reason for g in got[1:]]
    assert all("argues against the accusation" not in g.label_reason for g in got[1:]), [
        g.label_reason for g in got[1:]]


def test_what_a_sum_would_have_paid_for_is_no_defence(db, scheme):
    from annotator.domain.proposals.lexicon import lexicon
    from annotator.domain.proposals.wrongs import defence

    lex = lexicon("en")
    assert defence("He said the fees would have paid for two new trainers.", lex) is None
    assert defence("She said she had paid £480 for a year she never used.", lex) is None


def test_the_accused_sides_paid_stays_a_defence(db, scheme):
    from annotator.domain.proposals.lexicon import lexicon
    from annotator.domain.proposals.wrongs import defence

    lex = lexicon("en")
    assert defence("FitZone said every member had paid only for the months agreed.", lex)
    assert defence("FitZone said all refunds had been paid in full.", lex)
    got = accepted(db, scheme, [
        _LEDE_GYM,
        "FitZone denied the claims.",
        "Its chief executive, Tom Reid, said the chain had paid back every member who "
        "cancelled on time.",
    ], "en")
    assert got[2].label == "denial", got[2].label_reason
