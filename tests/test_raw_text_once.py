"""The raw text is stored once (migration 0015): the sentences hold their spans of it and
``documents.gaps`` the rest, and the raw text comes back byte for byte, whatever its
whitespace, line ends, chrome or script; ids and offsets are what they were."""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.corpus.ingest import document_id, ingest_paths
from annotator.corpus.readers import has_words
from annotator.corpus.rules import load_rules
from annotator.db.connection import open_db
from annotator.db.document_text import compact_gaps, gaps_of, raw_text, rebuild

RULES = load_rules()
ODD_SPACE = " \t\r\n\x0b\x0c\x1c\x1d\x1e\x1f\x85\u00a0\u1680\u2000\u2009\u200b\u2028\u2029" \
            "\u202f\u3000\ufeff"
WORDS = st.text(alphabet=st.characters(codec="utf-8", exclude_characters="\x00"),
                min_size=1, max_size=40)
SENTENCE = st.builds(
    lambda words, end: words + end, WORDS,
    st.sampled_from([".", "!", "?", ".\"", "…", "", ".”", " ", "\u3002"]))
CHROME = st.sampled_from([
    "Baca juga: Putin tiba di Pyongyang", "Foto: AFP/Kirill Kudryavtsev", "Advertisement",
    "(rh/dp)", "MOSKOW - Kremlin membantah laporan itu.", "Reporting by Jane Doe; Editing by Bob",
    "KYIV, July 24 (Reuters) - Ukraine said so.", "Related: Kremlin denies", "Copyright 2024",
    "Penulis: Budi", "Putin bertemu Kim. Mereka membahas kerja sama.",
    "Президент заявил об этом. 他说这是假的。 قال ذلك.", "Tn. Kim tidak hadir. U.S. officials",
])
SPACE = st.text(alphabet=ODD_SPACE, min_size=1, max_size=6)
LINE_END = st.sampled_from(["\n", "\r\n", "\r", "\n\n", "\r\n\r\n", "\n \n", "\n\t\n"])
PIECE = st.one_of(SENTENCE, CHROME, SPACE, LINE_END, WORDS)
DOCUMENT = st.lists(PIECE, min_size=1, max_size=14).map("".join).filter(
    lambda text: bool(text.strip()) and has_words(text))


@st.composite
def spans(draw):
    text = draw(st.text(max_size=60))
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=10)))
    pairs = list(zip(cuts[::2], cuts[1::2], strict=False))
    return text, [(start, end, text[start:end]) for start, end in pairs]


@given(spans())
@settings(max_examples=300)
def test_the_gaps_and_the_units_give_the_text_back(case):
    text, units = case
    gaps = compact_gaps(text, units)
    assert gaps is not None
    assert rebuild(gaps, units) == text
    assert len(gaps) + sum(len(u[2]) for u in units) == len(text)


def test_units_that_do_not_tile_the_text_keep_it_whole():
    assert gaps_of("abc", [(1, 2), (0, 1)]) is None  # out of order
    assert gaps_of("abc", [(0, 2), (1, 3)]) is None  # overlapping
    assert gaps_of("abc", [(2, 4)]) is None  # past the end
    assert gaps_of("abc", [(None, None)]) is None  # no offsets
    assert compact_gaps("abc", [(0, 1, "x")]) is None  # a text that is not its span


def _check_stored(db, texts: list[str]) -> None:
    for text in texts:
        doc_id = document_id(text)
        raw, gaps = db.execute("SELECT raw, gaps FROM documents WHERE id = ?",
                               [doc_id]).fetchone()
        assert raw is None and gaps is not None  # held once
        back = raw_text(db, doc_id)
        assert back.encode("utf-8") == text.encode("utf-8")
        assert document_id(back) == doc_id
        for start, end, unit in db.execute(
                "SELECT char_start, char_end, text FROM sentences WHERE doc_id = ?", [doc_id]):
            assert back[start:end] == unit


@given(texts=st.lists(DOCUMENT, min_size=1, max_size=4, unique=True))
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_any_text_comes_back_byte_for_byte_and_ids_are_idempotent(empty_template, texts):
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        path = folder / "a.db"
        shutil.copyfile(empty_template, path)
        corpus = folder / "corpus.jsonl"
        corpus.write_text("".join(json.dumps({"text": t}) + "\n" for t in texts),
                          encoding="utf-8")
        page = folder / "page.txt"  # a file's bytes as they are: CR, CRLF, odd spaces
        page.write_bytes(texts[0].lstrip("\ufeff").encode("utf-8"))
        db = open_db(path)
        try:
            ingest_paths(db, [corpus, page], rules=RULES)
            stored = set(texts) | {texts[0].lstrip("\ufeff")}
            _check_stored(db, sorted(stored))
            units = db.execute("SELECT id, doc_id, unit_index, position, char_start, "
                               "char_end, text FROM sentences ORDER BY rowid").fetchall()
            report = ingest_paths(db, [page, corpus], rules=RULES)  # again: nothing new
            assert report.documents_added == 0
            assert db.execute("SELECT id, doc_id, unit_index, position, char_start, char_end, "
                              "text FROM sentences ORDER BY rowid").fetchall() == units
        finally:
            db.close()


def test_a_file_with_crlf_and_chrome_is_rebuilt_from_little(db, tmp_path, seeds_dir):
    for seed in sorted(seeds_dir.glob("*.txt")):
        page = tmp_path / seed.name
        page.write_bytes(seed.read_bytes().replace(b"\n", b"\r\n"))
    ingest_paths(db, [tmp_path])
    for page in sorted(tmp_path.glob("*.txt")):
        text = page.read_bytes().decode("utf-8")
        doc_id = document_id(text)
        assert raw_text(db, doc_id).encode("utf-8") == page.read_bytes()
        gaps = db.execute("SELECT gaps FROM documents WHERE id = ?", [doc_id]).fetchone()[0]
        assert set(gaps) <= set(" \r\n\t\u00a0")  # only what lies between the units
    assert raw_text(db, "0" * 16) is None


def test_what_the_tool_cannot_rebuild_is_kept_whole(db):
    """A document written without offsets (as an older fixture or tool may) keeps its raw
    text whole and gets it back."""
    db.execute("INSERT INTO documents (id, ordinal, raw) VALUES ('d1', 0, 'A. B.')")
    db.execute("INSERT INTO sentences (id, doc_id, unit_index, position, text) "
               "VALUES ('s1', 'd1', 0, 0, 'A.')")
    assert raw_text(db, "d1") == "A. B."


def test_the_file_holds_the_text_once(db, seeds_dir):
    ingest_paths(db, [seeds_dir])
    raw = sum(len(p.read_text(encoding="utf-8").encode()) for p in seeds_dir.glob("*.txt"))
    stored = db.execute("SELECT coalesce(sum(length(CAST(raw AS BLOB))), 0) + "
                        "sum(length(CAST(gaps AS BLOB))) FROM documents").fetchone()[0]
    assert stored < raw / 20  # the gaps are a few line ends and spaces
