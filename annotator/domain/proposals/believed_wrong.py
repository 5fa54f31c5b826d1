"""A wrong only believed, in a relative clause of advice to readers (issue 11, thirty-sixth
round, bug fix on branch w9investigate2).

The guidelines: "Wrongdoing that is only being investigated, asked about or put as a
condition ('if it is true') is not yet an accusation", and advice ("customers can claim a
refund online") is an appeal, context. Advice on how to complain or appeal names its
readers by what they believe: "Drivers who believe they were wrongly charged can appeal to
the independent appeals service", "Anyone who thinks they have been mis-sold a policy should
contact the ombudsman". The wrong ("charged", "mis-sold") is a condition of the advice, as
in "If you believe you were wrongly charged, you can appeal": nobody is accused.

Read as structure (data/cues/en.json, key ``context36_believed``): the sentence opens with
at most ``SUBJECT_REACH`` words, then "who" and a verb of belief (``beliefs``: "believe",
"think", "feel", "suspect"), an optional "that", a pronoun (``pronouns``: "they", "you"),
then the wrong within ``CLAUSE_REACH`` words, and after it, within ``ADVICE_REACH`` words,
a modal of advice (``advice``: "can", "should", "are advised to"): the wrong's cue is read
as one inside an "if" clause (reading._conditional).

Not: a wrong stated ("Drivers were wrongly charged, the group said", "Drivers who were
wrongly charged can appeal": no belief); a named person's belief ("Mr Hale, who believes he
was wrongly charged, said he would appeal": no advice after it); a language without the
key."""

from __future__ import annotations

from functools import lru_cache

from annotator.domain.proposals.lexicon import _phrases, cue_file, find

SUBJECT_REACH = 3  # words before "who" ("Drivers", "Any motorists", "Those")
CLAUSE_REACH = 6  # words after the pronoun where the wrong stands ("were wrongly charged")
ADVICE_REACH = 8  # words after the wrong where the advice's modal starts


@lru_cache(maxsize=8)
def _cues(language: str) -> tuple[frozenset[str], frozenset[str], frozenset[str], dict]:
    raw = cue_file(language).get("context36_believed", {})
    return (frozenset(raw.get("who", ())), frozenset(raw.get("beliefs", ())),
            frozenset(raw.get("pronouns", ())), _phrases(raw.get("advice", [])))


def believed(language: str, words: list[str], at: int) -> bool:
    """The cue at ``at`` is a wrong the readers the advice addresses believe ("Drivers who
    believe they were wrongly charged can appeal")."""
    who, beliefs, pronouns, advice = _cues(language)
    if not who:
        return False
    for w in range(1, min(at, SUBJECT_REACH + 1)):
        if words[w] not in who or w + 2 >= len(words) or words[w + 1] not in beliefs:
            continue
        p = w + 2 + (words[w + 2] == "that")
        if p >= at or words[p] not in pronouns or at - p > CLAUSE_REACH:
            return False
        found = find(advice, words[at + 1:at + 1 + ADVICE_REACH + 3])
        return bool(found) and found[0][0] < ADVICE_REACH
    return False
