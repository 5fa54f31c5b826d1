"""A name the article writes only as a place (thirty-first round, issue 11): "Residents in
three wards of Ashcombe", "missed collections on estates in Northgate, Millfield and
Parkside", "farms across Kent and Sussex". Such a name is where something happened, never
the body a common noun means: "The council denied ..." is never "Millfield and Parkside"
(a name with "and" inside reads as a body by its shape, kinds.kind_of), nor is either of
them one speaker of a joint statement.

A name is so written when, every time the article names it, it stands right after a word
that places someone or something ("in", "at", "across"), after a place's noun and "of"
("three wards of Ashcombe", "the town of Millfield"), or goes on a list that opens so ("in
Northgate, Millfield and Parkside"). A name with a body's or a business's head noun
("Ashcombe Borough Council", "Millfield Homes") is a body wherever it stands, and a name the
article writes once as anything else ("Millfield and Parkside said") is no place by this
rule. English only; data: data/cues/en.json, "speaker31_places".
"""

from __future__ import annotations

import re
from functools import lru_cache

from annotator.domain.proposals.kinds import COMPANY
from annotator.domain.proposals.lexicon import Lexicon, cue_file
from annotator.domain.proposals.literal import written_at

KEY = "speaker31_places"
# a name written whole (literal.written_at: found by str.find, not compiled for each name)
_NOT_AFTER_WORD = re.compile(r"(?<![\w'’-])")
_NOT_BEFORE_WORD = re.compile(r"(?![\w'’-])")
_RUN = re.compile(r"((?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’.-]*)\s*$")
_JOINERS = ("and", "or")


@lru_cache(maxsize=4)
def _data(language: str) -> tuple[frozenset[str], frozenset[str]]:
    raw = cue_file(language).get(KEY, {})
    return frozenset(raw.get("before", ())), frozenset(raw.get("of_nouns", ()))


def _placed(head: str, lex: Lexicon, depth: int = 0) -> bool:
    """Whether a name written right after ``head`` (the sentence before it) stands where a
    place does."""
    before, of_nouns = _data(lex.language)
    words = head.split()
    if not words:
        return False
    last = words[-1].casefold().strip("(")
    if last == "the" and len(words) >= 2 and words[-2].casefold() in before:
        return True  # "across the Marches"
    if last in before:
        return True
    if last == "of" and len(words) >= 2 and words[-2].casefold().strip(",") in of_nouns:
        return True  # "three wards of Ashcombe"
    if depth >= 4:
        return False
    if last in _JOINERS or words[-1].endswith(","):  # "in Northgate, Millfield and ..."
        prior = head.rstrip()
        prior = prior[:-1] if prior.endswith(",") else prior[:len(prior) - len(words[-1])]
        prior = prior.rstrip().removesuffix(",")
        run = _RUN.search(prior)
        if run and run.group(1)[:1].isupper():
            return _placed(prior[:run.start(1)], lex, depth + 1)
    return False


def written_as_place(entity, texts: tuple[str, ...], lex: Lexicon) -> bool:
    """Whether the article writes ``entity`` (entities.Entity) only as a place: in each
    sentence that names it, every time, where a place stands."""
    if lex.language != "en" or entity.kind == COMPANY or not entity.mentions:
        return False
    heads = lex.org_heads | lex.company_markers | lex.government_heads
    if any(w in heads for w in entity.words()) or entity.nouns or entity.titles:
        return False  # "Ashcombe Borough Council", "the charity, X,": a body
    for at in entity.mentions:
        found = [start for start, _ in written_at(entity.name, texts[at], _NOT_AFTER_WORD,
                                                  _NOT_BEFORE_WORD)]
        if not found or not all(_placed(texts[at][:k], lex) for k in found):
            return False
    return True
