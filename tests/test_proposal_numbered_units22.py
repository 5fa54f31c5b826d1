"""An office holder of a neighbourhood unit written with its number speaks under their own
name: "kata Ketua RW 05 Ujang Sopandi" is Ujang Sopandi, not "RW" (twenty-second round: met
on a fresh Indonesian article, where the unit's number cut the name's run short). Every
sentence is invented for this test."""

from __future__ import annotations

import pytest
from support.proposals import accepted


def speakers(db, scheme, sentences, language="id"):
    return [p.name for p in accepted(db, scheme, sentences, language)]


@pytest.mark.parametrize("sentence, name", [
    ('"Saluran air di gang kami mampet sejak Agustus," kata Ketua RT 04 Wawan Setiawan.',
     "Wawan Setiawan"),
    ('"Sudah tiga kali kami mengadu," ujar Ketua RW 11 Neneng Sumarni, Senin (7/9/2026).',
     "Neneng Sumarni"),
    ("Menurut Ketua RT 09 Agus Firmansyah, lampu jalan padam sejak pekan lalu.",
     "Agus Firmansyah"),
    ("Ketua RW 02 Iwan Gunawan mengatakan sampah belum diangkut selama sepekan.",
     "Iwan Gunawan"),
])
def test_the_name_after_a_numbered_unit_speaks(db, scheme, sentence, name):
    assert speakers(db, scheme, [sentence]) == [name]


def test_a_unit_without_its_number_reads_as_before(db, scheme):
    got = speakers(db, scheme, ['"Kami belum menerima bantuan," kata Ketua RT Yayat Supriatna.'])
    assert got == ["Yayat Supriatna"]


def test_a_number_that_ends_the_sentence_is_no_title(db, scheme):
    # the number is the unit's, but no name follows it: the unit is not joined to a name
    got = speakers(db, scheme, [
        "Camat Lembang, Dadan Suhendar, mengatakan perbaikan dimulai di RW 05.",
    ])
    assert got == ["Dadan Suhendar"]
