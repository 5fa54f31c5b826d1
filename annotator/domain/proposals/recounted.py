"""A promise recounted inside a quotation, not made (thirty-first round, issue 11): the
promise's word in the past ("promised") inside quotation marks, with another party as the
one who promised ("They promised to fix it, and clearly they did not", "They sat in our
village hall and promised us a quarter, at most") or with what became of it ("We promised
that work would pay, and this is that promise kept"). The speaker tells what was promised
and what followed: an event of the story, a claim (or the accusation other rules read), not
the speaker's own plan, which the guidelines make context.

Narrow by design: only inside a quotation (narration's "has promised to build 1.5 million
homes" is a plan and stays one), only the past form, and only with "they" among the few
words before it or a word of its outcome ("kept", "broke", "did not") after it. The words
are data, ``context31_recounted`` in ``data/cues/<language>.json``."""

from __future__ import annotations

from functools import lru_cache

from annotator.domain.proposals.lexicon import _phrases, cue_file, find


@lru_cache(maxsize=8)
def _family(language: str | None):
    raw = cue_file(language).get("context31_recounted", {})
    return (frozenset(raw.get("verbs", ())), frozenset(raw.get("others", ())),
            int(raw.get("reach", 0)), _phrases(raw.get("outcomes", [])))


def recounted(language: str | None, words: list[str], at: int, quoted: bool) -> bool:
    """The plan's word at ``at`` (inside a quotation when ``quoted``) recounts a promise
    made before rather than making one."""
    verbs, others, reach, outcomes = _family(language)
    if not quoted or at >= len(words) or words[at] not in verbs:
        return False
    if any(w in others for w in words[max(0, at - reach):at]):
        return True
    return bool(find(outcomes, words[at + 1:]))
