"""Whether the article's narration of an event bears on what the article disputes: the
guidelines make narration a claim "only when it gives checkable evidence on the disputed
point" (data/guidelines.md, "claim"). An event counted on a dated day (counted.py) is the
disputed event only where the article has made an allegation before it and the sentence
shares a word with the first one: its act, its object, its party or its place ("Four riders
were treated in hospital after the ride stopped" after an allegation about the ride). A
flood or an earthquake told in an article with no allegation, or supporters gathering in an
article about vote tampering, set the scene: context.

Measured on the tuned-on sets before this was written: of the ten narration sentences the
counted reading alone made claims, three were gold claims, each sharing a word with the
article's first allegation, and seven gold context, six sharing none."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from annotator.domain.proposals.counted import counted_event
from annotator.domain.proposals.lexicon import Lexicon, cue_file
from annotator.domain.proposals.measured import _possible
from annotator.domain.proposals.reading import (
    ACCUSATION,
    CLAIM,
    CONTEXT,
    LabelReading,
    words_of,
)

_WORD = re.compile(r"[^\W\d_]{3,}")
EVIDENCE = "narration giving evidence"  # read_label's reason for narration's evidence


@lru_cache(maxsize=8)
def _stop(language: str) -> frozenset[str]:
    return frozenset(cue_file(language).get("context12_bearing", {}).get("stop", ()))


def content(text: str, language: str) -> set[str]:
    """A sentence's content words, casefolded, an English plural's "s" taken off."""
    stop = _stop(language)
    out = set()
    for word in _WORD.findall(text.casefold()):
        if word in stop:
            continue
        out.add(word[:-1] if language == "en" and len(word) > 4 and word.endswith("s")
                else word)
    return out


def in_its_dispute(reading: LabelReading, text: str, lex: Lexicon, seen: Sequence[str],
                   role_of: Callable[[str, str], str]) -> LabelReading:
    """``reading`` as it stands, or context where it is an event counted on a dated day
    (counted.py) that does not bear on the article's first allegation. ``seen``: the
    sentences before, in order; ``role_of(text, language)``: the role the rules read."""
    if reading.role != CLAIM or not reading.reason.startswith(EVIDENCE):
        return reading
    if counted_event(lex, words_of(text), _possible) != reading.cue:
        return reading
    first = next((before for before in seen if role_of(before, lex.language) == ACCUSATION),
                 None)
    shared = content(text, lex.language) & content(first, lex.language) if first else set()
    if shared:
        return reading
    why = ("narration of an event with no allegation before it" if first is None else
           "narration of an event that shares nothing with the first allegation")
    return LabelReading(CONTEXT, reading.cue, f"{why}: '{reading.cue}'", 0.7, reading.hedges)
