"""A future whose time is set in its own clause is a schedule (issue 11, fortieth round,
branch w15ctx; data ``context40_time_set`` in ``data/cues/<language>.json``).

"Birmingham City Council said Coventry Road would be closed between 6am and 1pm", "said
trams would run every 10 minutes", "said the upgrade would be finished in 2028", "added that
the new wells would be in place before the deadline": what a speaker says is to come, with
the hour, the frequency, the month, the season or the year set, is what happens next:
context by the guidelines ("schedules, what happens next"), as a future with "next week" or
"on Monday" already was (``schedule``, acts.scheduled). Those words are phrases; a clock
time, a year or a frequency is a shape, read here:

- ``links`` then a month, a season or a year: "in 2028", "by March", "from April", "in the
  spring" (``the`` may stand between);
- a clock time ("6am", "9.30pm") after one of ``clock_links`` ("between 6am and 1pm", "at
  8am");
- ``every`` then a number and one of ``units`` ("every 10 minutes");
- one of ``deadlines`` ("before the deadline").

Read only after the plan's word (reading._plan asks), so that a date told before it ("In
March the council said ...") sets no schedule; the plan's other guards (a hedge, a quantity
verb after it: "would cut journey times by 20 minutes") stand as they were."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from annotator.domain.proposals.lexicon import cue_file

_YEAR = re.compile(r"^(19|20)\d\d$")
_CLOCK = re.compile(r"^\d{1,2}(\.\d\d)?(am|pm)$")
_NUMBER = re.compile(r"^\d+$")


@dataclass(frozen=True)
class TimeSet:
    links: frozenset[str]
    times: frozenset[str]
    clock_links: frozenset[str]
    every: frozenset[str]
    numbers: frozenset[str]
    units: frozenset[str]
    deadlines: tuple[tuple[str, ...], ...]


@lru_cache(maxsize=8)
def _family(language: str | None) -> TimeSet:
    raw = cue_file(language).get("context40_time_set", {})
    return TimeSet(frozenset(raw.get("links", ())), frozenset(raw.get("times", ())),
                   frozenset(raw.get("clock_links", ())), frozenset(raw.get("every", ())),
                   frozenset(raw.get("numbers", ())), frozenset(raw.get("units", ())),
                   tuple(tuple(d.split()) for d in raw.get("deadlines", ())))


def _dated(fam: TimeSet, words: list[str], k: int) -> bool:
    """A month, a season or a year after the link at ``k`` ("in 2028", "by the spring")."""
    nxt = words[k + 1:k + 3]
    if nxt and nxt[0] == "the":
        nxt = nxt[1:]
    return bool(nxt) and (nxt[0] in fam.times or bool(_YEAR.match(nxt[0])))


FAR_REACH = 12  # words after the speech verb where a plan with its time set may stand


def reported_far(words: list[str], at: int, verbs: list[int]) -> bool:
    """The plan's word at ``at`` stands in the reported clause past the plan's usual reach,
    behind a long subject ("said the government's transmission upgrade along the Darling
    Downs would be finished in 2028"), with no "that" or "which" of another clause between:
    read so only where its time is set (``time_set``)."""
    return any(0 < at - v <= FAR_REACH and not any(
        w in _CLAUSE_WORDS for w in words[v + 2:at]) for v in verbs)


_CLAUSE_WORDS = frozenset({"that", "which", "who", "whose", "if", "when", "because"})
_BREAKS = ",;:\"\u201c\u201d()"


def time_set(language: str | None, tokens, words: list[str], after: int) -> str | None:
    """The words that set the time of what is to come, standing after position ``after``
    (the plan's word) in its own clause (before the next comma, colon or quotation mark:
    "said Claire Bennett, who left the home in May" sets no time), else None."""
    fam = _family(language)
    if not fam.links:
        return None
    text = tokens[0].string if tokens else ""
    for k in range(after + 1, len(words)):
        if k < len(tokens) and any(ch in _BREAKS for ch in
                                   text[tokens[k - 1].end():tokens[k].start()]):
            return None
        w = words[k]
        if w in fam.links and _dated(fam, words, k):
            return " ".join(words[k:k + 3] if words[k + 1] == "the" else words[k:k + 2])
        if w in fam.clock_links and k + 1 < len(words) and _CLOCK.match(words[k + 1]):
            return f"{w} {words[k + 1]}"
        if (w in fam.every and k + 2 < len(words)
                and (_NUMBER.match(words[k + 1]) or words[k + 1] in fam.numbers)
                and words[k + 2] in fam.units):
            return " ".join(words[k:k + 3])
        for phrase in fam.deadlines:
            if tuple(words[k:k + len(phrase)]) == phrase:
                return " ".join(phrase)
    return None
