"""Blaming a cause is no accusation of a party (issue 11, thirty-third round, bug fix from a
try on articles of the team's own).

"The festival was cancelled after organisers Brightwater Live blamed 'unforeseen ground
conditions'", "The airline blamed bad weather for the delays", "Panitia menyalahkan cuaca
buruk atas pembatalan konser": what is blamed is a cause (the weather, ground conditions, a
technical fault, demand, delays), not a person, body or name, so nobody is accused; the
sentence tells the speaker's explanation, a claim. Read as an accusation, it also counted
the speaker as an accuser for the rest of the article, so its later reply to a complaint
stayed a claim.

A verb of blaming (``verbs``: "blamed", "blames", "blaming", "blame", "menyalahkan") with a
direct object (not "blamed for", "blamed on", "was blamed", "the blame"), whose clause after
it (up to ``reach`` words, to the next comma, semicolon, colon, dash or full stop) names a
cause (``causes``) and no party: no capitalised word (a name), no personal pronoun
(``pronouns``) and none of ``parties`` ("the contractor", "staff", "kontraktor"). Only the
words after the verb are read: "was due to feature 40 acts" elsewhere in the sentence is no
cause blamed. "blamed the contractor", "blamed SkyJet", "blamed the delays on the
contractor", "menyalahkan pekerja" stay accusations.

Blame from the side that has already denied the allegation is still its denial (dispute.py:
"It blamed the shortage on a prolonged drought": the accused side blames another cause, as
the guidelines read it).

Words: data ``accuse33_cause_blamed`` in data/cues/{en,id}.json.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from annotator.domain.proposals.deeds import clause_breaks
from annotator.domain.proposals.lexicon import cue_file

REASON = "a cause blamed, no party accused"


@dataclass(frozen=True)
class Words:
    """data/cues/<language>.json, key ``accuse33_cause_blamed``."""

    verbs: frozenset[str]
    causes: frozenset[str]
    parties: frozenset[str]
    pronouns: frozenset[str]
    not_objects: frozenset[str]  # "for", "on": no direct object ("blamed for the flood")
    not_before: frozenset[str]  # "was", "the": a passive or a noun ("was blamed", "the blame")
    place_before: frozenset[str]  # "in": the capitalised run after it is a place ("in Mexico")
    reach: int


@lru_cache(maxsize=8)
def words_for(language: str) -> Words:
    raw = cue_file(language).get("accuse33_cause_blamed", {})
    return Words(*(frozenset(raw.get(k, ())) for k in (
        "verbs", "causes", "parties", "pronouns", "not_objects", "not_before", "place_before")),
        int(raw.get("reach", 0)))


def cause_blamed(language: str, tokens, words: list[str], at: int) -> bool:
    """The verb of blaming at word ``at`` has a cause for its object and no party within its
    clause after it ("blamed 'unforeseen ground conditions'", "blamed bad weather for the
    delays"); never "blamed the contractor", "blamed the delays on SkyJet"."""
    listed = words_for(language)
    if not listed.verbs or at >= len(words) or words[at] not in listed.verbs:
        return False
    if at + 1 >= len(words) or words[at + 1] in listed.not_objects:
        return False
    if at > 0 and words[at - 1] in listed.not_before:
        return False
    breaks = clause_breaks(tokens) if tokens and len(tokens) == len(words) else ()
    end = at + 1
    while end < min(len(words), at + 1 + listed.reach) and not (breaks and breaks[end]):
        end += 1
    after = range(at + 1, end)
    if any(words[k] in listed.parties or words[k] in listed.pronouns for k in after):
        return False
    if tokens and len(tokens) == len(words) and any(
            tokens[k].group()[:1].isupper() and not _placed(tokens, words, k, at, listed)
            for k in after):
        return False  # a name: "blamed SkyJet", "blamed Storm Ciarán"
    return any(words[k] in listed.causes for k in after)


def _placed(tokens, words: list[str], k: int, at: int, listed: Words) -> bool:
    """The capitalised word at ``k`` stands in a run of capitalised words opened right after
    one of ``place_before`` ("meat eaten at a restaurant in Mexico", "in Font-Romeu"): where
    the cause was met, a place, not a party blamed (thirty-ninth round)."""
    while k > at + 1 and tokens[k - 1].group()[:1].isupper():
        k -= 1
    return k > at + 1 and words[k - 1] in listed.place_before
