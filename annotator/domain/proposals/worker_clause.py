"""A relative clause that tells what work the speaker does for a party ("Abdul Rahman, who
has delivered for Zipto in east London for three years, said"): the speaker is one of the
party's workers or riders, not its voice (issue 11, thirty-ninth round, branch t39e4).

The helper's try (a delivery app accused of unsafe targets by its riders): a rider quoted
with his own account of the app was placed on the accused side ("Abdul Rahman speaks for
Zipto") because the company's name stood beside his, and his evidence and his quotation were
proposed as denials. A body's voice is given by title ("a Zipto spokesperson", "Zipto's
head of operations"); a worker is told by what they do for it, in a clause of their own.

Read as structure: "who", at most ``reach`` words of auxiliaries or adverbs, then one of the
work verbs and one of its links ("for", "at", "with"): the clause's words, from "who" on, are
not read as standing for a party. "worked" counts only without "has"/"have" before it (a
former worker: "who had worked at the site", "who worked for the firm until March"; "who has
worked for the company for 12 years" may still speak for it). Words:
data/cues/<language>.json, key ``side39_worker_clause``; a language without it has none."""

from __future__ import annotations

from functools import lru_cache

from annotator.domain.proposals.lexicon import cue_file


@lru_cache(maxsize=8)
def _words(language: str) -> tuple[frozenset[str], frozenset[str], frozenset[str],
                                   frozenset[str], frozenset[str], frozenset[str]]:
    raw = cue_file(language).get("side39_worker_clause", {})
    return tuple(frozenset(raw.get(k, ())) for k in (
        "relatives", "between", "verbs", "past_only", "present_perfect", "links"))


def worker_clause_at(words: list[str], language: str) -> int | None:
    """Where the clause of the speaker's work opens in ``words`` (the words beside the
    speaker's name), or None."""
    relatives, between, verbs, past_only, perfect, links = _words(language)
    if not verbs:
        return None
    for k, w in enumerate(words):
        if w not in relatives:
            continue
        j = k + 1
        while j < len(words) and words[j] in between:
            j += 1
        if j + 1 >= len(words) or words[j] not in verbs or words[j + 1] not in links:
            continue
        if words[j] in past_only and any(a in perfect for a in words[k + 1:j]):
            continue  # "who has worked for the company for 12 years": still one of it
        return k
    return None


def without_worker_clause(words: list[str], language: str) -> list[str]:
    """The words beside a speaker with the clause of their work for a party left out."""
    at = worker_clause_at(words, language)
    return words if at is None else words[:at]
