"""One's conduct vetted by another is a reply to the allegation (thirty-ninth round, issue
11, branch w13sides1).

The class: the accused side's reported speech that its work had been checked by someone
else ("said its emergency disclosures were reviewed by a trained team", "said the
forecasts had been checked by independent consultants", "said the building had passed a
local authority inspection in September", "This book went through two rounds of expert
review before it was adopted") was proposed a claim by its speech verb: the rules knew no
party it spoke for (the allegation was told without a cue), or no stance of its own. The
guidelines: the accused side's reply "gives a fact that would show it did not happen"
("the boats passed every sea trial"): a denial. On the readable sets the shape, with a
speaker, is 17 gold denials and 2 gold claims ("they were checked by the council", "the
plant passed an inspection in August", both proposed denials already).

Read here, as data (data/cues/en.json, ``deny39_vetted``; Indonesian has none):

- a passive of a verb of vetting (``verbs``: reviewed, checked, audited, approved, tested,
  certified ...) right after one of ``auxiliaries`` ("was", "were", "been"), only words of
  ``between`` ("independently", "fully") between them, and its agent after it: "by", or
  another verb of vetting joined by "and" and then "by" ("reviewed and approved by"); not a
  participle alone ("data reviewed by Reuters showed": a source's evidence), not negated
  ("had not been checked by anyone" is the wrong);
- a verb of passing (``passed``: "passed", "went through", "underwent") and, within
  ``reach`` words, a word of ``checks`` ("inspection", "audit", "review", "tests"): "had
  passed a local authority inspection", "went through two rounds of expert review"; not
  negated ("never passed an inspection");
- not in a clause that opens with one of ``general`` ("most", "many", "some"; after the
  speech verb and any of ``openers``, "that"): "said most scooters on sale passed every
  test" tells of a class of things, a third party's claim, not the speaker's own work.

dispute.in_dispute reads it only for a speaker not on the accusing side (whose own evidence
checked by another is a claim) nor a bystander, and not where the reported clause tells what
the speaker has done about the matter (a remedy: a claim).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from annotator.domain.proposals.lexicon import Lexicon, cue_file, find

KEY = "deny39_vetted"
CLOSING_REACH = 6  # words after a speech verb that closes the sentence ("..., he said on Monday")


@dataclass(frozen=True)
class _Data:
    auxiliaries: frozenset[str]
    between: frozenset[str]
    verbs: frozenset[str]
    agents: frozenset[str]
    joins: frozenset[str]
    passed: tuple[tuple[str, ...], ...]
    checks: frozenset[str]
    general: frozenset[str]
    openers: frozenset[str]
    reach: int


@lru_cache(maxsize=8)
def _data(language: str) -> _Data:
    raw = cue_file(language).get(KEY, {})
    return _Data(*(frozenset(raw.get(k, ())) for k in (
        "auxiliaries", "between", "verbs", "agents", "joins")),
        tuple(tuple(p.split()) for p in raw.get("passed", ())),
        frozenset(raw.get("checks", ())), frozenset(raw.get("general", ())),
        frozenset(raw.get("openers", ())), int(raw.get("reach", 0)))


def _negation(lex: Lexicon, word: str) -> bool:
    return word in lex.negations or word.endswith("n't")


def _general(lex: Lexicon, data: _Data, words: list[str], at: int) -> bool:
    """The clause of the word at ``at`` opens with a word of a general statement
    (``general``: "most", "many", "some"), right after its speech verb (and "that") or at
    the sentence's start: "said most scooters on sale passed every test" tells of a class
    of things, not of the speaker's own work (a third party's claim)."""
    start = max((e for s, e in find(lex.speech, words[:at])), default=0)
    while start < at and words[start] in data.openers:
        start += 1
    return start < at and words[start] in data.general


def _auxiliary_before(lex: Lexicon, data: _Data, words: list[str], at: int) -> bool:
    """An auxiliary stands before the participle at ``at``, only ``between`` words apart,
    and no negation between them or right before it ("had not been checked")."""
    k = at - 1
    while k >= 0 and words[k] in data.between:
        k -= 1
    if k < 0 or words[k] not in data.auxiliaries:
        return False
    return not any(_negation(lex, w) for w in words[max(0, k - 2):at])


def _agent_after(data: _Data, words: list[str], at: int) -> int | None:
    """Where the agent's "by" stands after the participle at ``at``: right after it, or
    after another participle of vetting joined to it ("reviewed and approved by")."""
    k = at + 1
    if k + 1 < len(words) and words[k] in data.joins and words[k + 1] in data.verbs:
        k += 2
    return k if k < len(words) and words[k] in data.agents else None


def _checked_by(lex: Lexicon, data: _Data, words: list[str]) -> str | None:
    for k, word in enumerate(words):
        if word not in data.verbs or not _auxiliary_before(lex, data, words, k) \
                or _general(lex, data, words, k):
            continue
        by = _agent_after(data, words, k)
        if by is not None:
            return " ".join(words[k:by + 1])
    return None


def _passed(lex: Lexicon, data: _Data, words: list[str]) -> str | None:
    for phrase in data.passed:
        n = len(phrase)
        for k in range(len(words) - n + 1):
            if tuple(words[k:k + n]) != phrase or any(
                    _negation(lex, w) for w in words[max(0, k - 2):k]) \
                    or _general(lex, data, words, k):
                continue
            for j in range(k + n, min(len(words), k + n + data.reach)):
                if words[j] in data.checks:
                    return " ".join(words[k:j + 1])
    return None


def reported_words(words: list[str], lex: Lexicon) -> list[str]:
    """The words of the reported clause: after the first speech verb, or before it where it
    closes the sentence ("..., the spokesperson said"); all of them without one."""
    said = find(lex.speech, words)
    if not said:
        return words
    start, end = said[0]
    return words[:start] if len(words) - end <= CLOSING_REACH else words[end:]


def vetted(lex: Lexicon, words: list[str]) -> str | None:
    """The words that say the speaker's work was checked by another or passed a check
    (module doc), else None."""
    data = _data(lex.language)
    if not data.verbs:
        return None
    return _checked_by(lex, data, words) or _passed(lex, data, words)
