"""One unnamed person the sentence describes by where they work, a place itself only
described ("A former nurse at the hospital told the paper", "One teacher at a Brightwater
school, who asked not to be named, said"): the speaker as written, the place with it.

The guidelines: a speaker nobody names is proposed as the article describes them. The rules
before cut such a description at "at" ("a veterinary surgeon") or took the place for the
speaker ("the hospital" = the hospital the article names), where the person is no
spokesperson and speaks for nobody but themselves. A place with a name of its own ("A
senior midwife at St Aldhelm's Hospital said"), a spokesperson, a person named in
apposition ("A marine biologist at the University of Stirling, Dr Anna Grieve, said") and
a plural ("Two nurses at the hospital said") are left to the rules before (forty-third
round, issue 11, branch w19espk1; one_at_place.py, beside described_at.py,
which keeps such a place from being read as the person)."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from annotator.domain.proposals.lexicon import Lexicon, cue_file
from annotator.domain.proposals.naming import known_whole

# the person ("A former nurse"), "at", the place's determiner and up to five words whose
# last is a common noun ("the state animal husbandry department", "a Brightwater school"),
# an aside about the person (", who asked not to be named,") and the verb of saying
_DESCRIBED_AT = re.compile(
    r"^(?P<written>(?P<one>A|An|One|Another) (?P<person>(?:[a-z][\w'’-]* ){0,3}[a-z][\w'’-]*)"
    r" at (?:the|a|an) (?:[\w'’-]+ ){0,4}?[a-z][\w'’-]*)"
    r"(?:, (?:who|speaking|asking) [^,]*,)? (?:has |had )?"
    r"(?:said|says|told|tells|added)\b")
_RELATIVES = frozenset({"who", "that", "which", "whose", "whom"})


@cache
def _staff_roles(language: str) -> frozenset[str]:
    """One of a body's staff ("an official", "a manager", "an engineer": the singulars of
    ``speaker_members``, data/cues): such a one at the company speaks as the company (the
    guidelines: officials, members or staff of one body), unless no longer there."""
    roles = cue_file(language).get("speaker_members", {}).get("roles", ())
    return frozenset(r[:-1] if r.endswith("s") else r for r in roles) | {"official"}


def described_at(text: str, lex: Lexicon) -> str | None:
    """The description "A <person> at <a described place>" the sentence opens with, as
    the speaker of its verb of saying ("a former nurse at the hospital"), else None."""
    found = _DESCRIBED_AT.match(text.strip().lstrip("\"“ "))
    if found is None:
        return None
    person = found.group("person").casefold().split()
    if _RELATIVES.intersection(person) or any(w in lex.spokespeople for w in person) \
            or person[-1].endswith("s") and not person[-1].endswith("ss"):
        return None  # "Another sprinter who trained at the base", "A spokesperson at ..."
    if person[-1] in _staff_roles(lex.language) and "former" not in person:
        return None  # "An official at the company said": the company (officials.py)
    written = found.group("written")
    return written[:1].lower() + written[1:]


def place_kept(proposal, lex: Lexicon, index, text: str):
    """``proposal`` with the person described at a described place as its speaker
    (described_at), where its speaker was read from this sentence's subject; else as it
    was."""
    if lex.language != "en" or not proposal.name or "subject of '" not in proposal.reason \
            or proposal.reason.startswith("continues"):
        return proposal
    written = described_at(text, lex)
    if written is None or written.casefold() == proposal.name.casefold():
        return proposal
    known = known_whole(index, written)
    return replace(proposal, name=known or written, new_source=known is None,
                   reason=f"{written}: one person described at a place nobody names, as "
                          f"written; {proposal.reason}")
