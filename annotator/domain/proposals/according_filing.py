"""What a filed complaint alleges, told "according to" it (issue 11, thirty-ninth round, bug
fix on branch w14b1; data ``accuse39_according_filing`` in data/cues/en.json, read in
dispute.py ``_opening``).

The guidelines: "A sentence reporting that a complaint, report or lawsuit was filed is an
accusation by whoever filed it, even when it does not restate what is alleged." A story
often opens with the allegation and puts the filing after it: "A Wexmoor councillor voted
to award a £1.4 million contract to a company part-owned by his brother-in-law without
declaring the link, according to a formal complaint lodged with the council's monitoring
officer." The rules read "according to" as reported speech, a claim, unless the clause
holds a listed wrong ("dumped waste", "without their consent").

Read here: "according to" with a complaint brought in as new, an indefinite article and at
most ``modifier_reach`` words before its noun ("a formal complaint", "a class-action
lawsuit") or a bare plural with a filing participle ("according to complaints lodged with
the ombudsman"; not "according to complaints data"): the
sentence tells the filing and what it alleges, the accusation of whoever filed it. A noun of
another sense as well (``with_participle``: "claim", "petition", "case") counts only with a
filing participle right after it ("a claim filed with the tribunal", "a petition submitted
to the council"; not "a claim made by the company", an assertion).

Not: a filing the article has already brought in ("according to the lawsuit", "according to
the indictment": the readable sets' gold reads such later sentences as claims where they
give evidence, figures or documents); a document that is no complaint ("according to
accounts filed with Companies House", "according to a report"); a filing with a regulator
that is a party's own disclosure ("a filing with the SEC": no noun of the lists).
"""

from __future__ import annotations

from functools import lru_cache

from annotator.domain.proposals.lexicon import cue_file
from annotator.domain.proposals.name_words import tokens_and_words

KEY = "accuse39_according_filing"


@lru_cache(maxsize=8)
def _lists(language: str) -> dict:
    raw = cue_file(language).get(KEY, {})
    return {
        "opener": tuple(raw.get("opener", "").split()),
        "determiners": frozenset(raw.get("determiners", ())),
        "nouns": frozenset(raw.get("nouns", ())),
        "plurals": frozenset(raw.get("plurals", ())),
        "with_participle": frozenset(raw.get("with_participle", ())),
        "participles": frozenset(raw.get("participles", ())),
        "not_modifiers": frozenset(raw.get("not_modifiers", ())),
        "modifier_reach": int(raw.get("modifier_reach", 0)),
    }


def according_to_filing(text: str, language: str) -> str | None:
    """The words from "according to" to the filing's noun where a sentence tells what a
    complaint brought in as new alleges ("according to a formal complaint", "according to
    a claim filed"), else None: the filing is the accusation (module docstring)."""
    data = _lists(language)
    opener = data["opener"]
    if not opener:
        return None
    _, words = tokens_and_words(text)
    n = len(opener)
    for at in range(len(words) - n):
        if tuple(words[at:at + n]) != opener:
            continue
        end = _filing_noun(words, at + n, data)
        if end is not None:
            return " ".join(words[at:end])
    return None


def _filing_noun(words: list[str], k: int, data: dict) -> int | None:
    """Where the complaint's noun phrase that opens at ``k`` ends (a participle kept for a
    noun of another sense or a bare plural), or None: "a formal complaint", "complaints
    lodged", "a claim filed"."""
    if words[k] in data["plurals"]:  # "complaints lodged with", not "complaints data"
        return k + 2 if k + 1 < len(words) and words[k + 1] in data["participles"] else None
    if words[k] not in data["determiners"]:
        return None
    for head in range(k + 1, min(len(words), k + 2 + data["modifier_reach"])):
        word = words[head]
        if word in data["nouns"]:
            return head + 1
        if word in data["with_participle"]:
            after = head + 1
            return after + 1 if after < len(words) and words[after] in data["participles"] \
                else None
        if word in data["not_modifiers"] or not word[:1].isalpha():
            return None
    return None
