"""Claim or context, twenty-eighth round's second pass: a word read as an act the sentence
does not report (``context28b_not_the_act`` in ``data/cues/<language>.json``; each class
counted on the tuned sets before building, benchmarks/proposals/CONTEXT28.md, "second
pass").

- an event said only to have happened: the schedule reading (scheduled.py, "a schedule:
  when or where an event is held") needs the when or the where. An event's noun followed
  only by a demonstrative or an auxiliary, then a verb of its having been held, then the
  clause's end ("membenarkan rapat itu digelar, tetapi menyebut belum ada keputusan",
  "confirmed the meeting took place but said ..."), tells neither: it is what the speaker
  confirms, and the sentence is read by its other words. A date, a place, a duration or a
  word of change ("ditunda", "postponed", "tidak berubah") keeps the schedule.
- a finding announced: a decision verb ("mengumumkan", "announced") whose object is a
  discovery or a finding ("mengumumkan penemuan spesies anggrek baru", "announced the
  discovery of ...") announces what was found, not a decision: a fact announced, as
  frames.announced_fact reads one, a claim.
- a perception meant, not had: a verb of perception right after a word of purpose or
  intent ("memadati tepian sungai untuk menyaksikan lomba perahu", "datang guna melihat
  ...") tells what people came to do, not what they saw; witnessed.seen skips it. (The
  English family lists past forms only, "watched", "saw", so "to watch" never reads as
  one; the English list is empty.)
- the people a step is taken against: the not-yet reading (narration.not_taken) takes
  "siapa pun", "anyone" before an enforcement or a legal step as nobody it is taken
  against; "tersangka" (a suspect) stands in that family for "belum ada tersangka". Without
  a negation before it ("Ketiga tersangka dijerat Undang-Undang ...", "Kedua tersangka
  ditahan") it names the people the step was taken against: a step taken, read by its
  own words.
- a schedule told in narration: the sentence opens with an event and its verb of holding
  ("Pilkada Lombok Tengah digelar serentak pada 9 Desember bersama 37 daerah lain", "The
  final takes place in Cardiff on 30 May, one of 12 fixtures"): its figure counts what the
  event is held with, not people or things of the dispute on a day; counted.counted_event
  does not read it as evidence (counted.py asks scheduled.event_held, whose families
  these are, as a speech verb before the sentence would have it). Only where the figure
  stands in the schedule's clause: after a clause link ("The race started on Sunday and
  14 riders crashed") it is counted as before.
- a wait with its length: the state of a procedure (frames.procedure_state, "masih
  menunggu hasil autopsi", "were awaiting the report") is where the procedure stands; a
  wait told with how long it has lasted ("kliennya menunggu salinan putusan selama tujuh
  bulan", "has been waiting for the ruling for eight months") is a delay, a fact the
  dispute is about, and the sentence is read by its other words."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from annotator.domain.proposals.lexicon import Lexicon, _phrases, cue_file, find


@dataclass(frozen=True)
class Family:
    happened: dict[tuple[str, ...], float]  # "digelar", "took place": held, nothing more
    between: frozenset[str]  # "itu", "the", "was": what may stand between noun and verb
    ends: frozenset[str]  # "tetapi", "but": the clause ends right after the verb
    findings: frozenset[str]  # "penemuan", "discovery": what a finding announced names
    before_finding: frozenset[str]  # "the", "its": what may stand before it
    purpose: frozenset[str]  # "untuk", "guna": a perception after it is only meant
    persons: frozenset[str]  # "tersangka": no one only after a negation
    units: frozenset[str]  # "bulan", "months": a wait's length
    numbers: frozenset[str]  # "tujuh", "eight": a count in words
    links: frozenset[str]  # "dan", "and": a new clause after a schedule's verb


@lru_cache(maxsize=8)
def family(language: str) -> Family:
    raw = cue_file(language).get("context28b_not_the_act", {})
    held = raw.get("held_only", {})
    found = raw.get("finding_announced", {})
    return Family(_phrases(held.get("happened", [])), frozenset(held.get("between", ())),
                  frozenset(held.get("ends", ())), frozenset(found.get("findings", ())),
                  frozenset(found.get("before", ())),
                  frozenset(raw.get("perception_meant", {}).get("purpose", ())),
                  frozenset(raw.get("people_named", {}).get("persons", ())),
                  frozenset(raw.get("wait_lasted", {}).get("units", ())),
                  frozenset(raw.get("wait_lasted", {}).get("numbers", ())),
                  frozenset(raw.get("schedule_clause", {}).get("links", ())))


def held_only(lex: Lexicon, words: list[str], noun: int) -> bool:
    """The event's noun at ``noun`` is followed only by words of ``between``, then a verb of
    its having happened, then the sentence's or the clause's end: neither when nor where."""
    fam = family(lex.language)
    k = noun + 1
    while k < len(words) and words[k] in fam.between:
        k += 1
    for s, e in find(fam.happened, words[k:]):
        if s != 0:
            return False
        after = k + e
        return after >= len(words) or words[after] in fam.ends
    return False


def finding_announced(lex: Lexicon, words: list[str]) -> bool:
    """A decision verb whose object, past a determiner or two, is a finding or a
    discovery ("mengumumkan penemuan ...", "announced the discovery of ...")."""
    fam = family(lex.language)
    for k, w in enumerate(words):
        if w not in lex.decisions:
            continue
        j = k + 1
        while j < len(words) and j - k <= 2 and words[j] in fam.before_finding:
            j += 1
        if j < len(words) and words[j] in fam.findings:
            return True
    return False


def perception_meant(lex: Lexicon, words: list[str], at: int) -> bool:
    """The verb of perception at ``at`` stands right after a word of purpose or intent."""
    return at > 0 and words[at - 1] in family(lex.language).purpose


NEGATION_REACH = 3  # words before "tersangka" where "belum ada", "tidak ada" stands


def people_named(lex: Lexicon, words: list[str], at: int) -> bool:
    """The word at ``at`` is one of the persons a step is taken against ("tersangka") with
    no negation or not-yet word in the few words before it: the people it was taken
    against, not nobody."""
    if words[at] not in family(lex.language).persons:
        return False
    before = words[max(0, at - NEGATION_REACH):at]
    return not any(w in lex.negations for w in before) and not find(lex.not_yet, before)



WAIT_REACH = 8  # words after "menunggu", "waiting for" where the wait's length stands


def wait_lasted(lex: Lexicon, words: list[str], end: int) -> bool:
    """A wait's length (a count, then a unit of time) within reach after the verb of
    waiting that ends at ``end``."""
    fam = family(lex.language)
    after = words[end:end + WAIT_REACH]
    return any(w in fam.units and k > 0 and (after[k - 1][:1].isdigit()
                                              or after[k - 1] in fam.numbers)
               for k, w in enumerate(after))


def in_schedule_clause(lex: Lexicon, words: list[str], verb: str, count: int) -> bool:
    """The figure at ``count`` stands before the schedule's verb (its last word ``verb``)
    or after it with no clause link between."""
    at = next((k for k, w in enumerate(words) if w == verb), None)
    if at is None:
        return False
    links = family(lex.language).links
    return count < at or not any(w in links for w in words[at + 1:count])
