"""The cleaning rules as data (data/chrome_rules.json), compiled once.

Analysts extend the rules for another outlet by editing the file; each rule's name is
what gets recorded as the reason a line was excluded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from annotator.base import strict_json
from annotator.base.errors import InputError
from annotator.base.resources import data_file
from annotator.base.small_file import read_small_file
from annotator.corpus.regex_start import PREFIX, first_chars, first_two, last_one

RULES_PATH = data_file("chrome_rules.json")


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
    own_caption: re.Pattern | None  # a credit line carrying its own caption
    datelines: list[re.Pattern]
    wire: list[re.Pattern]
    outlets: dict[str, str]  # alias (casefolded) -> outlet name
    titles: frozenset[str]
    inline_abbreviations: frozenset[str]
    ranks: frozenset[str] = frozenset()
    after_names: frozenset[str] = frozenset()
    # a title before a name, after_names after one (Sr. Maria / John Smith Sr.)
    titles_or_after_names: frozenset[str] = frozenset()
    openers: frozenset[str] = frozenset()  # casefolded
    # chrome inside a body paragraph, matched against each sentence it is cut into
    sentence_rules: tuple[LineRule, ...] = ()
    sentence_gate: re.Pattern | None = None  # the sentence rules joined, when all are anchored
    # line rules also tried on a paragraph's tail, from a sentence's start to the line's end:
    # chrome glued after the last sentence ('... on Friday. Got a story? Email news@...')
    tail_rules: tuple[LineRule, ...] = ()
    tail_gate: re.Pattern | None = None  # the tail rules joined, when all are anchored
    # words that make a masthead an outlet's name ('Echo', 'Gazette', 'Kabar'), casefolded
    outlet_words: frozenset[str] = frozenset()
    # countries, states and provinces: a dateline's second name that is no outlet, casefolded
    regions: frozenset[str] = frozenset()
    # the dateline forms looked for only in the body's first paragraphs (a city alone before
    # the dash, 'Jakarta - '), or later where the page's own first dateline has that form
    lead_only_datelines: frozenset[re.Pattern] = frozenset()
    # the forms a later paragraph's dateline may have: every form but the lead-only ones, in
    # file order (worked out once, not per document: hashing a compiled pattern hashes its
    # whole program, a tenth of the workers' chrome work at 1M sentences)
    later_datelines: tuple[re.Pattern, ...] = field(init=False, repr=False, compare=False)
    # every dateline pattern in one, its groups unnamed: a fast "no" before trying each
    dateline_gate: re.Pattern | None = None
    # an English date in numbers read month first on the page's evidence (metadata.py)
    month_first_places: frozenset[str] = frozenset()  # casefolded, abbreviations' stops kept
    month_first_zones: frozenset[str] = frozenset()
    day_first_zones: frozenset[str] = frozenset()
    source: Path = field(default=RULES_PATH)
    # the headings and line rules a line can match, by its first character (see _ByFirst)
    by_first: _ByFirst | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "later_datelines", tuple(
            p for p in self.datelines if p not in self.lead_only_datelines))

    def first_rule(self, text: str) -> tuple[str, Section | None] | None:
        """The first heading or line rule matching a line: (name, section or None)."""
        if self.by_first is not None:
            candidates = self.by_first.get_ends(text[:PREFIX], text[-1:])
        else:
            candidates = [(s.heading.search, s.name, s) for s in self.sections] + [
                (r.pattern.search, r.name, None) for r in self.line_rules]
        for search, name, section in candidates:
            if search(text):
                return name, section
        return None

    def outlet_for(self, text: str | None) -> str | None:
        if not text:
            return None
        return self.outlets.get(text.strip().casefold())

    def sentence_rule(self, text: str) -> str | None:
        """The name of the first sentence rule matching a sentence of a body paragraph."""
        if self.sentence_gate is not None and not self.sentence_gate.match(text):
            return None
        for rule in self.sentence_rules:
            if rule.pattern.search(text):
                return rule.name
        return None

    def tail_rule(self, text: str) -> str | None:
        """The name of the first tail rule matching the rest of a paragraph, whole."""
        if self.tail_gate is not None and not self.tail_gate.match(text):
            return None
        for rule in self.tail_rules:
            if rule.pattern.search(text):
                return rule.name
        return None


def _compile(path: Path, pattern: str, ignore_case: bool = False) -> re.Pattern:
    try:
        return re.compile(pattern, re.IGNORECASE if ignore_case else 0)
    except re.error as exc:
        raise InputError(path, f"bad pattern {pattern!r}: {exc}") from exc


def _top_level_alternatives(pattern: str) -> list[str]:
    parts, depth, current, i = [], 0, [], 0
    in_class = False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            current.append(pattern[i : i + 2])
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append("".join(current))
            current = []
            i += 1
            continue
        current.append(ch)
        i += 1
    parts.append("".join(current))
    return parts


def _prefilter(patterns: list[re.Pattern]) -> dict:
    """The anchored patterns joined into one (a fast "no" for the sentence rules)."""
    anchored = []
    for p in patterns:
        flags = "i" if p.flags & re.IGNORECASE else ""
        anchored.append(f"(?{flags}:{p.pattern})" if flags else f"(?:{p.pattern})")
    try:
        return {"anchored": re.compile("|".join(anchored)) if anchored else None}
    except re.error:  # e.g. two rules using the same group name: no prefilter
        return {}


def _anchored(pattern: re.Pattern) -> bool:
    return all(part.startswith("^") for part in _top_level_alternatives(pattern.pattern))


class _ByFirst:
    """The headings and line rules, in the order they are tried (headings first, then line
    rules, each in file order), that a line with given ends can match: with some forty
    rules anchored at the line start, trying each on every body line cost more than the
    rest of the line's analysis. The lists are chosen by a line's first character
    (regex_start.first_chars), then narrowed by its first two and its last
    (regex_start.first_two, last_one: a body paragraph is tried against one or two rules
    instead of some fifteen). A rule whose ends regex_start cannot tell is tried on every
    line. Each list is made when a line first has its ends, from the patterns compiled
    once (joining them into one pattern per character cost 0.1 s of compiling in every
    process, the analysis workers' included, and matched no faster)."""

    MAX_ENDS = 20_000  # lists kept by a line's ends (then they are made again)

    def __init__(self, entries: list[tuple], starts: list[frozenset[str] | None]):
        self.entries = entries  # (search, name, section or None)
        self.starts = starts
        self.lists: dict[str, tuple] = {}
        self.by_ends: dict[tuple[str, str], tuple] = {}
        self.tests: dict | None = None  # entry -> (first_two, last_one), made when needed
        self.same: dict[tuple, tuple] = {}  # one copy of each list

    def get(self, ch: str) -> tuple:
        found = self.lists.get(ch)
        if found is None:
            found = self.lists[ch] = tuple(
                entry for entry, start in zip(self.entries, self.starts, strict=True)
                if start is None or ch in start)
        return found

    def get_ends(self, first: str, last: str) -> tuple:
        """The list for a line whose first PREFIX characters (fewer if it is shorter) are
        ``first`` and whose last is ``last``: the first character's list, less the rules
        that cannot start or end so."""
        key = (first, last)
        found = self.by_ends.get(key)
        if found is None:
            if self.tests is None:
                self.tests = {entry: (_first_two(entry[0].__self__, start),
                                      last_one(entry[0].__self__))
                              for entry, start in zip(self.entries, self.starts, strict=True)}
            if len(self.by_ends) >= self.MAX_ENDS:
                self.by_ends.clear()
                self.same.clear()
            found = tuple(entry for entry in self.get(first[:1])
                          if self._may_match(entry, first, last))
            found = self.by_ends[key] = self.same.setdefault(found, found)
        return found

    def _may_match(self, entry: tuple, first: str, last: str) -> bool:
        two, end = self.tests[entry]
        if two is not None and not two.match(first):
            return False
        # $ also matches before a final line feed: such a line's last character tells nothing
        return end is None or last == "\n" or end.match(last) is not None

    def __reduce__(self):
        # the patterns by value (a bound method does not pickle): a worker rebuilds its lists
        patterns = [entry[0].__self__ for entry in self.entries]
        return _rebuild_by_first, (patterns, [e[1:] for e in self.entries], self.starts)


def _first_two(pattern: re.Pattern, start: frozenset[str] | None) -> re.Pattern | None:
    """A rule's test of a line's first two characters (regex_start.first_two), which holds
    only for a rule anchored at the line start: one with first characters, and one anchored
    whose first characters are too many to list (a digit or space class, an optional
    prefix), whose two-character test still turns most lines away (nine such rules were
    tried on every line, half of the chrome rules' time)."""
    return first_two(pattern) if start is not None or _anchored(pattern) else None


def _rebuild_by_first(patterns, rest, starts) -> _ByFirst:
    return _ByFirst([(p.search, *r) for p, r in zip(patterns, rest, strict=True)], starts)


def _by_first(sections: list[Section], line_rules: list[LineRule]) -> _ByFirst:
    entries = [(s.heading.search, s.name, s) for s in sections] + [
        (r.pattern.search, r.name, None) for r in line_rules]
    starts = [first_chars(e[0].__self__) if _anchored(e[0].__self__) else None for e in entries]
    return _ByFirst(entries, starts)


def _gate(patterns: list[re.Pattern]) -> re.Pattern | None:
    """The patterns joined into one that matches where any of them does (their named groups
    unnamed, since names repeat), or None when they cannot be joined."""
    if not patterns:
        return None
    try:
        return re.compile("|".join(
            "(?:" + re.sub(r"\(\?P<\w+>", "(?:", p.pattern) + ")" for p in patterns))
    except re.error:
        return None


def _pattern_of(entry) -> str:
    """A dateline's pattern: the entry itself, or its "pattern" (an entry that says more,
    e.g. "lead_only")."""
    return entry["pattern"] if isinstance(entry, dict) else entry


def _words(value) -> list[str]:
    """A segmentation list: one list for every language, or one per language (every
    language's words apply to every text: news in one language quotes titles of another)."""
    if value is None:
        return []
    if isinstance(value, dict):
        return [w for lang, words in value.items() if not lang.startswith("_") for w in words]
    return list(value)


def parse_rules(data: dict, path: Path = RULES_PATH) -> Rules:
    """Compile a rules mapping (the JSON file's content)."""
    if not isinstance(data, dict):
        raise InputError(path, "cleaning rules must be a JSON object "
                               '({"line_rules": [...], "sections": [...], ...}), '
                               f"not {type(data).__name__}")
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
        sentence_rules = tuple(
            LineRule(r["name"], _compile(path, r["pattern"], r.get("ignore_case", False)))
            for r in data.get("sentence_rules", [])
        )
        for rule in split_rules:
            if "chrome" not in rule.pattern.groupindex:
                raise InputError(path, f"split rule {rule.name!r} needs a (?P<chrome>...) group")
        tail_names = set(_words((data.get("tail_rules") or {}).get("names")))
        tail_rules = tuple(r for r in line_rules if r.name in tail_names)
        caption = data.get("caption_before") or {}
        outlets: dict[str, str] = {}
        for outlet in data.get("outlets", []):
            outlets[outlet["name"].casefold()] = outlet["name"]
            for alias in outlet.get("aliases", []):
                outlets[alias.casefold()] = outlet["name"]
        seg = data.get("segmentation", {})
        datelines = [(_compile(path, _pattern_of(p)), isinstance(p, dict) and bool(
            p.get("lead_only"))) for p in data.get("datelines", [])]
        return Rules(
            line_rules=line_rules,
            sections=sections,
            split_rules=split_rules,
            caption_name=caption.get("name"),
            caption_after=frozenset(caption.get("after_rules", [])),
            own_caption=(_compile(path, caption["own_caption"])
                         if caption.get("own_caption") else None),
            datelines=[pattern for pattern, _ in datelines],
            lead_only_datelines=frozenset(pattern for pattern, lead in datelines if lead),
            dateline_gate=_gate([pattern for pattern, _ in datelines]),
            wire=[_compile(path, p) for p in data.get("wire", [])],
            outlets=outlets,
            titles=frozenset(a.rstrip(".") for a in _words(seg.get("titles"))),
            inline_abbreviations=frozenset(a.rstrip(".").casefold()
                                           for a in _words(seg.get("inline"))),
            ranks=frozenset(a.rstrip(".") for a in _words(seg.get("ranks"))),
            after_names=frozenset(a.rstrip(".") for a in _words(seg.get("after_names"))),
            titles_or_after_names=frozenset(
                a.rstrip(".") for a in _words(seg.get("titles_or_after_names"))),
            openers=frozenset(a.casefold() for a in _words(seg.get("openers")) if len(a) > 1),
            sentence_rules=sentence_rules,
            outlet_words=frozenset(w.casefold() for w in _words(
                (data.get("outlet_words") or {}).get("words"))),
            regions=frozenset(w.casefold().rstrip(".") for w in _words(
                (data.get("regions") or {}).get("words"))),
            sentence_gate=_prefilter([r.pattern for r in sentence_rules]).get("anchored")
            if sentence_rules and all(_anchored(r.pattern) for r in sentence_rules)
            else None,
            tail_rules=tail_rules,
            month_first_places=frozenset(w.casefold() for w in _words(
                (data.get("numeric_dates") or {}).get("month_first_places"))),
            month_first_zones=frozenset(_words(
                (data.get("numeric_dates") or {}).get("month_first_zones"))),
            day_first_zones=frozenset(_words(
                (data.get("numeric_dates") or {}).get("day_first_zones"))),
            tail_gate=_prefilter([r.pattern for r in tail_rules]).get("anchored")
            if tail_rules and all(_anchored(r.pattern) for r in tail_rules) else None,
            source=path,
            by_first=_by_first(sections, line_rules),
        )
    except (KeyError, TypeError, AttributeError) as exc:
        raise InputError(path, f"malformed cleaning rules ({exc!r})") from exc


def load_rules(path: str | Path | None = None) -> Rules:
    """The rules from a JSON file (default data/chrome_rules.json)."""
    return _load(str(Path(path) if path else RULES_PATH))


@lru_cache(maxsize=8)
def _load(path: str) -> Rules:
    p = Path(path)
    try:
        data = strict_json.loads(read_small_file(p, "rules file").decode("utf-8"))
    except (OSError, ValueError, RecursionError) as exc:
        raise InputError(p, f"cannot read cleaning rules ({exc})") from exc
    return parse_rules(data, p)
