"""A document's repeats found on the ASCII path (each text normalised once, its repeat key
only when its signature clashes) must be exactly the general path's: same ids, same
repeats, same signatures and near-duplicate keys."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.corpus.analyse import Unit
from annotator.corpus.dedupe import _WORD, DUPLICATE, SPACED, punctuation_spaced, signature
from annotator.corpus.pipeline import unit_rows

WORDS = ["Rusia", "KOREA", "utara", "yang", "dan", "said", "8.000", "x_1", "Kim", "Jong-un",
         "menolak", "tuduhan", "AS", "tidak", "2026", "Ya", "ya", "YA"]
BASES = ["Rusia menolak tuduhan itu.", "rusia menolak tuduhan itu!", "Ya.", "ya", "Kim said",
         "Korea Utara menolak tuduhan AS, kata Kim.", "Korea utara menolak tuduhan AS kata Kim.",
         "Kata " * 450]
# the ways a repeat's text may differ from its first: case and spacing (still a repeat),
# punctuation (the same signature, not a repeat), control characters str.split splits at
CHANGES = [lambda t: t, str.upper, str.lower, lambda t: t.replace(" ", "  "),
           lambda t: t.replace(" ", "\t"), lambda t: t.replace(" ", "\x1c"),
           lambda t: t.replace(",", " ,"), lambda t: t.replace(".", ""),
           lambda t: " " + t + " ", lambda t: t.replace("-", " - "),
           lambda t: t.replace(" ", "\u00a0"), lambda t: "\u201c" + t + "\u201d",
           lambda t: t.replace(",", "\u2014")]
words = st.lists(st.sampled_from(WORDS + [",", ".", "\"", "-", "  ", "\t"]),
                 max_size=12).map(" ".join)
texts = st.one_of(
    st.tuples(st.sampled_from(BASES), st.sampled_from(CHANGES)).map(lambda p: p[1](p[0])),
    words,
    st.text(st.characters(max_codepoint=127), max_size=40),
    st.text(st.sampled_from(list(SPACED)) | st.characters(max_codepoint=127), max_size=40),
)
units = st.lists(st.tuples(texts, st.sampled_from([None, None, None, "byline"])),
                 max_size=40)


def _units(pairs: list[tuple[str, str | None]]) -> list[Unit]:
    return [Unit(i * 10, i * 10 + len(text), text, excluded)
            for i, (text, excluded) in enumerate(pairs)]


@settings(max_examples=400, deadline=None)
@given(units)
def test_the_ascii_path_finds_the_general_paths_repeats(pairs):
    listed = _units(pairs)
    assert unit_rows("doc", listed, ascii_text=True) == unit_rows("doc", listed)


def test_a_repeat_is_the_same_text_spacing_and_case_aside_not_the_same_words():
    listed = _units([("Rusia menolak tuduhan itu.", None),
                     ("rusia menolak tuduhan itu!", None),  # same words, other punctuation
                     ("RUSIA  menolak\ttuduhan itu.", None),  # a repeat of the first
                     ("rusia menolak tuduhan itu!", None),  # a repeat of the second
                     ("Ya.", None), ("ya.", None), ("Ya", None)])
    for ascii_text in (True, False):
        rows, keys = unit_rows("doc", listed, ascii_text=ascii_text)
        repeats = [(row[3], row[4]) for row in rows]
        assert repeats == [(None, None), (None, None), (DUPLICATE, rows[0][0]),
                           (DUPLICATE, rows[1][0]), (None, None), (DUPLICATE, rows[4][0]),
                           (None, None)]
        assert rows[3][0] != rows[1][0]  # the same text again: its second occurrence's id
        assert [row[5] is None for row in rows] == [False, False, True, True, True, True,
                                                   True]
        assert {key & 0xFFFFFF for key in keys} == {0, 1}


@settings(max_examples=400, deadline=None)
@given(st.text(st.sampled_from(list(SPACED)) | st.characters(), max_size=80)
       | words.map(lambda t: t.replace('"', "\u201c").replace("-", "\u2013")))
def test_spacing_the_usual_punctuation_leaves_the_same_words(text):
    # so a signature of the spaced text (ASCII: the byte path) is the text's own
    assert _WORD.findall(punctuation_spaced(text)) == _WORD.findall(text)


@settings(max_examples=300, deadline=None)
@given(st.text(st.sampled_from(list(SPACED)) | st.characters(max_codepoint=127), max_size=120)
       | words.map(lambda t: t.replace('"', "\u201c").replace(" ", "\u00a0")))
def test_text_ascii_but_for_the_usual_punctuation_signs_as_on_the_general_path(text):
    # a bullet is no word character and not spaced: it keeps the text on the general path
    assert punctuation_spaced(text).isascii()
    assert signature(text) == signature(text + " \u2022")


def test_a_quotation_in_curly_quotes_signs_as_in_straight_ones():
    curly = "\u201cKami menolak tuduhan itu,\u201d kata dia \u2014 Senin\u2026"
    assert signature(curly) == signature('"Kami menolak tuduhan itu," kata dia - Senin...')
    assert punctuation_spaced(curly).isascii()
