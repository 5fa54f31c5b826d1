"""The party a body found against is the accused, not the body's side (issue 11,
thirty-eighth round, bug fix on branch w12sides1).

``Dispute.accuser_placed_before`` places a speaker on an accuser's side when an earlier
sentence named them beside it ("Jonas Weber, a researcher at the Bavarian Institute, ...").
A body's finding stands between the two in a sentence like "In a report published on
Wednesday, the Further Education Quality Commission found that Trentside College had
removed 312 learners ...": "found that" is no speech verb that ends the words read beside a
name, and no accusation cue, so the college was read as standing beside the commission that
accused it, and its principal's "has never removed a single student" as the accusing side's
own negation (a claim). A party named after a body's finding verb ("found that", "concluded
that", "found <party> had ...") is what the finding is about: the accused, never the
finding body's own side.

The finding is read where the sentence names one who accused before, then a finding verb
(data ``phrases``: "found that", "concluded that" ...; or ``bare`` "found", "concluded"
with the party's name right after, an article between), then the speaker's name. Nothing
else is changed: a speaker named before the finding ("Jonas Weber, a researcher at the
institute, which found that ...") is still placed as before.

Words: data/cues/en.json, "side38_found_party".
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from annotator.domain.proposals.lexicon import Lexicon, cue_file, find
from annotator.domain.proposals.reading import words_of

KEY = "side38_found_party"


@lru_cache(maxsize=4)
def _lists(language: str) -> tuple[dict[tuple[str, ...], float], frozenset[str],
                                   frozenset[str]]:
    raw = cue_file(language).get(KEY, {})
    return ({tuple(p.split()): 1.0 for p in raw.get("phrases", ())},
            frozenset(raw.get("bare", ())), frozenset(raw.get("articles", ())))


def _at(name: list[str], words: list[str]) -> list[int]:
    return [k for k in range(len(words) - len(name) + 1) if words[k:k + len(name)] == name]


def found_against(speaker: str | None, text: str, lex: Lexicon,
                  accuser_in: Callable[[list[str]], bool]) -> bool:
    """The sentence names one who accused (``accuser_in``: whether words name one, as the
    dispute reads a party's name), then a finding verb, then the speaker: the speaker is
    the party found against."""
    phrases, bare, articles = _lists(lex.language)
    name = words_of(speaker or "")
    if not name or not (phrases or bare):
        return False
    words = words_of(text)
    spots = _at(name, words)
    if not spots:
        return False
    cues = find(phrases, words) if phrases else []
    for k, w in enumerate(words):
        if w in bare:
            j = k + 1 + (k + 1 < len(words) and words[k + 1] in articles)
            if j in spots:
                cues.append((k, j))
    return any(any(e <= at for at in spots) and accuser_in(words[:s]) for s, e in cues)
