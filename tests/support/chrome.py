"""The chrome rules tried one by one, and the real lines they are tried on: what the chrome
index tests compare the indexed lookup with."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from annotator.base.resources import SEEDS_DIR
from annotator.corpus.rules import load_rules

RULES = load_rules()


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
