"""Denials the rules proposed where the accusing side only negates (twenty-ninth round,
issue 11, branch i11deny29; domain/proposals/own_negation.py, data
``deny29_own_negation``).

A denial cue made of negations alone ("never", "tidak pernah", "tidak ada") from the side
that complains, about what another did or failed to do, tells the wrong: a claim (or the
accusation the accusing side's rules read), not a denial. The accused side's own negation,
a first person's ("kami tidak pernah ..."), and a negated ground or occurrence ("tidak ada
alasan", "itu tidak pernah terjadi") stay denials.

Every sentence is invented for this test; none is taken from the benchmark's sets. The
articles are read on the real proposal path (real SQLite), each proposal saved as `enter`
saves it before the next is read."""

from __future__ import annotations

from support.proposals import accepted

_LEDE_ID = ("Sejumlah petani di Desa Sukamaju menuding PT Agro Lestari menunggak uang sewa "
            "lahan sejak 2024.")
_LEDE_EN = ("Tenants of a block of flats in Harlow say their landlord, Greenfield Homes, "
            "kept their deposits when they moved out.")


def test_a_complainants_never_about_the_other_party_is_no_denial_id(db, scheme):
    got = accepted(db, scheme, [
        _LEDE_ID,
        "Ketua kelompok tani, Sutrisno, mengatakan perusahaan menunggak sewa Rp 120 juta.",
        "Sutrisno mengatakan perjanjian sewa itu tidak pernah diperbarui dengan para "
        "petani.",
    ], "id")
    assert got[2].label != "denial", got[2].label_reason
    assert "accusing side's own negation" in got[2].label_reason


def test_a_complainants_there_was_none_is_no_denial_id(db, scheme):
    got = accepted(db, scheme, [
        _LEDE_ID,
        "Ketua kelompok tani, Sutrisno, mengatakan perusahaan menunggak sewa Rp 120 juta.",
        "\"Sudah dua tahun tidak ada sepeser pun yang kami terima dari perusahaan,\" "
        "ujar Sutrisno.",
    ], "id")
    assert got[2].label != "denial", got[2].label_reason


def test_a_complainants_never_is_no_denial_en(db, scheme):
    got = accepted(db, scheme, [
        _LEDE_EN,
        "Tenant Laura Price accused Greenfield Homes of keeping her £900 deposit.",
        "Price said the agency never sent the inventory report to the tenants.",
    ], "en")
    assert got[2].label != "denial", got[2].label_reason


def test_the_accused_sides_own_never_stays_a_denial(db, scheme):
    got = accepted(db, scheme, [
        _LEDE_ID,
        "Ketua kelompok tani, Sutrisno, mengatakan perusahaan menunggak sewa Rp 120 juta.",
        "Manajer PT Agro Lestari, Rudi Hartono, membantah tudingan itu.",
        "Rudi mengatakan perusahaan tidak pernah terlambat membayar sewa.",
    ], "id")
    assert got[3].label == "denial", got[3].label_reason


def test_a_first_person_or_a_statement_rejected_keeps_the_denial(db, scheme):
    got = accepted(db, scheme, [
        _LEDE_ID,
        "Ketua kelompok tani, Sutrisno, mengatakan perusahaan menunggak sewa Rp 120 juta.",
        "\"Kami tidak pernah menandatangani perpanjangan apa pun,\" kata Sutrisno.",
        "\"Itu tidak pernah terjadi,\" kata Sutrisno.",
        "\"Tidak ada alasan bagi perusahaan untuk menahan uang sewa,\" kata Sutrisno.",
    ], "id")
    assert [g.label for g in got[2:]] == ["denial", "denial", "denial"], [
        g.label_reason for g in got[2:]]


def test_a_first_person_never_keeps_the_denial_en(db, scheme):
    got = accepted(db, scheme, [
        _LEDE_EN,
        "Tenant Laura Price accused Greenfield Homes of keeping her £900 deposit.",
        "\"We never signed any agreement to forfeit the deposit,\" Price said.",
    ], "en")
    assert got[2].label == "denial", got[2].label_reason


_LEDE_BANK = ("Puluhan nasabah Bank Sejahtera di Denpasar kehilangan uang setelah kartu "
              "ATM mereka digandakan.")


def test_a_refusal_to_pay_back_is_no_denial(db, scheme):
    got = accepted(db, scheme, [
        _LEDE_BANK,
        "Menurut Komang, bank menolak mengganti uangnya yang hilang Rp 12 juta.",
        "Warga lain mengatakan bank itu menolak mengembalikannya.",
    ], "id")
    assert all(g.label != "denial" and "menolak" not in g.label_reason
               for g in got[1:]), [
        g.label_reason for g in got[1:]]


def test_menolak_an_allegation_or_being_called_stays_a_denial(db, scheme):
    got = accepted(db, scheme, [
        _LEDE_BANK,
        "Direktur Bank Sejahtera, Made Arta, menolak tudingan kelalaian itu.",
        "Made Arta juga menolak disebut menutupi kasus tersebut.",
    ], "id")
    assert [g.label for g in got[1:]] == ["denial", "denial"], [
        g.label_reason for g in got[1:]]
