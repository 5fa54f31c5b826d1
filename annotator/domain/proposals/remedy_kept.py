"""Where the shipped label model may not turn a remedy promised into a denial (forty-first
round, issue 11). Promises are context even from a named speaker (data/guidelines.md,
context); the rules read a remedy the accused side promises ("they will be paid back with
interest", "every affected passenger will be refunded") as that (promised.PROMISED). On
English text the model, reading the accused side speak after an allegation, turned every
such reading it overruled into a denial, wrongly each time (the readable sets: 4 gold
context, none a denial), so where the language's cue file lists the rules' reason under
``model_keeps_promise`` the rules' context stands against the model's denial."""

from __future__ import annotations

from functools import cache

from annotator.domain.proposals.lexicon import cue_file
from annotator.domain.proposals.reading import CONTEXT, DENIAL


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
