"""The normalised text of a stored sentence (what a new one is scored against) must be the
same on the ASCII byte path as on the general path (a curly quote, no word character,
sends the same text down the general path)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.corpus.dedupe import normalised, signature

WORDS = ["Rusia", "KOREA", "utara", "yang", "dan", "the", "of", "said", "8.000", "x_1", "Kim",
         "Jong-un", "menolak", "tuduhan", "AS", "dia", "is", "was", "tidak", "2026"]
ascii_text = st.lists(st.sampled_from(WORDS + [",", ".", "\"", "(", ")", "-", "  ", "\t"]),
                      max_size=40).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(ascii_text | ascii_text.map(str.upper) | st.text(st.characters(max_codepoint=127),
                                                         max_size=200))
def test_ascii_text_normalises_as_on_the_general_path(text):
    assert normalised(text) == normalised(text + " “")


@settings(max_examples=300, deadline=None)
@given(ascii_text | st.text(max_size=120))
def test_the_normalised_text_is_the_signatures(text):
    signed = signature(text)
    assert normalised(text) == (None if signed is None else signed[0])


def test_too_short_to_group_is_none_on_both_paths():
    assert normalised("Kata dia, kemarin.") is None
    assert normalised("Kata dia, kemarin “") is None
    assert normalised("KATA Dia itu, KEMARIN.") == "kata dia itu kemarin"
