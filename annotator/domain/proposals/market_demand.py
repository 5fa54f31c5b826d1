"""Demand for goods is no demand made (thirty-sixth round, issue 11, bug fix on branch
t36e2, from a try on a business story of the helper's own).

'She said demand for the brewery's pale ales had outstripped its current site': the word
"demand" is one of the lexicon's appeals ("appeal_context": "demanded", "demands"), so the
sentence was proposed as context, "an appeal or a call". Here "demand" is the noun of the
market, written with no article or possessive and followed by "for", "from" or a verb of
its own ("demand had risen", "Demand for electric vans rose 40 percent"): what buyers
want, not what the speaker asks. Read as an appeal still: the verb ("residents demand
answers", "we demand an apology", "would demand a meeting") and a demand someone makes
("its demand for an inquiry", "the union's demand", "a demand for").

Words: data ``context36_market_demand`` in data/cues/en.json: ``nouns`` (the word read),
``before`` (words that may stand right before it: a verb of saying, "that", a link, an
adjective of the market; or nothing: the sentence's start), ``after`` (the word right after
it: a preposition of the market or a verb of its own). A language without the key reads
every appeal as before.
"""

from __future__ import annotations

from functools import lru_cache

from annotator.domain.proposals.lexicon import cue_file


@lru_cache(maxsize=4)
def _data(language: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    raw = cue_file(language).get("context36_market_demand", {})
    return (frozenset(raw.get("nouns", ())), frozenset(raw.get("before", ())),
            frozenset(raw.get("after", ())))


def market_demand(language: str, words: list[str], at: int) -> bool:
    """The appeal word at ``at`` is the market's demand ("said demand for the ales had
    outstripped ..."), no appeal made."""
    nouns, before, after = _data(language)
    if at >= len(words) or words[at] not in nouns or at + 1 >= len(words):
        return False
    if words[at + 1] not in after:
        return False
    return at == 0 or words[at - 1] in before
