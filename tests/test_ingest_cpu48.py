"""Less CPU in the analysis workers, the same units (forty-eighth round): the anchored
chrome rules whose first characters are too many to list tried only on lines whose first
two characters they allow, the wide-space reading of a paragraph made only when sentencex
panics, and the later paragraphs' dateline forms worked out once per rules."""

from __future__ import annotations

import pytest
from support.chrome import every_rule

import annotator.corpus.segment as segment
from annotator.corpus.analyse import analyse
from annotator.corpus.rules import load_rules, parse_rules

RULES = load_rules()


# --- the chrome rules' index ---

def _tests_of(pattern_start: str):
    by_first = RULES.by_first
    by_first.get_ends("Wa", ".")  # the tests are made with the first list
    return [by_first.tests[entry] for entry in by_first.entries
            if entry[0].__self__.pattern.startswith(pattern_start)]


@pytest.mark.parametrize("start", [r"^[-–—]?\s*With", r"^(\d{1,2}\s*[- ]?\s*(minutes?",
                                   r"^[•·▲▼]?\s*[A-Z]"])
def test_an_anchored_rule_with_many_first_characters_has_a_first_two_test(start):
    (tests,) = _tests_of(start)
    two, _ = tests
    assert two is not None and not two.match("Pe")
    line = "Pemerintah desa mengeluhkan jalan rusak sejak dua tahun lalu."
    assert all(not entry[0].__self__.pattern.startswith(start)
               for entry in RULES.by_first.get_ends(line[:2], line[-1:]))


def test_a_rule_not_anchored_has_no_first_two_test():
    for entry, start in zip(RULES.by_first.entries, RULES.by_first.starts, strict=True):
        if not entry[0].__self__.pattern.startswith("^"):
            assert start is None
            assert RULES.by_first.tests[entry][0] is None, entry[0].__self__.pattern
    line = "Warga berkumpul di alun-alun (ANTARA FOTO/Budi Santoso)."
    assert RULES.first_rule(line) == every_rule(line)


@pytest.mark.parametrize("line", [
    "With files from Reuters and The Associated Press",
    "- With reporting from Sarah Chen",
    "5 min read",
    "Estimated reading time: 4 minutes",
    "BBRI 4.350 +50 +1,16%",
    "• TLKM 3.120 -20",
])
def test_lines_those_rules_name_keep_their_reason(line):
    assert RULES.first_rule(line) == every_rule(line)
    assert every_rule(line) is not None


# --- segmentation: the wide-space reading only after a panic ---

class _Counted(dict):
    """A translation table that counts the characters looked up in it."""

    looked = 0

    def __getitem__(self, key):
        type(self).looked += 1
        return super().__getitem__(key)


def test_a_paragraph_sentencex_reads_is_not_translated(monkeypatch):
    table = _Counted(segment._AS_SPACES)
    monkeypatch.setattr(segment, "_AS_SPACES", table)
    text = "Dia membantah\xa0itu kemarin. Lalu\u2009pergi ke Jakarta! Warga diam."
    found = segment._sentencex_read("id", text)
    assert found is not None and found[0] == text
    assert _Counted.looked == 0
    spans = segment.segment(text, RULES, "id")
    assert [text[s:e] for s, e in spans] == [
        "Dia membantah\xa0itu kemarin.", "Lalu\u2009pergi ke Jakarta!", "Warga diam."]
    assert _Counted.looked == 0


class PanicException(BaseException):
    """Named as pyo3's: what sentencex raises when its Rust code panics."""


def test_after_a_panic_the_wide_spaces_are_read_as_spaces(monkeypatch):
    given: list[str] = []

    def panics_once(language, read):
        given.append(read)
        if len(given) == 1:
            raise PanicException("byte index 2 is not a char boundary")
        return ["Dia membantah itu. ", "Lalu pergi."]

    monkeypatch.setattr(segment, "_sentencex", panics_once)
    text = "Dia membantah\xa0itu. Lalu\u2009pergi."
    assert segment._sentencex_read("id", text) == (
        "Dia membantah itu. Lalu pergi.", ["Dia membantah itu. ", "Lalu pergi."])
    assert given == [text, "Dia membantah itu. Lalu pergi."]


# --- datelines of later paragraphs ---

def test_later_dateline_forms_are_every_form_but_the_lead_only_ones_in_file_order():
    assert RULES.later_datelines == tuple(
        p for p in RULES.datelines if p not in RULES.lead_only_datelines)
    assert RULES.lead_only_datelines and len(RULES.later_datelines) < len(RULES.datelines)
    made = parse_rules({"datelines": [r"^(?P<city>[A-Z]+) - ",
                                      {"pattern": r"^(?P<city>\w+) – ", "lead_only": True},
                                      r"^(?P<city>[A-Z]+), \w+ — "]})
    assert [p.pattern for p in made.later_datelines] == [r"^(?P<city>[A-Z]+) - ",
                                                        r"^(?P<city>[A-Z]+), \w+ — "]


def test_a_later_paragraph_takes_its_dateline_off():
    page = ("Banjir Rendam Kota\n\nJAKARTA - Hujan deras merendam ratusan rumah warga.\n\n"
            "BANDUNG - Di tempat lain, sungai meluap sejak pagi.\n")
    units = [(u.excluded, u.text) for u in analyse(page, RULES, language="id").units]
    assert ("dateline", "BANDUNG -") in units
    assert (None, "Di tempat lain, sungai meluap sejak pagi.") in units
