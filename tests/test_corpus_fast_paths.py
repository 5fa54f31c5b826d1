"""Fast paths of the ingest's analysis must give exactly what the general code gives: the
ASCII shortcuts of the near-duplicate signature and of language detection (a bullet,
which is no word character, sends the same text down the general path)."""

from __future__ import annotations

import pickle

from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.corpus.analyse import _lines, _lines_matched
from annotator.corpus.dedupe import signature
from annotator.corpus.language import SAMPLE, detect
from annotator.corpus.rules import load_rules

WORDS = ["Rusia", "KOREA", "utara", "yang", "dan", "the", "of", "said", "8.000", "x_1", "Kim",
         "Jong-un", "menolak", "tuduhan", "AS", "dia", "is", "was", "tidak", "2026"]
ascii_text = st.lists(st.sampled_from(WORDS + [",", ".", "\"", "(", ")", "-", "  "]),
                      max_size=60).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(ascii_text)
def test_the_ascii_signature_is_the_general_one(text):
    assert signature(text) == signature(text + " •")


@settings(max_examples=300, deadline=None)
@given(st.text(st.characters(max_codepoint=127), max_size=200) | ascii_text.map(str.upper))
def test_any_ascii_text_signs_as_on_the_general_path(text):
    # every byte: control characters, tabs, punctuation, capitals (the byte table's cases)
    assert signature(text) == signature(text + " •")


@settings(max_examples=300, deadline=None)
@given(ascii_text)
def test_ascii_language_detection_is_the_general_one(text):
    text = text[: SAMPLE - 2]
    assert detect(text) == detect(text + " •")


@settings(max_examples=300, deadline=None)
@given(st.text(st.characters(max_codepoint=127), max_size=100)
       | ascii_text.map(str.upper) | ascii_text.map(lambda t: t.replace(" ", "\t1")))
def test_any_ascii_text_detects_as_on_the_general_path(text):
    text = text[: SAMPLE - 2]
    assert detect(text) == detect(text + " •")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Rusia menolak.", "", " ", "\t", "\u2028", "\x0c", "\x85",
                                 "  Kata  ", "\n", "\n\n", " \n "]), max_size=30).map("".join))
def test_lines_split_at_line_feeds_are_the_matched_lines(text):
    # same offsets, text and line numbers as matching each line (the path CR-ended text takes)
    assert _lines(text) == _lines_matched(text)


def test_a_long_ascii_text_is_one_exact_key_as_before():
    text = "Kata " * 500
    norm, keys = signature(text)
    assert keys == () and norm == ("kata " * 500).strip()


def test_the_rules_a_line_is_tried_against_are_listed_when_a_line_needs_them():
    rules = pickle.loads(pickle.dumps(load_rules()))  # as an analysis worker gets them
    assert rules.by_first.lists == {}
    assert rules.first_rule("Baca juga: Rusia membantah") == ("related-link", None)
    assert set(rules.by_first.lists) == {"B"}
    assert rules.first_rule("Budi berkata tidak.") is None
    tried = [name for _, name, _ in rules.by_first.get("B")]
    assert "related-link" in tried and "loading" not in tried  # ^loading starts with l
