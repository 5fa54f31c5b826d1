"""Fortieth round (issue 11; branch w15deny1): the conduct in question called lawful.

Reported speech that measures the conduct against a limit, a rule or a standard and finds
it within ("said its charges were within the limits the law allows", "said the officer had
used necessary and proportionate force", "said the diplomats had carried out their duties
in full accordance with the Vienna Convention", "'Our journalists acted in good faith'")
argues against the allegation in the accused side's own terms: a denial by the guidelines
(the accused side's reply "gives a fact that would show it did not happen"). The readable
sets' English misses had five such lines proposed claims, each stopped by the placement of
its speaker rather than by its words: no allegation read before it (the lede told without
a cue), its speaker placed on the accusing side by a misread name, or a remedy beside it
("and we will co-operate fully with Ofcom"). The words carry the reply, so they decide
wherever the speaker stands. Not a lay speaker's own act in the first person singular ("I
followed the manual to the letter"), not what is expected or planned ("must be run in
accordance with"), not negated ("were not within the limits" is the wrong). Words:
data/cues/en.json, ``deny40_lawful_conduct``.
"""

from __future__ import annotations

from functools import lru_cache

from annotator.domain.proposals.lexicon import Lexicon, _phrases, cue_file, find
from annotator.domain.proposals.wrongs import negated_at, words_of


@lru_cache(maxsize=4)
def _words(language: str) -> tuple[dict, frozenset[str], frozenset[str], int]:
    raw = cue_file(language).get("deny40_lawful_conduct", {})
    return (_phrases(raw.get("phrases", [])), frozenset(raw.get("first_person", ())),
            frozenset(raw.get("not_before", ())), int(raw.get("reach", 0)))


def lawful_conduct(text: str, lex: Lexicon) -> str | None:
    """The measure the sentence says the conduct kept within ("within the limits", "in
    full accordance with", "necessary and proportionate"), else None: not after a first
    person singular anywhere before it, nor a modal or an infinitive within the reach, not
    negated."""
    phrases, first_person, not_before, reach = _words(lex.language)
    if not phrases:
        return None
    words = words_of(text)
    for s, e in find(phrases, words):
        if negated_at(lex, words, s) is not None:
            continue
        if any(w in lex.negations for w in words[max(0, s - 2):s]):
            continue  # "were not well within the limits"
        if first_person.intersection(words[:s]):
            continue  # "I followed the manual to the letter": a lay speaker's own act
        if not_before.intersection(words[max(0, s - reach):s]):
            continue
        return " ".join(words[s:e])
    return None
