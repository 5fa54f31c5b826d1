"""Three corpus bugs from real pages: a nun's "Sr." ending a sentence, editorial notes
presented as sentences, and English date lines kept out but not read as the date."""

from __future__ import annotations

import pytest

from annotator.corpus.analyse import analyse
from annotator.corpus.ingest import ingest_paths
from annotator.corpus.metadata import parse_long_date
from annotator.corpus.rules import load_rules
from annotator.corpus.segment import segment
from annotator.db.connection import open_db

RULES = load_rules()


def sentences(text: str, language: str) -> list[str]:
    return [text[s:e] for s, e in segment(text, RULES, language)]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("The nun, Sr. Maria Goretti, said the school was safe. She left.", "en",
         ["The nun, Sr. Maria Goretti, said the school was safe.", "She left."]),
        ("Sr. Maria Goretti said the school was safe. She left.", "en",
         ["Sr. Maria Goretti said the school was safe.", "She left."]),
        ("Kepala sekolah, Sr. Fransiska Nona, mengatakan sekolah aman. Ia pergi.", "id",
         ["Kepala sekolah, Sr. Fransiska Nona, mengatakan sekolah aman.", "Ia pergi."]),
        ("Menurut Sr. Laurentina, korban sudah dipulangkan.", "id",
         ["Menurut Sr. Laurentina, korban sudah dipulangkan."]),
        ("Ia ditemani Sr. Maria. Mereka berangkat.", "id",
         ["Ia ditemani Sr. Maria.", "Mereka berangkat."]),
        # after a name, Sr. is Senior, and a capital after it starts a sentence
        ("The firm was founded by John Smith Sr. The firm grew.", "en",
         ["The firm was founded by John Smith Sr.", "The firm grew."]),
        ("It was Martin Luther King Sr. He preached.", "en",
         ["It was Martin Luther King Sr.", "He preached."]),
    ],
)
def test_sister_before_a_name_does_not_end_the_sentence(text, language, expected):
    assert sentences(text, language) == expected


def units(raw: str, language: str) -> list[tuple[str, str | None]]:
    return [(u.text, u.excluded) for u in analyse(raw, RULES, language=language).units]


@pytest.mark.parametrize(
    ("note", "language"),
    [
        ("This article was amended on 1 December 2026 to correct a name.", "en"),
        ("This story has been updated with comment from the ministry.", "en"),
        ("An earlier version of this article misnamed the school.", "en"),
        ("Artikel ini telah diperbarui pada 1 Desember 2026 pukul 10.00 WIB.", "id"),
        ("Berita ini telah mengalami perubahan judul.", "id"),
    ],
)
def test_editorial_notes_are_kept_out_on_their_line_and_inside_a_paragraph(note, language):
    body = ("The ministry said the school was safe. Officials gave no details."
            if language == "en" else
            "Kementerian mengatakan sekolah itu aman. Pejabat tidak memberi rincian.")
    on_its_line = units(f"Headline here\n\n{body}\n\n{note}\n", language)
    assert (note, "editorial-note") in on_its_line
    glued = units(f"Headline here\n\n{body} {note}\n", language)
    assert (note, "editorial-note") in glued
    presented = [text for text, reason in glued if reason is None]
    assert presented == sentences(body, language)


def test_a_sentence_reporting_an_update_is_not_a_note():
    text = "The minister said the law has been updated twice this year."
    assert units(f"Headline here\n\n{text}\n", "en")[-1] == (text, None)


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Published 9:12 AM GMT, November 30, 2026", "2026-11-30T09:12:00+00:00"),
        ("Updated Nov. 30, 2026", "2026-11-30"),
        ("30 November 2026", "2026-11-30"),
        ("November 30, 2026 9:12 PM EST", "2026-11-30T21:12:00-05:00"),
        ("Updated 10:05 PM GMT+7, December 1, 2026", "2026-12-01T22:05:00+07:00"),
        ("Sun 30 Nov 2026 09.12 GMT", "2026-11-30T09:12:00+00:00"),
        ("Last updated: Monday, November 30, 2026 at 12:30 a.m. ET", "2026-11-30T00:30:00"),
        ("Jumat, 27 Oktober 2023 / 07:37 WIB", "2023-10-27T07:37:00+07:00"),
        ("Senin, 30 Nov 2026 10:00 WIB", "2026-11-30T10:00:00+07:00"),
    ],
)
def test_english_and_indonesian_date_lines_are_read(line, iso):
    assert parse_long_date(line) == iso


@pytest.mark.parametrize(
    ("lines", "published"),
    [
        (["Published 9:12 AM GMT, November 30, 2026"], "2026-11-30T09:12:00+00:00"),
        (["Updated Nov. 30, 2026"], "2026-11-30"),
        (["30 November 2026"], "2026-11-30"),
        # the publication date, not the later update, whichever comes first
        (["Updated 10:05 PM GMT+7, December 1, 2026", "Published 9:12 AM GMT, November 30, 2026"],
         "2026-11-30T09:12:00+00:00"),
        (["Diperbarui 1 Desember 2026, 10:05 WIB", "Jumat, 27 November 2026 / 07:37 WIB"],
         "2026-11-27T07:37:00+07:00"),
    ],
)
def test_a_date_line_is_kept_out_and_becomes_the_publication_date(tmp_path, lines, published):
    page = tmp_path / "page.txt"
    page.write_text("Russia denies the report\n\n" + "\n\n".join(lines)
                    + "\n\nMOSCOW - The Kremlin said on Monday that the report was false.\n",
                    encoding="utf-8")
    db = open_db(tmp_path / "a.db")
    ingest_paths(db, [page])
    assert db.execute("SELECT published FROM documents").fetchone()[0] == published
    kept_out = db.execute("SELECT text FROM sentences WHERE excluded = 'publication-date' "
                          "ORDER BY unit_index").fetchall()
    assert [row[0] for row in kept_out] == lines
