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
- an outside party engaged to check, the procedure's first step ("has hired an outside law
  firm to review the complaint", "menggandeng auditor independen untuk memeriksa ...");
- a promise put as a refusal to tolerate ("kementerian tidak akan menoleransi kekerasan",
  "will not tolerate abuse"): a promise, though negated.

The other way, a request the speaker recounts in its own quotation, in the first person and
the past ('"We asked for the invoices three times and were told ..."', '"When I asked for
the photo, they sent me ..."'), is one event of the story told, not an appeal: narration.request
leaves it (``recounted`` in the same data), and the quotation is read as what it states.

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
ENGAGED_REACH = 8  # words after a verb of hiring where "to review", "untuk memeriksa" stands


@dataclass(frozen=True)
class Stances:
    taking: dict[tuple[str, ...], float]
    manner: dict[tuple[str, ...], float]
    wishes: dict[tuple[str, ...], float]
    not_subject: frozenset[str]
    targets: dict[tuple[str, ...], float]
    meanwhile: dict[tuple[str, ...], float]
    refusals: dict[tuple[str, ...], float]
    engaging: dict[tuple[str, ...], float]
    checks: dict[tuple[str, ...], float]
    recounted_self: frozenset[str]
    recounted_verbs: frozenset[str]


@lru_cache(maxsize=8)
def families(language: str) -> Stances:
    raw = cue_file(language).get("context27_stances", {})
    return Stances(_phrases(raw.get("taking", [])), _phrases(raw.get("manner", [])),
                   _phrases(raw.get("wishes", [])), frozenset(raw.get("not_subject", ())),
                   _phrases(raw.get("targets", [])), _phrases(raw.get("meanwhile", [])),
                   _phrases(raw.get("refusals", [])),
                   _phrases(raw.get("engaged", {}).get("verbs", [])),
                   _phrases(raw.get("engaged", {}).get("checks", [])),
                   frozenset(raw.get("recounted", {}).get("self", ())),
                   frozenset(raw.get("recounted", {}).get("verbs", ())))


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
    for s, e in find(fam.engaging, words):
        if _negated(lex, words, s):
            continue
        for m, n in find(fam.checks, words[e:e + ENGAGED_REACH]):
            found = f"{' '.join(words[s:e])} ... {' '.join(words[e + m:e + n])}"
            return found, f"procedure reported: one engaged to check: '{found}'"
    for s, e in find(fam.refusals, words):  # negated itself: "tidak akan menoleransi"
        if not frames._contrasted(words, s, e):
            found = " ".join(words[s:e])
            return found, f"a promise not to tolerate: '{found}'"
    return None


def recounted(lex: Lexicon, tokens, words: list[str], k: int) -> bool:
    """The request verb at ``k`` is one the speaker recounts: in the past, right after the
    speaker's own "I" or "we", inside a quotation ('"We asked for the invoices three times
    and were told ..."'): an event of the story, not the speaker's appeal."""
    fam = families(lex.language)
    if words[k] not in fam.recounted_verbs or k == 0 or words[k - 1] not in fam.recounted_self:
        return False
    said = tokens[0].string[:tokens[k].start()]
    return said.count('"') % 2 == 1 or said.count("“") > said.count("”")
