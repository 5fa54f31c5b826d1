"""A rule for whoever is found at fault is context, with no speaker (thirty-seventh round,
issue 11, bug fix on branch w10found3, from a try helper's blind try on a salary cap story).

"Under league rules, a club found to have overspent by more than 10 percent faces a
deduction of up to 35 points" states a rule about any club: nobody is accused, and the
guidelines make enforcement against people the article does not name context. The rules
read "a club" as the speaker ("subject of 'found'", a description as written), and the
same shape with a wrong or a verdict in it ("A driver found guilty of the offence faces a
fine", "Any club found to have breached the cap will be fined", "A company found to have
misled customers can be fined") as an accusation ("enforcement naming a party", "narration
states a wrong").

Read: "found" right after a noun phrase that one of ``openers`` opens within ``reach``
words ("a club", "any club", "an employer", "anyone"), with one of ``proofs`` right after
it ("guilty", "to have", "to be", "responsible", "in breach"), and one of ``consequences``
after it in the sentence ("faces", "could face", "can be", "will be", "risks", "is liable");
not when the noun is a person told of as one ("a man", "a woman", "a 34-year-old":
``not_people``, the news of one case). Then the sentence is context ("a rule for anyone
found at fault") and its "found" names no speaker; a speech verb keeps its speaker ("the
league said a club found to have overspent faces ...").

Words: data ``context37_rule_for_anyone`` in data/cues/en.json. A language without the key
reads as before.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from annotator.domain.proposals.lexicon import _phrases, cue_file, find


@dataclass(frozen=True)
class Rule:
    found: frozenset[str]
    openers: frozenset[str]
    proofs: dict[tuple[str, ...], float]
    consequences: dict[tuple[str, ...], float]
    not_people: frozenset[str]
    reach: int


@lru_cache(maxsize=4)
def _rule(language: str) -> Rule:
    raw = cue_file(language).get("context37_rule_for_anyone", {})
    return Rule(frozenset(raw.get("found", ())), frozenset(raw.get("openers", ())),
                _phrases(raw.get("proofs", [])), _phrases(raw.get("consequences", [])),
                frozenset(raw.get("not_people", ())), int(raw.get("reach", 3)))


def found_of_anyone(language: str, words: list[str], at: int) -> bool:
    """Whether "found" at ``at`` tells a rule for whoever is found at fault ("a club found
    to have overspent ... faces a deduction")."""
    rule = _rule(language)
    if at <= 0 or at >= len(words) or words[at] not in rule.found:
        return False
    proof = find(rule.proofs, words[at + 1:at + 4])
    if not proof or proof[0][0] != 0:
        return False
    before = words[max(0, at - rule.reach):at]
    opened = [k for k, w in enumerate(before) if w in rule.openers]
    if not opened:
        return False
    noun = before[opened[-1] + 1:]
    if any(w in rule.not_people or w.endswith("-old") for w in noun) or any(
            w in (",", "and", "the", "was", "is", "were") for w in noun):
        return False
    after = at + 1 + proof[0][1]
    return any(s >= after for s, _ in find(rule.consequences, words))


def rule_for_anyone(language: str, words: list[str]) -> str | None:
    """The words of a rule for whoever is found at fault, else None."""
    rule = _rule(language)
    if not rule.found or rule.found.isdisjoint(words):
        return None
    for k in range(len(words)):
        if found_of_anyone(language, words, k):
            start = max(0, k - rule.reach)
            opened = max(j for j in range(start, k) if words[j] in rule.openers)
            return " ".join(words[opened:k + 2])
    return None
