"""Procedure stated by a named speaker, in the forms the procedure readers before it do not
read: the matter reviewed, discussed or examined ("the board had reviewed the case",
"komite sudah membahas masalah itu"), handed to a body's hands ("the matter was in the
hands of the education authority", "kasus itu kini ditangani Satreskrim"), and the
speaker's own meeting ("said he had met the families"). The guidelines' context even from a
named speaker (data/guidelines.md, "context": "Procedure stated by a named speaker ('the
board reviewed the case') is context with that speaker", "who met whom").

Read as structure: a verb of deliberation with the matter at hand (the case, the report,
the complaint, "laporan warga tersebut") as its object within reach, not negated and with
no finding after it ("examined the footage and found ..." is the finding's claim); a
matter's noun before a verb of handling; a meeting verb right after the speech verb with
only the speaker's pronoun and auxiliaries between, whose object is no standard ("met
every emission standard" is a fact). The families are data, ``context12_handled`` in
``data/cues/<language>.json``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from annotator.domain.proposals.lexicon import Lexicon, _phrases, cue_file, find

MATTER_REACH = 4  # words after a deliberation verb where its matter stands
HANDLER_REACH = 6  # words before a verb of handling where the matter stands
MET_GAP = 4  # words between the speech verb and the meeting verb
MET_OBJECT = 3  # words after "met" where a standard would make it a fact


@dataclass(frozen=True)
class Handled:
    deliberate: dict[tuple[str, ...], float]
    matters: frozenset[str]
    commissioned: dict[tuple[str, ...], float]
    reviews: frozenset[str]
    handling: dict[tuple[str, ...], float]
    met: dict[tuple[str, ...], float]
    self_words: frozenset[str]
    standards: frozenset[str]
    findings: dict[tuple[str, ...], float]
    determiners: frozenset[str]  # "the case": the matter at hand (English)
    demonstratives: frozenset[str]  # "masalah itu": the matter at hand (Indonesian)


@lru_cache(maxsize=8)
def handled(language: str) -> Handled:
    raw = cue_file(language)
    fam = raw.get("context12_handled", {})
    return Handled(_phrases(fam.get("deliberate", [])), frozenset(fam.get("matters", ())),
                   _phrases(fam.get("commissioned", [])), frozenset(fam.get("reviews", ())),
                   _phrases(fam.get("handling", [])), _phrases(fam.get("met", [])),
                   frozenset(fam.get("self", ())), frozenset(fam.get("standards", ())),
                   _phrases(raw.get("context11_findings", {}).get("verbs", [])),
                   frozenset(fam.get("determiners_before", ())),
                   frozenset(fam.get("demonstratives_after", ())))


def _negated(lex: Lexicon, words: list[str], at: int) -> bool:
    return any(w in lex.negations for w in words[max(0, at - 3):at])


DEMONSTRATIVE_REACH = 3  # words after the matter's noun where "itu", "tersebut" stands


def _at_hand(fam: Handled, words: list[str], k: int) -> bool:
    """The matter at ``k`` is the one the article is about: "the case", "masalah itu",
    "laporan warga tersebut"; not "issues of trade", "masalah yang paling mendesak"."""
    return (k > 0 and words[k - 1] in fam.determiners) or any(
        w in fam.demonstratives for w in words[k + 1:k + 1 + DEMONSTRATIVE_REACH])


def deliberated(lex: Lexicon, words: list[str]) -> str | None:
    """The matter reviewed, discussed, examined or an inquiry commissioned: the words."""
    fam = handled(lex.language)
    for s, e in find(fam.deliberate, words):
        if _negated(lex, words, s) or find(fam.findings, words[e:]):
            continue
        if any(words[k] in fam.matters and _at_hand(fam, words, k)
               for k in range(e, min(len(words), e + MATTER_REACH))):
            return " ".join(words[s:e])
    for s, e in find(fam.commissioned, words):
        if not _negated(lex, words, s) and any(
                w in fam.reviews for w in words[max(0, s - HANDLER_REACH):s]):
            return " ".join(words[s:e])
    return None


def in_hands(lex: Lexicon, words: list[str]) -> str | None:
    """The matter handled by a body ("being dealt with by", "kini ditangani"): the words."""
    fam = handled(lex.language)
    for s, e in find(fam.handling, words):
        if not _negated(lex, words, s) and any(
                w in fam.matters for w in words[max(0, s - HANDLER_REACH):s]):
            return " ".join(words[s:e])
    return None


def own_meeting(lex: Lexicon, words: list[str], speech_at: list[int]) -> str | None:
    """The speaker's own meeting with a party ("said he had met the families"): the
    words; not where a standard is met ("said it met every standard")."""
    fam = handled(lex.language)
    for s, e in find(fam.met, words):
        if any(w in fam.standards for w in words[e:e + MET_OBJECT]):
            continue
        for v in speech_at:
            if v < s and s - v - 1 <= MET_GAP and all(
                    w in fam.self_words for w in words[v + 1:s]):
                return " ".join(words[s:e])
    return None


def procedure(lex: Lexicon, words: list[str], speech_at: list[int]) -> tuple[str, str] | None:
    """(cue, reason) where a reported statement only states procedure or a meeting."""
    found = deliberated(lex, words)
    if found:
        return found, f"procedure stated: the matter reviewed: '{found}'"
    found = in_hands(lex, words)
    if found:
        return found, f"procedure stated: the matter in a body's hands: '{found}'"
    found = own_meeting(lex, words, speech_at)
    if found:
        return found, f"who met whom: '{found}'"
    return None
