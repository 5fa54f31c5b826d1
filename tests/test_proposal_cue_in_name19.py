"""A wrong's word inside a body's name names the body, not a wrong (nineteenth round).

"Kepala Bidang Pengendalian Pencemaran DLH ..., mengatakan pihaknya akan mengambil sampel"
is a plan (context) by the official, but "pencemaran" (pollution) read as a wrong stated
made it an accusation. The same holds for "Komisi Pemberantasan Korupsi", "the Serious Fraud
Office", "Satgas Anti Pungli". The word still counts where it is not part of a name: lower
case in running text, the sentence's first word, and in a headline written in title case.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

import pytest

from annotator.domain.proposals import lexicon
from annotator.domain.proposals.name_words import tokens_and_words
from annotator.domain.proposals.reading import ACCUSATION, _in_name, read_label

ID, EN = lexicon("id"), lexicon("en")


@pytest.mark.parametrize("sentence", [
    "Kepala Seksi Pengendalian Pencemaran Dinas Lingkungan Hidup Kota Bekasi, Yuliani, "
    "mengatakan timnya akan mengambil sampel udara pada Senin depan.",
    "Juru bicara Komisi Pemberantasan Korupsi, Arif Wibowo, mengatakan tim akan memeriksa "
    "dokumen pengadaan pekan depan.",
    "Ketua Satgas Saber Pungli Kabupaten Garut, Deni Ramdani, mengatakan rapat koordinasi "
    "digelar setiap bulan.",
])
def test_an_indonesian_body_named_after_a_wrong_is_no_accusation(sentence):
    assert read_label(sentence, ID).role != ACCUSATION


def test_an_english_body_named_after_a_wrong_is_no_accusation():
    sentence = ("A spokesperson for the Serious Fraud Office said the agency would publish "
                "its annual plan in the spring.")
    assert read_label(sentence, EN).role != ACCUSATION


@pytest.mark.parametrize("sentence", [
    # the wrong in running text, lower case: still a wrong stated
    "Warga mengatakan pencemaran sungai oleh pabrik kertas itu sudah berlangsung dua tahun.",
    "Menurut Yusuf, korupsi dana desa itu dilakukan kepala desa bersama bendaharanya.",
])
def test_the_same_wrong_in_running_text_still_accuses(sentence):
    assert read_label(sentence, ID).role == ACCUSATION


@pytest.mark.parametrize("sentence, word, expected", [
    ("Pejabat Bidang Pengendalian Pencemaran DLH itu mengatakan sampel akan diambil besok.",
     "pencemaran", True),
    # the sentence's first word: capitalised because it begins the sentence
    ("Pencemaran Sungai Citarum mengancam ribuan petani, kata warga setempat kemarin.",
     "pencemaran", False),
    # a headline in title case capitalises every word: no name can be told from it
    ("Warga Tuding Pabrik Tahu Lakukan Pencemaran Sungai di Cikupa", "pencemaran", False),
    # capitalised alone, no capitalised word beside it
    ("Mereka menyebut kasus itu Pencemaran terbesar tahun ini menurut catatan warga.",
     "pencemaran", False),
])
def test_a_name_is_told_by_its_capitals(sentence, word, expected):
    tokens, words = tokens_and_words(sentence)
    at = words.index(word)
    assert _in_name(tokens, at, at + 1) is expected
