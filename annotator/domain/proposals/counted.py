"""The article's own narration of the disputed event: people or things counted, on a day
the story dates ("Eleven children were taken to hospital on Tuesday", "Hingga Jumat, 12
pasien masih dirawat", "The tanker unloaded 40,000 tonnes of diesel on 14 June"). The
guidelines' claim: "what was shipped, seen, counted, found or done, with figures, places or
documents" (data/guidelines.md, "claim").

Read as structure, not topic: a count (a figure that is not a year or a day of a date, or a
number word) and a day the story dates (a weekday, "last week", "kemarin", a day and a
month with no year). Background is told otherwise, and stays context: with a year ("opened
in 1998", "sejak 2015"), as a rate ("a year", "setiap tahun"), as what is to come ("will",
"akan", "next week", a deadline "until"), a meeting, a possibility, or procedure (people
detained, charged or tried). Whether the event bears on the dispute is bearing.py's. The
families are data, ``context12_counted`` in ``data/cues/<language>.json``."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from annotator.domain.proposals import not_the_act, scheduled
from annotator.domain.proposals.lexicon import Lexicon, _phrases, cue_file, find

_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_FIGURE = re.compile(r"\d[\d.,]*")
DAY_OF_MONTH = 31


@dataclass(frozen=True)
class Counted:
    number_words: frozenset[str]
    days: dict[tuple[str, ...], float]
    months: frozenset[str]
    background: dict[tuple[str, ...], float]
    spans: frozenset[str]  # "dalam", "selama" before a day word: a length of time


@lru_cache(maxsize=8)
def counted(language: str) -> Counted:
    raw = cue_file(language).get("context12_counted", {})
    return Counted(frozenset(raw.get("number_words", ())), _phrases(raw.get("days", [])),
                   frozenset(raw.get("months", ())), _phrases(raw.get("background", [])),
                   frozenset(raw.get("spans", ())))


def _dated(fam: Counted, words: list[str]) -> tuple[str | None, set[int]]:
    """The day the sentence dates (its words) and the positions of a date's day numbers."""
    days = [(s, e) for s, e in find(fam.days, words) if not s or not (
        words[s - 1] in fam.number_words or words[s - 1].isdigit()
        or words[s - 1] in fam.spans)]  # "dalam dua minggu": weeks, not a Sunday
    weekdays = {w for phrase in fam.days for w in phrase}
    after = words[1:] + [""]
    date_days = {k for k, w in enumerate(words) if w.isdigit() and int(w) <= DAY_OF_MONTH
                 and (after[k] in fam.months or (k > 0 and words[k - 1] in fam.months)
                      or (k > 0 and words[k - 1] in weekdays and after[k].isdigit()))}
    date_days |= {k + 1 for k in date_days if after[k].isdigit()}  # "Rabu (15/3)"
    if days:
        s, e = days[0]
        return " ".join(words[s:e]), date_days
    if date_days:
        k = min(date_days)
        return " ".join(words[k:k + 2]), date_days
    return None, date_days


def _number_word(fam: Counted, word: str) -> bool:
    """A number in words, a compound one too ("thirty-one", "dua-tiga")."""
    return word in fam.number_words or ("-" in word and all(
        part in fam.number_words or part in _UNITS for part in word.split("-")))


_UNITS = frozenset("one two three four five six seven eight nine".split())


def counted_event(lex: Lexicon, words: list[str], possible) -> str | None:
    """The count and the day ("eleven ... tuesday", "12 ... jumat") where the narration
    tells the event counted on a day the story dates, else None. ``possible(lex, words,
    at)``: a rule, a condition or a modal governs the word at ``at``."""
    fam = counted(lex.language)
    if not fam.days or any(_YEAR.fullmatch(w) for w in words) or find(fam.background, words):
        return None
    if any(w in lex.detentions or w in lex.legal_acts for w in words):
        return None  # people detained, charged or tried: procedure, read as such elsewhere
    day, date_days = _dated(fam, words)
    if day is None:
        return None
    count = next((k for k, w in enumerate(words) if k not in date_days and (
        _number_word(fam, w) or _FIGURE.fullmatch(w))), None)
    if count is None or possible(lex, words, count):
        return None
    held = scheduled.event_held(lex, words, [-1])  # a schedule told (not_the_act.py, 28b)
    if held and not_the_act.in_schedule_clause(lex, words, held.split()[-1], count):
        return None  # "Pilkada ... digelar serentak pada 9 Desember bersama 37 daerah"
    return f"{words[count]} ... {day}"
