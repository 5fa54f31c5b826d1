"""A schedule reported by a speaker: an event (a meeting, a hearing, a vote, a match, a
funeral, registration) and when or where it is held, starts, is moved or stays as planned.
The guidelines' context even from a named speaker (data/guidelines.md, "context": "dates,
places, ... schedules, what happens next"), where no "will" marks it ("the final takes
place in Doha on 18 December", "rapat koordinasi digelar di kantor bupati pada Selasa",
"jadwal pertandingan tidak berubah").

Read as structure: the event's noun opens what the speech verb reports (within a few words
after it, past "the", "that", "bahwa"; or the sentence, where the speech verb trails it:
"Nominations open on 10 December, the returning officer said", twenty-sixth round), and a
verb of holding, starting, moving or standing follows it within its clause, not negated,
and not dated against another event ("digelar sebelum tender dibuka": a timeline, the
claim's). The families are data, ``context12_schedule`` in ``data/cues/<language>.json``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from annotator.domain.proposals import not_the_act
from annotator.domain.proposals.lexicon import Lexicon, _phrases, cue_file, find

NOUN_REACH = 4  # words after a speech verb where the event's noun stands
VERB_REACH = 7  # words after the event's noun where its verb of holding stands


@dataclass(frozen=True)
class Schedule:
    events: frozenset[str]
    held: dict[tuple[str, ...], float]
    stops: frozenset[str]
    timeline: frozenset[str]  # "before", "sebelum": the event dated against another


@lru_cache(maxsize=8)
def schedule(language: str) -> Schedule:
    raw = cue_file(language).get("context12_schedule", {})
    return Schedule(frozenset(raw.get("events", ())), _phrases(raw.get("held", [])),
                    frozenset(raw.get("stops", ())), frozenset(raw.get("timeline", ())))


def event_held(lex: Lexicon, words: list[str], speech_at: list[int]) -> str | None:
    """The event's noun and its verb of holding ("festival ... go ahead", "rapat ...
    digelar") where the reported statement is a schedule, else None."""
    fam = schedule(lex.language)
    if not fam.events:
        return None
    opens = [v + 1 for v in speech_at]
    if speech_at and min(speech_at) > NOUN_REACH:
        opens.append(0)  # "Nominations open on 10 December ..., the officer said": round 26
    for start in opens:
        noun = next((k for k in range(start, min(len(words), start + NOUN_REACH))
                     if words[k] in fam.events), None)
        if noun is None or any(w in fam.stops for w in words[start:noun]):
            continue
        if not_the_act.held_only(lex, words, noun):
            continue  # "confirmed the meeting took place but ...": no when, no where (28b)
        clause = words[noun + 1:noun + 1 + VERB_REACH]
        cut = next((k for k, w in enumerate(clause) if w in fam.stops), len(clause))
        for s, e in find(fam.held, clause[:cut]):
            if any(w in lex.negations for w in clause[max(0, s - 2):s]):
                continue  # "was not held": the event did not happen as planned
            if any(w in fam.timeline for w in words[noun + 1 + e:noun + 1 + e + VERB_REACH]):
                return None  # "digelar sebelum tender dibuka": dated against an event
            return f"{words[noun]} ... {' '.join(clause[s:e])}"
    return None
