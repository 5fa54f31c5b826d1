"""Forty-third round (issue 11; branch w19eden3): a penalty called a wrong.

Reported speech that calls the measure taken in the case (the sanctions, the duties, the
expulsions, the fine, the penalty) a wrong ("called the duties 'typical
protectionism'", "condemned the sanctions as 'economic terrorism'", "said the fine was
unfair", "said the penalty was 'disproportionate'") is the penalised side's reply to the
allegation the measure rests on: a denial by the guidelines (the accused side rejecting
what is said of it), though its words name a wrong ("protectionism", "terrorism",
"provocation", "unfair") and the rules read them as an accusation. The readable sets'
English lines of the shape: seven gold denials (five proposed accusations) and one gold
accusation (a journalists' union condemning a film's ban). A ban is left out: it falls on
a thing (a film, a product, a march) as often as on a party, and those who condemn it
speak for the public, not as the penalised side (w19eden1 read it too). Not a speaker who
accused before (a campaigner calling the fine too small goes on accusing), not a bystander,
not where the words after the measure weigh it as too little ("called the fine derisory",
"a welcome first step"), not negated ("the fine was not unfair"). Words:
data/cues/en.json, ``deny43_measure_called``.
"""

from __future__ import annotations

from functools import lru_cache

from annotator.domain.proposals.lexicon import Lexicon, cue_file
from annotator.domain.proposals.wrongs import words_of


@lru_cache(maxsize=4)
def _words(language: str) -> tuple[frozenset[str], ...]:
    raw = cue_file(language).get("deny43_measure_called", {})
    return tuple(frozenset(raw.get(k, ())) for k in (
        "measures", "calling", "linking", "wrongs", "too_little", "determiners"))


def measure_called(text: str, lex: Lexicon) -> str | None:
    """The measure the sentence calls a wrong ("called the duties", "the fine was
    unfair"), else None: a verb of 'calling' then a determiner and the measure within two
    words; or the measure, a linking verb and one of 'wrongs' right after it (no negation
    between); never with one of 'too_little' in the six words after the measure."""
    measures, calling, linking, wrongs, too_little, determiners = _words(lex.language)
    if not measures:
        return None
    words = words_of(text)
    for i, word in enumerate(words):
        if word not in measures or not i:
            continue
        if too_little.intersection(words[i + 1:i + 7]):
            continue
        before = words[max(0, i - 3):i]
        verb = next((j for j in range(i - 1, max(-1, i - 5), -1) if words[j] in calling),
                    None)
        if verb is not None and any(w in determiners for w in before):
            return " ".join(words[verb:i + 1])
        if i + 2 < len(words) and words[i + 1] in linking and words[i + 2] in wrongs \
                and words[i - 1] in determiners:
            return " ".join(words[i - 1:i + 3])
    return None
