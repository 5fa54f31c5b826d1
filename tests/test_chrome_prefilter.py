"""The chrome rules are tried by a line's first character (corpus/regex_start.first_chars): the
index must never drop a match, so a line gets the same reason as trying every rule in order."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from support.chrome import every_rule, news_lines

from annotator.corpus.regex_start import first_chars
from annotator.corpus.rules import load_rules

RULES = load_rules()
ALL = [r.pattern for r in RULES.line_rules] + [s.heading for s in RULES.sections]


def test_the_index_gives_every_line_the_reason_trying_every_rule_gives():
    lines = news_lines()
    assert sum(every_rule(line) is not None for line in lines) > 60  # chrome is in there
    for line in lines:
        assert RULES.first_rule(line) == every_rule(line), line


@pytest.mark.parametrize(
    ("pattern", "flags", "expected"),
    [
        (r"^(Foto|Photo)\s*:", 0, {"F", "P"}),
        (r"^loading", re.IGNORECASE, {"l", "L"}),
        (r"^(?i:baca) juga", 0, {"b", "B"}),
        (r"^((Share|Bagikan) )?(Facebook|X)$", 0, {"S", "B", "F", "X"}),
        (r"^\(([a-z]{2,5})\)$", 0, {"("}),
        (r"^[^.]{0,40}?\d", 0, None),  # a negated set: any character
        (r"^\s*Foto", 0, None),  # a category: any character
        (r"^(Foto)?", 0, None),  # can match the empty string
    ],
)
def test_first_characters_of_a_pattern(pattern, flags, expected):
    found = first_chars(re.compile(pattern, flags))
    assert (None if found is None else set(found)) == expected


STARTS = [(p, first_chars(p)) for p in ALL if p.pattern.startswith("^")]
LINES = news_lines()


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(LINES), st.characters(blacklist_categories=("Cs",)))
def test_no_rule_matches_a_line_starting_outside_its_first_characters(line, first):
    for text in (line, line[0].swapcase() + line[1:], first + line[1:], first + line):
        for pattern, chars in STARTS:
            if chars is not None and pattern.match(text):
                assert text[0] in chars, (pattern.pattern, text)


def test_a_case_fold_the_engine_makes_beyond_str_upper_is_a_first_character():
    # found by the property above: IGNORECASE lets the Kelvin sign match "k", so a line
    # starting with it matched "^(Kontan Academy|...)$" though the index said it could not
    kontan = re.compile(r"^(Kontan Academy|Langganan)$", re.IGNORECASE)
    line = "\u212aontan Academy"
    assert kontan.match(line) and line[0] in first_chars(kontan)
    for pattern, ch in ((r"^inbox", "\u0130"), (r"^inbox", "\u0131"), (r"^share", "\u017f")):
        compiled = re.compile(pattern, re.IGNORECASE)
        assert compiled.match(ch + pattern[2:]) and ch in first_chars(compiled)


def test_the_odd_folds_are_every_character_whose_fold_str_upper_does_not_reach():
    import _sre

    from annotator.corpus.regex_start import ODD_FOLDS

    odd = {}
    for code in range(0x110000):
        lower = _sre.unicode_tolower(code)
        if lower != code:
            ch, low = chr(code), chr(lower)
            if ch not in {low.upper(), low.swapcase(), low.title()}:
                odd[low] = ch
    assert odd == ODD_FOLDS
