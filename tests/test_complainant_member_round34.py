"""One of the complainants a lede names by a plural with a complaint of a charge
("Sejumlah orang tua murid ... mengeluhkan pungutan ...") is on the accusing side: what they
say next is no reply to the allegation (thirty-fourth round, issue 11, bug fix on branch
i11member_id34; domain/proposals/complaint.py ``complainant_nouns``).

The lead's article: parents complain of a Rp 1.5 million levy at a state school; the next
sentence, "Salah satu wali murid, Ratna Dewi, mengatakan pungutan itu diwajibkan melalui
grup WhatsApp kelas tanpa rapat komite terlebih dahulu.", was proposed a denial, "answers
the accusation before: 'tanpa'". The lede was read as an accusation by its complaint of a
charge (complained_of.py), but its nouns were not kept as the accusers' own, since its words
state no wrong; a parent who speaks next was then on no side, and her "tanpa" a rebuttal.

Every sentence but the lead's is invented for this test; none is taken from the benchmark's
sets."""

from __future__ import annotations

import pytest
from support.proposals import accepted

_LEDE = ("Sejumlah orang tua murid SMP Negeri 3 Bekasi mengeluhkan pungutan sebesar Rp 1,5 "
         "juta per siswa yang disebut sebagai uang pembangunan gedung.")
_LEAD = ("Salah satu wali murid, Ratna Dewi, mengatakan pungutan itu diwajibkan melalui grup "
         "WhatsApp kelas tanpa rapat komite terlebih dahulu.")


def test_the_lead_parent_does_not_deny(db, scheme):
    got = accepted(db, scheme, [_LEDE, _LEAD], "id")
    assert got[0].label == "accusation", got[0].label_reason
    assert got[1].label != "denial", got[1].label_reason
    assert got[1].name == "Ratna Dewi"


@pytest.mark.parametrize("lede, member", [
    ("Puluhan pedagang Pasar Induk Cibitung mengeluhkan tarif retribusi yang naik dua kali "
     "lipat.",
     "Salah satu pedagang, Joko Santoso, mengatakan kenaikan itu diberlakukan tanpa "
     "sosialisasi."),
    ("Ratusan penumpang kapal mengeluhkan biaya tambahan Rp 50.000 di Pelabuhan Merak.",
     "Seorang penumpang, Wulan Sari, mengatakan biaya itu dipungut tanpa kuitansi."),
])
def test_a_complainant_of_a_charge_is_on_the_accusing_side(db, scheme, lede, member):
    got = accepted(db, scheme, [lede, member], "id")
    assert got[0].label == "accusation", got[0].label_reason
    assert got[1].label != "denial", got[1].label_reason


def test_the_accused_sides_tanpa_still_answers(db, scheme):
    # near miss: the school's head, not one of the complainants, argues it was agreed
    got = accepted(db, scheme, [
        _LEDE,
        "Kepala sekolah, Suharno, mengatakan sumbangan itu tidak diminta tanpa persetujuan "
        "komite.",
    ], "id")
    assert got[1].label == "denial", got[1].label_reason
