"""An offer or a promise in the past perfect told with a second act done, not a plan to come
(thirty-fifth round, issue 11, bug fix on branch w6offered).

"Pruett said the club had offered to double its rent and had spent £60,000 of its own money
on new changing rooms": the plan's word is in the past perfect ("had offered to", "had
already agreed to", "had promised to") and a second past-perfect act of the same subject
is coordinated after it ("and had spent", "and had paid"). The speaker tells what its side
did: an account, whose fact is the sentence's claim (the guidelines ask for a checkable
fact before context), not the speaker's plan, which the guidelines make context.

Narrow by design: an offer in the past perfect alone ("said it had offered to review any
client's bill free of charge") is still an offer that stands, context; so is a second act
that is itself a plan ("and had promised to repair the roof"). The words are data,
``context35_past_offer`` in ``data/cues/<language>.json`` (a language without them reads
nothing here)."""

from __future__ import annotations

from functools import lru_cache

from annotator.domain.proposals.lexicon import _phrases, cue_file, find


@lru_cache(maxsize=8)
def _family(language: str | None):
    raw = cue_file(language)
    own = raw.get("context35_past_offer", {})
    plan = raw.get("context11_plans", {})
    plans = {**_phrases(raw.get("plans", [])), **_phrases(plan.get("phrases", [])),
             **_phrases(plan.get("commitments", []))}
    return (frozenset(own.get("perfect", ())), frozenset(own.get("adverbs", ())),
            _phrases(own.get("links", [])), plans)


def told_as_done(language: str | None, words: list[str], s: int, e: int) -> bool:
    """The plan's words at ``words[s:e]`` stand in the past perfect and a second
    past-perfect act that is no plan is coordinated after them: what was done, told."""
    perfect, adverbs, links, plans = _family(language)
    if not perfect or not links:
        return False
    k = s - 1
    while k >= 0 and words[k] in adverbs:
        k -= 1
    if k < 0 or words[k] not in perfect:
        return False
    for _, b in find(links, words[e:]):
        k = e + b
        while k < len(words) and (words[k] in adverbs or words[k] == "been"):
            k += 1
        if k < len(words) and not any(at == 0 for at, _ in find(plans, words[k:])):
            return True
    return False
