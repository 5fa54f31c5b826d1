"""The sentences on the labeling screen are wrapped by a shortcut for the common case
(ui/widgets/sentence_view.wrapped_lines): the lines must be Textual's own (``Content.wrap``
of the text shown literally), characters and styles, for any text and width, and for the
corpus's own sentences."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from textual.content import Content

from annotator.base.text import visible_lines
from annotator.ui.widgets.literal import literal
from annotator.ui.widgets.sentence_view import wrapped_lines
from annotator.ui.widgets.steady import rows_needed

# words, spaces of several kinds, long words, wide and control characters
PIECES = st.sampled_from(["kata", "menurut", " ", "  ", "\u00a0", "“", "é", "Kyiv,",
                          "supercalifragilisticexpialidocious", "\t", "\n", "\x1b", "漢",
                          "😀", ".", "-", "a"])
TEXTS = st.one_of(st.lists(PIECES, max_size=40).map("".join), st.text(max_size=200))


def textuals(text: str, width: int) -> list[tuple]:
    return [(line.plain, list(line.spans))
            for line in Content.from_rich_text(literal(text)).wrap(width)]


def ours(text: str, width: int) -> list[tuple]:
    return [(line.plain, list(line.spans)) for line in wrapped_lines(text, width)]


@settings(max_examples=500)
@given(TEXTS, st.integers(1, 130))
def test_lines_are_textuals(text, width):
    assert ours(text, width) == textuals(text, width)


def test_the_seed_sentences_wrap_as_textual_wraps_them(seeded_db):
    texts = [t for (t,) in seeded_db.execute("SELECT text FROM sentences").fetchall()]
    assert len(texts) > 50
    for text in texts:
        for width in (20, 40, 76, 114, 116):
            assert ours(text, width) == textuals(text, width), (text, width)


@settings(max_examples=500)
@given(st.lists(TEXTS, min_size=1, max_size=4).map("\n".join), st.integers(1, 130))
def test_rows_needed_are_the_rows_textual_counts(text, width):
    text = text.replace("\t", " ")  # a tab takes Textual's own count (steady.py)
    content = Content(visible_lines(text))  # as shown, line breaks kept
    plain = content.plain
    assert plain.count("\n") == text.count("\n")
    assert rows_needed(plain.split("\n"), width) == content.get_height({}, width)
