"""What a speaker expects of others is an appeal (thirty-seventh round, issue 11, bug fix on
branch w10found1): "The North Riding Golf Association said it expected all affiliated clubs
to comply with equality law" asks something of the clubs, as "urged the clubs to comply"
does: context with its speaker (the guidelines: appeals, demands and calls are context).

Read: one of ``dispute_expecting``'s verbs of expecting ("expect", "expects", "expected",
"expecting"), not after an auxiliary ("is expected to comply": a forecast, read as
before), then at least one word (whom it is expected of) and "to" + one of
``dispute_conforming`` ("comply with", "meet", "follow") within ``REACH`` words. The
accused side's defence in the same words is no longer read there (wrongs.defence).
"""

from __future__ import annotations

from functools import lru_cache

from annotator.domain.proposals.lexicon import _phrases, cue_file, find

REACH = 6  # words between "expected" and "to comply with"
_EXPECT = frozenset({"expect", "expects", "expected", "expecting"})
_AUXILIARIES = frozenset({"is", "are", "was", "were", "be", "been", "being", "am", "not",
                          "never"})


@lru_cache(maxsize=4)
def _data(language: str) -> tuple[frozenset[str], dict[tuple[str, ...], float]]:
    raw = cue_file(language)
    expecting = frozenset(w for w in raw.get("dispute_expecting", ()) if w in _EXPECT)
    return expecting, _phrases(raw.get("dispute_conforming", []))


def expected_of_others(language: str, words: list[str]) -> tuple[int, int] | None:
    """The span of the verb of expecting when it asks others to meet a standard ("it
    expected all affiliated clubs to comply with equality law"), else None."""
    expecting, conforming = _data(language)
    if not expecting or expecting.isdisjoint(words):
        return None
    for k, word in enumerate(words):
        if word not in expecting or (k > 0 and words[k - 1] in _AUXILIARIES):
            continue
        for s, _ in find(conforming, words[k + 2:k + 2 + REACH + 1]):
            at = k + 2 + s
            if words[at - 1] == "to" and at - 1 > k + 1:
                return k, k + 1
    return None
