"""Unicode's wide spaces (no-break, thin, ideographic, the line and paragraph separators,
NEL) before a sentence's end: sentencex panicked on them ("byte index is not a char
boundary") and ingestion died with a Rust backtrace. Such a text segments as it does with
an ASCII space there, and its raw text comes back byte for byte; text whose wide spaces sit
elsewhere segments as it did."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from sentencex import segment as sentencex

from annotator.corpus.ingest import document_id
from annotator.corpus.segment import _pieces, _sentencex_pieces
from annotator.db.connection import open_db
from annotator.db.document_text import raw_text

# Rust's char::is_whitespace beyond ASCII: every one panicked in "A{c}. B"
WIDE = ["\x85", "\xa0", "\u1680", *map(chr, range(0x2000, 0x200B)), "\u2028", "\u2029",
        "\u202f", "\u205f", "\u3000"]
ENDINGS = ["Dia membantah{c}. Lalu dia pergi.", "G{c}.\u201d Kata dia.",
           "Is it true{c}? Nobody knows{c}! Then{c}\u2026 silence."]


def _texts(text: str, spans: list[tuple[int, int]]) -> list[str]:
    return [text[start:end] for start, end in spans]


@pytest.mark.parametrize("language", ["id", "en"])
@pytest.mark.parametrize("ending", ENDINGS)
@pytest.mark.parametrize("space", WIDE, ids=[f"U+{ord(c):04X}" for c in WIDE])
def test_a_wide_space_before_an_end_segments_as_an_ascii_space(space, ending, language):
    text = ending.format(c=space)
    spans = _pieces(language, text)
    assert "".join(_texts(text, spans)) == text  # the spans tile the raw text
    ascii_text = ending.format(c=" ")
    assert spans == _pieces(language, ascii_text)  # the same cuts, at the same offsets


@pytest.mark.parametrize("text", [
    "Kata\xa0dia\u2009pagi ini. Lalu\u3000pergi.",
    "- 2 Ayo Terbitkan Perppu untuk Anulir\n-\u202f3 Cegah Pencurian, Polres Jakbar\n",
    "Harga\xa0Rp\xa05.000 naik.\u2028Warga\u2003mengeluh.",
])
def test_wide_spaces_elsewhere_segment_as_they_did(text):
    """Only a run before punctuation is read as spaces: sentencex's own pieces elsewhere."""
    own = list(sentencex("id", text))
    assert _texts(text, _sentencex_pieces("id", text)) == own


def test_the_list_case_would_change_if_every_wide_space_were_read_as_a_space():
    """Why the reading is narrow: a list line opened by a wide space stays joined, as before."""
    text = "- 2 Ayo Terbitkan Perppu untuk Anulir\n-\u202f3 Cegah Pencurian, Polres Jakbar\n"
    assert list(sentencex("id", text.replace("\u202f", " "))) != list(sentencex("id", text))


def test_ingest_of_wide_spaces_before_ends_keeps_the_text(tmp_path: Path):
    """The CLI as a user runs it: exit 0, no panic on stderr, the text back byte for byte."""
    article = ("Kremlin membantah laporan itu\xa0. \u201cItu bohong\u3000!\u201d kata juru "
               "bicara\u2009.\n\nG\x85.\u201d Pejabat itu menolak berkomentar\u202f?\n")
    path = tmp_path / "wide.txt"
    path.write_text(article, encoding="utf-8")
    db_path = tmp_path / "a.db"
    done = subprocess.run(
        [sys.executable, "-m", "annotator", "ingest", str(path), "--db", str(db_path)],
        capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "panicked" not in done.stderr
    db = open_db(db_path)
    doc_id = db.execute("SELECT id FROM documents").fetchone()[0]
    back = raw_text(db, doc_id)
    assert back.encode("utf-8") == path.read_bytes()
    assert document_id(back) == doc_id
    units = [text for (text,) in db.execute(
        "SELECT text FROM sentences WHERE doc_id = ? AND excluded IS NULL ORDER BY position",
        [doc_id])]
    db.close()
    assert units[0].startswith("Kremlin membantah laporan itu\xa0.")
    assert any(unit.startswith("\u201cItu bohong\u3000!\u201d") for unit in units)


class PanicException(BaseException):
    """Named as pyo3's: what sentencex raises when its Rust code panics."""


def test_a_panic_on_another_input_falls_back_and_never_stops_ingest(monkeypatch):
    """A panic the narrow reading does not avoid: every wide space read as a space, then one
    piece that the plain sentence ends still split; an interrupt is never swallowed."""
    import annotator.corpus.segment as segment

    text = "Dia membantah\xa0itu. Lalu\u2009pergi."
    expected = ["Dia membantah\xa0itu. ", "Lalu\u2009pergi."]
    given: list[str] = []

    def panics_on_wide_spaces(language, read):
        given.append(read)
        if any(c in read for c in segment._WIDE_SPACES):
            raise PanicException("byte index 2 is not a char boundary")
        return sentencex(language, read)

    monkeypatch.setattr(segment, "_sentencex", panics_on_wide_spaces)
    assert _texts(text, segment._pieces("id", text)) == expected
    assert given == [text, "Dia membantah itu. Lalu pergi."]

    monkeypatch.setattr(segment, "_sentencex", lambda language, read: (_ for _ in ()).throw(
        PanicException("always")))
    assert _texts(text, segment._pieces("id", text)) == expected

    def interrupted(language, read):
        raise KeyboardInterrupt

    monkeypatch.setattr(segment, "_sentencex", interrupted)
    with pytest.raises(KeyboardInterrupt):
        segment._pieces("id", text)
