"""Sentence ends sentencex misses or makes, fixed by the ingest's segmenter (measured on the UD
Indonesian GSD dev split by benchmarks/bench_segmentation.py)."""

from __future__ import annotations

import pytest

from annotator.corpus.rules import load_rules
from annotator.corpus.segment import segment


def split(text: str, language: str = "id") -> list[str]:
    return [text[s:e] for s, e in segment(text, load_rules(), language)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sentence opening with a quotation mark after a full stop
        ("Ia kembali ke tanah air. ``Apa? Nyamuk selalu menemukan sasaran.''",
         ["Ia kembali ke tanah air.", "``Apa?", "Nyamuk selalu menemukan sasaran.''"]),
        ('Linux akan berganti nama. "Saya harap ini berguna," katanya.',
         ["Linux akan berganti nama.", '"Saya harap ini berguna," katanya.']),
        # a lower-case word after a full stop starts a sentence, unless after an abbreviation
        ("Ia menjabat selama Perang Dunia II. kemudian ia pensiun.",
         ["Ia menjabat selama Perang Dunia II.", "kemudian ia pensiun."]),
        ("Ada beras, gula, dll. yang dibagikan.", ["Ada beras, gula, dll. yang dibagikan."]),
        # an abbreviation with inner stops before a name
        ("U.S. Secretary of State Antony Blinken condemned the strikes.",
         ["U.S. Secretary of State Antony Blinken condemned the strikes."]),
        # a quote that never closes does not swallow the sentences after it
        ('Ia berkata "tidak akan. Besok pagi rapat dimulai. Semua hadir.',
         ['Ia berkata "tidak akan.', "Besok pagi rapat dimulai.", "Semua hadir."]),
    ],
)
def test_sentence_ends(text, expected):
    assert split(text) == expected


def test_a_quotation_over_several_sentences_stays_with_its_attribution():
    text = ('"Ada banyak laporan seperti itu. Semuanya tidak berdasar," kata Peskov. '
            "Ia lalu pergi.")
    assert split(text) == ['"Ada banyak laporan seperti itu. Semuanya tidak berdasar," kata '
                           "Peskov.", "Ia lalu pergi."]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # ranks and offices before a name stay with it (issue 11: "Brig. Gen." made fragments)
        ("Navy spokesman Rear Adm. Tom Hale said the ship was hit. He left.", "en",
         ["Navy spokesman Rear Adm. Tom Hale said the ship was hit.", "He left."]),
        ("Police spokesman Lt. Col. Dana Reyes denied it. Maj. Gen. Paul Ito agreed.", "en",
         ["Police spokesman Lt. Col. Dana Reyes denied it.", "Maj. Gen. Paul Ito agreed."]),
        ("Sen. Ann Ray and Gov. Bill Moe met on Friday. Talks ended.", "en",
         ["Sen. Ann Ray and Gov. Bill Moe met on Friday.", "Talks ended."]),
        ("Dandim Letkol. Inf. Budi Santoso membantah tuduhan itu. Ia pergi.", "id",
         ["Dandim Letkol. Inf. Budi Santoso membantah tuduhan itu.", "Ia pergi."]),
        ("Warga Kec. Cibinong dan Kab. Bogor mengungsi. Hujan reda.", "id",
         ["Warga Kec. Cibinong dan Kab. Bogor mengungsi.", "Hujan reda."]),
        # a full stop after an ordinary word still ends the sentence
        ("The talks ended in the general. Officials left.", "en",
         ["The talks ended in the general.", "Officials left."]),
    ],
)
def test_titles_and_ranks_do_not_end_a_sentence(text, language, expected):
    assert split(text, language) == expected
