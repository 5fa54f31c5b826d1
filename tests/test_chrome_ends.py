"""The chrome rules a line is tried against are chosen by its first two characters and its
last (corpus/regex_start.first_two, last_one): the index must never drop a match, so every
line gets the same reason as trying every rule in order, and each pattern's tests must
accept every text the pattern matches (hypothesis draws those texts from the pattern)."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support.chrome import every_rule, news_lines

from annotator.corpus.regex_start import first_two, last_one
from annotator.corpus.rules import load_rules

RULES = load_rules()
PATTERNS = ([s.heading for s in RULES.sections] + [r.pattern for r in RULES.line_rules]
            + [r.pattern for r in RULES.sentence_rules])


LINES = news_lines()


def test_most_body_lines_are_tried_against_few_rules():
    body = [line for line in LINES if every_rule(line) is None and len(line) > 80]
    tried = [len(RULES.by_first.get_ends(line[:2], line[-1:])) for line in body]
    by_first = [len(RULES.by_first.get(line[:1])) for line in body]
    assert sum(tried) * 3 < sum(by_first)


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(LINES), st.characters(blacklist_categories=("Cs",)),
       st.characters(blacklist_categories=("Cs",)))
def test_a_line_gets_the_reason_trying_every_rule_gives(line, first, last):
    for text in (line, line[0].swapcase() + line[1:], first + line[1:], first + line,
                 line[:-1] + last, line + last, line + "\n", line[:1], line[:2] + last,
                 line.upper(), line.lower(), first + last):
        assert RULES.first_rule(text) == every_rule(text), text


@pytest.mark.parametrize("pattern", [p for p in PATTERNS if first_two(p) or last_one(p)],
                         ids=lambda p: p.pattern[:40])
@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(data=st.data())
def test_the_tests_accept_every_text_a_rule_matches(pattern, data):
    text = data.draw(st.from_regex(pattern))
    match = pattern.search(text)
    two, end = first_two(pattern), last_one(pattern)
    if two is not None and match.start() == 0:
        assert two.match(text[:2]), (text, two.pattern)
    if end is not None and not text.endswith("\n"):
        assert end.match(text[-1:]), (text, end.pattern)


CASES = [
    # (pattern, flags, texts it matches)
    (r"^loading\s*(\.\.\.|…)?$", re.IGNORECASE, ["LOADING", "loading …", "Loading...\n"]),
    (r"^(?i:sumber)\s*:", 0, ["ſumber:", "SUMBER :", "Sumber:x"]),  # a long s folds to s
    (r"^[a-z]{2}$", re.IGNORECASE, ["\u212aa", "ab"]),  # the Kelvin sign folds to k
    (r"^(>\s*)+$", 0, [">", "> >", ">\n"]),
    (r"^\d{1,2}[:.]\d{2}$", 0, ["٣.٤٥", "12:30"]),  # any decimal digit
    (r"^(?=Ba)B\w+(?<!x)\b", 0, ["Baca"]),  # look-arounds are skipped
    (r"^[^.]{0,40}?\d{1,2}\s+Mei$", 0, ["7 Mei", "Senin, 7 Mei"]),
    (r"\((Foto|FOTO)[^()]*\)$", 0, ["Rusia (Foto: AFP)", "(FOTO)"]),
]


@pytest.mark.parametrize(("pattern", "flags", "texts"), CASES)
def test_the_tests_accept_what_the_pattern_matches(pattern, flags, texts):
    compiled = re.compile(pattern, flags)
    two, end = first_two(compiled), last_one(compiled)
    assert two is not None or end is not None
    for text in texts:
        match = compiled.search(text)
        assert match, text
        if two is not None and match.start() == 0:  # what the index uses it for
            assert two.match(text[:2]), text
        if end is not None and not text.endswith("\n"):
            assert end.match(text[-1:]), text


@pytest.mark.parametrize(
    ("pattern", "first", "last"),
    [
        (r"^(Baca|Lihat) juga", "Un", None),  # first two known; ends anywhere
        (r"^loading\s*(\.\.\.|…)?$", "Lx", "x"),
        (r"^[A-Za-z]$", "Ab", "."),  # one letter: a second character is not it
        (r"\((Foto|FOTO)[^()]*\)$", None, "."),  # not anchored at the start: the end only
    ],
)
def test_lines_the_tests_turn_away(pattern, first, last):
    compiled = re.compile(pattern, re.IGNORECASE if "loading" in pattern else 0)
    if first is not None:
        assert not first_two(compiled).match(first)
    if last is None:
        assert last_one(compiled) is None
    else:
        assert not last_one(compiled).match(last)


@pytest.mark.parametrize("pattern", [
    r"^(Foto)?",  # can match nothing
    r"^(a)\1",  # a back reference
    r"^a$|^b",  # one branch ends anywhere
    r"^ab$\n",  # a character after $
])
def test_what_cannot_be_told_is_tried_on_every_line(pattern):
    compiled = re.compile(pattern)
    assert last_one(compiled) is None
    if pattern in (r"^(Foto)?", r"^(a)\1"):
        assert first_two(compiled) is None
