"""Less CPU in ingestion, the same rows (forty-eighth round): the progress rows stored with
their ordinal while the triggers that fill it in are dropped, the anchored chrome rules
whose first characters are too many to list tried only on lines whose first two characters
they allow, the wide-space reading of a paragraph made only when sentencex panics, and the
later paragraphs' dateline forms worked out once per rules."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from support.chrome import every_rule

import annotator.corpus.ingest as ingest
import annotator.corpus.segment as segment
from annotator.corpus.analyse import analyse
from annotator.corpus.ingest import ORDINAL_TRIGGERS, ingest_paths
from annotator.corpus.rules import load_rules, parse_rules
from annotator.db.connection import open_db

RULES = load_rules()


def _corpus(tmp_path: Path, name: str, count: int, start: int = 0) -> Path:
    corpus = tmp_path / name
    rows = [{"id": f"d{n}", "text": f"Judul Berita Nomor {n}\n\nWarga desa {n} mengeluhkan "
             f"jalan rusak sejak dua tahun lalu. Dinas berjanji memperbaikinya bulan {n}.\n"}
            for n in range(start, start + count)]
    corpus.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return corpus


def _dangling(db, doc_id: str) -> None:
    """A progress row for a document not stored (as a document deleted by hand leaves)."""
    db.execute("INSERT INTO progress_documents (doc_id, sentences, ordinal) VALUES (?, 7, 99)",
               [doc_id])


def _progress(path: Path) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT * FROM progress_documents ORDER BY doc_id").fetchall()
    finally:
        conn.close()


def _triggers(path: Path) -> dict[str, str]:
    conn = sqlite3.connect(path)
    try:
        return dict(conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"))
    finally:
        conn.close()


def _ingest_twice(tmp_path: Path, name: str, keep_triggers: bool, monkeypatch) -> Path:
    """Ten documents, a dangling progress row for one of the next five, then all fifteen."""
    if keep_triggers:
        monkeypatch.setattr(ingest._ProgressOrdinals, "__enter__", lambda self: self)
    path = tmp_path / f"{name}.db"
    db = open_db(path)
    first = _corpus(tmp_path, f"{name}-a.jsonl", 10)
    ingest_paths(db, [first])
    second = _corpus(tmp_path, f"{name}-b.jsonl", 15)
    raw = json.loads(second.read_text().splitlines()[12])["text"]
    _dangling(db, ingest.document_id(raw))
    ingest_paths(db, [second])
    db.close()
    monkeypatch.undo()
    return path


def test_progress_rows_are_those_the_ordinal_triggers_make(tmp_path: Path, monkeypatch):
    with_triggers = _ingest_twice(tmp_path, "triggers", True, monkeypatch)
    inline = _ingest_twice(tmp_path, "inline", False, monkeypatch)
    rows = _progress(inline)
    assert rows == _progress(with_triggers)
    assert len(rows) == 15 and all(row[-1] is not None for row in rows)
    # the dangling row took the new document's ordinal and its count, as the triggers do
    ordinals = sorted(row[-1] for row in rows)
    assert ordinals == list(range(15))
    assert _triggers(inline) == _triggers(with_triggers)


def test_the_ordinal_triggers_are_dropped_while_storing_and_back_after(tmp_path: Path):
    path = tmp_path / "t.db"
    db = open_db(path)
    before = _triggers(path)
    assert set(ORDINAL_TRIGGERS) <= set(before)
    seen: list[set[str]] = []
    stored = ingest._Run._store

    def store(run, *args):
        seen.append({name for (name,) in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall()})
        assert run.ordinals_given
        return stored(run, *args)

    ingest._Run._store = store
    try:
        ingest_paths(db, [_corpus(tmp_path, "c.jsonl", 3)])
    finally:
        ingest._Run._store = stored
    db.close()
    assert seen and all(not set(ORDINAL_TRIGGERS) & names for names in seen)
    assert _triggers(path) == before


def test_a_failed_ingest_keeps_the_ordinal_triggers(tmp_path: Path):
    path = tmp_path / "t.db"
    db = open_db(path)
    before = _triggers(path)
    bad = tmp_path / "bad.jsonl"
    good = json.dumps({"text": "Warga desa mengeluhkan jalan rusak sejak dua tahun lalu."})
    bad.write_text(good + "\n{not json\n", encoding="utf-8")
    with pytest.raises(Exception, match="JSON"):
        ingest_paths(db, [bad])
    db.close()
    assert _triggers(path) == before
    assert _progress(path) == []


def test_without_both_triggers_the_progress_rows_go_as_before(tmp_path: Path):
    path = tmp_path / "t.db"
    db = open_db(path)
    db.execute(f"DROP TRIGGER {ORDINAL_TRIGGERS[0]}")
    with ingest._ProgressOrdinals(db) as ordinals:
        assert not ordinals.given
    assert ORDINAL_TRIGGERS[1] in _triggers(path)
    db.close()


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


# --- the near-duplicate keys' JSON text ---

def test_keys_filed_from_a_lists_text_are_the_same_integers():
    import numpy as np

    from annotator.corpus import key_batches

    values = [0, 1, 7, (1 << 30) - 1, ((1 << 33) - 1) << 30 | ((1 << 30) - 1)]
    conn = sqlite3.connect(":memory:")
    for given in (values, np.array(values, dtype=np.uint64)):
        texts = list(key_batches.json_slices(given, 2))
        assert [json.loads(text) for text in texts] == [values[:2], values[2:4], values[4:]]
        stored = [row for text in texts for row in conn.execute(
            "SELECT value, typeof(value) FROM json_each(?)", [text])]
        assert stored == [(v, "integer") for v in values]
