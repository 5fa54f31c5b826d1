"""A unit of a body as the subject of a verb of saying (thirty-second round, issue 11, bug fix
on branch i11branch32). English only; data: data/cues/en.json, "speaker32_units".

"The Unite branch at the terminal said ...", "The RMT branch said ...": the unit speaks, as
the article names it ("Unite branch", "RMT branch"; the guidelines: prefer the most specific
name the sentence gives, a body the sentence names is the source as named). Before, the
unit's noun was no body's head noun, so nothing was proposed ("no speaker named").

- "The Seaforth branch of Unite said": the body named after "of" (Unite); the place's
  branch is no body of its own.
- "The insurer's Bekasi branch said": a place's branch of a body the sentence only
  describes: that body as the article names it ("the insurer" = BPJS Kesehatan), else
  nothing (the other rules read it as before); never "Bekasi branch".
- A listed place before the unit ("The London branch said") is no body either: nothing.
- Thirty-eighth round (branch w12speak2, data "speaker38_placed_people"): a body's full name
  that the unit reading does not take ("The University and College Union branch at
  Trentside said"), its last word a body's head noun, then its branch, members or
  officials and where: the body named.
"""

from __future__ import annotations

import re
from functools import lru_cache

from annotator.domain.proposals.lexicon import Lexicon, cue_file
from annotator.domain.proposals.naming import antecedent, known_or_new
from annotator.domain.proposals.places_named import dateline_city, is_place

KEY = "speaker32_units"
_NAME = r"[A-Z][\w&.-]*"  # no apostrophe: "Unite's Seaforth branch" is read elsewhere
# "at the terminal", "in Flint", "at the Seaforth terminal": one place, nothing after it
_TAIL = r"(?: (?:at|in|on) (?:the )?(?:[A-Z][\w.-]*(?: [A-Z][\w.-]*){0,2})?(?:(?<= )[a-z]+)?)?"
_NOT_MODIFIERS = frozenset({"of", "at", "in", "on", "and", "or", "the", "for", "a", "an",
                            "to", "from", "with", "by"})


@lru_cache(maxsize=4)
def _patterns(language: str) -> tuple[re.Pattern, re.Pattern, re.Pattern] | None:
    nouns = cue_file(language).get(KEY, {}).get("nouns", ())
    if not nouns:
        return None
    unit = "|".join(map(re.escape, nouns))
    own = re.compile(rf"^[Tt]he (?P<owner>{_NAME}(?: {_NAME}){{0,3}})"
                     rf"(?P<mod>(?: [a-z][a-z-]+){{0,2}}) (?P<unit>{unit}){_TAIL}$")
    parent = re.compile(rf"^[Tt]he (?:(?:{_NAME}|[a-z]+) ){{0,3}}?(?P<unit>{unit}) of (?:the )?"
                        rf"(?P<parent>{_NAME}(?: (?:of |and |for )?{_NAME}){{0,6}}){_TAIL}$")
    possessed = re.compile(rf"^[Tt]he (?P<noun>[a-z]+)['’]s (?:{_NAME} ){{1,3}}"
                           rf"(?P<unit>{unit}){_TAIL}$")
    return own, parent, possessed


def unit_subject(index, clause: str, lex: Lexicon, why: str):
    """The source of a clause that is only a body's unit before its verb of saying
    (``clause``: the words from the clause's start up to the verb), or None."""
    if lex.head_first:
        return None
    patterns = _patterns(lex.language)
    if patterns is None:
        return None
    own, parent, possessed = patterns
    clause = " ".join(re.sub(r"(?<=[a-z])   (?=\S)", "'s ", clause).split())  # blanked "'s"
    found = parent.match(clause)
    if found:  # "The Seaforth branch of Unite": Unite
        body = found.group("parent")
        return known_or_new(index, body, f"{why} ('{clause}': a body's "
                                         f"{found.group('unit')} speaks as the body)")
    found = possessed.match(clause)
    if found:  # "The insurer's Bekasi branch": the insurer the article names, or nothing
        if found.group("noun") not in lex.org_heads:
            return None
        noun, why = found.group("noun"), f"{why} ('{clause}': a place's " \
            f"{found.group('unit')} of the body)"
        table = getattr(index, "table", None)
        named = table.described(noun, index.at) if table is not None else None
        return known_or_new(index, named, f"{why} ('the {noun}' = {named})") if named \
            else antecedent(index, noun, why)
    found = own.match(clause)
    if not found:
        return _placed_people(index, clause, lex, why)
    if any(w in _NOT_MODIFIERS for w in found.group("mod").split()):
        return None
    owner = found.group("owner")
    if owner.casefold() in lex.places or is_place(owner, clause, lex) or any(
            w.casefold() in lex.titles for w in owner.split()) or _a_place_there(
            index, owner):
        return None  # "The London branch": a place's branch of a body named elsewhere
    name = f"{owner}{found.group('mod')} {found.group('unit')}"
    return known_or_new(index, name, f"{why} ('{name}': a body's unit, as the article "
                                     f"names it)")


# thirty-eighth round (t38d): a body's full name, its branch, members or officials, then
# where ("The University and College Union branch at Trentside said", "National Union of
# Teachers members in Leeds said"): the body named (the guidelines: officials or members of
# one body speak as that body). Only a name whose last word is a body's head noun.
PEOPLE_KEY = "speaker38_placed_people"
_CONNECTORS = r"(?:of |of the |and |for |for the )"


@lru_cache(maxsize=4)
def _placed_pattern(language: str) -> re.Pattern | None:
    nouns = cue_file(language).get(PEOPLE_KEY, {}).get("nouns", ())
    if not nouns:
        return None
    people = "|".join(map(re.escape, nouns))
    return re.compile(rf"^(?:[Tt]he )?(?P<owner>{_NAME}(?: {_CONNECTORS}?{_NAME}){{0,6}}) "
                      rf"(?P<unit>{people}) (?:at|in) (?:the )?"
                      rf"(?:[A-Z][\w.-]*(?: [A-Z][\w.-]*){{0,2}}|[a-z]+)$")


def _placed_people(index, clause: str, lex: Lexicon, why: str):
    """"The University and College Union branch at Trentside": the body the name gives,
    when its last word is a body's head noun ("Union", "Association"), or None."""
    pattern = _placed_pattern(lex.language)
    found = pattern.match(clause) if pattern is not None else None
    if not found:
        return None
    owner = found.group("owner")
    if owner.split()[-1].casefold() not in lex.org_heads or owner.casefold() in lex.places \
            or is_place(owner, clause, lex) or " and " in owner and clause[:4] not in (
                "The ", "the "):
        return None  # "X and Y members said" without "The" may be two bodies speaking
    return known_or_new(index, owner, f"{why} ('{clause}': the {found.group('unit')} of "
                                      f"the body named, read as the body)")


_PLACED = ("in", "near", "outside", "across", "around")


def _a_place_there(index, owner: str) -> bool:
    """The article writes ``owner`` as a place: its dateline's city ("SEAFORTH, Oct 3 -")
    or after a word that places ("a terminal in Seaforth")."""
    texts = getattr(getattr(index, "table", None), "texts", ()) or ()
    placed = re.compile(rf"\b(?:{'|'.join(_PLACED)}) {re.escape(owner)}\b")
    return any(placed.search(t) or (dateline_city(t) or "").casefold() == owner.casefold()
               for t in texts)
