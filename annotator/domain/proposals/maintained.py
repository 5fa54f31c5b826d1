"""Innocence maintained is a denial (thirty-seventh round, issue 11, bug fix on branch
w10court2, from a try helper's blind try).

The try's article: a director is disqualified after the Insolvency Service found he moved
£640,000 out of his firm; "His solicitor ... said on Thursday her client was 'disappointed'
by the ruling and maintained he had acted 'honestly throughout'." was proposed a claim (by
"said"). To maintain one's innocence, that one acted honestly or properly, that one did
nothing wrong, is the accused side's reply to the allegation: a denial (guidelines: it
argues against the allegation).

A form of "maintain" (``verbs``), then up to ``reach`` words of a clause's opening
(``between``: "that", a pronoun, "had", "always", "the company") and what is maintained
(``maintained``: "innocence", "acted honestly", "acted lawfully", "acted properly", "done
nothing wrong"): a denial, read in reading._own_words beside the denial cues but not added
to them (the speaker stays the subject of the speech verb). Not "maintained the building",
"maintained its forecast" (nothing of the list), not a negated verb ("never maintained").
The words are data (data/cues/en.json, ``deny37_maintained``); Indonesian has none.
"""

from __future__ import annotations

from functools import lru_cache

from annotator.domain.proposals.lexicon import Lexicon, cue_file

KEY = "deny37_maintained"


@lru_cache(maxsize=8)
def _data(language: str) -> tuple[frozenset[str], frozenset[str],
                                  tuple[tuple[str, ...], ...], int]:
    raw = cue_file(language).get(KEY, {})
    return (frozenset(raw.get("verbs", ())), frozenset(raw.get("between", ())),
            tuple(tuple(p.split()) for p in raw.get("maintained", ())),
            int(raw.get("reach", 0)))


def innocence_maintained(lex: Lexicon, words: list[str]) -> tuple[str, int] | None:
    """(the words read, where they start) where a speaker maintains its innocence or that
    it acted honestly or properly (module doc), else None."""
    verbs, between, maintained, reach = _data(lex.language)
    if not verbs:
        return None
    for k, word in enumerate(words):
        if word not in verbs or (k > 0 and words[k - 1] in lex.negations):
            continue
        at = k + 1
        while True:
            for phrase in maintained:
                if tuple(words[at:at + len(phrase)]) == phrase:
                    return " ".join(words[k:at + len(phrase)]), k
            if at - k > reach or at >= len(words) or words[at] not in between:
                break
            at += 1
    return None
