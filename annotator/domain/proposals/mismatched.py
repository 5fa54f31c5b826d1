"""An account said not to match what was seen or told (thirty-fourth round, issue 11, try
branch t34transport).

The guidelines: anyone saying one side's statement is false or wrong makes a denial, and an
accuser who answers a denial ("the denial is not credible") makes one too. News writes the
answer as an account that does not match: "The midwife later said the trust's response did
not match what staff saw on the ward", "said the ministry's explanation did not match its
own documents", "Ms Gethin said the company's explanation did not match what members had
been told". Read as plain reported speech, each was a claim.

A word for a party's account (``nouns``: explanation, response, account, version), then
a negation (``negations``) and ``match``: a denial, read in reading._own_words beside the
denial cues but not added to them (a cue word is also a verb a speaker is found by, and
"the trust's response" would then speak). Not "the account numbers did not match" (a word
between), not "did match". The words are data (data/cues/en.json, ``deny34_mismatch``).
"""

from __future__ import annotations

from functools import lru_cache

from annotator.domain.proposals.lexicon import Lexicon, cue_file

KEY = "deny34_mismatch"


@lru_cache(maxsize=8)
def _data(language: str) -> tuple[frozenset[str], tuple[tuple[str, ...], ...], frozenset[str]]:
    raw = cue_file(language).get(KEY, {})
    return (frozenset(raw.get("nouns", ())),
            tuple(tuple(n.split()) for n in raw.get("negations", ())),
            frozenset(raw.get("verbs", ())))


def account_mismatched(lex: Lexicon, words: list[str]) -> tuple[str, int] | None:
    """(the words read, where they start) where a party's account is said not to match
    (module doc), else None."""
    nouns, negations, verbs = _data(lex.language)
    if not nouns:
        return None
    for k, word in enumerate(words):
        if word not in nouns:
            continue
        for negation in negations:
            end = k + 1 + len(negation)
            if tuple(words[k + 1:end]) == negation and end < len(words) \
                    and words[end] in verbs:
                return " ".join(words[k:end + 1]), k
    return None
