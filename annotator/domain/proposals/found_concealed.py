"""A concealment found is a wrong stated (thirty-seventh round, issue 11, bug fix on branch
w10found2, from a try helper's blind try on a salary cap story).

'"We have found clear evidence that the club paid players through third parties to hide the
true size of its wage bill," the board's salary cap manager said' was proposed as a claim by
reported speech. "Found clear evidence that" did not keep it a claim: the same sentence with
"the club hid the true size of its wage bill" is read as an accusation, since the lexicon
knows "hid", "hidden", "concealed" as wrongs. It does not know the infinitive of purpose,
"to hide", "to conceal", which says an act was done so as to hide something: with a
finding before it, the finding states the wrong (the guidelines: "naming the act is
enough").

Read: "found" (not negated, not "found no evidence"), then "that" directly or after a few
words ending in "evidence that", "proof that" ("found clear evidence that", "have found
that"); in the clause after it, "to" + one of ``verbs`` ("hide", "conceal", "disguise",
"cover up", "mask") + one of ``objects`` (a determiner or a possessive: "the", "its",
"their", "how" ...), not negated ("not to hide"). Unchanged: "found no evidence that"
(a denial's cue), "found evidence of flooding" (no clause), "we have nothing to hide".

Words: data ``accuse37_found_concealed`` in data/cues/en.json. A language without the key
reads as before.
"""

from __future__ import annotations

from functools import lru_cache

from annotator.domain.proposals.lexicon import Lexicon, _phrases, cue_file, find

EVIDENCE_REACH = 4  # words between "found" and "evidence that" ("found clear and direct")


@lru_cache(maxsize=4)
def _data(language: str) -> tuple[frozenset[str], frozenset[str], dict[tuple[str, ...], float],
                                  frozenset[str]]:
    raw = cue_file(language).get("accuse37_found_concealed", {})
    return (frozenset(raw.get("found", ())), frozenset(raw.get("evidence", ())),
            _phrases(raw.get("verbs", [])), frozenset(raw.get("objects", ())))


def _clause_after(lex: Lexicon, words: list[str], k: int,
                  evidence: frozenset[str]) -> int | None:
    """Where the that-clause of the finding at ``k`` starts, else None."""
    if words[k + 1:k + 2] == ["that"]:
        return k + 2
    for j in range(k + 1, min(len(words) - 1, k + 2 + EVIDENCE_REACH)):
        if words[j] in lex.negations or words[j] in ("no", "nothing", "little"):
            return None  # "found no evidence that", "found little evidence that"
        if words[j] in evidence and words[j + 1] == "that":
            return j + 2
    return None


def found_concealed(lex: Lexicon, words: list[str]) -> str | None:
    """The words of a concealment a finding states ("found clear evidence that ... to
    hide"), else None."""
    found, evidence, verbs, objects = _data(lex.language)
    if not found or found.isdisjoint(words):
        return None
    for k, word in enumerate(words):
        if word not in found or any(w in lex.negations for w in words[max(0, k - 3):k]):
            continue  # "has not found", "did not find"
        start = _clause_after(lex, words, k, evidence)
        if start is None:
            continue
        clause = words[start:]
        for s, e in find(verbs, clause):
            if s == 0 or clause[s - 1] != "to" or clause[e:e + 1] == [] or \
                    clause[e] not in objects:
                continue
            if s > 1 and clause[s - 2] in lex.negations:
                continue  # "found that it had tried not to hide"
            return f"{' '.join(words[k:start])} ... to {' '.join(clause[s:e])}"
    return None
