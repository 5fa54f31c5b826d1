"""``visible`` and ``visible_lines`` return a text holding nothing to replace as it is
(base/text.py: the screen passes every line it shows through them on each key): the result
must be what replacing character by character gives, for any text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from annotator.base import text as shown

# the characters the replacement touches, among ordinary ones, so that most texts hold none
SPECIAL = st.sampled_from(["\x1b", "\x00", "\t", "\n", "\r", "\x7f", "\x9b", "\u202e",
                           "\u2066", "\u2028", "\ud800", "\udfff", "a", " ", "“", "é"])
TEXTS = st.one_of(st.text(), st.text(SPECIAL), st.none())


def replaced(text: str | None, table: dict) -> str:
    """Every character replaced, as before the shortcut."""
    return shown._SURROGATE.sub("\ufffd", (text or "").translate(table))


@given(TEXTS)
def test_visible_is_the_replacement_character_by_character(text):
    assert shown.visible(text) == replaced(text, shown._VISIBLE)


@given(TEXTS)
def test_visible_lines_is_the_replacement_character_by_character(text):
    assert shown.visible_lines(text) == replaced(text, shown._KEEP_NEWLINES)


def test_a_text_with_nothing_to_replace_is_returned_as_it_is():
    text = "Juru bicara, “kami menolak”, kata é."
    assert shown.visible(text) is text and shown.visible_lines(text) is text
