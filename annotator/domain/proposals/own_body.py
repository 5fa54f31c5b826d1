"""The body the accusers belong to, when they accuse its own people, is no accuser (issue 11,
thirty-seventh round, bug fix on branch w10sides1).

An accusation's subject nouns are the accusers' own ("Drivers at Swiftway accused":
``dispute.subject_nouns``), so that a member who speaks later ("a driver, Tom Lee, said") is
on the accusing side. The subject may name the body the accusers belong to as well:
"Parents at a primary school in Chesterfield have accused its leaders of keeping money".
When what follows the cue is that body's own ("its leaders", "its head", "the school's
governors", "the school"), the body is on the accused side, and its nouns are not the
accusers': "Anita Gormley, the school's headteacher, said the school had never kept any of
the money" speaks for the school, not for the parents.

Read in English only: the words after the last linking word ("at", "of") of the subject
are the body's, when the words right after the cue open with "its" or with "the" and a word
of that body. "Residents of a tower block have accused the council of ignoring repairs"
keeps "tower block" the accusers' (the council is another body).

Words: data/cues/en.json, "side37_own_body".
"""

from __future__ import annotations

from functools import lru_cache

from annotator.domain.proposals.lexicon import cue_file

KEY = "side37_own_body"
THE_REACH = 2  # words after "the" where a word of the body may stand ("the primary school's")
LINK_BACK = 3  # words before the subject's reach where its link may stand ("Parents at a primary
# school in Chesterfield have accused": the reach stops at "a", its link is the word before)


@lru_cache(maxsize=4)
def _words(language: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    raw = cue_file(language).get(KEY, {})
    return (frozenset(raw.get("links", ())), frozenset(raw.get("possessives", ())),
            frozenset(raw.get("articles", ())))


def own_body_from(words: list[str], start: int, at: int, end: int, language: str) -> int:
    """Where, in an accusation's subject (``words[start:at]``, its cue ``words[at:end]``),
    the body the accusers belong to begins, when the cue accuses that body's own; ``at``
    (nothing left out) otherwise."""
    links, possessives, articles = _words(language)
    if not links or end >= len(words):
        return at
    tied = [k for k in range(max(0, start - LINK_BACK), at) if words[k] in links]
    if not tied:
        return at
    begin = tied[-1] + 1
    body = {w for w in words[begin:at] if len(w) > 3}
    after = words[end]
    if after in possessives or (after in articles and any(
            w in body for w in words[end + 1:end + 1 + THE_REACH])):
        return tied[-1]
    return at
