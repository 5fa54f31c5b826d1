"""A subject the sentence only describes, by a title ("The chief executive said", "Sang
menteri mengatakan", "Kapolres mengatakan"), by a group's noun ("Koalisi itu menuding")
or by the head noun of a body's name ("The park said" after "Skyline Park"): the one the
article names with that word (the guidelines: a described speaker takes the name the
article gives it).
"""

from __future__ import annotations

from annotator.domain.proposals.kinds import (
    COMPANY,
    GOVERNMENT,
    ORGANISATION,
    PERSON,
    group_nouns,
    kind_of,
)
from annotator.domain.proposals.lexicon import Lexicon
from annotator.domain.proposals.name_words import BREAKS, gap_before, headed
from annotator.domain.proposals.naming import described_before_named, known_or_new
from annotator.domain.proposals.short_titles import is_short_title
from annotator.domain.proposals.titles import region_units

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
        if start is None:
            return _bare_title(index, tokens, words, end, lex, why)
        if end - start > 4:
            return None
        titles, opener = said[start + 1:end], said[start]
    # "the police chief": a title, perhaps after words that say which ("police", "senior")
    if not titles or titles[-1] not in lex.titles or not all(
            w in lex.titles or w.isalpha() for w in titles) or any(
            tokens[i].group()[:1].isupper() for i in range(end - len(titles), end)
            if opener is not None):
        return None
    titles = [w for w in titles if w in lex.titles]
    if any(w in lex.spokespeople for w in titles):
        return None  # "the spokesperson": for the body (reading's own rule)
    return _holder(index, titles, lex, why)


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
        and headed(e.name.casefold().split(), {noun}, lex))]  # "Skyline Park" reads as a
    # person's name; "the airline" is no "British Airline Pilots' Association"
    named = table.nearest(matches, index.at)
    if named and described_before_named(index, noun, named):
        return None  # "a consumer group" before, "Ardent Leisure Group" only after (t35a)
    return known_or_new(index, named, f"{why} ('the {noun}' = {named})") if named else None


BARE_TITLE = 3  # words of a title standing alone as the subject ("Wakil Kapolda")
PLACE = 2  # words of the place after a region's office holder ("Kapolres Deli Serdang")


def _bare_title(index, tokens, words, end: int, lex: Lexicon, why: str):
    """"Kapolres mengatakan", "Kajari menegaskan", "Wakil Bupati menyebut": a title alone,
    capitalised, opening the sentence as its subject, means the person the article names
    with it (else None: the title as written, the guidelines' singled-out description);
    so does a region's office holder with its place and no name ("Kapolres Binjai")."""
    if not 1 <= end <= BARE_TITLE + PLACE or not tokens[0].group()[:1].isupper():
        return None
    titles = end
    while titles > 0 and words[titles - 1] not in lex.titles:
        titles -= 1  # "Kapolres Binjai": a region's office holder, then the place
    units, _ = region_units(lex.language)
    if titles == 0 or titles > BARE_TITLE or titles < end and (
            end - titles > PLACE or words[titles - 1] not in units):
        return None
    if not all(w in lex.titles for w in words[:titles]) or words[
            titles - 1] in lex.description_heads:
        return None  # "Pemohon", "Jaksa": the described party the article names (reading)
    return _holder(index, words[:titles], lex, why)


def _holder(index, titles, lex: Lexicon, why: str):
    """The person the article names with the last of ``titles`` that it used, nearest."""
    table = getattr(index, "table", None)
    if table is None:
        return None
    for noun in reversed(titles):
        people = [e for e in table.entities
                  if e.kind == PERSON and noun in e.titles and (" " in e.name or _short_title(
                      noun, lex))]  # "Sekda" -> "Burhanudin": a one-word name
        named = table.nearest(people, index.at)
        if named and kind_of(named, lex) == PERSON:
            return known_or_new(index, named, f"{why} ('{' '.join(titles)}' = {named})")
    return None


_BODIES = (ORGANISATION, GOVERNMENT, COMPANY)
_GENERIC = {"kelompok", "organisasi", "lembaga", "group", "organisation", "organization"}
_GROUP_DETERMINERS = {"the", "this", "that", "itu", "ini", "tersebut"}


def group_described(index, text, tokens, words, end: int, lex: Lexicon, why: str):
    """"Koalisi itu menuding", "Paguyuban tersebut menyebut", "The coalition said": a
    group's noun with a determiner, alone as the subject, is the group the article names
    with that noun, nearest before (else first after); a generic noun ("Kelompok itu",
    "the group") the group it named nearest (the guidelines: a described group takes the
    name the article gives that group)."""
    nouns, generic = group_nouns(lex.language), _GENERIC
    table = getattr(index, "table", None)
    if table is None or end < 2 or not nouns:
        return None
    start = end - 2
    if start < 0 or start > 0 and not any(ch in BREAKS for ch in gap_before(
            text, tokens, start)) or any(ch in BREAKS for ch in gap_before(
            text, tokens, start + 1)):
        return None  # the noun and its determiner alone open the clause
    noun, determiner = (words[start], words[start + 1]) if lex.head_first else (
        words[start + 1], words[start])
    if noun not in nouns or determiner not in _GROUP_DETERMINERS:
        return None
    named = table.described(noun, index.at, kinds=_BODIES)
    if named and described_before_named(index, noun, named):
        return None  # "a consumer group" before, "Ardent Leisure Group" only after (t35a)
    if named is None and noun in generic:
        named = table.nearest([e for e in table.entities if e.kind != PERSON and any(
            w in nouns for w in e.words())], index.at)
    if named is None:
        return None
    return known_or_new(index, named, f"{why} ('{words[start]} {words[start + 1]}' = "
                                      f"{named}, as the article names it)")


_BODY_NOUNS_OF_TWO = {("rumah", "sakit"): "rumah", ("pemerintah", "daerah"): "pemerintah"}


def bare_body(index, text, tokens, words, end: int, lex: Lexicon, why: str):
    """"Namun, perusahaan membantah", "Dalam siaran persnya, kementerian menyebut", "Rumah
    sakit membantah": Indonesian writes no article, so a body's common noun alone (with
    "itu"/"tersebut" or not) as the clause's subject is the body of that kind the article
    names, nearest before (else first after); None where it names none (the reading goes
    on as before)."""
    table = getattr(index, "table", None)
    if table is None or not lex.head_first or end < 1:
        return None
    heads = _body_heads(table)
    if not any(w in lex.description_heads or w in lex.org_heads or w == lex.company_noun
               or w in heads for w in words[max(0, end - 3):end]):
        return None
    start = max([k for k in range(1, end) if any(ch in BREAKS for ch in gap_before(
        text, tokens, k))], default=0)
    said = words[start:end]
    if said and said[-1] in _DEMONSTRATIVE:
        said = said[:-1]
    if not 1 <= len(said) <= 2 or any(not tokens[k].group()[1:].islower()
                                      for k in range(start, end)):
        return None
    if start > 0 and not tokens[start].group().islower():
        return None  # a name after a comma
    noun = _BODY_NOUNS_OF_TWO.get(tuple(said)) if len(said) == 2 else said[0]
    lower = tokens[start].group().islower()  # an article's name's head only in lower case
    if noun is None or not (noun in lex.description_heads or noun in lex.org_heads
                            or noun == lex.company_noun or lower and noun in heads):
        return None
    if noun in group_nouns(lex.language) or noun in lex.titles:
        return None  # "Forum tersebut": the group (group_described); "jaksa": a person
    named = table.described(noun, index.at, kinds=(ORGANISATION, GOVERNMENT, COMPANY)) or (
        table.nearest([e for e in table.entities if len(e.words()) > 1
                       and e.words()[0] == noun], index.at) if lower and noun in heads
        else None)
    if named is None:
        return None
    return known_or_new(index, named, f"{why} ('{' '.join(words[start:end])}' = {named}, "
                                      f"as the article names it)")


def _short_title(noun: str, lex: Lexicon) -> bool:
    """An office holder's short title ("sekda", "kajari"): it singles out one person, so
    the person named with it may go by one name, as Indonesians often do."""
    return lex.head_first and is_short_title(noun, lex.language)


def _body_heads(table) -> frozenset[str]:
    """The words the article's names open with ("inspektorat" of "Inspektorat Kabupaten
    Bogor"): in Indonesian a body's head noun comes first, and a person's first name is
    never written in lower case as this subject is."""
    found = getattr(table, "_heads", None)
    if found is None:
        found = frozenset(e.words()[0] for e in table.entities if len(e.words()) > 1)
        table._heads = found
    return found
