"""Who speaks, fifteenth round: classes of speaker misses the rules made on text nobody
tuned on (train10-12, read as classes), each written as a family in both languages where it
exists. Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

import pytest
from support.proposals import accepted


def speakers(db, scheme, sentences, language):
    return [p.name for p in accepted(db, scheme, sentences, language)]


# --- an honorific, a degree or a pilgrim's title before a name is no part of it ------------
# (the guidelines: the source is the person; "Ir. Budi Santoso" and "Budi" are one source,
# whichever way the sentence reads the name: between commas after a role, or as a subject)

@pytest.mark.parametrize(
    ("sentences", "language", "name"),
    [
        (["Direktur Utama PT Sinar Bahari, Ir. Budi Santoso, menjelaskan harga kapal itu "
          "sudah termasuk perawatan."], "id", "Budi Santoso"),
        (["Kepala Dinas Pertanian Garut, Drs. Agus Wibawa, mengatakan benih itu lolos uji."],
         "id", "Agus Wibawa"),
        (["Guru besar hukum Universitas Lampung, Prof. Rina Kartika, menilai dakwaan itu "
          "lemah."], "id", "Rina Kartika"),
        (["Ketua Paguyuban Nelayan Rembang, H. Suparman, menyatakan kapal anggotanya tidak "
          "melaut pekan itu."], "id", "Suparman"),
        (["Pemilik gudang beras itu, Haji Rahmat, saat ditemui menyebut berasnya berasal dari "
          "petani setempat."], "id", "Rahmat"),
        (["A geologist at the University of Hull, Dr Paul Wren, said the cracks were old."],
         "en", "Paul Wren"),
        (["The hospital's medical director, Prof. Ann Moss, said every scan was reviewed."],
         "en", "Ann Moss"),
    ],
)
def test_an_honorific_before_a_name_is_left_out(db, scheme, sentences, language, name):
    assert speakers(db, scheme, sentences, language)[-1] == name


@pytest.mark.parametrize(
    ("sentences", "language", "name"),
    [
        (["Direktur Utama PT Sinar Bahari, Ir. Budi Santoso, menjelaskan harga kapal itu "
          "sudah termasuk perawatan.",
          "\"Kalau hanya dibandingkan harga kapal, tentu terlihat mahal,\" ujar Budi.",
          "Budi juga menyebut mesinnya didatangkan dari Jepang."], "id", "Budi Santoso"),
        (["The hospital's medical director, Prof. Ann Moss, said every scan was reviewed.",
          "\"No patient was sent home untreated,\" Moss said."], "en", "Ann Moss"),
    ],
)
def test_the_name_said_again_later_is_the_same_source_without_the_honorific(
        db, scheme, sentences, language, name):
    assert set(speakers(db, scheme, sentences, language)) == {name}

