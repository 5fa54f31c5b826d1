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
        # a veterinarian's title (dokter hewan) as a physician's and a dentist's
        ("Kepala klinik, drh. Rina Sari, membantah tuduhan itu. Ia pergi.", "id",
         ["Kepala klinik, drh. Rina Sari, membantah tuduhan itu.", "Ia pergi."]),
        # a full stop after an ordinary word still ends the sentence
        ("The talks ended in the general. Officials left.", "en",
         ["The talks ended in the general.", "Officials left."]),
    ],
)
def test_titles_and_ranks_do_not_end_a_sentence(text, language, expected):
    assert split(text, language) == expected


# Issue 11: ranks, titles, degrees and abbreviated given names in both languages (the lists are
# data: chrome_rules.json "segmentation"), and the reverse risk, a real end after such a word.
@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # police and military ranks written with a full stop, and their corps
        ("Kapolres Metro Jakarta Selatan Kombes Pol. Budi Sartono menjelaskan kronologinya. "
         "Pelaku sudah ditahan.", "id",
         ["Kapolres Metro Jakarta Selatan Kombes Pol. Budi Sartono menjelaskan kronologinya.",
          "Pelaku sudah ditahan."]),
        ("Wakapolda Irjen Pol. Dr. Hendra Kurniawan meninjau lokasi. Ia didampingi Kapten Inf. "
         "Yoga.", "id",
         ["Wakapolda Irjen Pol. Dr. Hendra Kurniawan meninjau lokasi.",
          "Ia didampingi Kapten Inf. Yoga."]),
        # abbreviated given names and religious and academic titles
        ("Mantan Kapolri Moch. Iriawan dan Abd. Kadir hadir. Muh. Ridwan tidak datang.", "id",
         ["Mantan Kapolri Moch. Iriawan dan Abd. Kadir hadir.", "Muh. Ridwan tidak datang."]),
        ("Acara dibuka K.H. Ma'ruf Amin dan Ust. Abdul Somad. Hj. Nurul Aini memimpin doa.", "id",
         ["Acara dibuka K.H. Ma'ruf Amin dan Ust. Abdul Somad.", "Hj. Nurul Aini memimpin doa."]),
        ("Saksi ahli Dr. Rina Kusuma, S.H., M.H. menjelaskan unsur pidananya. Hakim mencatat.",
         "id", ["Saksi ahli Dr. Rina Kusuma, S.H., M.H. menjelaskan unsur pidananya.",
                "Hakim mencatat."]),
        # a degree after a name, then a new sentence; a degree chain stays one sentence
        ("Ia lulus sebagai S.Pd. Kemudian ia mengajar di desanya.", "id",
         ["Ia lulus sebagai S.Pd.", "Kemudian ia mengajar di desanya."]),
        ("Ketua tim, Budi Santoso S.H. M.H. menolak berkomentar.", "id",
         ["Ketua tim, Budi Santoso S.H. M.H. menolak berkomentar."]),
        # a rank that ends a sentence: no name after it
        ("Pangkatnya naik menjadi AKBP. Kini ia menjabat Kapolres.", "id",
         ["Pangkatnya naik menjadi AKBP.", "Kini ia menjabat Kapolres."]),
        ("Ia kini berpangkat Kompol. Jabatan barunya diumumkan Senin.", "id",
         ["Ia kini berpangkat Kompol.", "Jabatan barunya diumumkan Senin."]),
        # a title followed by a word that opens sentences is an end
        ("Kantornya di Jl. Gatot Subroto. Polisi menyita sabu di sana.", "id",
         ["Kantornya di Jl. Gatot Subroto.", "Polisi menyita sabu di sana."]),
        ("Perusahaan itu kini bernama PT Maju Bersama Tbk. Sahamnya naik 5 persen.", "id",
         ["Perusahaan itu kini bernama PT Maju Bersama Tbk.", "Sahamnya naik 5 persen."]),
        # English titles and honorifics before a name
        ("Col. Ann Wright and Rep. Jim Cole met Mrs. Ellis in St. Louis. Dr. Jane Roe joined.",
         "en", ["Col. Ann Wright and Rep. Jim Cole met Mrs. Ellis in St. Louis.",
                "Dr. Jane Roe joined."]),
        ("Det. Sgt. Mark Lowe said Cpl. Ian Burke was unhurt. Supt. Ruth Hay agreed.", "en",
         ["Det. Sgt. Mark Lowe said Cpl. Ian Burke was unhurt.", "Supt. Ruth Hay agreed."]),
        # after a name: a lower-case word continues, a capital starts a sentence
        ("Martin Shaw Jr. was sworn in on Monday. His father watched.", "en",
         ["Martin Shaw Jr. was sworn in on Monday.", "His father watched."]),
        ("The company was renamed Brightline Holdings Inc. Its shares rose.", "en",
         ["The company was renamed Brightline Holdings Inc.", "Its shares rose."]),
        ("The meeting started at 10 a.m. Protesters gathered outside.", "en",
         ["The meeting started at 10 a.m.", "Protesters gathered outside."]),
        # a street or country abbreviation at a sentence end
        ("She moved to Elm St. The house was sold in May.", "en",
         ["She moved to Elm St.", "The house was sold in May."]),
        ("He flew back to the U.S. However, the talks went on.", "en",
         ["He flew back to the U.S.", "However, the talks went on."]),
    ],
)
def test_ranks_titles_and_names_in_both_languages(text, language, expected):
    assert split(text, language) == expected


def test_the_abbreviation_lists_are_data(tmp_path):
    """An analyst adds a title in the rules file; the code needs no change."""
    import json

    from annotator.corpus.rules import RULES_PATH, parse_rules

    data = json.loads(RULES_PATH.read_text(encoding="utf-8"))
    text = "Ketua adat Tgr. Umar membantah tuduhan itu."
    assert [text[s:e] for s, e in segment(text, parse_rules(data), "id")] == [
        "Ketua adat Tgr.", "Umar membantah tuduhan itu."]
    data["segmentation"]["titles"]["id"].append("Tgr")
    assert [text[s:e] for s, e in segment(text, parse_rules(data), "id")] == [text]
    # the older form, one list for every language, is still read
    data["segmentation"]["titles"] = ["Tgr"]
    assert [text[s:e] for s, e in segment(text, parse_rules(data), "id")] == [text]


def test_a_malformed_abbreviation_list_names_the_rules_file(tmp_path):
    from annotator.base.errors import InputError
    from annotator.corpus.rules import parse_rules

    with pytest.raises(InputError, match="rules.json"):
        parse_rules({"segmentation": {"titles": {"id": 5}}}, tmp_path / "rules.json")


@pytest.mark.parametrize("name", ["Yang Wei", "Ke Jie", "Sang Kim", "An Nguyen"])
def test_a_surname_that_is_also_a_function_word_stays_with_its_title(name):
    text = f"Prof. {name} of Fudan University disputed the figures."
    assert split(text, "en") == [text]
