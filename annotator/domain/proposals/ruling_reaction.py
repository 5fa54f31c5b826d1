"""A party's reaction to a ruling against it: it accepts, welcomes or respects the decision
("menerima putusan KPPU", "menyambut putusan itu", "said it 'fully accepts' the ICO's
findings"), or says it will or will not appeal ("said it would appeal", "menyatakan
perusahaannya tidak akan mengajukan keberatan"). The guidelines: a plan, a feeling and what
happens next are context, and keep their speaker (data/guidelines.md, "context"); the sets'
gold reads such reactions context (twenty-ninth round: heldout6-7 and classes9, five
articles, and the older tuned sets' "said it would appeal", "menghormati putusan"). The rules
read them as the speaker's claim, as the accused side's denial, or, where the sentence also
tells the penalty in a relative clause ("Morrow's, which was fined £17.2m, said it would
appeal"), as the enforcement.

Read as structure: a verb of acceptance right before a word for the ruling (within
``within`` words), or a word of intent right before a verb of appealing. Not when the
sentence argues as well ("would appeal, arguing that most delays were caused by its
payment provider", "karena", "namun"): that reply stays what the other rules read; not an
appeal already lodged ("resmi mengajukan banding": the accused side contesting the finding);
nor an admission ("admitted the breaches"). The families are data,
``context29_ruling_reaction`` in ``data/cues/<language>.json``."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from annotator.domain.proposals.lexicon import _phrases, cue_file, find


@dataclass(frozen=True)
class Reaction:
    accepting: dict[tuple[str, ...], float]
    rulings: frozenset[str]
    intent: dict[tuple[str, ...], float]
    appealing: dict[tuple[str, ...], float]
    arguing: dict[tuple[str, ...], float]
    within: int
    joining: frozenset[str] = frozenset()  # "and", "dan": another clause before it
    negations: frozenset[str] = frozenset()  # "do not accept", "tidak menerima"


@lru_cache(maxsize=8)
def families(language: str) -> Reaction:
    raw = cue_file(language).get("context29_ruling_reaction", {})
    return Reaction(_phrases(raw.get("accepting", [])), frozenset(raw.get("rulings", ())),
                    _phrases(raw.get("intent", [])), _phrases(raw.get("appealing", [])),
                    _phrases(raw.get("arguing", [])), int(raw.get("within", 3)),
                    frozenset(raw.get("joining", ())), frozenset(raw.get("negations", ())))


def reaction(language: str, words: list[str], text: str = "") -> str | None:
    """The reaction to a ruling the sentence reports ("menerima putusan", "would appeal"),
    else None; None too where the sentence argues beside it, or where the reaction only
    follows another clause ("We followed the rules and we will appeal", a quotation's
    second sentence): the sentence's first act decides."""
    fam = families(language)
    if not fam.rulings or any(not _appeal_follows(fam, words, s, e)
                              for s, e in find(fam.arguing, words)):
        return None
    found = None
    for s, e in find(fam.accepting, words):
        if any(w in fam.negations for w in words[max(0, s - 2):s]):
            continue  # "We do not accept the inspectors' findings": a rejection
        after = words[e:e + fam.within]
        if any(w in fam.rulings for w in after):
            found = (s, e + next(k for k, w in enumerate(after) if w in fam.rulings) + 1)
            break
    if found is None:
        appeals = find(fam.appealing, words)
        for s, e in find(fam.intent, words):
            if any(e <= a <= e + 1 for a, _ in appeals):  # "would appeal", "would not appeal"
                found = (s, next(b for a, b in appeals if e <= a <= e + 1))
                break
    if found is None or any(w in fam.joining for w in words[:found[0]]):
        return None
    phrase = " ".join(words[found[0]:found[1]])
    at = text.lower().find(words[found[0]]) if text else -1
    if at > 0 and _BREAK.search(text[:at]):
        return None  # '"Anak ini tidak pernah ... Kami akan banding ke CAS"'
    return phrase


_BREAK = re.compile(r"[.!?;]\s")
APPEAL_REACH = 3  # words from "but" to the word of intent ("but the club would appeal")


def _appeal_follows(fam: Reaction, words: list[str], start: int, end: int) -> bool:
    """The arguing word at ``start`` is a bare "but" that only joins a second reaction, an
    appeal ("said the club accepted the fine but would appeal against the points
    deduction"; round 38, lt38c4): a plan beside an acceptance argues nothing."""
    if words[start:end] != ["but"]:
        return False
    appeals = find(fam.appealing, words)
    return any(end <= s <= end + APPEAL_REACH and any(e2 <= a <= e2 + 1 for a, _ in appeals)
               for s, e2 in find(fam.intent, words))
