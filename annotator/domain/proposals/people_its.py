"""A plural of people never owns "its" (issue 11, thirty-seventh round, bug fix on branch
w10sides2).

Right after an accusation, a speaker introduced by a possessive ("Its chair, Lisa Grant,
said") was read as the accuser's own officer (``Dispute.accusing_side``): "The residents'
association has accused the council ... Its chair ..." is the association's. But when the
accusers are a plural of unnamed people ("Tenants have accused a Plymouth letting agent of
keeping deposits ..."), "its" cannot be theirs: people own no director, and "its" is the
body's, the agent's. "Its director, Gareth Lomas, said the agency had never kept a tenant's
deposit" is then no longer read as the accusing side's own negation.

The accusation before is a plural of people's when it was proposed with no speaker and one
of the plurals of people (data "speaker36_people_of", "people") opens its subject ("Tenants",
"Former tenants", "More than 40 parents"), with no "of" before it ("A group of tenants has
accused ...": the group may own "its") and no verb of a singular subject before the cue
("has accused"). "Their" ("Their lawyer, Sam Ray, said") stays the accusers'.

Words: data/cues/en.json, "side37_people_its".
"""

from __future__ import annotations

from functools import lru_cache

from annotator.domain.proposals.lexicon import Lexicon, cue_file, find
from annotator.domain.proposals.reading import words_of

KEY = "side37_people_its"
PEOPLE_REACH = 4  # words from the sentence's start where the plural may stand ("More than 40
# parents", "Eleven former tenants")


@lru_cache(maxsize=4)
def _words(language: str) -> tuple[frozenset[str], frozenset[str], frozenset[str],
                                      frozenset[str]]:
    cues = cue_file(language)
    raw = cues.get(KEY, {})
    return (frozenset(raw.get("possessives", ())), frozenset(raw.get("singular", ())),
            frozenset(raw.get("before_people", ())),
            frozenset(cues.get("speaker36_people_of", {}).get("people", ())))


def body_possessive(word: str, language: str) -> bool:
    """The word is a possessive that only a body (or a thing) owns: "its"."""
    return word in _words(language)[0]


def people_accused(text: str, lex: Lexicon) -> bool:
    """The accusation ``text`` (proposed with no speaker) is made by a plural of people
    opening its subject: "Tenants have accused a letting agent ...", "Parents at a primary
    school have accused its leaders ..."."""
    _, singular, before_people, people = _words(lex.language)
    if not people:
        return False
    words = words_of(text)
    cues = find(lex.accusation, words)
    if not cues:
        return False
    at = cues[0][0]
    opening = [k for k in range(min(PEOPLE_REACH, at)) if words[k] in people]
    if not opening:
        return False
    first = opening[0]
    if any(w in before_people for w in words[:first]):
        return False  # "A group of tenants": the group is the subject
    return not any(w in singular for w in words[first:at])
