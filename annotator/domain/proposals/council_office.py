"""A council's cabinet member or leader speaks for the council (issue 11, thirty-eighth
round, bug fix on branch w12sides2).

"Parents of disabled children have accused North Pennine Council of cutting their school
transport ... Councillor Graham Tulley, the cabinet member for children's services, said no
eligible child had lost their entitlement." The words beside the councillor's name do not
name the council ("cabinet member for children's services"), and "children", a noun of the
accusers' own ("Parents of disabled children"), placed him among the accusers: his reply
was proposed as a claim. The guidelines: officials of one body speak as that body; a
council's executive office (its cabinet member or portfolio holder for a service, its
leader) is held for the council, whatever service the title names.

Read where the words beside the speaker's name hold one of the executive offices (data
``roles``: "cabinet member", "portfolio holder", "executive member", "leader of the
council", "council leader" ...), the dispute holds exactly one party that is a council
(its name ends in one of ``bodies``: "North Pennine Council") and no accuser is a council:
the speaker speaks for that council, the accused side. A ward councillor ("Councillor Ann
Hale, who represents the ward") holds no such office and is not read so; nor is anyone
when the council is the accuser or two councils are held, nor the office of another body
("an executive member of the parents' forum": the role followed by "of", "at", "in", "with").

Words: data/cues/en.json, "side38_council_office".
"""

from __future__ import annotations

from functools import lru_cache

from annotator.domain.proposals.lexicon import Lexicon, cue_file, find
from annotator.domain.proposals.reading import words_of

KEY = "side38_council_office"
_BARE = frozenset({"the", "its", "our", "their", "a", "this", "that"})  # "the council's"


@lru_cache(maxsize=4)
def _lists(language: str) -> tuple[dict[tuple[str, ...], float], frozenset[str]]:
    raw = cue_file(language).get(KEY, {})
    return ({tuple(p.split()): 1.0 for p in raw.get("roles", ())},
            frozenset(raw.get("bodies", ())))


def _council(name: str, bodies: frozenset[str]) -> bool:
    words = words_of(name)
    return bool(words) and words[-1] in bodies


def council_office(beside: list[str], text: str, held: dict[str, str],
                   accusers: dict[str, str], lex: Lexicon) -> str | None:
    """The council whose executive office the words beside a speaker's name hold
    (``held``: the dispute's parties held responsible, by key; ``accusers``: those who
    accused, by key); None where they hold none, the council is not the one party held, or
    the sentence names another council."""
    roles, bodies = _lists(lex.language)
    if not roles or not beside or not any(
            beside[e:e + 1] not in (["of"], ["at"], ["in"], ["with"])
            for _, e in find(roles, beside)):
        return None  # "an executive member of the parents' forum": another body's office
    if any(_council(name, bodies) for name in accusers.values()):
        return None
    councils = {name for k, name in held.items() if k not in accusers and _council(name, bodies)}
    if len(councils) != 1:
        return None
    council = next(iter(councils))
    return None if _another_named(words_of(text), council, bodies) else council


def accusing_council_office(beside: list[str], text: str, accusers: dict[str, str],
                            lex: Lexicon) -> str | None:
    """The accusing council whose executive office the words beside a speaker's name hold
    ("Derby City Council has accused a bus operator ... Councillor Mark Jewell, the cabinet
    member for transport, said"): he speaks for that council, the accusing side. Round 38's
    integration of w12sides2 with w11left385 (which keeps "Councillor" from matching
    "Council" by its stem, the reading that used to place him there); None where the words
    hold no office, no accuser or two are councils, or the sentence names another."""
    roles, bodies = _lists(lex.language)
    if not roles or not beside or not any(
            beside[e:e + 1] not in (["of"], ["at"], ["in"], ["with"])
            for _, e in find(roles, beside)):
        return None
    councils = {name for name in accusers.values() if _council(name, bodies)}
    if len(councils) != 1:
        return None
    council = next(iter(councils))
    return None if _another_named(words_of(text), council, bodies) else council


def _another_named(words: list[str], council: str, bodies: frozenset[str]) -> bool:
    """The sentence names a council by a name not the one held ("the cabinet member for
    transport at Westfield Council"); "the council's" names none."""
    own = set(words_of(council))
    for k, w in enumerate(words):
        if w in bodies and k > 0 and words[k - 1] not in own and words[k - 1] not in _BARE:
            return True
    return False
