"""A receipt of complaints that is only awaited, not told: "Derbyshire County Council said it
would investigate once a formal report had been received", "said it would look into the
matter if a complaint was received", "could not act until a complaint had been received".
The guidelines make "a body saying it received complaints or reports" a claim (data/
guidelines.md, "claim"); a sentence saying what a body will do when a complaint comes in says
no complaint came: its act is the step to come, a plan, context with its speaker. The rules
read the receiving verb (acts.received) and proposed a claim of complaints received
(thirty-eighth round, bug fix from a try helper's fresh local-news article, branch t38a1).

Read as structure: a word that opens a condition or a time still to come ("if", "once",
"until", "unless") within ``reach`` words before the receiving verb, and a word of what is to
come or could be ("would", "will", "could", "can") before that word. A receipt told as done
("Once the complaint was received, the council sent an officer") has no such word before
"once" and stays a receipt. Words are data, ``claim38_awaited_receipt`` in
``data/cues/<language>.json``; a language without the key reads nothing."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from annotator.domain.proposals.lexicon import cue_file


@dataclass(frozen=True)
class Awaited:
    conditions: frozenset[str]
    to_come: frozenset[str]
    reach: int


@lru_cache(maxsize=8)
def families(language: str | None) -> Awaited:
    raw = cue_file(language).get("claim38_awaited_receipt", {})
    return Awaited(frozenset(raw.get("conditions", ())), frozenset(raw.get("to_come", ())),
                   int(raw.get("reach", 6)))


def awaited(language: str | None, words: list[str], at: int) -> bool:
    """Whether the receiving verb at ``at`` stands in a clause of condition or time to come
    that follows a word of what is to come."""
    fam = families(language)
    if not fam.conditions:
        return False
    for c in range(at - 1, max(-1, at - 1 - fam.reach), -1):
        if words[c] in fam.conditions:
            return any(w in fam.to_come for w in words[:c])
    return False
