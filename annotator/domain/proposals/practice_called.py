"""A party's practice called a wrong in reported speech (thirty-third round, issue 11, a bug
fix from the lead's own try).

"The group's head of campaigns, Lauren Pike, said the practice was "a shameless cash grab"
and called on the Civil Aviation Authority to investigate": the speaker calls the accused
party's practice a wrong, an accusation (the guidelines: naming the wrongful act is enough).
The "called the practice a scam" form is read already (taken.py, ``accuse12_qualified``);
this reads the "said ... was" form, which was a claim by reported speech, and in Indonesian
"menilai pungutan itu tidak masuk akal", which was a denial by the cue "tidak masuk akal".

Narrow by design: right after a speech verb ("that", "bahwa" may stand between) or opening
a sentence quoted or said after it ('"This policy is a disgrace," she said', "The fees are
a rip-off, the group says"), a particular practice of a party ("the practice", "the
airline's bag charges", "its policy", "pungutan itu", "kebijakan tersebut"; "charges" only
after a word that says what is charged), a word of being ("was", "is", "amounted to",
"merupakan"), only intensifiers ("a", "shameless", "nothing short of", "bentuk"), then a
pejorative ("cash grab", "rip-off", "scam", "disgrace", "outrageous", "unacceptable",
"daylight robbery", "akal-akalan", "pemerasan", "tidak masuk akal"). A statement ("the
allegations were outrageous": a denial), a decision or ruling ("the decision was
unacceptable": the accused side answering a finding), a negation between ("was not a
scam") and "the criminal charges" are not read.
The words are data, ``accuse33_practice_called`` in ``data/cues/<language>.json``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from annotator.domain.proposals.lexicon import Lexicon, _phrases, cue_file, find


@dataclass(frozen=True)
class Called:
    links: frozenset[str]
    definite: frozenset[str]
    reach: int
    things: frozenset[str]
    modified_only: frozenset[str]
    not_modifiers: frozenset[str]
    copulas: dict[tuple[str, ...], float]
    fillers: frozenset[str]
    terms: dict[tuple[str, ...], float]
    copula_required: bool  # English "the practice was a scam"; Indonesian may leave it out


@lru_cache(maxsize=8)
def family(language: str | None) -> Called:
    raw = cue_file(language).get("accuse33_practice_called", {})
    return Called(frozenset(raw.get("links", ())), frozenset(raw.get("definite", ())),
                  int(raw.get("modifiers_reach", 0)), frozenset(raw.get("things", ())),
                  frozenset(raw.get("modified_only", ())),
                  frozenset(raw.get("not_modifiers", ())), _phrases(raw.get("copulas", [])),
                  frozenset(raw.get("fillers", ())), _phrases(raw.get("terms", [])),
                  bool(raw.get("copula_required", False)))


def practice_called(lex: Lexicon, text: str, words: list[str]) -> tuple[int, int] | None:
    """Where the sentence calls a party's practice a wrong (module doc): the span of the
    practice's words through the pejorative, else None."""
    fam = family(lex.language)
    if not fam.terms:
        return None
    spans = find(lex.speech, words)
    starts = [e + 1 if e < len(words) and words[e] in fam.links else e for _, e in spans]
    quoted = text.lstrip()[:1] in "\"“'‘"
    for k in [0] + starts:
        end = (_english if lex.language == "en" else _indonesian)(fam, words, k)
        if end is None:
            continue
        if k > 0 or quoted or any(s >= end for s, _ in spans):
            return k, end  # after the speech verb; or opening the sentence, quoted or said
            # after ('"This policy is a disgrace," she said', "The fees are a rip-off, the
            # group says")
    return None


def _english(fam: Called, words: list[str], k: int) -> int | None:
    """"the practice was a shameless cash grab", "SkyJet's bag charges are a rip-off"."""
    if k >= len(words) or not (words[k] in fam.definite or words[k].endswith("'s")):
        return None
    for t in range(k + 1, min(len(words), k + 2 + fam.reach)):
        if words[t] in fam.things:
            if words[t] in fam.modified_only and (
                    t == k + 1 or words[t - 1] in fam.not_modifiers):
                return None  # "the charges were outrageous": perhaps criminal charges
            return _term_after(fam, words, t + 1)
        if not words[t].isalpha() and not words[t].endswith("'s"):
            return None
    return None


def _indonesian(fam: Called, words: list[str], k: int) -> int | None:
    """"pungutan itu akal-akalan", "kebijakan tersebut merupakan pemerasan",
    "pungutannya tidak masuk akal"."""
    if k >= len(words):
        return None
    if any(words[k] == f"{thing}nya" for thing in fam.things):
        return _term_after(fam, words, k + 1)
    if words[k] not in fam.things:
        return None
    for t in range(k + 1, min(len(words), k + 2 + fam.reach)):
        if words[t] in fam.definite:
            return _term_after(fam, words, t + 1)
    return None


def _term_after(fam: Called, words: list[str], at: int) -> int | None:
    """The end of a pejorative after ``at``: a word of being (``copula_required`` in
    English), then only intensifiers."""
    for s, e in find(fam.copulas, words[at:at + 4]):
        if s == 0:
            at += e
            break
    else:
        if fam.copula_required:
            return None
    k = at
    while k < len(words) and k - at <= 4:
        for s, e in find(fam.terms, words[k:k + 4]):
            if s == 0:
                return k + e
        if words[k] not in fam.fillers:
            return None
        k += 1
    return None
