"""Sentence splitting: sentencex plus the fixes Indonesian news text needs."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.corpus.rules import load_rules
from annotator.corpus.segment import segment

RULES = load_rules()


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in segment(text, RULES, "id")]


@pytest.mark.parametrize(
    "text",
    [
        "Tn. Budi bertemu Ny. Ani di kantor PT. Maju Jaya kemarin.",
        "Ir. Joko dan Drs. Udin hadir bersama Dr. Ani dan Prof. Budi.",
        "Rombongan dipimpin H. Umar dari Jakarta.",
        "Mereka membawa buah, sayur, dll. ke pasar.",
        "Menurut KONTAN.CO.ID, harga emas naik.",
        "Laporan KOMPAS.TV dan kontan.co.id menyebut hal itu.",
        "AS mengatakan bahwa 8.000 tentara Korea Utara sedang berlatih di Rusia.",
        "Harga emas Rp 1.468.000 per gram hari ini.",
        "Editor Edy A. Putra menyunting berita itu.",
    ],
)
def test_one_sentence_is_not_split(text):
    assert sentences(text) == [text]


def test_real_sentence_ends_still_split():
    text = "Rusia menghargai dukungan itu. Korea Utara membantah. Apa artinya?"
    assert sentences(text) == [
        "Rusia menghargai dukungan itu.",
        "Korea Utara membantah.",
        "Apa artinya?",
    ]


def test_quote_with_attribution_is_one_unit():
    text = '"Kami menghargai dukungan ini," ujarnya. Lavrov tiba di Pyongyang.'
    assert sentences(text) == [
        '"Kami menghargai dukungan ini," ujarnya.',
        "Lavrov tiba di Pyongyang.",
    ]


def test_quote_of_several_sentences_stays_with_its_attribution():
    text = (
        "“Situasi di dunia semakin buruk. Dalam situasi ini kami bermaksud memperkuat "
        'interaksi strategis dengan Rusia," tutur Kim. Putin mengangguk.'
    )
    assert sentences(text) == [
        "“Situasi di dunia semakin buruk. Dalam situasi ini kami bermaksud memperkuat "
        'interaksi strategis dengan Rusia," tutur Kim.',
        "Putin mengangguk.",
    ]


def test_quote_left_open_does_not_swallow_the_whole_text():
    text = '"Ini kutipan tanpa penutup. ' + "Kalimat berikutnya panjang sekali. " * 400
    units = sentences(text)
    assert len(units) > 1
    assert max(len(u) for u in units) < 5000


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(list("ab .,\"“”?!\n\tAZ") + ["Tn. ", "8.000", "KOMPAS.TV", " ujarnya."])
    ).map("".join)
)
def test_spans_are_ordered_disjoint_and_cover_every_visible_character(text):
    spans = segment(text, RULES, "id") if text.strip() else []
    covered = set()
    last_end = 0
    for start, end in spans:
        assert last_end <= start < end <= len(text)
        assert text[start:end] == text[start:end].strip()
        covered.update(range(start, end))
        last_end = end
    visible = {i for i, ch in enumerate(text) if not ch.isspace()}
    assert visible <= covered


PLAIN_SHAPES = st.lists(
    st.sampled_from(["Kata", "dia", "Budi", "“Halo”", "(ANTARA)", "-", "—", "'", "8,5", ",",
                     ";", ":", "ujarnya", "\"", "a/n", "", " ", "\t", "?", ".", "!", "…", ".)",
                     "Rp1.000", "Dr.", "PT.", "U.S.", "é", "\u00a0", "KONTAN.CO.ID", "8.000",
                     "a.n.", "Sen.Budi", "x?y", "ya!Ya"]),
    max_size=12,
).map(" ".join)


@settings(max_examples=400, deadline=None)
@given(PLAIN_SHAPES, st.sampled_from(["", ".", "?", "!", ".\"", "!”", ".)", "?!'"]),
       st.sampled_from(["id", "en"]))
def test_the_fast_path_for_plain_sentences_splits_as_the_full_path(body, end, language):
    import annotator.corpus.segment as module

    text = body + end
    fast = module.segment(text, RULES, language)
    saved = module._PLAIN_LANGUAGES
    module._PLAIN_LANGUAGES = frozenset()  # the full path, sentencex and the fixes
    try:
        full = module.segment(text, RULES, language)
    finally:
        module._PLAIN_LANGUAGES = saved
    assert fast == full


def test_seeds_lines_split_the_same_with_and_without_the_fast_path(monkeypatch):
    import annotator.corpus.segment as module
    from annotator.base.resources import SEEDS_DIR

    lines = [line for path in sorted(SEEDS_DIR.glob("*.txt"))
             for line in path.read_text(encoding="utf-8").splitlines()]
    fast = [module.segment(line, RULES, "id") for line in lines]
    monkeypatch.setattr(module, "_PLAIN_LANGUAGES", frozenset())
    assert [module.segment(line, RULES, "id") for line in lines] == fast
    assert sum(bool(module._plain(line)) for line in lines) > 20  # it is taken
