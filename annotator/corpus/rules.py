"""The cleaning rules as data (data/chrome_rules.json), compiled once.

Analysts extend the rules for another outlet by editing the file; each rule's name is
what gets recorded as the reason a line was excluded.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from annotator.errors import InputError
from annotator.paths import DATA_DIR

RULES_PATH = DATA_DIR / "chrome_rules.json"


@dataclass(frozen=True)
class LineRule:
    name: str
    pattern: re.Pattern


@dataclass(frozen=True)
class Section:
    name: str
    heading: re.Pattern
    item: re.Pattern | None
    items_without_final_punctuation: bool


@dataclass(frozen=True)
class Rules:
    line_rules: list[LineRule]
    sections: list[Section]
    split_rules: list[LineRule]
    caption_name: str | None
    caption_after: frozenset[str]
    datelines: list[re.Pattern]
    wire: list[re.Pattern]
    outlets: dict[str, str]  # alias (casefolded) -> outlet name
    titles: frozenset[str]
    inline_abbreviations: frozenset[str]
    source: Path = field(default=RULES_PATH)

    def outlet_for(self, text: str | None) -> str | None:
        if not text:
            return None
        return self.outlets.get(text.strip().casefold())


def _compile(path: Path, pattern: str, ignore_case: bool = False) -> re.Pattern:
    try:
        return re.compile(pattern, re.IGNORECASE if ignore_case else 0)
    except re.error as exc:
        raise InputError(path, f"bad pattern {pattern!r}: {exc}") from exc


def parse_rules(data: dict, path: Path = RULES_PATH) -> Rules:
    """Compile a rules mapping (the JSON file's content)."""
    try:
        line_rules = [
            LineRule(r["name"], _compile(path, r["pattern"], r.get("ignore_case", False)))
            for r in data.get("line_rules", [])
        ]
        sections = [
            Section(
                s["name"],
                _compile(path, s["heading"], s.get("ignore_case", False)),
                _compile(path, s["item"]) if s.get("item") else None,
                bool(s.get("items_without_final_punctuation", False)),
            )
            for s in data.get("sections", [])
        ]
        split_rules = [
            LineRule(r["name"], _compile(path, r["pattern"], r.get("ignore_case", False)))
            for r in data.get("split_rules", [])
        ]
        for rule in split_rules:
            if "chrome" not in rule.pattern.groupindex:
                raise InputError(path, f"split rule {rule.name!r} needs a (?P<chrome>...) group")
        caption = data.get("caption_before") or {}
        outlets: dict[str, str] = {}
        for outlet in data.get("outlets", []):
            outlets[outlet["name"].casefold()] = outlet["name"]
            for alias in outlet.get("aliases", []):
                outlets[alias.casefold()] = outlet["name"]
        seg = data.get("segmentation", {})
        return Rules(
            line_rules=line_rules,
            sections=sections,
            split_rules=split_rules,
            caption_name=caption.get("name"),
            caption_after=frozenset(caption.get("after_rules", [])),
            datelines=[_compile(path, p) for p in data.get("datelines", [])],
            wire=[_compile(path, p) for p in data.get("wire", [])],
            outlets=outlets,
            titles=frozenset(a.rstrip(".") for a in seg.get("titles", [])),
            inline_abbreviations=frozenset(a.rstrip(".").casefold() for a in seg.get("inline", [])),
            source=path,
        )
    except (KeyError, TypeError) as exc:
        raise InputError(path, f"malformed cleaning rules ({exc!r})") from exc


def load_rules(path: str | Path | None = None) -> Rules:
    """The rules from a JSON file (default data/chrome_rules.json)."""
    return _load(str(Path(path) if path else RULES_PATH))


@lru_cache(maxsize=8)
def _load(path: str) -> Rules:
    p = Path(path)
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(p, f"cannot read cleaning rules ({exc})") from exc
    return parse_rules(data, p)
