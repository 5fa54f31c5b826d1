"""What a law or a set of rules says in general, attributed to it ("Menurut peraturan
daerah itu, setiap pabrik wajib ...", "According to the federation's rules, every runner
must ...", "The highway code says drivers must not ..."): background that sets the scene,
context, not a fact a speaker asserts nor a wrong anyone is charged with (the wrong it
names, "dibuang ke sungai", is what the rule is about).

Read as structure: the statement is attributed to a rule (a rule's noun just after the
opening "menurut", "berdasarkan", "under", "according to", or before the sentence's speech
verb as its subject) and carries an obligation or a prohibition ("wajib", "dilarang",
"must", "may not"). A person stating a rule is left to the other readings. The families are
data, ``context12_rules`` in ``data/cues/<language>.json``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from annotator.domain.proposals.lexicon import Lexicon, _phrases, cue_file, find

RULE_REACH = 3  # words after the opening (or before the speech verb) where the rule stands


@dataclass(frozen=True)
class Rules:
    openers: dict[tuple[str, ...], float]
    nouns: frozenset[str]
    obligations: dict[tuple[str, ...], float]
    relatives: frozenset[str] = frozenset()


@lru_cache(maxsize=8)
def rules(language: str) -> Rules:
    raw = cue_file(language).get("context12_rules", {})
    return Rules(_phrases(raw.get("openers", [])), frozenset(raw.get("nouns", ())),
                 _phrases(raw.get("obligations", [])), frozenset(raw.get("relatives", ())))


def attributed_rule(lex: Lexicon, words: list[str], speech_at: list[int]) -> str | None:
    """The rule's noun and the obligation it states ("peraturan ... wajib", "rules ...
    must") where the sentence reports what a rule says in general, else None."""
    fam = rules(lex.language)
    if not fam.nouns:
        return None
    opened = find(fam.openers, words[:2])
    if opened and opened[0][0] == 0:
        end = opened[0][1]
        rule = next((k for k in range(end, min(len(words), end + RULE_REACH))
                     if words[k] in fam.nouns), None)
    else:
        first = min(speech_at, default=None)
        rule = next((k for k in range(max(0, (first or 0) - RULE_REACH), first or 0)
                     if words[k] in fam.nouns), None) if first is not None else None
    if rule is None or _in_relative(fam, words, rule):
        return None
    found = find(fam.obligations, words[rule + 1:])
    if not found:
        return None
    s, e = found[0]
    return f"{words[rule]} ... {' '.join(words[rule + 1 + s:rule + 1 + e])}"


def _in_relative(fam: Rules, words: list[str], rule: int) -> bool:
    """The rule speaks inside a relative clause of the sentence ("This is peat forest that
    the law says cannot be touched, and it has been burned"): it describes a thing the
    speaker talks about, the sentence is not the rule's statement (round 35). A relative
    word ("that", "which") among the two words before the rule's noun, after the
    sentence's first word."""
    return any(words[k] in fam.relatives for k in range(max(1, rule - 2), rule))
