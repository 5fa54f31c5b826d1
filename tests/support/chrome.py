"""The chrome rules tried one by one, and the real lines they are tried on: what the chrome
index tests compare the indexed lookup with."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

from click.testing import CliRunner

from annotator.base.resources import SEEDS_DIR
from annotator.cli import main
from annotator.corpus.analyse import analyse
from annotator.corpus.rules import load_rules
from annotator.db.connection import open_db
from annotator.db.document_text import raw_text

RULES = load_rules()

# two plain paragraphs a test page puts below the chrome it tries (test_chrome22/23)
EN_BODY = ("The county said the repairs would start in March.\n\n"
           "Residents said they had waited two years for the work.\n")
ID_BODY = ("Warga mengeluhkan jalan rusak sejak dua tahun lalu.\n\n"
           "Dinas setempat berjanji memperbaiki jalan itu bulan depan.\n")


def units(page: str, language: str = "en"):
    """Each unit of a page as the ingest analyses it: (why kept out or None, its text)."""
    return [(u.excluded, u.text) for u in analyse(page, RULES, language=language).units]


def presented(page: str, language: str = "en") -> list[str]:
    """The page's sentences an analyst is shown."""
    return [text for excluded, text in units(page, language) if excluded is None]


def every_rule(text: str):
    """The first heading or line rule matching, tried one by one (no index)."""
    for section in RULES.sections:
        if section.heading.search(text):
            return section.name, section
    for rule in RULES.line_rules:
        if rule.pattern.search(text):
            return rule.name, None
    return None


def news_lines() -> list[str]:
    """Every non-empty line of the seed articles and of the chrome tests' two news pages."""
    path = Path(__file__).resolve().parent.parent / "test_chrome_news_pages.py"
    spec = importlib.util.spec_from_file_location("chrome_news_pages", path)
    pages = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(pages)
    lines = [line.strip() for p in sorted(SEEDS_DIR.glob("*.txt"))
             for line in p.read_text(encoding="utf-8").splitlines()]
    lines += [line.strip() for line in (pages.ID_PAGE + pages.EN_PAGE).splitlines()]
    return [line for line in lines if line]


def outlets_after_ingest(path: Path, db: Path) -> list:
    """The outlet of each document `annotator stats --json` shows after `annotator ingest`
    of ``path`` (a page or a folder) through the real CLI."""
    runner = CliRunner()
    result = runner.invoke(main, ["ingest", "--db", str(db), str(path)])
    assert result.exit_code == 0, result.output
    figures = json.loads(runner.invoke(main, ["stats", "--db", str(db), "--json"]).output)
    return [d["outlet"] for d in figures["documents"]]

def ingest_pages(tmp_path: Path, pages: dict[str, str]) -> dict[str, dict]:
    """Each page (file name -> text) through `annotator ingest` into one database: per file,
    its units in order as (why kept out or None, text), its dateline, outlet and raw text;
    each unit checked to be its stretch of the raw text, each page stored verbatim."""
    folder = tmp_path / "pages"
    folder.mkdir()
    for name, text in pages.items():
        (folder / name).write_text(text, encoding="utf-8")
    db_path = tmp_path / "a.db"
    result = CliRunner().invoke(main, ["ingest", "--db", str(db_path), str(folder)])
    assert result.exit_code == 0, result.output
    out: dict[str, dict] = {}
    db = open_db(db_path)
    try:
        for doc_id, path, dateline, outlet in db.execute(
                "SELECT id, path, dateline, outlet FROM documents").fetchall():
            raw = raw_text(db, doc_id)
            rows = db.execute("SELECT excluded, text, char_start, char_end FROM sentences "
                              "WHERE doc_id = ? ORDER BY char_start", [doc_id]).fetchall()
            for _, text, start, end in rows:  # each unit is its stretch of the raw text
                assert raw[start:end] == text
            out[Path(path).name] = {"units": [(r[0], r[1]) for r in rows],
                                    "dateline": dateline, "outlet": outlet, "raw": raw}
    finally:
        db.close()
    for name, text in pages.items():  # stored verbatim
        assert out[name]["raw"] == text
    return out


def document_column(tmp_path: Path, column: str) -> dict[str, str | None]:
    """One column of every document ``ingest_pages`` stored (file name -> value), such as
    its title or publication date."""
    db = open_db(tmp_path / "a.db")
    try:
        rows = db.execute(f"SELECT path, {column} FROM documents").fetchall()
    finally:
        db.close()
    return {Path(path).name: value for path, value in rows}


def shown_units(doc: dict) -> list[str]:
    """The units of an ingested page an analyst is shown."""
    return [text for excluded, text in doc["units"] if excluded is None]
