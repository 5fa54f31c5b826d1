""""Adapun" opening a sentence is no part of its speaker's name (thirty-fourth round, issue
11, try branch t34id; domain/proposals/name_words.py, CAPITALISED_STOP).

The try's article (invented, Indonesian national news): the KPK names two suspects; the
last sentence, "Adapun Setiawan Lukito belum memberikan tanggapan hingga berita ini
diturunkan.", proposed the source "Adapun Setiawan Lukito": the capitalised connective was
read as the first word of the name. "Sementara", "Sedangkan", "Namun" were already left out.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

import pytest
from support.proposals import accepted

_OPENING = ("Komisi Pemberantasan Korupsi (KPK) menetapkan Direktur Utama PT Bahari Tirta "
            "Perkasa, Setiawan Lukito, sebagai tersangka pemberi suap.")


def _second(db, scheme, sentence):
    return accepted(db, scheme, [_OPENING, sentence], "id")[1]


# --- the try's case ---

def test_the_try_adapun_before_the_silent_suspect(db, scheme):
    got = _second(db, scheme, "Adapun Setiawan Lukito belum memberikan tanggapan hingga "
                              "berita ini diturunkan.")
    assert got.name == "Setiawan Lukito", got.reason
    assert got.label == "context"


# --- the class, on sentences of our own ---

@pytest.mark.parametrize(("sentence", "name", "label"), [
    ("Adapun Setiawan Lukito membantah tudingan itu.", "Setiawan Lukito", "denial"),
    ("Adapun PT Bahari Tirta Perkasa membantah tudingan itu.", "PT Bahari Tirta Perkasa",
     "denial"),
    ("Adapun Direktur Utama PT Bahari Tirta Perkasa, Setiawan Lukito, belum memberikan "
     "tanggapan.", "Setiawan Lukito", "context"),
])
def test_adapun_opening_is_left_out_of_the_name(db, scheme, sentence, name, label):
    got = _second(db, scheme, sentence)
    assert (got.name, got.label) == (name, label)


# --- near misses: the connectives read before stay ---

@pytest.mark.parametrize("sentence", [
    "Sementara Setiawan Lukito belum memberikan tanggapan hingga berita ini diturunkan.",
    "Sedangkan Setiawan Lukito membantah tudingan itu.",
])
def test_the_connectives_read_before_stay(db, scheme, sentence):
    assert _second(db, scheme, sentence).name == "Setiawan Lukito"
