"""Where the shipped label model may not turn a remedy into a denial (forty-first round,
issue 11; the remedy told, forty-second round, branch w18den1).

A remedy promised: promises are context even from a named speaker (data/guidelines.md,
context); the rules read a remedy the accused side promises ("they will be paid back with
interest", "every affected passenger will be refunded") as that (promised.PROMISED). On
English text the model, reading the accused side speak after an allegation, turned every
such reading it overruled into a denial, wrongly each time (the readable sets: 4 gold
context, none a denial), so where the language's cue file lists the rules' reason under
``model_keeps_promise`` the rules' context stands against the model's denial.

A remedy told: the guidelines read a fact from the accused side that does not bear on the
allegation ("it has co-operated with inspectors") as a claim, and dispute.py reads a remedy
the side took (``dispute._remedy``: "had fitted tamper-proof seals to all its trailers",
"has hired three more staff", "stopped work as soon as it learned of it") as no reply. The
model, reading the accused side speak on after its denial, overruled that claim with a
denial (readable sets, forty-second round: 11 gold claims against 4 gold denials), so where
the cue file sets ``model_keeps_remedy`` the rules' claim stands. Not where the sentence
also negates ("the heating had been repaired and had no bearing on the deaths"): the
negation argues, and the model's denial may stand; nor where the remedy's word is a
participle after a noun ("reflected a new triage tool introduced in the spring"): it
explains, it tells no act of the side."""

from __future__ import annotations

from functools import cache

from annotator.domain.proposals.dispute import _remedy
from annotator.domain.proposals.lexicon import cue_file, find, lexicon
from annotator.domain.proposals.reading import CLAIM, CONTEXT, DENIAL
from annotator.domain.proposals.wrongs import words_of


@cache
def _kept(language: str | None) -> tuple[str, ...]:
    """The rules' reasons (their opening words) whose context no model denial overrules."""
    return tuple(cue_file(language).get("model_keeps_promise", ()))


def promise_kept(language: str | None, rule_role: str, rule_reason: str, role: str) -> bool:
    """Whether the rules' context stands against the model's ``role``: the model says a
    denial where the rules read a promise the language's cue file lists ("a promise: a
    remedy promised: 'will ... be refunded'"; ``rule_reason`` is the reading's reason, or
    "label: reason")."""
    if rule_role != CONTEXT or role != DENIAL:
        return False
    reason = rule_reason.split("; ")[0]
    head, _, rest = reason.partition(": ")
    if rest and " " not in head:
        reason = rest
    return any(reason.startswith(kept) for kept in _kept(language))


@cache
def _remedy_kept_on(language: str | None) -> bool:
    """Whether the language's cue file keeps a remedy told against the model's denial."""
    return bool(cue_file(language).get("model_keeps_remedy", {}).get("on"))


@cache
def _acting(language: str | None) -> frozenset[str]:
    """Words after which a remedy is the side's act told ("had", "has", "and", "it")."""
    return frozenset(cue_file(language).get("model_keeps_remedy", {}).get("before", ()))


def _told_as_act(words: list[str], lex) -> bool:
    """Whether a remedy stands as an act told: right after an auxiliary, a subject pronoun,
    "and" or an adverb, or opening with the auxiliary ("had fitted", "it stopped work",
    "voluntarily paused", "the track had spent £250,000 on"), not as a
    participle after a noun ("a new triage tool introduced in the spring": what the speaker
    explains by, not what the side did about it)."""
    acting = _acting(lex.language)
    return any(s == 0 or words[s] in acting or words[s - 1] in acting
               or words[s - 1].endswith("ly") for s, _ in find(lex.remedies, words))


def remedy_kept(language: str | None, rule_role: str, text: str, role: str) -> bool:
    """Whether the rules' claim stands against the model's ``role``: the model says a
    denial where the sentence tells a remedy the speaker's side took and negates nothing
    (module docstring)."""
    if rule_role != CLAIM or role != DENIAL or not _remedy_kept_on(language):
        return False
    lex = lexicon(language)
    if _remedy(text, lex) is None:
        return False
    words = words_of(text)
    return _told_as_act(words, lex) and not any(
        w in lex.negations or w.endswith("n't") for w in words)
