"""The chrome rules tried one by one, and the real lines they are tried on: what the chrome
index tests compare the indexed lookup with."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

from annotator.base.resources import SEEDS_DIR
from annotator.cli import main
from annotator.corpus.analyse import analyse
from annotator.corpus.rules import load_rules

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
    from click.testing import CliRunner

    runner = CliRunner()
    result = runner.invoke(main, ["ingest", "--db", str(db), str(path)])
    assert result.exit_code == 0, result.output
    figures = json.loads(runner.invoke(main, ["stats", "--db", str(db), "--json"]).output)
    return [d["outlet"] for d in figures["documents"]]
