"""A speaker named once, then described again after "kata": "kata politikus asal Sumatera
Utara itu" is the person just named (thirty-fourth round, issue 11, try branch t34id;
domain/proposals/naming.py, ``described_then_this``, read in ``named_after``).

The try's article (invented, Indonesian national news): a DPR member, Marlina Sihombing,
accuses the agriculture ministry; her quotation closes '..., kata politikus asal Sumatera
Utara itu.' It was proposed with no source ("'Sumatera Utara' is a place, never a
speaker"), and so as the narration's claim; "kata politikus Partai Karya itu" proposed the
party. "ujar politikus tersebut" (no capitals between) was already the person. A title in
lower case, a home or party in capitals, then "itu"/"tersebut" closing the clause is a
person the article named before: the guidelines' "a speaker the sentence only describes
takes the name the article gives that speaker".

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

import pytest
from support.proposals import accepted

_OPENING = ("Anggota Komisi IV DPR, Marlina Sihombing, menuding Kementerian Pertanian "
            "membiarkan pupuk bersubsidi dijual ke perusahaan perkebunan.")


def _second(db, scheme, sentence, opening=_OPENING):
    return accepted(db, scheme, [opening, sentence], "id")[1]


# --- the try's case ---

def test_the_try_politician_from_the_province_is_the_person_named(db, scheme):
    got = _second(db, scheme, '"Petani kecil antre berhari-hari, sementara pupuk subsidi '
                              'justru mengalir ke kebun sawit milik korporasi. Ini '
                              'pembiaran," kata politikus asal Sumatera Utara itu.')
    assert got.name == "Marlina Sihombing", got.reason
    assert got.label == "accusation", got.label_reason


# --- the class, on sentences of our own ---

@pytest.mark.parametrize("closing", [
    "kata politikus Partai Karya itu.",
    "kata politikus PDI-P itu.",
    "ujar politikus asal Medan tersebut.",
    "kata politisi asal Sumatera Utara tersebut.",
])
def test_a_title_and_a_home_or_party_then_itu_is_the_person_named(db, scheme, closing):
    got = _second(db, scheme, f'"Ini pembiaran," {closing}')
    assert got.name == "Marlina Sihombing", got.reason


def test_a_spokesperson_described_again(db, scheme):
    got = _second(db, scheme, '"Kami akan memanggil saksi pekan depan," kata juru bicara '
                              'KPK itu.', opening="Juru Bicara KPK Rudi Hartawan mengatakan "
                                                  "penyidik menemukan bukti suap.")
    assert got.name == "Rudi Hartawan", got.reason


# --- near misses ---

def test_a_person_named_after_the_title_is_that_person(db, scheme):
    got = _second(db, scheme, '"Ini pembiaran," kata politikus Partai Karya Budi Santoso.')
    assert got.name == "Budi Santoso"


def test_a_body_that_spoke_last_is_not_taken_for_the_person(db, scheme):
    """After a body spoke ("Kementan membantah"), the description is not read as the body:
    the reading before this round stands."""
    got = accepted(db, scheme, [
        _OPENING, "Kementan membantah tudingan tersebut.",
        '"Semua sesuai aturan," kata politikus Partai Karya itu.'], "id")[2]
    assert got.name != "Kementan"


def test_a_body_speaking_before_is_never_replaced_by_a_person_named_in_its_charge(db, scheme):
    got = _second(db, scheme, '"Kami akan memanggil saksi pekan depan," kata juru bicara '
                              'KPK itu.',
                  opening="Komisi Pemberantasan Korupsi menetapkan Direktur PT Samudra "
                          "Dermaga, Haryanto Wibisono, sebagai tersangka.")
    assert got.name != "Haryanto Wibisono"
