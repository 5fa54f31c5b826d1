"""English speakers, seventeenth round: the proposed speaker read once more where the rules
before took the words around a person's name for the name, or a count of people for a
speaker (speakers_proposed.with_speakers calls ``refined`` for English).

1. A descriptor written like a title before a person's name ("Tutor Hannah Vo said",
   "Holidaymaker Tessa Grant said"): the person, without the descriptor.
2. A body or a place, then a role and a person ("Unison regional organiser Priya Mehta
   said", "Children's author Lena Whitford has accused"): the person, never the body
   before the role (the guidelines: the source is who said it, the most specific name).
3. A name cut at its possessive ("St Non's Hospice said" read as "St Non"): the whole name
   the sentence writes. A place's possessive before a body's name ("Nepal's National Child
   Rights Council"): the body's name; before a title alone ("Kettering's MP has written",
   read as "Kettering"): the description as written.
4. A count of people as the subject ("Three former trustees have reported", "Eleven inmates
   have sued", "Several found out"): a plural of unnamed people, no source.
5. A description nobody names ("..., a charity has said.") that the next sentences name as
   the subject of a verb of saying ("Safe Passage Network said ..."): that name.
6. A verb of saying whose subject the rules before found no speaker in ("The Farmers' Union
   of Wales said", "Harwood's, which has more than 400 stores, said", "A former Border
   Force officer, speaking on condition of anonymity, said", "Kenya Wildlife Service
   investigators said", "..., the company said."): the subject read here, a relative clause
   or an aside between commas set apart; a name as written, one person or body described
   as written, a body's staff as the body, "the <body noun>" as the body the article
   names; a plural of unnamed people stays no source. "The union said" where the entity
   table knows no union: the name an earlier sentence gives in apposition ("Service
   Workers Local 418, a public employees union,") or after its lede's description (rule
   5). "Its investigators say": the body that opened the sentence before as a speaker.
   "According to the market researcher Kantel", "according to a census published on
   Monday by NatureScot": the name, the document's maker (never who saw it: "filings
   reviewed by Reuters").
8. "The union has sent a dossier ...", "The brewer raised its dividend": a body the
   sentence only describes as the subject of an act whose subject is the source
   (acting.acts_at), where the rules before read narration: the body the article names.
9. A body's name read short or long by the rules before: "Members of the X Cooperative"
   as the cooperative, "The General Pharmaceutical Council" with its "General" (read as a
   title before), "the regulator" taken for the last speaker or a body of another kind as
   the body the article names by a word of that noun ("Office of Rail Regulation").

The word lists are data (data/cues/en.json, "speaker17_en").
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from annotator.domain.proposals.article_kinds import (
    article_description,
    body_meant,
    business_described,
    last_named_body,
    no_body_named,
    qualifies_another,
    spokesperson_noun,
)
from annotator.domain.proposals.kinds import PERSON
from annotator.domain.proposals.lexicon import Lexicon, cue_file, find
from annotator.domain.proposals.literal import absent, opened_written_at, written_at
from annotator.domain.proposals.name_words import fronted_prepositions
from annotator.domain.proposals.named_next import state_body
from annotator.domain.proposals.naming import known_whole

KEY = "speaker17_en"
_NAME_WORD = r"[A-Z][\w'’.-]*"
_PERSON = rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}}"
ROLE_WORDS = 3  # lower-case words of a role after a body ("regional organiser")
AS_WRITTEN = "a description nobody names, as written"


@lru_cache(maxsize=4)
def _words(language: str) -> tuple[frozenset[str], frozenset[str]]:
    raw = cue_file(language).get(KEY, {})
    return frozenset(raw.get("descriptors", ())), frozenset(raw.get("quantities", ()))


def _person_like(words: list[str], lex: Lexicon, given: frozenset[str] = frozenset()
                 ) -> bool:
    """Two or three capitalised words that could be a person's name: no body's head noun
    ("Council", "Trust"), no company marker, no honorific left inside. ``given``: words of
    the not-names (months) that are given names too, allowed first ("June Atkinson")."""
    if not 2 <= len(words) <= 3:
        return False
    for k, w in enumerate(words):
        bare = w.strip(".,").casefold()
        if not w[:1].isupper() or bare in lex.org_heads or bare in lex.company_markers \
                or bare in lex.titles or (bare in lex.not_names and not (
                    k == 0 and bare in given)) or "'" in w or "’" in w:
            return False
    return True


@lru_cache(maxsize=4)
def _given_months(language: str) -> frozenset[str]:
    """Months that are given names too ("Patient June Atkinson, 82,": round 38, t38d2)."""
    return frozenset(cue_file(language).get("speaker38_given_months", {}).get("names", ()))


def _descriptor_dropped(name: str, lex: Lexicon) -> str | None:
    """"Tutor Hannah Vo" -> "Hannah Vo"; "Cllr Diane Moss" -> "Diane Moss"; else None."""
    descriptors, _ = _words(lex.language)
    words = name.split()
    if len(words) < 3 or (words[0].casefold().rstrip(".") not in descriptors and
                          not _AGE.match(words[0])):
        return None
    rest = words[1:]
    return " ".join(rest) if _person_like(rest, lex, _given_months(lex.language)) else None


# the reason of a pronoun that means the person the article named last (reading.carried)
CARRIED_PERSON = ": the last person named"
# written only before a person's name: no guard needed ("Cllr Diane Moss")
_PERSONAL_TITLES = frozenset({"cllr", "councillor", "coun"})
_PERSONAL = re.compile(r"\b(?:he|she|his|her|him|I|my|me)\b")
# an age written like a title before a person's name ("Eight-year-old Maisie Tate said",
# "72-year-old Joan Bell said"): the person, without the age; only a person has one, so no
# guard either (round 37, t37a1)
_AGE = re.compile(r"(?:\d{1,3}|[A-Za-z]+(?:-[a-z]+)?)-years?-old$")


def _personal(word: str) -> bool:
    """A word before a name that only a person's name follows: a personal title or an age."""
    return word.casefold().rstrip(".") in _PERSONAL_TITLES or bool(_AGE.match(word))


def _told_as_person(person: str, text: str, table) -> bool:
    """The article writes ``person`` as a person: an age after the name ("Hannah Vo, 34,"),
    "he", "she", "I" in the sentence or the next, or the surname alone elsewhere ("Ms Vo
    said", "Vo added")."""
    if re.search(rf"{re.escape(person)},\s*\d{{1,3}},", text):
        return True
    texts = tuple(getattr(table, "texts", ()) or ())
    at = next((k for k, t in enumerate(texts) if t == text), None)
    near = [text] + ([texts[at + 1]] if at is not None and at + 1 < len(texts) else [])
    if any(_PERSONAL.search(t) for t in near):
        return True
    surname = person.split()[-1]
    alone = re.compile(rf"(?<![\w'’-]){re.escape(surname)}(?![\w'’-])")
    return any(alone.search(t.replace(person, "")) for t in texts)


# _role_holder's pattern after the name (literal.opened_written_at: the name found by
# str.find, opening the sentence or after a comma, not compiled for each name)
_ROLE_AND_PERSON = re.compile(rf"(?:['’]s)?((?:\s+[a-z][\w-]*){{1,{ROLE_WORDS}}})\s+({_PERSON})"
                              rf"(?=\s*,|\s+[a-z])")


def _role_holder(name: str, text: str, lex: Lexicon) -> str | None:
    """The person after a role the proposed body or place only qualifies ("Unison regional
    organiser Priya Mehta said", "Children's author Lena Whitford has accused"), else
    None."""
    descriptors, _ = _words(lex.language)
    roles = descriptors | lex.titles
    if not name[:1].isupper():
        return None  # "the students' union said the national Graduate Outcomes survey"
    for found in opened_written_at(name, text, ",", _ROLE_AND_PERSON, quotes="\"“"):
        role = found.group(1).split()
        if role[-1] not in roles or find(lex.verbs, role):
            continue
        person = found.group(2).split()
        if _person_like(person, lex):
            return " ".join(person)
    return None


# _possessive_whole's pattern around the name (literal.written_at: the name found by
# str.find, not compiled into a pattern for each name)
_NOT_AFTER_NAME_WORD = re.compile(r"(?<![\w'’])")
_POSSESSED_WORDS = re.compile(rf"(['’]s(?:\s+{_NAME_WORD}){{1,3}})")


def _possessive_whole(name: str, text: str, lex: Lexicon) -> str | None:
    """"St Non" in "St Non's Hospice said": the whole name, when the words after "'s" are
    capitalised and end in a body's head noun ("Hospice", "Home", "Council")."""
    heads = lex.org_heads | {"home", "hospice", "centre", "center", "society", "fund",
                             "hall", "college", "academy", "church", "clinic", "inspectorate"}
    for _, found in written_at(name, text, _NOT_AFTER_NAME_WORD, _POSSESSED_WORDS):
        tail = found.group(1).split()
        for k in range(len(tail), 1, -1):  # the longest run ending in a head noun
            if tail[k - 1].strip(".,").casefold() in heads:
                return f"{name}{tail[0]} {' '.join(tail[1:k])}"
    return None


# the head nouns of a public body a place owns ("Nepal's National Child Rights Council"),
# never a firm's ("Moody's Investors Service", "Harwood's Bakery Group")
_PUBLIC_HEADS = frozenset({"council", "ministry", "commission", "authority", "agency",
                           "department", "office", "board", "inspectorate", "tribunal",
                           "court", "police", "parliament", "government", "regulator",
                           "ombudsman", "commissioner", "assembly", "senate", "directorate"})


# _place_possessive's patterns after the place (literal.py: not compiled for each place)
_POSSESSIVE_S = re.compile(r"['’]s\s+")
_NOT_BEFORE_NAME_WORD = re.compile(r"(?![\w'’])")
_POSSESSED_SAYS = re.compile(r"['’]s\s+((?:[A-Za-z]+\s+){0,1}[A-Za-z]+)\s+"
                             r"(?:has|have|had|said|says|told|wrote)\b")


def _possessive_before(place: str, rest: str, text: str) -> bool:
    """``re.search(rf"(?<![\\w'’]){re.escape(place)}['’]s\\s+{re.escape(rest)}(?![\\w'’])",
    text)``, without compiling it: ``rest`` opens with no space, so the spaces before it are
    all the spaces there."""
    at = text.find(place)
    while at >= 0:
        if _NOT_AFTER_NAME_WORD.match(text, at):
            tail = _POSSESSIVE_S.match(text, at + len(place))
            if tail and text.startswith(rest, tail.end()) and _NOT_BEFORE_NAME_WORD.match(
                    text, tail.end() + len(rest)):
                return True
        at = text.find(place, at + 1)
    return False


def _place_possessive(name: str, text: str, lex: Lexicon) -> str | None:
    """A place's possessive before a body's name, read as one name without its "'s"
    ("Nepal's National Child Rights Council said" read as "Nepal National Child Rights
    Council"): the body's own name; before an office holder's title alone ("Kettering's
    MP has written", read as "Kettering"): the description as written."""
    words = name.split()
    kept = next((k for k in (1, 2) if k < len(words) and words[k - 1].endswith(("'s", "’s"))),
                None)
    if kept:  # "Peru's National Fisheries Council", the possessive kept in the name
        rest = words[kept:]
        if len(rest) >= 2 and rest[-1].casefold() in _PUBLIC_HEADS and all(
                w[:1].isupper() or w.casefold() in _CONNECTORS for w in rest):
            return " ".join(rest)
        return None
    for k in (1, 2):
        if k > len(words):
            break
        place, rest = " ".join(words[:k]), words[k:]
        if not all(w[:1].isupper() for w in words[:k]):
            continue
        if rest and _possessive_before(place, " ".join(rest), text):
            if len(rest) >= 2 and rest[-1].casefold() in _PUBLIC_HEADS and all(
                    w[:1].isupper() or w.casefold() in _CONNECTORS for w in rest):
                return " ".join(rest)
        if not rest:
            found = next(opened_written_at(place, text, ".;:", _POSSESSED_SAYS), None)
            if found and all(w.casefold() in lex.titles for w in found.group(1).split()):
                return f"{place}'s {found.group(1)}"
    return None


def _counted(name: str, lex: Lexicon) -> bool:
    """A subject that only counts people ("Three", "Twenty-two", "Several")."""
    _, quantities = _words(lex.language)
    parts = name.casefold().replace("-", " ").split()
    return bool(parts) and len(name.split()) == 1 and all(p in quantities for p in parts)


# the verbs of saying that follow the name opening the next sentence ("Safe Passage
# Network said"), an auxiliary or an apposition between commas allowed before them
_SAYING = re.compile(r"^(?:\s*,[^,]{1,90},)?\s+(?:has\s+|have\s+|had\s+|also\s+|on\s+\w+\s+)?"
                     r"(?:said|says|say|told|tells|claimed|claims|alleged|alleges|accused|"
                     r"accuses|reported|found|estimated|wrote|complained|filed|lodged|"
                     r"described|argued|argues)\b")
NEXT_SENTENCES = 2  # sentences after a described body where the article names it
_BODIES = frozenset({"group", "charity", "watchdog", "campaign", "cooperative",
                     "co-operative"})


def _named_next(name: str, table, at: int, lex: Lexicon) -> str | None:
    """The name the article gives, in the next sentences, to a body the sentence only
    describes ("..., a charity has said." then "Safe Passage Network said ..."): the name
    that opens one of the next two sentences as the subject of a verb of saying; else None
    (the guidelines: a description takes the name the article gives that speaker, before
    or after the sentence). A person described ("a former manager") is left as it is: the
    person named next may be the accused body's own officer, and the reading of sides
    after it turned (train13: three labels lost for one speaker)."""

    words = name.split()
    if table is None or len(words) < 2 or words[0].casefold() not in ("a", "an"):
        return None
    head = words[-1].casefold().strip("'’")
    if not (head in lex.org_heads or head in _BODIES):
        return None
    texts = getattr(table, "texts", ())
    for k in range(at + 1, min(at + 1 + NEXT_SENTENCES, len(texts))):
        sentence = texts[k].lstrip("\"“ ").removeprefix("The ")
        for e in table.entities:
            if k not in e.mentions or not sentence.startswith(e.name):
                continue
            if any(p < at for p in e.mentions):
                continue  # named before the description: "a contractor" is someone new
            if _a_person(e, sentence, lex):
                continue  # "Hannah Okafor, its director, said": a person, not the body
            if state_body(head, e.name, lex):
                continue  # "A housing charity has accused" / "Leeds City Council said"
            if at < len(texts) and re.search(rf"\b{re.escape(e.name)}\b", texts[at]):
                continue  # "A regulator found that the app Glimmo ...": the body it names
            if _SAYING.match(sentence[len(e.name):]):
                return e.name
    return None


_VERB = (r"(?:said|says|say|told|tells|confirmed|confirms|added|adds|claimed|claims|"
         r"alleged|alleges|stated|states|reported|warned|argued|argues|insisted|insists|"
         r"accused|accuses|denied|denies|rejected|rejects|criticised|criticized|condemned)")
_AUX = r"(?:\s+(?:has|have|had|also|later|previously|earlier|separately|further))*"
_FRAMES = ("In", "On", "At", "After", "Before", "Asked", "Speaking", "Writing",
           # an opening participle that tells for whom or in what role the person named
           # after the comma speaks ("Prosecuting for Swindon Borough Council, Sarah Okoye
           # said", "Acting for the Health and Safety Executive, Tom Briggs told the
           # court"): the person speaks, never the body after "for" (thirty-second round)
           "Prosecuting", "Representing", "Acting", "Appearing", "Defending", "Mitigating",
           "Giving", "Testifying", "Talking", "Responding", "Commenting",
           # an opening participle of a debate or a question time ("Answering questions in
           # the Commons, Lucy Trenholm said", "Pressed on the figures, Tom Hale said",
           # "Winding up the debate, ..."): the person after the comma speaks (t34politics)
           "Answering", "Replying", "Addressing", "Opening", "Winding", "Pressed",
           "Questioned", "Challenged", "Quizzed", "Interviewed")


@lru_cache(maxsize=1)
def _subject_first() -> re.Pattern:
    """A verb of saying's subject at the sentence's start, after a frame set off by a comma
    ("In a statement, ...", "Under the Online Safety Code, ...": the fronted prepositions of
    name_words.fronted_prepositions as well)."""
    frames = "|".join(dict.fromkeys(
        (*_FRAMES, *sorted(w.capitalize() for w in fronted_prepositions("en")))))
    return re.compile(rf"^(?P<frame>(?:{frames})"
                      rf"\b[^,\"“”]{{1,80}},\s*)?(?P<subject>[^,\"“”]{{2,90}}?)"
                      rf"(?P<aside>,[^,\"“”]{{2,90}},)?{_AUX}\s+{_VERB}\b")


# a joining word that opens a sentence before its subject ("But Mark Ellery, 42, said")
_OPENING_JOINS = frozenset({"But", "And", "Yet", "So"})
_SUBJECT_LAST = re.compile(rf",[\"”’']?\s+(?P<subject>(?:the|a|an)\s+[a-z][\w'’ -]{{1,40}}?)"
                           rf"\s+{_VERB}(?:\s*[.!?]?[\"”’']?\s*$|,(?=\s+[a-z]))")
# ("..., the company said." closing the sentence, or set off by commas inside it before
# what goes on: "Profit rose to 412 million pounds, the company said, on sales up 4.6%":
# round 35, t35e)
# the endings of a noun for one person ("technician", "chemist", "inspector", "employee")
# a document's name is never one ("the letter said", "the order says": documents())
_PERSON_ENDINGS = ("er", "or", "ist", "ian", "ee")
_CONNECTORS = frozenset({"of", "and", "for", "the", "&", "de", "on", "in"})
_STAFF = frozenset({"officials", "investigators", "inspectors", "staff", "officers",
                    "spokespeople", "executives", "researchers", "auditors"})
_WHOLE_NAME = re.compile(r"^(?:The\s+)?([A-Z][\w'’.&-]*(?:\s+(?:[A-Z0-9][\w'’.&-]*|of|and|for|"
                         r"the|&|de|on|in))*)$")
_ONE_PERSON = frozenset({"hand", "man", "woman", "buyer", "seller", "source", "official",
                         "officer", "employee", "worker", "manager", "insider", "detective"})


_NAME_RUN = (r"[A-Z][\w'’&.-]*(?:\s+(?:[A-Z0-9][\w'’&.-]*|of|and|for|the|&|on|in))*"
             r"(?<![\s,])")
# "..., according to the market researcher Kantel.", "according to a census published on
# Monday by NatureScot": its maker, never who saw it ("filings reviewed by Reuters")
_ACCORDING_NAMED = re.compile(rf"\baccording to (?:the |a |an )?"
                              rf"(?:(?!by\b|from\b|of\b|at\b)[a-z][\w'’-]*\s+){{1,4}}"
                              rf"(?P<name>{_NAME_RUN})\s*[.!?]?[\"”’']?\s*$")
_ACCORDING_BY = re.compile(rf"\baccording to (?:the |a |an )?(?:[a-z][\w'’-]*\s+){{1,3}}"
                           rf"(?:published|released|issued|compiled|conducted|produced|"
                           rf"prepared|carried out)\s+(?:[\w'’-]+\s+){{0,3}}by "
                           rf"(?:(?:the|researchers|experts|staff) (?:at |of )?)?"
                           rf"(?P<name>{_NAME_RUN})\s*[.!?]?[\"”’']?\s*$")


# "according to a complaint filed with the Information Commissioner's Office": the body a
# filing went to is not who speaks (round 34)
_FILED_WITH = re.compile(r"\b(?:filed|lodged|submitted|sent|made|brought|delivered|addressed|"
                         r"presented|referred)\s+(?:with|to|before)\s+(?:the\s+)?$")


def _according(text: str) -> str | None:
    """The name after a description in "according to" ("according to the market
    researcher Kantel", "according to a census published on Monday by NatureScot"); not
    the body a filing went to ("according to a complaint filed with the ICO")."""
    found = _ACCORDING_BY.search(text) or _ACCORDING_NAMED.search(text)
    if not found or _FILED_WITH.search(text[found.start():found.start("name")]):
        return None
    before = text[:found.start("name")].split()
    if before and before[-1].casefold() in _WHEN_OR_WHERE:
        return None  # "according to a cabinet report published in October": a date or a
        # place after the description, never its maker (t34politics)
    name = re.sub(r"^The\s+", "", found.group("name")).rstrip(".")
    return name if name.split()[0][:1].isupper() else None


# "According to the coast guard, ...": two to four lower-case words after "the"
_ACCORDING_LOWER = re.compile(r"^[\"“]?According to the ((?:[a-z]+\s+){1,3}[a-z]+),")


def _tail_named(rest: list[str], table, at: int) -> str | None:
    """The body the article named before sentence ``at`` whose name ends in the two or more
    lower-case words of a description ("according to the coast guard" after "The
    Philippine Coast Guard", "according to the border guard" after "The Polish Border
    Guard"; round 38, bug fix t38b2): None where no body's name ends so, or two bodies'
    names do."""
    if table is None or len(rest) < 2 or any(not w.isalpha() or not w.islower()
                                             for w in rest):
        return None
    n = len(rest)
    matches = [e for e in table.entities if e.kind != PERSON and not e.placed
               and any(p < at for p in e.mentions)
               and len(e.name.split()) > n
               and [w.casefold() for w in e.name.split()[-n:]] == rest]
    if len({e.name for e in matches}) != 1:
        return None
    return matches[0].name


_WHEN_OR_WHERE = frozenset({"in", "on", "during", "since", "until", "before", "after",
                            "last", "this", "next", "across", "throughout"})


_ITS = re.compile(r"^(?:Its|Their)\s+(?:[a-z]+\s+)?(?:investigators|researchers|inspectors|"
                  r"staff|officials|officers|lawyers|spokesman|spokeswoman|spokesperson|"
                  r"report|statement|analysis|survey|findings)\b")


def _person_by_surname(name: str, table, at: int) -> str | None:
    """The person the article named before in full whose last word is ``name`` ("Hannah
    Pryce" for "Pryce"), the one named last, else None."""
    from annotator.domain.proposals.kinds import PERSON
    matches = [e for e in getattr(table, "entities", ()) if e.kind == PERSON
               and len(e.name.split()) > 1 and e.name.split()[-1] == name
               and any(p < at for p in e.mentions)]
    return table.nearest(matches, at) if matches else None


def _honorific_surname(name: str, table, at: int, lex: Lexicon) -> str | None:
    """"Mr Adeyemi" read after a frame ("Speaking to the Gazette, Mr Adeyemi said"): the
    person named before in full whose last word is the surname after the honorific
    ("Marcus Adeyemi"), else None (thirty-fifth round, t35a)."""
    words = name.split()
    if len(words) != 2 or words[0].casefold().rstrip(".") not in lex.honorifics \
            or not words[1][:1].isupper() or table is None:
        return None
    return _person_by_surname(words[1], table, at)


def _its_owner(text: str, table, at: int, lex: Lexicon) -> str | None:
    """"Its investigators say": the body whose name opens the sentence before as the
    subject of a verb of saying (the guidelines: staff of one body speak as that body)."""

    texts = getattr(table, "texts", ())
    if not _ITS.match(text.strip()) or not 0 < at <= len(texts):
        return None
    before = texts[at - 1].lstrip("\"“ ").removeprefix("The ")
    for e in table.entities:
        if at - 1 in e.mentions and before.startswith(e.name) and not _a_person(
                e, before, lex) and _SAYING.match(before[len(e.name):]):
            return e.name
    return None


def _a_person(entity, sentence: str, lex: Lexicon) -> bool:
    """The entity opening ``sentence`` is written as a person there: the article gives it
    a sex ("Ms Okafor", "she"), or an age or a title follows the name between commas
    ("Hannah Okafor, 41,", "Hannah Okafor, the charity's director,")."""
    if getattr(entity, "sex", None):
        return True
    after = sentence[len(entity.name):]
    if re.match(r"^,\s*\d{1,3},", after):
        return True
    apposition = re.match(r"^,([^,]{2,80}),", after)
    descriptors, _ = _words(lex.language)
    return bool(apposition) and any(
        w.strip("'’").casefold() in lex.titles | descriptors
        for w in apposition.group(1).replace("'s", " ").split())


_NO_BODY_NOUN = re.compile(r"^'([a-z-]+)': no body of that kind named")


def _lede_body(reason: str, table, at: int, lex: Lexicon) -> tuple[str, str] | None:
    """"The group has asked ..." that the reading found no body for: (name, noun) of the
    body the nearest earlier sentence describes by that noun ("a consumer group") and the
    next sentences name as they speak (``_named_next``), else None (thirty-fifth round)."""
    found = _NO_BODY_NOUN.match(reason)
    if not found or table is None:
        return None
    head = found.group(1)
    texts = getattr(table, "texts", ())
    described = re.compile(rf"\b(?:a|an)\s+(?:[\w'’-]+\s+){{0,3}}{re.escape(head)}\b(?!['’])")
    for k in range(min(at, len(texts)) - 1, -1, -1):
        lede = described.search(texts[k])  # the lede's description only, never a name
        if lede:  # before a comma ("On Thursday, the union said")
            named = _named_next(lede.group(0), table, k, lex)
            return (named, head) if named else None
    return None


def _described_before(head: str, table, at: int, lex: Lexicon) -> str | None:
    """The body "the <head>" means where the entity table knows it by no such noun: the
    name an earlier sentence gives in apposition ("Service Workers Local 418, a public
    employees union,") or in the next sentences after its description ("..., a charity has
    said." then "Safe Passage Network said"), the nearest before the sentence."""
    texts = getattr(table, "texts", ())
    apposed = re.compile(rf"({_NAME_RUN}),\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){{0,4}}"
                         rf"{re.escape(head)}\b(?!['’])(?!{_AUX}\s+{_VERB}\b)")
    # not "X, the group's director,"; not "... in the 26 weeks to Oct. 3, the company said":
    # "the company" there is who
    # speaks after a date, a day or a place, no apposition naming it (round 35, t35e)
    described = re.compile(rf"\b(?:a|an)\s+(?:[\w'’-]+\s+){{0,3}}{re.escape(head)}\b(?!['’])")
    firms = _company_nouns(lex.language)
    owned = re.compile(rf"^(?:The\s+)?({_NAME_RUN}),\s+[A-Z][\w-]*['’]s\s+(?:[\w'’-]+\s+){{0,4}}"
                       rf"(?:{'|'.join(map(re.escape, sorted(firms)))})\b(?!{_AUX}\s+{_VERB}\b)"
                       ) if head in firms else None
    for k in range(min(at, len(texts)) - 1, -1, -1):
        found = apposed.search(texts[k]) or (owned.search(texts[k].lstrip("\"“ "))
                                             if owned else None)
        if found:
            name = re.sub(r"^The\s+", "", found.group(1))
            fuller = table.fullest(name, k)
            return fuller or name
        lede = described.search(texts[k])
        if lede:
            named = _named_next(lede.group(0), table, k, lex)
            if named:
                return named
    return None


@lru_cache(maxsize=4)
def _company_nouns(language: str) -> frozenset[str]:
    """A business's nouns ("company", "firm", "chain", "retailer"): data/cues/<language>.json,
    "speaker22_en"'s "company_nouns"."""
    return frozenset(cue_file(language).get("speaker22_en", {}).get("company_nouns", ()))


def _subject_read(text: str, lex: Lexicon, index, table, at: int) -> tuple[str | None, str]:
    """The speaker of a verb of saying the rules before found none for (rule 6): (name,
    why), name None for none found or a plural of unnamed people."""
    from annotator.domain.proposals.speaker_acts import documents, people

    according = _according(text)
    if not according and table is not None:  # "According to the coast guard, ..."
        tail = _ACCORDING_LOWER.match(text.strip())
        named = _tail_named(tail.group(1).split(), table, at) if tail else None
        if named:
            return named, f"named after 'according to' ('the {tail.group(1)}' = {named}, " \
                          f"the end of its name)"
    if according:
        fuller = table.fullest(according, at) if table is not None else None
        return fuller or according, f"named after 'according to' ({according})"
    owner = _its_owner(text, table, at, lex)
    if owner:
        return owner, f"'its': {owner}, the body the sentence before speaks for"
    found = _subject_first().match(text.strip())
    last = _SUBJECT_LAST.search(text.strip()) if not found else None
    if not found and not last:
        return None, ""
    subject = " ".join((found or last).group("subject").split())
    words = subject.split()
    if found and not found.group("frame") and len(words) > 2 and words[0] in _OPENING_JOINS:
        subject, words = " ".join(words[1:]), words[1:]  # "But Mark Ellery, 42, said": the
        # joining word opens the sentence, not the name (round 36)
    if words and words[-1].casefold() in lex.passive_auxiliaries | {
            "was", "were", "been", "is", "are", "be", "being", "has", "have", "had"}:
        return None, ""  # "The Ministry of Fisheries was accused": a passive, no speaker
    if not words or words[0].casefold() in lex.pronouns | lex.prepositions | {
            "its", "their", "his", "her", "our", "my", "your", "in", "on", "at", "by",
            "after", "before", "since", "during", "last", "this", "next"}:
        return None, ""  # "In June Harbour Council said": a frame the rules before read
    whole = _WHOLE_NAME.match(subject)
    if whole and (words[-1][:1].isupper() or words[-1].isdigit() and len(words) > 1) \
            and words[-1].casefold() not in _CONNECTORS:
        name = whole.group(1)
        if name.casefold() in lex.pronouns or name.split()[0].casefold() in lex.not_names:
            return None, ""
        if " " not in name and "'" not in name and "’" not in name and (
                name.casefold().endswith(("men", "people")) or name.endswith("s")
                and not name.endswith("ss")):
            return None, ""  # "Fishermen say", "Residents say": a plural of unnamed people
        fuller = table.fullest(name, at) if table is not None else None
        if not fuller and found and found.group("frame") and " " not in name:
            fuller = _person_by_surname(name, table, at)  # "Prosecuting for X, Pryce said"
        if not fuller and found and found.group("frame"):
            fuller = _honorific_surname(name, table, at, lex)  # "Speaking to the Gazette,
            # Mr Adeyemi said" after "Marcus Adeyemi" (t35a)
        return fuller or name, f"the subject of the verb of saying, a name ({subject})"
    head = words[-1].casefold().strip("'’")
    if head in _STAFF and len(words) >= 2:  # "Kenya Wildlife Service investigators"
        body = _WHOLE_NAME.match(" ".join(words[:-1]))
        if body and words[-2][:1].isupper():
            return body.group(1), f"'{subject}': a body's staff speak as the body"
        return None, ""
    determiner = words[0].casefold()
    if determiner not in ("a", "an", "the") or len(words) < 2:
        return None, ""
    relative = next((k for k, w in enumerate(words) if w in ("that", "who", "which")),
                    len(words))
    words = words[:relative]  # "a buyer for a Dutch roaster that takes ...": up to "that"
    subject = " ".join(words)
    if len(words) < 2 or any(not (w.islower() or w.casefold() in _CONNECTORS
                                  or w[:1].isupper()) for w in words[1:]) or len(words) > 8:
        return None, ""
    rest = [w.casefold() for w in words[1:]]
    stop = next((k for k, w in enumerate(rest) if w in ("of", "for", "at", "from", "with")),
                len(rest))
    head = rest[stop - 1].strip("'’") if stop else ""
    descriptors, _ = _words(lex.language)
    if not head or head.endswith("s") and not head.endswith("ss"):
        return None, ""  # a plural of unnamed people: no source
    if head in documents(lex) or head in {"paper", "poster", "flyer", "register", "charter",
                                          "newsletter", "folder", "filter", "counter"}:
        return None, ""  # a document speaks for whoever issued it (its own rule)
    if determiner == "the" and len(rest) == 1 and (head in lex.org_heads or head in _BODIES):
        named = table.described(head, at) if table is not None else None
        named = named or _described_before(head, table, at, lex)
        return (named, f"'the {head}' = {named}, as the article names it") if named \
            else (None, "")
    named = body_meant(table, head, at, lex) if determiner == "the" and len(rest) == 1 \
        else None
    if named:  # "The provider said": the company the article named last
        return named, f"'the {head}' = {named}, the body that noun may mean, named last"
    if head in lex.spokespeople or stop < len(rest) and rest[0] in lex.spokespeople:
        noun = spokesperson_noun(words, lex)  # "A club spokesperson said"
        body = body_meant(table, noun, at, lex) if noun else None
        if body:
            return body, f"'{subject}': the body that noun may mean, named last"
        return None, ""  # "a spokeswoman said": whose, the rules for spokespeople read
    person = head in descriptors or head in people(lex) or head in lex.titles or \
        head in _ONE_PERSON or head not in lex.org_heads and head.endswith(_PERSON_ENDINGS)
    if not (person or head in lex.org_heads or " ".join(rest[-2:]) in _GOVERNING):
        return None, ""
    written = subject[:1].lower() + subject[1:] if determiner in ("a", "an") else subject
    return written, f"one {head} described, as written"


# a school's or a college's board, one body though its head noun is "body" (round 37,
# t37a3): "In a statement, the governing body said ..."
_GOVERNING = frozenset({"governing body", "governing board"})
_MEMBERS = re.compile(r"^(?:Members|Staff|Volunteers|Officials|Officers) (?:of|at|from) "
                      r"(?:the )?([A-Z].+)$")
# words a name opens with that the rules before read as a title or an honorific
_NAME_OPENERS = ("General", "His Majesty's", "Her Majesty's", "His Majesty’s",
                 "Her Majesty’s")


def _title_word_kept(name: str, text: str, lex: Lexicon) -> str | None:
    """A body's name whose first word the rules before took for a title ("The General
    Pharmaceutical Council said" read as "Pharmaceutical Council", "His Majesty's
    Inspectorate of Constabulary" as "Majesty Inspectorate of Constabulary"): the whole
    name the sentence writes."""
    words = name.split()
    if len(words) < 2 or words[-1].casefold() not in lex.org_heads | _PUBLIC_HEADS | {
            "constabulary"} and "of" not in words:
        return None
    bare = name[len("Majesty "):] if name.startswith("Majesty ") else name
    for opener in _NAME_OPENERS:
        written = f"{opener} {bare}"
        if absent(written, text):
            continue
        if re.search(rf"(?<![\w'’]){re.escape(written)}(?![\w'’])", text):
            return written
    return None


_DESCRIBED = re.compile(r"'the ([a-z]+)'(?:: the last named speaker| = )")


def _of_its_kind(reason: str, name: str, table, at: int, lex: Lexicon) -> str | None:
    """"The regulator said" read as the last named speaker, or as a body of another kind
    ("Transport Focus" for "the regulator", "Tom Reardon" for "the commissioner"): the
    body the article names by a word of that noun ("Office of Rail Regulation", "Privacy
    Commissioner"), the nearest before the sentence, else the first after; else None. Never
    a name where that word only qualifies another body's noun ("Local Government
    Association" for "the government", round 34)."""
    found = _DESCRIBED.search(reason)
    if not found or table is None:
        return None
    head = found.group(1)
    stem = head[:6]
    if len(head) < 6 or head not in lex.org_heads | _PUBLIC_HEADS:
        return None  # "the inspector": a person's title, its holder's own rules
    if any(w.casefold().startswith(stem) for w in name.split()):
        return None  # "Charity Commission" for "the commission": of its kind
    matches = [e for e in table.entities
               if any(w.startswith(stem) and not qualifies_another(words, k, lex)
                      for words in [e.name.casefold().split()]
                      for k, w in enumerate(words) if k >= 1)
               and e.name != name and not _a_person(e, "", lex)]
    return table.nearest(matches, at) if matches else None


def _body_acting(text: str, lex: Lexicon, table, at: int) -> tuple[str, str] | None:
    """"The union has sent a dossier ...", "The brewer raised its dividend": a body the
    sentence only describes, the subject of an act whose subject is the source
    (acting.acts_at), as the body the article names by that noun; else None (the
    guidelines: the party acting is the source)."""
    from annotator.domain.proposals.acting import acts_at
    from annotator.domain.proposals.name_words import tokens_and_words

    if table is None:
        return None
    _, words = tokens_and_words(text)
    if len(words) < 3 or words[0] != "the":
        return None
    head = words[1]
    if not (head in lex.org_heads or head in _BODIES or head in lex.description_heads):
        return None
    acts = acts_at(lex, words)
    if not acts or not 2 <= acts[0][0] <= 4 or any(
            w not in _AUXILIARIES for w in words[2:acts[0][0]]):
        return None
    named = table.described(head, at) or _described_before(head, table, at, lex) or \
        _last_body_speaker(table, at, lex)
    if not named:
        return None
    return named, f"the party acting: 'the {head}' = {named}, as the article names it"


LOOK_BACK = 4  # sentences back to the body that last spoke


def _last_body_speaker(table, at: int, lex: Lexicon) -> str | None:
    """The body that spoke last in the sentences just before: its name opens a sentence
    before a verb of saying, or ends one after it ("..., the Flight Attendants'
    Association said.")."""
    from annotator.domain.proposals.kinds import PERSON

    texts = getattr(table, "texts", ())
    for k in range(min(at, len(texts)) - 1, max(-1, at - 1 - LOOK_BACK), -1):
        sentence = texts[k].lstrip("\"“ ").removeprefix("The ")
        for e in table.entities:
            if k not in e.mentions or e.kind == PERSON or _a_person(e, sentence, lex):
                continue
            if sentence.startswith(e.name) and _SAYING.match(sentence[len(e.name):]) or \
                    re.search(rf"{re.escape(e.name)}\s+{_VERB}\s*[.!?]?[\"”’']?\s*$",
                              sentence):
                return e.name
    return None


_AUXILIARIES = frozenset({"has", "have", "had", "also", "will", "would", "is", "was",
                          "now", "then", "later", "already", "since"})


def refined(proposal, lex: Lexicon, index, text: str, table=None, at: int = 0):
    """``proposal`` with its English speaker read once more (the module's rules), else as
    it came; a person's or a company's name with where it is from after "of" ("Dr Sunita
    Rao of King's College Hospital", "PT Samudra Karya Teknik of Batam") as the name."""
    body = _office_holders(text) if text and lex.language == "en" else None
    if body and (proposal.name is None or proposal.name == body[1]):
        return _renamed(proposal, index, body[0], f"{body[0]}: the body its office-holders "
                                                  f"name, as written")
    read = _refined(proposal, lex, index, text, table, at)
    if read.name and lex.language == "en":
        own = _of_where_dropped(read.name, text, lex)
        if own:
            return _renamed(read, index, own, f"{own}: the name without where it is from "
                                              f"('{read.name}')")
        own = _person_of_body(read.name, text, lex)
        if own:
            return _renamed(read, index, own, f"{own}: the person named as of "
                                              f"'{read.name}' speaks")
    return read


# "according to the Newlyn harbour commissioners", "Falmouth harbour commissioners said",
# "the Hayle school governors say": a place, lower-case words of what the body is, then a
# plural of its office-holders, the body speaking as written (round 35, w7officials); never
# a plural of unnamed people ("Newlyn fishermen said"), never a body's name in capitals
_OFFICE_PLURALS = r"(?:commissioners|councillors|councilors|trustees|governors|magistrates)"
_OFFICE_BODY = (r"(?P<place>[A-Z][a-z][\w'’.-]*(?:\s+[A-Z][a-z][\w'’.-]*){0,2})"
                r"\s+(?:(?!the\b|and\b|of\b|for\b|in\b|on\b|at\b)[a-z]{3,}\s+){1,2}"
                rf"{_OFFICE_PLURALS}")
_OFFICE_SPEAK = (
    re.compile(rf"\baccording to (?:the )?(?P<name>{_OFFICE_BODY})\s*[.!?]?[\"”’']?\s*$"),
    re.compile(rf"^(?:The\s+)?(?P<name>{_OFFICE_BODY})\s+(?:have\s+|had\s+)?"
               rf"(?:said|say|says|told|warned|added|confirmed|stated|insisted|denied)\b"),
    re.compile(rf",[\"”’']?\s+(?:the\s+)?(?P<name>{_OFFICE_BODY})\s+(?:said|say|says)"
               rf"\s*[.!?]?[\"”’']?\s*$"),
)


def _office_holders(text: str) -> tuple[str, str] | None:
    """The body a place's office-holders name ("Newlyn harbour commissioners") where they
    are the sentence's source, with the place; else None."""
    if not re.search(_OFFICE_PLURALS, text):
        return None
    for pattern in _OFFICE_SPEAK:
        found = pattern.search(text)
        if found and found.group("place") not in ("The", "A", "An"):
            return found.group("name"), found.group("place")
    return None


_FROM_WHERE = re.compile(r"^((?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’.-]*) of (?:the )?[A-Z]")
_NOT_OWN = frozenset({"residents", "members", "friends", "people", "citizens", "staff",
                      "workers", "families", "parents", "students", "victims", "supporters"})


def _person_of_body(name: str, text: str, lex: Lexicon) -> str | None:
    """"One industry researcher, Tolu Bakare of Lagos consultancy PayLens, said": the
    person named with the body she is "of", where the body was read as the speaker; only
    between commas after a description, or opening the sentence."""
    last = max(text.rfind(f"{name}{after}") for after in (",", " said", " says"))
    if last < 0 or text.find(" of ", 0, last) < 0:
        return None  # the pattern below needs the name before one of these, " of " first
    found = re.search(rf"(?:^|, )((?:[A-Z][\w'’.-]*\s+){{1,2}}[A-Z][\w'’.-]*) of (?:the )?"
                      rf"(?:[\w'’-]+\s+){{0,3}}{re.escape(name)}(?:,| said| says)", text)
    if not found or found.group(1) == name:
        return None
    return _of_where_dropped(f"{found.group(1)} of {name}", text, lex)


def _of_where_dropped(name: str, text: str, lex: Lexicon) -> str | None:
    """"Sunita Rao of King's College Hospital": the person's own name, when the words
    before "of" are a person's name (two or three words, no title, no body's head noun:
    "University of Westmarch", "Bank of England" and "Residents of Karangsari" stay as
    written); "PT Samudra Karya Teknik of Batam": an Indonesian company's name (PT, CV)
    before the place it is from. Only where this sentence writes the name and "of" with
    no "the" before them ("The Royal College of Midwives said" is one body's name)."""
    found = _FROM_WHERE.match(name)
    if not found:
        return None
    own = found.group(1)
    if not re.search(rf"(?<!\bthe )(?<!\bThe )(?<![\w'’]){re.escape(own)} of ", text):
        return None
    words = [w.casefold().strip(".") for w in own.split()]
    if words[0] in ("pt", "cv") and len(words) >= 2:
        rest = name[len(own) + 4:]
        return own if len(rest.split()) == 1 else None  # "... of Batam": a place
    from annotator.domain.proposals.entities import kind_of
    from annotator.domain.proposals.kinds import PERSON
    if not 2 <= len(words) <= 3 or any(
            w in lex.titles or w in lex.org_heads or w in lex.honorifics or w in _NOT_OWN
            or w in lex.places for w in words) or kind_of(own, lex) != PERSON:
        return None
    return own


def _refined(proposal, lex: Lexicon, index, text: str, table=None, at: int = 0):
    name = proposal.name
    organiser = _organisers_body(text, table, at) if text and lex.language == "en" and (
        name is None or name.casefold().endswith(("organisers", "organizers"))) else None
    if organiser:  # "Festival organisers urged ...": the body the article says runs it
        return _renamed(proposal, index, organiser, f"'organisers' = {organiser}, the body "
                                                    f"the article says organises the event")
    if name is None and text and lex.language == "en" and proposal.reason == \
            "narration: no speech verb":
        acting = _body_acting(text, lex, table, at)
        if acting:
            known = known_whole(index, acting[0])
            return replace(proposal, name=known or acting[0], new_source=known is None,
                           reason=f"{acting[1]}; the rules before: {proposal.reason}")
        return proposal
    body = no_body_named(proposal.reason, table, at, lex) if name is None else None
    lede = _lede_body(proposal.reason, table, at, lex) if body else None
    if lede:  # "..., a consumer group said." then "Fair Deal UK said", "The group has
        # asked": the group the lede described and named, not the body named last (t35a)
        return _renamed(proposal, index, lede[0], f"'the {lede[1]}' = {lede[0]}, the {lede[1]} "
                                               f"an earlier sentence describes and names")
    if body:  # "The club said" where no name holds "club": the body it may mean
        return _renamed(proposal, index, body, f"{body}: the body that noun may mean, "
                                               f"named last")
    if name is None and text and _NO_BODY_YET.match(proposal.reason):
        return _described(proposal, index, table, at, lex)  # "'council': no body of ..."
    if name is None and text and lex.language == "en" and proposal.reason == \
            "no speaker named":
        found, why = _subject_read(text, lex, index, table, at)
        if found:
            known = known_whole(index, found)
            return replace(proposal, name=known or found, new_source=known is None,
                           reason=f"{why}; the rules before: {proposal.reason}")
        return proposal
    if name and text and lex.language == "en":
        kind = _of_its_kind(proposal.reason, name, table, at, lex)
        if kind:
            return _renamed(proposal, index, kind, f"{kind}: the body the article names by "
                                                   f"that noun")
        moved, body = last_named_body(proposal.reason, name, table, at, lex)
        if moved and body:
            return _renamed(proposal, index, body, f"{body}: the body of that kind named last")
        if moved:
            proposal = replace(proposal, name=None, new_source=False, sources=(),
                               reason=f"no body of that kind named; {proposal.reason}")
            return _described(proposal, index, table, at, lex)
    if name and text and lex.language == "en" and proposal.reason.startswith("'") and \
            proposal.reason.endswith(CARRIED_PERSON):
        person = _descriptor_dropped(name, lex)
        if person and not _personal(name.split()[0]):
            return _renamed(proposal, index, person,
                            f"{person}, named after the role '{name}' gives")
        # "Pensioner Maureen Tilsley, 78, was told ...", then '"...," she said': the
        # person the table holds with her lay role, named without it (round 36, t36e3)
    if not name or not text or lex.language != "en" or proposal.reason.startswith(
            ("continues", "'")):
        return proposal
    if _counted(name, lex):
        return replace(proposal, name=None, new_source=False, sources=(),
                       reason=f"no speaker named (a count of unnamed people: '{name}')")
    person = _descriptor_dropped(name, lex)
    if person and not _personal(name.split()[0]) and not _told_as_person(person, text, table):
        person = None  # "Patient Safety Learning said it": a body, not "Safety Learning"
    person = person or _role_holder(name, text, lex)
    if person:
        return _renamed(proposal, index, person,
                        f"{person}, named after the role '{name}' gives")
    member = _MEMBERS.match(name)
    if member:  # "Members of the Bugisu Highland Growers Cooperative": the body
        return _renamed(proposal, index, member.group(1),
                        f"{member.group(1)}: its members speak as the body")
    fuller = _title_word_kept(name, text, lex)
    if fuller:
        return _renamed(proposal, index, fuller, f"{fuller}, the whole name the sentence writes")
    placed = _place_possessive(name, text, lex)
    if placed:
        return _renamed(proposal, index, placed, f"{placed}: the place's possessive read")
    whole = _possessive_whole(name, text, lex)
    if whole:
        return _renamed(proposal, index, whole, f"the whole name the sentence writes: {whole}")
    if AS_WRITTEN in proposal.reason:
        named = _named_next(name, table, at, lex)
        if named:
            return _renamed(proposal, index, named,
                            f"'{name}' = {named}, as the next sentences name it")
        named = business_described(name, text, table, at, lex)
        if named:  # "The gym operator said": the company the article named
            return _renamed(proposal, index, named, f"'the {name}' = {named}, the company "
                                                    f"named last")
    return proposal


# "Organisers said", "The organisers", "Festival organisers urged", "according to the
# organisers": the organisers speaking as a group, the sentence's subject or its source
_ORGANISERS_SPEAK = re.compile(
    r"^(?:The\s+|Festival\s+|Event\s+|Tournament\s+|Race\s+|Championship\s+)?"
    r"[Oo]rgani[sz]ers\s+(?!of\b)[a-z]|\baccording to (?:the )?(?:[a-z]+ )?organi[sz]ers"
    r"\s*[.,]")
_NAME = r"((?:[A-Z][\w'’&.-]*)(?:\s+(?:[A-Z][\w'’&.-]*|of|and|&))*)"
# how an article names who runs its event: "organised by X", "run by X", "organisers X",
# "X, which organises the festival", "X, the festival's organiser"
_ORGANISED_BY = (
    re.compile(rf"\b(?:organi[sz]ed|run|staged|promoted) by {_NAME}"),
    re.compile(rf"\b[Oo]rgani[sz]ers,? {_NAME}"),
    re.compile(rf"{_NAME},? (?:which|who) (?:organi[sz]es|runs|stages|promotes)\b"),
    re.compile(rf"{_NAME}, the (?:[a-z]+ )?(?:event|festival|race|tournament)'s organi[sz]er"),
)


def _organisers_body(text: str, table, at: int) -> str | None:
    """Whom "organisers" speak for: the body the article said organises or runs the event,
    nearest before this sentence ("The festival, run by Riverside Events Ltd, ..." then
    "Festival organisers urged ..."); None where it names none (as before: nobody named,
    or the organisers as written)."""
    if table is None or not _ORGANISERS_SPEAK.search(text):
        return None
    texts = getattr(table, "texts", ())
    for k in range(min(at, len(texts) - 1), -1, -1):
        found = [m.group(1) for pattern in _ORGANISED_BY for m in pattern.finditer(texts[k])]
        found = [f.rstrip(".") for f in found if f.split()[0] not in ("The", "A", "An")]
        if found:
            return found[-1]
    return None


_NO_BODY_YET = re.compile(r"^'[a-z-]+': no body of that kind named")


def _described(proposal, index, table, at: int, lex: Lexicon):
    """"The council denied" where the article names no body of that kind: the description
    it gave that body before ("accused the borough council of"), as written, else no
    source (article_kinds.article_description)."""
    written = article_description(proposal.reason, table, at, lex)
    if not written:
        return proposal
    return _renamed(proposal, index, written, f"'{written}': the article's description, "
                                              f"no name given")


def possessive_restored(name: str, text: str) -> str | None:
    """A description nobody names, written by the rules before without the "'s" its
    sentence gives it ("the province trade office" for "The province's trade office said",
    "mill lawyer" for "The mill's lawyer has said"): the description as the sentence writes
    it, with its "the" before a possessive (the guidelines: a description as written);
    else None (no possessive in it, or not written so in the sentence)."""
    words = name.split()
    if len(words) < 2 or not words[-1][:1].islower():
        return None
    body = r"\s+".join(rf"{re.escape(w)}(?P<s{k}>['’]s)?" for k, w in enumerate(words))
    found = re.search(rf"(?<![\w'’-])(?P<the>the\s+)?{body}(?![\w'’-])", text, re.IGNORECASE)
    if not found or not any(found.group(f"s{k}") for k in range(len(words) - 1)):
        return None
    written = " ".join(found.group().split())
    return written[:1].lower() + written[1:]


def _renamed(proposal, index, name: str, why: str):
    known = known_whole(index, name)
    return replace(proposal, name=known or name, new_source=known is None,
                   reason=f"{why}; {proposal.reason}")
