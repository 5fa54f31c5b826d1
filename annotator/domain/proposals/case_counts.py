"""A wrong named only as the kind of cases a statistic counts ("Figures from the Ministry
of Justice show sex discrimination claims to employment tribunals rose by 14 per cent",
"harassment complaints to the regulator doubled in 2023"): the figure is a claim of whoever
gives it; nobody is said to have done the wrong (the guidelines: a claim is a checkable
fact, an accusation attributes a wrongful act to an identifiable party).

Thirty-ninth round, issue 11 (branch t39e3): the helper's try, an employment tribunal story,
ended on the ministry's figures, proposed "accusation: reported wrongdoing 'discrimination'".
Read as structure: the wrong's words, then right after them a noun for a kind of case
("claims", "cases", "complaints"; one more word of the wrong's name may come first:
"unfair dismissal claims"), and a verb of a number's change within ``reach`` words
after that noun ("rose", "doubled", "fell"); or a word of counting just before the wrong
("the number of fraud cases", "a rise in harassment complaints"). Not when "against" follows
the noun before the verb: the cases are brought against a party ("fraud charges against the
director had increased"). Words: data/cues/<language>.json, key
``claim39_case_statistics``; a language without the key has none."""

from __future__ import annotations

from functools import lru_cache

from annotator.domain.proposals.lexicon import cue_file


@lru_cache(maxsize=8)
def _words(language: str) -> tuple[frozenset[str], frozenset[str], frozenset[str],
                                   frozenset[str], frozenset[str], int]:
    raw = cue_file(language).get("claim39_case_statistics", {})
    return (frozenset(raw.get("kinds", ())), frozenset(raw.get("changes", ())),
            frozenset(raw.get("counting", ())), frozenset(raw.get("against", ())),
            frozenset(raw.get("links", ())), int(raw.get("reach", 0)))


def counted_kind(language: str, words: list[str], start: int, end: int) -> bool:
    """The wrong at ``words[start:end]`` names the kind of cases a figure counts: a noun of
    cases right after it, or after one more word of the name that is no link ("unfair
    dismissal claims"), and a verb of change after that noun (no "against" between), or a
    word of counting just before the wrong."""
    kinds, changes, counting, against, links, reach = _words(language)
    if end < len(words) - 1 and words[end] not in kinds and words[end] not in links \
            and words[end].isalpha():
        end += 1  # "unfair dismissal claims": the wrong's name runs one word on
    if end >= len(words) or words[end] not in kinds:
        return False
    if start >= 2 and (words[start - 1] in counting or words[start - 2] in counting):
        return True  # "the number of fraud cases", "a rise in sex discrimination claims"
    return _changes_after(words, end, changes, against, reach)


def _changes_after(words: list[str], at: int, changes: frozenset[str],
                   against: frozenset[str], reach: int) -> bool:
    """A verb of a number's change within ``reach`` words after the noun of cases at
    ``at``, with no "against" first."""
    for w in words[at + 1:at + 1 + reach]:
        if w in against:
            return False
        if w in changes:
            return True
    return False


def counted_words(language: str, words: list[str], wrong: str) -> bool:
    """``counted_kind`` for a wrong given as its words ("mis-selling"), where it first
    stands in the sentence."""
    found = wrong.split()
    for k in range(len(words) - len(found) + 1):
        if words[k:k + len(found)] == found:
            return counted_kind(language, words, k, k + len(found))
    return False


def counted_cases(language: str, words: list[str]) -> bool:
    """The sentence tells how a count of cases changed ("said theory test fraud cases
    across Britain had more than doubled in two years"): a noun of cases with a verb of
    change after it. What an inspecting body says so is its figure, not a party's act
    (enforcer_finding.py: "Britain had ... doubled" is no actor and its deed)."""
    kinds, changes, _, against, _, reach = _words(language)
    return any(w in kinds and _changes_after(words, k, changes, against, reach)
               for k, w in enumerate(words))
