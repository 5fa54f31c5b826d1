"""A subject the sentence only describes, by a title ("The chief executive said", "Sang
menteri mengatakan", "Menteri itu menegaskan") or by the head noun of a body's name ("The
park said" after "Skyline Park"): the one the article names with that word (the
guidelines: a described speaker takes the name the article gives it).
"""

from __future__ import annotations

from annotator.domain.proposals.kinds import PERSON, kind_of
from annotator.domain.proposals.lexicon import Lexicon
from annotator.domain.proposals.name_words import BREAKS, gap_before
from annotator.domain.proposals.naming import known_or_new

_DEFINITE = {"the", "sang"}
_DEMONSTRATIVE = {"itu", "tersebut", "ini"}


def titled_subject(index, text, tokens, words, end: int, lex: Lexicon, why: str):
    """"The chief executive said", "Sang menteri mengatakan", "Menteri itu menegaskan": a
    title alone as the subject means the person the article named with it, before or after
    (the guidelines: a described speaker takes the name the article gives)."""
    said = words[:end]
    if not said:
        return None
    if said[-1] in _DEMONSTRATIVE and len(said) >= 2:  # "Menteri itu"
        titles, opener = said[-3:-1] if len(said) >= 3 else said[:-1], None
        titles = [w for w in titles if w in lex.titles] or said[-2:-1]
    else:
        start = max([i for i in range(end) if said[i] in _DEFINITE], default=None)
        if start is None or end - start > 4:
            return None
        titles, opener = said[start + 1:end], said[start]
    if not titles or not all(w in lex.titles for w in titles) or any(
            tokens[i].group()[:1].isupper() for i in range(end - len(titles), end)
            if opener is not None):
        return None
    if any(w in lex.spokespeople for w in titles):
        return None  # "the spokesperson": for the body (reading's own rule)
    for noun in reversed(titles):
        named = None
        if getattr(index, "table", None) is not None:  # a person named with that title
            people = [e for e in index.table.entities
                      if e.kind == PERSON and noun in e.titles and " " in e.name]
            named = index.table.nearest(people, index.at)
        if named and kind_of(named, lex) == PERSON:
            return known_or_new(index, named, f"{why} ('{' '.join(titles)}' = {named})")
    return None


def named_by_head(index, text, tokens, words, end: int, lex: Lexicon, why: str):
    """"The park said" after "Skyline Park", "the hotel" after "Hotel Mulia": a body the
    sentence calls by its name's head noun, the one the article named last before (else
    first after) with that word in its name."""
    table = getattr(index, "table", None)
    if table is None or end < 2 or words[end - 2] not in ("the", "this"):
        return None
    if end > 2 and not any(ch in BREAKS for ch in gap_before(text, tokens, end - 2)):
        return None  # "the park" must stand alone as the subject
    noun = words[end - 1]
    if not tokens[end - 1].group().islower() or noun in lex.titles or noun in lex.unnamed:
        return None
    matches = [e for e in table.entities if " " in e.name and (
        noun == e.name.casefold().split()[-1] or e.kind != PERSON
        and noun in e.name.casefold().split())]  # "Skyline Park" reads as a person's name
    named = table.nearest(matches, index.at)
    return known_or_new(index, named, f"{why} ('the {noun}' = {named})") if named else None
