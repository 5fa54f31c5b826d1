"""literal.py (round 35, issue 10): the patterns made from a name, replaced by str.find and
a pattern compiled once for what stands around the name, find what the whole pattern finds.
Checked against re on many small random texts and names, and on a few written ones."""

import random
import re

from annotator.domain.proposals.literal import (
    absent,
    opened_written_at,
    search_after,
    written_at,
)

_BEFORE = [None, re.compile(r"(?<![\w])"), re.compile(r"(?<![\w(])"),
           re.compile(r"(?<![\w'’])"), re.compile(r"\b")]
_AFTER = [None, re.compile(r"(?![\w])"), re.compile(r"(?![\w)])"),
          re.compile(r"(['’]s(?:\s+[A-Z][\w'’.-]*){1,3})"),
          re.compile(r"(?:['’]s)?((?:\s+[a-z-]+){1,4})\s*,\s*([A-Z]\w*)\s*,"),
          re.compile(r"(?:['’]s|(?<=s)['’])\s+x\b"), re.compile(r"a*")]


def _as_re(literal, text, before, after):
    pattern = (before.pattern if before else "") + re.escape(literal) + (
        after.pattern if after else "")
    return [(m.start(), m.end(), m.groups()) for m in re.finditer(pattern, text)]


def _as_literal(literal, text, before, after):
    return [(k, t.end() if t else k + len(literal), t.groups() if t else ())
            for k, t in written_at(literal, text, before, after)]


def test_written_at_finds_what_finditer_finds():
    rng = random.Random(35)
    for _ in range(20000):
        text = "".join(rng.choice("aAb ,'’s(S)x") for _ in range(rng.randint(0, 14)))
        literal = "".join(rng.choice("aAb s'(") for _ in range(rng.randint(0, 3)))
        before, after = rng.choice(_BEFORE), rng.choice(_AFTER)
        assert _as_literal(literal, text, before, after) == _as_re(literal, text, before,
                                                                   after)
        if after is not None and literal:
            whole = re.search(re.escape(literal) + after.pattern, text)
            found = search_after(literal, after, text)
            assert (whole is None) == (found is None)
            if whole:
                assert (whole.end(), whole.groups()) == (found.end(), found.groups())


def test_written_at_on_sentences():
    text = "Harlow Water's spokesman, Ian Reid, said Harlow Waters and (Harlow Water) agreed."
    whole = (re.compile(r"(?<![\w])"), re.compile(r"(?![\w])"))
    assert [k for k, _ in written_at("Harlow Water", text, *whole)] == [0, 60] == [
        m.start() for m in re.finditer(r"(?<![\w])Harlow Water(?![\w])", text)]
    found = search_after("Harlow Water", re.compile(r"(['’]s)\s+(\w+)"), text)
    assert found.groups() == ("'s", "spokesman")


def test_absent_only_where_the_pattern_cannot_match():
    assert absent("Reid", "Ian Reed said") and not absent("Reid", "Ian Reid said")
    assert absent("harlow water", "Filed by Harlow Waters.", ignore_case=False)
    assert not absent("harlow water", "Filed by HARLOW WATER.", ignore_case=True)
    assert absent("harlow water", "Filed by Harlow Wharf.", ignore_case=True)
    # characters re folds into ASCII letters: no answer but "compile and see"
    for odd in ("\u0130", "\u0131", "\u017f", "\u212a"):
        assert not absent("kiss", f"{odd} x", ignore_case=True)
    assert re.search("kiss", "\u212aiss", re.I) and not absent("kiss", "\u212aiss", True)
    assert not absent("Çelik", "celik", ignore_case=True)  # not ASCII: compile and see


def test_opened_written_at_finds_what_finditer_finds():
    """A name opening the sentence (after a quote) or after a mark and spaces: _role_holder's
    ", X" and _place_possessive's ". X's"."""
    rng = random.Random(351)
    tails = [re.compile(r"(?:['’]s)?((?:\s+[a-z][\w-]*){1,3})\s+([A-Z]\w*)(?=\s*,|\s+[a-z])"),
             re.compile(r"['’]s\s+((?:[A-Za-z]+\s+){0,1}[A-Za-z]+)\s+(?:has|said)\b"),
             re.compile(""), re.compile(r"a*"), re.compile(r"\s+(\w)")]
    pieces = ["A", "a", "b", " ", ", ", ".", '"', "“", "’s", "has", "said", " x", "Q", "\t"]
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        literal = "".join(rng.choice(["A", "a", "Ab", "Q", " ", ".", ",", '"'])
                          for _ in range(rng.randint(0, 2)))
        marks, quotes, tail = rng.choice([",", ".;:"]), rng.choice(["", '"“']), rng.choice(tails)
        opening = f"^[{re.escape(quotes)}]?" if quotes else "^"
        pattern = rf"(?:{opening}|[{re.escape(marks)}]\s+){re.escape(literal)}{tail.pattern}"
        assert [(m.end(), m.groups()) for m in opened_written_at(literal, text, marks, tail,
                                                                 quotes)] == [
            (m.end(), m.groups()) for m in re.finditer(pattern, text)]
