"""What the article says a name is, in English (twenty-second round): kinds.kind_of reads
a name by its own words, so a club, a firm or a charity with a plain two-word name
("Hallam Athletic", "Oakfield Homes", "Brightlane") reads as a person. A reader learns the
kind from the article: "Hallam Athletic, the club at the centre of the dispute", "The
charity, Northern Shelter Trust,", "Her landlord, Redbrook Lettings,". Such a name is a
body, unless the article also writes it as a person (an honorific before its last word,
an age after it, a title before it).

The entity table (entities.py) asks ``apposed_before`` for the nouns a sentence sets
before a name, and ``bodies_told`` for the kinds; "the <body noun> said" read as the last
named speaker asks ``body_meant`` (speakers_english.py). The nouns are data
(data/cues/en.json, "speaker22_en").
"""

from __future__ import annotations

import re
from functools import lru_cache

from annotator.domain.proposals.kinds import (
    COMPANY,
    GOVERNMENT,
    ORGANISATION,
    PERSON,
)
from annotator.domain.proposals.lexicon import Lexicon, cue_file
from annotator.domain.proposals.literal import search_after, written_after, written_at

KEY = "speaker22_en"
_NAME = r"[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|and|&|for)){0,5}(?<![\s,])"


@lru_cache(maxsize=4)
def _nouns(language: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(body nouns, company nouns, nouns that may also describe a person)."""
    raw = cue_file(language).get(KEY, {})
    return (frozenset(raw.get("body_nouns", ())), frozenset(raw.get("company_nouns", ())),
            frozenset(raw.get("either", ())))


@lru_cache(maxsize=4)
def _apposed_pattern(language: str) -> re.Pattern:
    bodies, companies, either = _nouns(language)
    nouns = "|".join(sorted(map(re.escape, bodies | companies | either), key=len,
                            reverse=True))
    return re.compile(rf"(?:^|(?<=[\s\"“]))(?i:the|its|their|his|her|our|this)\s+"
                      rf"(?:[a-z][\w-]*\s+){{0,2}}({nouns}),\s+({_NAME}),")


def apposed_before(text: str, lex: Lexicon) -> list[tuple[str, str]]:
    """(noun, name) for a name set in apposition after a definite noun ("The charity,
    Northern Shelter Trust, said", "Her landlord, Redbrook Lettings, said"): the noun a
    later "the charity" or "the landlord" means it by."""
    if lex.language != "en" or ", " not in text:
        return []
    return [(m.group(1).casefold(), m.group(2)) for m in
            _apposed_pattern(lex.language).finditer(text)]


_HONORIFIC = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Prof)\.?\s+(\w+)")


# the last word of a sports club's name, never of a person's ("Ashford Rovers", "Dunmore
# Athletic", "Lakeport Harriers"): a "he" in its sentence is a player's, not the club's
_CLUB_WORDS = frozenset({"Rovers", "Wanderers", "Athletic", "Albion", "Rangers", "Harriers",
                         "Hotspur", "FC", "AFC"})


def _written_as_person(entity, texts: tuple[str, ...], lex: Lexicon) -> bool:
    """The article writes the name as a person's: an honorific before its last word ("Ms
    Nandra"), an age after it ("Priya Nandra, 34,"), a title or a descriptor before it
    ("Passenger Nadia Holm") or in apposition ("Renee Coleman, a tenant"), or "he" or
    "she" after it in its sentence ("Nadia Holm said she had waited", "Coleman said
    she")."""
    last = entity.name.split()[-1]
    if " " in entity.name and last in _CLUB_WORDS:
        return False  # "Ashford Rovers ... while he was under contract": a sports club
    if entity.titles - _nouns(lex.language)[2] - lex.spokespeople:
        return True  # "chief executive Ruth Hale"; not "The screen's owner, X" nor "a
        # spokeswoman for X"
    name = entity.name
    surname = last if " " in name else name
    descriptors = _descriptors(lex.language)
    for t in texts:
        if last not in t:
            continue  # every test below needs the name's last word
        if search_after(name, _AGE, t) or any(
                True for _ in written_at(surname, t, _NOT_AFTER_NAME_WORD, _SAID_HE)) or \
                search_after(name, _PRONOUN_AFTER, t) or any(
                m.group(1) == last for m in _HONORIFIC.finditer(t)):
            return True
        if any(m.group(1).casefold() in descriptors
               for m, _ in written_after(name, t, _WORD_BEFORE, _BOUNDARY)) or any(
                m.group(1) in descriptors for _, m in written_at(name, t, None, _APPOSED)):
            return True
    return False


# _written_as_person's patterns after the name (literal.py: the name itself found by
# str.find, not compiled into a pattern for each name): an age ("X, 34,"), "X said she"
# after the surname, "he"/"she"/"his"/"her" later in the clause, "X, a tenant"
_AGE = re.compile(r",\s*\d{1,3},")
_NOT_AFTER_NAME_WORD = re.compile(r"(?<![\w'’])")
_SAID_HE = re.compile(r" (?:said|says|added|told)\s+(?:he|she)\b")
_PRONOUN_AFTER = re.compile(r"\b[^.;:\"“”]*?\b(?:he|she|his|her)\b")
_APPOSED = re.compile(r",\s+(?:a|an|the)\s+([a-z-]+)\b")
# and before it (literal.written_after): "Passenger Nadia Holm"
_WORD_BEFORE = re.compile(r"\b([A-Za-z-]+)\s+\Z")
_BOUNDARY = re.compile(r"\b")


@lru_cache(maxsize=4)
def _descriptors(language: str) -> frozenset[str]:
    """Nouns written before a person's name like a title ("Passenger", "Resident"):
    speakers_english's list (data/cues/<language>.json, "speaker17_en")."""
    return frozenset(cue_file(language).get("speaker17_en", {}).get("descriptors", ()))


@lru_cache(maxsize=4)
def _apposed_after(language: str) -> re.Pattern:
    """"Name, the club at the centre of", "Name, a discount retailer with": the noun the
    article sets right after a name, between a comma and the next break; never after a
    plural's possessive ("a customers' watchdog" says whose body, not which kind)."""
    bodies, companies, _either = _nouns(language)
    nouns = "|".join(sorted(map(re.escape, bodies | companies), key=len, reverse=True))
    return re.compile(rf",\s+(?:the|a|an)\s+(?:(?!{_NOT_BEFORE})[\w'’-]+\s+){{0,3}}?"
                      rf"(?<!s['’]\s)({nouns})"
                      rf"(?=\s*(?:[,.;:]|$)|\s+(?:{_AFTER_HEAD})\b)")


# words never between the article and the head noun ("a member of the club": a person)
_NOT_BEFORE = r"(?:of|for|at|in|with|from|on|to|and|or)\b"
# words that may follow the head noun of the apposition ("the club at the centre of")
_AFTER_HEAD = ("at|with|that|which|whose|in|for|of|based|run|owned|behind|founded|set|"
               "backed|from|on|to|who|since|where")


def _told_nouns(entity, texts: tuple[str, ...], lex: Lexicon) -> set[str]:
    """The body nouns the article sets in apposition to the entity's name, before it
    ("The charity, Northern Shelter Trust,") or right after it ("Hallam Athletic, the
    club at the centre of the dispute")."""
    bodies, companies, _either = _nouns(lex.language)
    told = {n for n in entity.nouns & (bodies | companies)
            for t in texts for noun, name in apposed_before(t, lex)
            if name == entity.name and noun == n}
    after = _apposed_after(lex.language)
    for t in texts:
        at = t.find(f"{entity.name},")
        while at != -1:
            found = after.match(t, at + len(entity.name))
            if found and not re.search(r"[,;:.\"“”()]", t[at + len(entity.name) + 1:
                                                          found.start(1)]):
                told.add(found.group(1).casefold())
            at = t.find(f"{entity.name},", at + 1)
    return told


_SAID = r"(?:said|says|denied|denies|insisted|insists|added|claimed|claims|argued|argues)"
# the staff of a body, never of a person ("Hallam Athletic's chairman")
_STAFF = (r"(?:chairman|chairwoman|chair|chief executive|spokesperson|spokesman|"
          r"spokeswoman|board|directors|managing director|shareholders|headquarters|"
          r"members|employees|staff)")
# bodies_told's, after the name (literal.written_at): "X, which", "X said its", "X's chairman"
_WHICH = re.compile(r",\s+which\b")
_SAID_ITS = re.compile(rf"(?:\s+(?:has\s+|had\s+)?{_SAID}\s+(?:that\s+)?its\b|"
                       rf"(?:['’]s|(?<=s)['’])\s+{_STAFF}\b)")


def bodies_told(entities, texts: tuple[str, ...], lex: Lexicon) -> None:
    """Set the kind of each entity read as a person that the article describes by a
    body's noun in apposition ("Hallam Athletic, the club", "Brightlane, a discount
    retailer", "The charity, Northern Shelter Trust,") or writes with "which" ("Crestmark
    Residential, which owns the building,"), and never writes as a person: a company for
    a business's noun, a government body for an office's, another body for another noun;
    a name with "which" and no body's head noun is a business. A fuller name the article
    gives it ("Bluebird Car Rentals" for "Bluebird, which has 34 branches") takes its
    kind."""
    if lex.language != "en":
        return
    bodies, companies, _either = _nouns(lex.language)
    heads = bodies | lex.org_heads | lex.government_heads
    told_kinds = {}
    for e in entities:
        if e.kind != PERSON or _written_as_person(e, texts, lex):
            continue
        told = _told_nouns(e, texts, lex)
        if told:
            e.kind = COMPANY if told & companies else GOVERNMENT if told & \
                lex.government_heads else ORGANISATION
            e.nouns |= told
        elif any(True for t in texts
                 for _ in written_at(e.name, t, _NOT_AFTER_NAME_WORD, _WHICH)):
            e.kind = ORGANISATION if set(e.words()) & heads else COMPANY
        elif any(True for t in texts  # "X said its", "X's chairman"
                 for _ in written_at(e.name, t, _NOT_AFTER_NAME_WORD, _SAID_ITS)):
            e.kind = ORGANISATION
        elif _trade_given(e, texts, lex):  # "drivers for Pennine Link buses"
            e.kind = COMPANY
        else:
            continue
        e.sex = None  # "Her landlord, Redbrook Lettings": no "he" nor "she"
        told_kinds[e.name] = e.kind
    bare = _bare_company(entities, texts, lex, frozenset(told_kinds))
    if bare is not None:  # "Cafés Altamira denied ... the Medellín-based company said"
        bare.kind = told_kinds[bare.name] = COMPANY
    for e in entities:
        if e.kind != PERSON:
            continue
        shorter = next((n for n in told_kinds if e.name.startswith(f"{n} ")), None)
        if shorter and not _written_as_person(e, texts, lex):
            e.kind = told_kinds[shorter]


def _trade_given(entity, texts: tuple[str, ...], lex: Lexicon) -> bool:
    """A business the article names by a bare name and gives a trade (thirty-fifth round):
    the name right before a trade's noun, or with "'s" before it ("drivers for Pennine
    Link buses", "Pennine Link's drivers", "a Pennine Link bus"), where the name also
    speaks in the article ("Pennine Link said"), so no place ("Stockport buses") is read
    so. The nouns: data/cues/<language>.json, key "speaker35_trade_nouns"."""
    nouns = _trade_nouns(lex.language)
    if not nouns or entity.name.casefold() in lex.places:
        return False
    trade = _trade_after(lex.language)  # the name itself found by str.find (literal.py)
    return any(True for t in texts
               for _ in written_at(entity.name, t, _NOT_AFTER_NAME_WORD, trade)) and any(
        _speaks(entity.name, t, _BOUNDARY) for t in texts)


# "X said", "X has denied" after the name; "said X" before it (the name ends where ``end``
# matches): literal.written_at and written_after, no pattern compiled for each name
_HAS_SAID = re.compile(rf"\s+(?:has\s+|had\s+)?{_SAID}\b")
_SAID_BEFORE = re.compile(rf"\b{_SAID}\s+\Z")
_NOT_BEFORE_NAME_WORD = re.compile(r"(?![\w'’-])")


def _speaks(name: str, text: str, end: re.Pattern) -> bool:
    r"""Whether ``text`` matches ``(?<![\w'’-])NAME\s+(?:has\s+|had\s+)?SAID\b|\bSAID\s+
    NAME`` + ``end.pattern``: the name speaks ("X said", "X has denied", "said X")."""
    if name not in text:
        return False
    return any(True for _ in written_at(name, text, _NOT_AFTER_NAME_WORD, _HAS_SAID)) or any(
        True for _ in written_after(name, text, _SAID_BEFORE, end))


def _bare_company(entities, texts: tuple[str, ...], lex: Lexicon, told: frozenset[str]):
    """The business "the company", "the firm" or "the X-based company" means where the
    article names it only by a bare name (thirty-fifth round): "Cafés Altamira denied the
    allegations. In a statement, the Medellín-based company said", "Organisers Northgate
    Live pulled the plug ... The company initially told customers". A name read as a
    person's by its shape that the article names before its first "the company", has
    speak ("X said", "X denied", "said X") and never writes as a person nor tells as
    anything (no title, sex, office, party or noun of its own); the only such name where
    the article gives no name of a company's kind nor another bare name it writes as a body
    (``told``: "X said its", "X, which"), else the only one of them the article has deny
    ("X denied") or accuses ("accused X of"); else None (a person's name; two businesses
    named; "the company" before any is named). English only; the words:
    data/cues/en.json, key "speaker35_bare_company"."""
    raw = cue_file(lex.language).get("speaker35_bare_company", {})
    the = _the_company(lex.language)
    if lex.language != "en" or the is None:
        return None
    first = next((k for k, t in enumerate(texts) if the.search(t)), None)
    if first is None:
        return None
    entities = list(entities)
    found = [e for e in entities if e.kind == PERSON and _bare_speaker(e, entities, texts,
                                                                       first, lex)]
    if len(found) == 1 and not any(e.kind == COMPANY or e.name in told for e in entities):
        return found[0]  # the only business the article names
    denying = "|".join(map(re.escape, raw.get("denying", ())))
    accusing = "|".join(map(re.escape, raw.get("accusing", ())))
    accused = [e for e in found if any(
        re.search(rf"(?<![\w'’-]){re.escape(e.name)}\s+(?:has\s+|had\s+)?(?:{denying})\b|"
                  rf"\b(?:{accusing})\s+{re.escape(e.name)}(?![\w'’-])", t)
        for t in texts if e.name in t)]
    return accused[0] if len(accused) == 1 else None  # the party the article accuses


@lru_cache(maxsize=4)
def _the_company(language: str) -> re.Pattern | None:
    """"the company", "the Medellín-based firm": _bare_company's nouns (None without)."""
    raw = cue_file(language).get("speaker35_bare_company", {})
    nouns = "|".join(map(re.escape, raw.get("nouns", ())))
    return re.compile(rf"(?<![\w'’-])[Tt]he\s+(?:[\w'’-]+-based\s+)?(?:{nouns})(?![\w-])") \
        if nouns else None


def _bare_speaker(entity, entities, texts: tuple[str, ...], first: int, lex: Lexicon) -> bool:
    """``_bare_company``'s test of one name: named before sentence ``first``, speaking in
    the article, never written or told as a person nor as anything else, no place, and no
    person's short form ("Reyes" for "Tom Reyes")."""
    if entity.titles or entity.sex or entity.officer_of or entity.acts_for or \
            entity.nouns or entity.name.casefold() in lex.places:
        return False
    held = [k for k, t in enumerate(texts) if entity.name in t]  # no pattern for the rest
    if not held or held[0] >= first:
        return False
    name = entity.name  # found by str.find, not compiled into patterns (literal.py)
    if not any(True for k in held if k < first for _ in written_at(
            name, texts[k], _NOT_AFTER_NAME_WORD, _NOT_BEFORE_NAME_WORD)):
        return False  # "the company" before the article names it
    if not any(_speaks(name, texts[k], _NOT_BEFORE_NAME_WORD) for k in held):
        return False
    if any(m.group(1) is None or m.group(1) in lex.titles
           for k in held for _, m in written_at(name, texts[k], _NOT_AFTER_NAME_WORD,
                                                _APPOSED_BARE)):
        return False  # "said Margaret Elwood, who has lived", "X, head of the office,"
    for other in entities:
        if other is not entity and other.name.endswith(f" {entity.name}") and (
                " " not in entity.name or other.titles or other.sex
                or _written_as_person(other, texts, lex)):
            return False  # a person's surname, or the short form of one
    return not _written_as_person(entity, texts, lex)


# "X, who", "X, 54,", "X, head of": a bare name told as a person (group 1: the word)
_APPOSED_BARE = re.compile(r",\s+(?:\d|(?:who|whose|the|a|an|its|his|her|their)\b|"
                           r"([a-z][\w-]*))")


@lru_cache(maxsize=4)
def _trade_after(language: str) -> re.Pattern:
    """_trade_given's pattern after the name: "'s drivers", " buses"."""
    return re.compile(rf"(?:['’]s)?\s+(?:{_trade_nouns(language)})\b")


@lru_cache(maxsize=4)
def _trade_nouns(language: str) -> str:
    raw = cue_file(language).get("speaker35_trade_nouns", {}).get("nouns", ())
    return "|".join(sorted(map(re.escape, raw), key=len, reverse=True))


def kind_wanted(noun: str, lex: Lexicon) -> tuple[str, ...]:
    """The kinds of body "the <noun>" may mean: a business for "the firm", "the retailer";
    an office for "the council", "the ministry"; another body for "the club", "the
    charity"; () for a noun of no body."""
    bodies, companies, _either = _nouns(lex.language)
    if noun in companies:
        return (COMPANY,)
    if noun in lex.government_heads:
        return (GOVERNMENT, ORGANISATION)
    if noun in bodies:
        return (ORGANISATION, COMPANY)
    return ()


# the head nouns of a body of members, named after what its members are or serve ("Local
# Government Association", "Police Federation", "Kingsmere College Staff Association",
# "Kestrel University Students' Union"): another body than the one its earlier head noun
# names; an operating body ("Kingston Hospital NHS Foundation Trust") or a unit ("Metropolitan
# Police Service") is not one
_MEMBER_HEADS = frozenset({"association", "federation", "union", "alliance", "guild",
                           "society", "league", "coalition", "network", "forum", "club",
                           "co-operative", "cooperative"})
_NAME_JOINS = frozenset({"of", "for", "and", "&", "on", "in"})


def head_words(lex: Lexicon) -> frozenset[str]:
    """The nouns that head a body's name ("association", "college", "council")."""
    bodies, _companies, _either = _nouns(lex.language)
    return bodies | lex.org_heads | lex.government_heads | _UNION_HEADS


def qualifies_another(words: list[str], k: int, lex: Lexicon) -> bool:
    """The word ``k`` of a body's name (``words``, casefolded) only qualifies the head noun
    of a body of members written after it ("government" in "Local Government Association",
    "college" in "Kingsmere College Staff Association"): "the <word>" never means that body
    (round 34). Not past "of", "for" or "and" ("Union of Teachers"); English only (a
    language that writes the head first names no body so)."""
    if lex.head_first or words[k] in _MEMBER_HEADS:
        return False
    for later in words[k + 1:]:
        word = later.removesuffix("'s").removesuffix("’s").rstrip("'’")
        if word in _NAME_JOINS:
            return False
        if word in _MEMBER_HEADS:
            return True
    return False


def head_nouns(words: list[str], lex: Lexicon) -> set[str]:
    """The words of a body's name (casefolded) no later head noun of it qualifies."""
    return {w for k, w in enumerate(words) if not qualifies_another(words, k, lex)}


def _fits(entity, noun: str, kinds: tuple[str, ...], lex: Lexicon) -> bool:
    """A body "the <noun>" may mean: one of ``kinds`` whose name (or the article's noun
    for it) holds no body's head noun, or holds this one ("the trust": Kingsmead NHS
    Trust; never "the club": Northern Counties League; never "the government": Local
    Government Association, where the noun only qualifies the name's head, round 34); a
    company for a business's noun, whatever its name holds; a body of no known type (read
    as an organisation by how the article writes it) for any noun."""
    bodies, companies, _either = _nouns(lex.language)
    heads = (head_nouns(entity.words(), lex) | entity.nouns) & (
        bodies | lex.org_heads | lex.government_heads)
    if noun in companies and entity.kind == COMPANY:
        return True
    if heads:
        return entity.kind in kinds and bool(
            noun in heads or heads & set(lex.description_heads.get(noun, ())))
    return entity.kind in kinds or entity.kind == ORGANISATION


def body_meant(table, noun: str, at: int, lex: Lexicon) -> str | None:
    """Whom "the <noun> said" means where the article introduced no name with that noun:
    the body that noun may mean named last before sentence ``at`` (never a person, nor a
    name the article writes only as a place: "estates in Millfield and Parkside", nor
    people nobody names: "Residents of Tanjung Batu"), else None."""
    kinds = kind_wanted(noun, lex)
    if table is None or not kinds:
        return None
    before = [e for e in table.entities if not e.placed and (
        e.kind != PERSON and _fits(e, noun, kinds, lex) or noun == "union" and _called_union(
            e, table, lex)) and any(p < at for p in e.mentions)
              and e.name.split()[0].casefold() not in lex.unnamed]
    return table.nearest(before, at) if before else None  # not "Residents of Tanjung Batu"


# the last head noun of a union's name that is not "union" ("Professional Footballers'
# Association of Ireland", "Police Federation", "Writers' Guild", "Nurses' Alliance")
_UNION_HEADS = frozenset({"association", "federation", "guild", "alliance"})
_UNION_WORD = re.compile(r"(?<![\w'’-])unions?(?![\w-])", re.IGNORECASE)


def _called_union(entity, table, lex: Lexicon) -> bool:
    """A body whose name is a union's though it ends in "Association", "Federation",
    "Guild" or "Alliance", which the article calls a union: "union" after its name in a
    sentence naming it ("The Nurses' Federation, the union for ..."), with no other
    body's name between, or in the next sentence before any other body's name where it is
    the first body its own sentence names ("The Professional Footballers' Association of
    Ireland has accused ..." then "In a statement, the union said").
    What "the union" may mean where no name holds "union" (thirty-third round)."""
    bodies, _companies, _either = _nouns(lex.language)
    heads = set(entity.words()) & (bodies | lex.org_heads | lex.government_heads |
                                   _UNION_HEADS)
    if not heads or not heads <= _UNION_HEADS:
        return False
    if entity.kind == PERSON and (" " not in entity.name or _written_as_person(
            entity, table.texts, lex)):
        return False  # "Riverside Writers' Guild", read as a person by its words alone
    texts = getattr(table, "texts", ())
    forms = [f for f in (entity.name, entity.acronym) if f]
    others = [f for e in table.entities if e is not entity and e.kind != PERSON
              for f in (e.name, e.acronym) if f]

    def named_in(text: str) -> bool:
        return any(re.search(rf"(?<![\w'’-]){re.escape(f)}(?![\w-])", text)
                   for f in others)

    for p in entity.mentions:
        if p >= len(texts):
            continue
        found = [m for f in forms for m in re.finditer(
            rf"(?<![\w'’-]){re.escape(f)}(?![\w-])", texts[p])]
        if not found:
            continue
        rest = texts[p][max(m.end() for m in found):]
        union = _UNION_WORD.search(rest)
        if union:
            if not named_in(rest[:union.start()]):
                return True
            continue
        if named_in(texts[p][:min(m.start() for m in found)]) or p + 1 >= len(texts):
            continue  # the next sentence's "the union" is the subject's, named first
        union = _UNION_WORD.search(texts[p + 1])
        if union and not named_in(texts[p + 1][:union.start()]):
            return True
    return False


_NO_BODY = re.compile(r"^'([a-z-]+)': no body of that kind named")


def no_body_named(reason: str, table, at: int, lex: Lexicon) -> str | None:
    """"The club said" that the reading found no body for (its noun in no name the article
    gives): the body that noun may mean named last before, else None."""
    found = _NO_BODY.match(reason)
    if not found or lex.language != "en":
        return None
    return body_meant(table, found.group(1), at, lex)


_MODIFIER = r"(?:[a-z][a-z-]*\s+){0,2}?"


def article_description(reason: str, table, at: int, lex: Lexicon) -> str | None:
    """"The council denied ..." that names no body of that kind (the reason the reading or
    last_named_body gives), where the article described that body before without a name
    ("Residents have accused the borough council of ..."): the description as the article
    wrote it, its fullest form ("the borough council"), the guidelines' source for a
    description that singles out one body nobody names; else None (the noun first in this
    sentence: "The firm said" of a firm never written before)."""
    found = _NO_BODY.match(reason) or _MOVED.match(reason)
    if not found or table is None or lex.language != "en":
        return None
    noun = found.group(1)
    if not kind_wanted(noun, lex):
        return None
    pattern = re.compile(rf"(?<![\w'’-])[Tt]he\s+({_MODIFIER}{re.escape(noun)})(?![\w-])"
                         rf"(?:\s+([a-z]+))?")
    written = [m.group(1) for t in table.texts[:at] for m in pattern.finditer(t)
               if " " not in m.group(1) or _NOUN_ENDS.match(m.group(2) or "")]
    if not written:
        return None
    words = max(written, key=lambda w: len(w.split()))  # the first of the fullest
    return f"the {' '.join(words.split())}"


# the word after a described body's noun where the noun ends the description ("the
# borough council of", "the transport ministry had"), not "the annual council tax"
_NOUN_ENDS = re.compile(r"^(?:|of|to|for|in|on|over|at|and|or|but|as|by|with|from|after|"
                        r"before|since|which|that|who|has|had|have|is|was|were|are|will|"
                        r"would|could|should|may|might|must|can|did|does|said|says|told|"
                        r"[a-z]+ed)$")
_MOVED = re.compile(r"^no body of that kind named; 'the ([a-z-]+)': the last named speaker")


def spokesperson_noun(words: list[str], lex: Lexicon) -> str | None:
    """The body's noun of an unnamed spokesperson ("a club spokesperson", "a spokesperson
    for the club"; case-folded words of the subject, its article first), else None."""
    rest = [w for w in words[1:] if w not in ("the", "its")]
    if len(rest) == 2 and rest[1] in lex.spokespeople:
        return rest[0]
    if len(rest) == 3 and rest[0] in lex.spokespeople and rest[1] == "for":
        return rest[2]
    return None


_LAST_NAMED = re.compile(r"^'the ([a-z-]+)': the last named speaker")


def last_named_body(reason: str, name: str, table, at: int, lex: Lexicon
                    ) -> tuple[bool, str | None]:
    """"The firm said" read as the last named speaker where that speaker is a person or
    a body of another kind (the reading's fallback): (True, the body of the noun's kind
    named last before, or None for no source); (False, None) where the reading stands."""
    found = _LAST_NAMED.match(reason)
    if not found or table is None or lex.language != "en":
        return False, None
    kinds = kind_wanted(found.group(1), lex)
    if not kinds:
        return False, None
    entity = next((e for e in table.entities if e.name == name), None) or next(
        (e for e in table.entities if e.name.endswith(f" {name}")), None)
    if entity is not None and _other_body(entity, found.group(1), kinds, lex):
        return True, body_meant(table, found.group(1), at, lex)
    if entity is not None and _qualifier_only(entity, found.group(1), lex):
        return True, body_meant(table, found.group(1), at, lex)
    if name[:1].isupper() and (entity is None or entity.kind != PERSON or not (
            entity.sex or _written_as_person(entity, table.texts, lex))):
        return False, None  # the last speaker may be a body: the reading stands
    return True, body_meant(table, found.group(1), at, lex)


def _qualifier_only(entity, noun: str, lex: Lexicon) -> bool:
    """"The police said" after "The Police Federation said": the last speaker's name holds
    the noun only as a qualifier of its own head noun (a federation of police officers),
    so the noun never means it (round 34)."""
    words = entity.words()
    return noun in words and noun not in entity.nouns and noun not in head_nouns(words, lex)


def _other_body(entity, noun: str, kinds: tuple[str, ...], lex: Lexicon) -> bool:
    """"The council denied" after "The Ashcombe Tenants' Alliance said": an office's noun
    never means a body that is no office and whose own name holds another body's head noun
    (the residents' alliance that accused the council is not the council)."""
    bodies, _companies, _either = _nouns(lex.language)
    heads = (set(entity.words()) | entity.nouns) & (bodies | lex.org_heads |
                                                    lex.government_heads)
    return noun in lex.government_heads and entity.kind not in (PERSON, GOVERNMENT) and \
        bool(heads) and not _fits(entity, noun, kinds, lex)


def business_described(name: str, text: str, table, at: int, lex: Lexicon) -> str | None:
    """"The gym operator said", read as a description nobody names: a definite business's
    noun with words that say which ("gym operator", "letting agency") means the company
    the article named last before, else None. An office or a group so described ("the
    transportation department", "the journalists' union") stays as written."""
    words = name.casefold().split()
    if len(words) < 2 or not re.search(rf"\bthe {re.escape(name)}\b", text, re.IGNORECASE):
        return None
    if kind_wanted(words[-1], lex) != (COMPANY,):
        return None
    return body_meant(table, words[-1], at, lex)
