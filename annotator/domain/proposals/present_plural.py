"""A speech verb in the present tense after a plural subject ("The workers claim the
deductions ...", "Critics argue that ...", "Residents insist they were never told") is
reported speech, as "say" is (issue 11, thirty-third round: the lead's try proposed
"context: no speech verb" for "The workers ... claim the deductions have cost ...").

The bare forms are also nouns and verbs of other senses ("a pay claim", "maintain the
road", "add salt"), so a form counts only where a plural subject stands before it and a
clause opens after it: the subject a plural noun or a pronoun, the next word one that starts
what is said ("that", a determiner, a pronoun, a name). Words in data/cues/<language>.json,
key "speech_present_plural"; a language without the key has none."""

from __future__ import annotations

from functools import lru_cache

from annotator.domain.proposals.lexicon import cue_file

STRENGTH = 0.8  # as "say": the present tense of a report, weaker than "said"


@lru_cache(maxsize=8)
def _words(language: str) -> tuple[frozenset[str], frozenset[str], frozenset[str],
                                   frozenset[str]]:
    found = cue_file(language).get("speech_present_plural", {})
    return (frozenset(found.get("verbs", ())), frozenset(found.get("subjects", ())),
            frozenset(found.get("not_subjects", ())), frozenset(found.get("openers", ())))


def _plural_subject(word: str, subjects: frozenset[str], not_subjects: frozenset[str]) -> bool:
    if word in subjects:
        return True
    return len(word) > 3 and word.endswith("s") and not word.endswith("ss") \
        and word.isalpha() and word not in not_subjects


def _between(tokens, k: int) -> str:
    """The characters between token ``k - 1`` and token ``k``."""
    before, at = tokens[k - 1], tokens[k]
    return at.string[before.end():at.start()]


def spans(language: str, tokens, words: list[str]) -> list[tuple[int, int]]:
    """Where a present-tense speech verb stands after a plural subject with a clause after
    it: (start, end) token spans, as lexicon.find gives them. A comma just before the verb
closes a clause set between the subject and it; the verb's own form is then the plural."""
    verbs, subjects, not_subjects, openers = _words(language)
    if not verbs:
        return []
    out = []
    for k in range(1, len(words) - 1):
        if words[k] not in verbs:
            continue
        closed = "," in _between(tokens, k)  # "Residents, who live beside the plant, claim"
        if not closed and not _plural_subject(words[k - 1], subjects, not_subjects) \
                and not _placed_plural(words, k, subjects, not_subjects):
            continue
        after = words[k + 1]
        if after in openers or (after.isalpha() and tokens[k + 1].group()[:1].isupper()) \
                or _plural_clause(words, k + 1, subjects, not_subjects):
            out.append((k, k + 1))
    trailing = _trailing(tokens, words, verbs, subjects, not_subjects)
    if trailing is not None:
        out.append((trailing, trailing + 1))
    return out


TRAILING_REACH = 3  # words from the comma to the verb: ", union officials claim."


def _trailing(tokens, words: list[str], verbs: frozenset[str], subjects: frozenset[str],
              not_subjects: frozenset[str]) -> int | None:
    """The attribution set after what is said, a plural subject and the verb closing the
    sentence after a comma ("... kept in the dark for weeks, campaigners claim."; round 39,
    t39e1: the loop above wants a clause after the verb, so the tabloid's trailing form was
    "context: no speech verb" while ", residents say." was speech). The verb is the last word;
    the word before it a plural subject; a comma at most ``TRAILING_REACH`` words before the
    verb, with no comma between that subject and the verb. The verb's index, or None."""
    k = len(words) - 1
    if k < 2 or words[k] not in verbs or len(tokens) != len(words) \
            or tokens[k].string[tokens[k].end():].strip(" .!\"'”’") \
            or not _plural_subject(words[k - 1], subjects, not_subjects):
        return None
    for j in range(k - 1, max(1, k - TRAILING_REACH) - 1, -1):
        if "," in _between(tokens, j):
            return k
    return None


# a finite verb that shows a plural noun after the verb opens a clause ("claim children are
# going hungry", "insist pupils were never told"), not an object ("claim benefits from")
_FINITE = frozenset({"are", "were", "have", "had", "will", "would", "could", "can", "should",
                     "may", "might", "must", "did", "do", "never"})


_OPENING = frozenset({"the", "some", "many", "most", "several", "dozens", "hundreds"})
# where the people of a plural subject are ("Parents at three primary schools in Rotherham")
_PLACED = frozenset({"at", "in", "near", "across", "around", "from", "outside", "on"})
PLACED_REACH = 10  # words from the plural subject to its verb


def _placed_plural(words: list[str], k: int, subjects: frozenset[str],
                   not_subjects: frozenset[str]) -> bool:
    """A plural of people opens the sentence and a phrase of where they are runs up to the
    verb at ``k`` ("Parents at three primary schools in Rotherham claim ..."; round 38,
    lt38a3): the verb's subject is that plural, as plural_people.py reads "Parents at a
    school say". No other verb form between (a word ending in -ed)."""
    j = 0
    while j < k and words[j] in _OPENING:
        j += 1
    return j + 1 < k <= j + PLACED_REACH and words[j + 1] in _PLACED \
        and _plural_subject(words[j], subjects, not_subjects) \
        and not any(w.endswith("ed") or w in _FINITE for w in words[j + 1:k])


def _plural_clause(words: list[str], at: int, subjects: frozenset[str],
                   not_subjects: frozenset[str]) -> bool:
    """A plural noun at ``at`` with a finite verb right after it: the subject of what is
    said (round 38, lt38a3: "Parents ... claim children are going hungry" had no speech
    verb, as "children" opens no clause by the openers alone)."""
    return at + 1 < len(words) and words[at + 1] in _FINITE \
        and _plural_subject(words[at], subjects, not_subjects)
