"""Reported speech that states a stance, a wish, a target or a measure meanwhile, not a
fact: context by the guidelines even from a named speaker ("Promises, plans, appeals,
procedure ... are context even from a named speaker"; "a feeling, a plan or what happens
next is context", data/guidelines.md). Twenty-seventh round; narration.scene asks this
after its own classes, before frames.frame.

Read as structure, each family data (``context27_stances`` in
``data/cues/<language>.json``):

- a stance towards what is alleged or found: a verb of taking or handling and, within a
  few words, its manner ("said it took the findings seriously", '"We take any allegation
  seriously"', "menanggapi serius laporan itu");
- a wish of others the speaker reports: the wish's verb after a speech verb with only the
  clause's subject between ("said the families wanted the land returned", "mengatakan
  warga ingin kepastian"); the speaker's own wish after a pronoun is frames.desire's;
- a target set ("PAD ditargetkan naik menjadi Rp 640 miliar", "the road is targeted to
  reopen"): a plan;
- a measure that holds meanwhile ("had stopped placing new residents for now", "ditutup
  untuk sementara"): what happens next, procedure;
- a promise put as a refusal to tolerate ("kementerian tidak akan menoleransi kekerasan",
  "will not tolerate abuse"): a promise, though negated.

Not where the sentence states another fact beside it: a contrast or a second statement
coordinated after the stance (frames._contrasted), except for the stance towards an
allegation, which a contrast only qualifies ("We take any allegation seriously, but an
allegation is not a finding")."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from annotator.domain.proposals import frames
from annotator.domain.proposals.lexicon import Lexicon, _phrases, cue_file, find

MANNER_REACH = 8  # words after the verb of taking where its manner ("seriously") stands
SUBJECT_REACH = 4  # words between the speech verb and a reported wish's verb


@dataclass(frozen=True)
class Stances:
    taking: dict[tuple[str, ...], float]
    manner: dict[tuple[str, ...], float]
    wishes: dict[tuple[str, ...], float]
    not_subject: frozenset[str]
    targets: dict[tuple[str, ...], float]
    meanwhile: dict[tuple[str, ...], float]
    refusals: dict[tuple[str, ...], float]


@lru_cache(maxsize=8)
def families(language: str) -> Stances:
    raw = cue_file(language).get("context27_stances", {})
    return Stances(_phrases(raw.get("taking", [])), _phrases(raw.get("manner", [])),
                   _phrases(raw.get("wishes", [])), frozenset(raw.get("not_subject", ())),
                   _phrases(raw.get("targets", [])), _phrases(raw.get("meanwhile", [])),
                   _phrases(raw.get("refusals", [])))


def _negated(lex: Lexicon, words: list[str], at: int) -> bool:
    return any(w in lex.negations for w in words[max(0, at - 2):at])


def taken_seriously(lex: Lexicon, words: list[str]) -> str | None:
    """A stance: a verb of taking or handling, its manner within reach ("took the findings
    seriously", "menanggapi dengan serius"), or the manner right before the verb ("serius
    menangani")."""
    fam = families(lex.language)
    for s, e in find(fam.taking, words):
        if _negated(lex, words, s):
            continue
        for m, n in find(fam.manner, words[max(0, s - 1):e + MANNER_REACH]):
            return " ".join(words[s:e]) + " ... " + " ".join(words[max(0, s - 1) + m:
                                                               max(0, s - 1) + n])
    return None


def reported_wish(lex: Lexicon, words: list[str], speech_at: list[int]) -> str | None:
    """A wish of others the speaker reports: its verb after a speech verb, only the
    clause's subject between (no verb, no relative word of ``not_subject``)."""
    fam = families(lex.language)
    for s, e in find(fam.wishes, words):
        for v in speech_at:
            between = words[v + 1:s]
            if 0 < len(between) <= SUBJECT_REACH and not any(
                    w in fam.not_subject or w in lex.negations for w in between) and not (
                    _negated(lex, words, s) or frames._contrasted(words, s, e)):
                return " ".join(words[s:e])
    return None


def _plain(fam_phrases: dict, lex: Lexicon, words: list[str]) -> str | None:
    for s, e in find(fam_phrases, words):
        if not _negated(lex, words, s) and not frames._contrasted(words, s, e):
            return " ".join(words[s:e])
    return None


def stance(lex: Lexicon, words: list[str], speech_at: list[int]) -> tuple[str, str] | None:
    """The stance, wish, target, measure meanwhile or refusal a reported statement carries
    instead of a fact: (cue, reason), else None."""
    fam = families(lex.language)
    found = taken_seriously(lex, words)
    if found:
        return found, f"a stance towards what is alleged: '{found}'"
    found = reported_wish(lex, words, speech_at)
    if found:
        return found, f"a wish reported: '{found}'"
    found = _plain(fam.targets, lex, words)
    if found:
        return found, f"a target set: '{found}'"
    found = _plain(fam.meanwhile, lex, words)
    if found:
        return found, f"a measure meanwhile: '{found}'"
    for s, e in find(fam.refusals, words):  # negated itself: "tidak akan menoleransi"
        if not frames._contrasted(words, s, e):
            found = " ".join(words[s:e])
            return found, f"a promise not to tolerate: '{found}'"
    return None
