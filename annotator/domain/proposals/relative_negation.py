"""A negation inside a relative clause that describes a thing is no rebuttal (issue 11,
thirty-third round bug fix).

dispute.py reads "never" in a reported statement after an allegation as a word that answers
it ("said it had never withheld wages"). Right after a relative pronoun, with only
auxiliaries between ("breaks recorded that never happened", "hours that were never paid",
"spills which had never been cleaned up"), it says what the thing described is, most often
the speaker's own evidence of the wrong: nothing the speaker rejects. Not where "that"
follows a speech verb or a conjunction ("said that never happened", "but that never
happened": "that" is then the subject), nor where the noun described is the allegation
itself ("claims that never stood up": the allegation called false). Words in
data/cues/en.json, key ``rebuttal33_relative``.
"""

from __future__ import annotations

from functools import lru_cache

from annotator.domain.proposals.lexicon import Lexicon, cue_file, find


@lru_cache(maxsize=8)
def _relative(language: str) -> tuple[frozenset[str], ...]:
    data = cue_file(language).get("rebuttal33_relative", {})
    return tuple(frozenset(data.get(key, ())) for key in (
        "pronouns", "auxiliaries", "negations", "not_after", "allegations"))


def in_relative_clause(lex: Lexicon, words: list[str], at: int) -> bool:
    """Whether the negation at ``at`` ("never") opens the predicate of a relative clause:
    a relative pronoun before it with only auxiliaries between, after a word that is
    neither a speech verb, a conjunction, nor a noun of the allegation."""
    pronouns, auxiliaries, negations, not_after, allegations = _relative(lex.language)
    if words[at] not in negations:
        return False
    k = at - 1
    while k >= 0 and words[k] in auxiliaries:
        k -= 1
    if k < 1 or words[k] not in pronouns:
        return False
    head = words[k - 1]
    if head in not_after or head in allegations or head in lex.negations:
        return False
    return not any(s <= k - 1 < e for s, e in find(lex.speech, words[:k]))
