"""A name read in a sentence as the source it is: the registry's source when the name is
one of its names or aliases, else the fuller name the article gave it ("Odinga" after
"Raila Odinga"), else a new source; and the name that follows an attribution word
("kata Rudi", "according to the company", "menurut Ketua X, Budi,"). The speaker
readings (reading.py, apart.py, sides.py, described.py) all end here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from annotator.domain.proposals.kinds import COMPANY, GOVERNMENT, ORGANISATION, PERSON, kind_of
from annotator.domain.proposals.lexicon import Lexicon
from annotator.domain.proposals.literal import written_at
from annotator.domain.proposals.name_words import (
    BREAKS,
    CAPITALISED_STOP,
    TOKEN,
    gap_before,
    given_name_at,
    given_name_titles,
    headed,
    name_word,
    person_in,
    pronoun_at,
    run_forward,
    text_of,
)
from annotator.domain.proposals.named_next import body_named_next
from annotator.domain.proposals.owned_places import owned_places
from annotator.domain.proposals.sexes import PRONOUN_SEX, sex_in, spoke_as_sex
from annotator.domain.speakers import ANY_NAME, SourceIndex


@dataclass(frozen=True)
class SpeakerReading:
    name: str | None  # None: no source
    reason: str
    new: bool = False  # a name the registry does not know yet
    carried: bool = False  # taken from an earlier sentence
    topic: str | None = None  # narration: the person it is about, whom "Ia" next refers to
    written: bool = False  # a description nobody names, proposed as written


class Known:
    """The source registry plus the full names the document has used before this sentence,
    so that "Odinga" or "kata Rudi" reads as the "Raila Odinga" or "Rudi Hartono" named
    earlier."""

    def __init__(self, index: SourceIndex, names: tuple[str, ...] = (),
                 described: tuple[tuple[str, str], ...] = (),
                 places: frozenset[str] = frozenset(), table=None, at: int = 0):
        self.index, self.names, self.described = index, names, described
        self.places = places  # "China" speaks for itself, not for "Kementerian ... China"
        self.table, self.at = table, at  # the document's entities (entities.py), this sentence
        self.last_named: str | None = None  # the last named speaker, for "the politician"

    def fullest(self, name: str) -> str | None:
        """The fuller name the article gives this speaker (entities.EntityTable.fullest)."""
        if self.table is None:
            return None
        words = name.split()
        if len(words) == 1 and (name.casefold() in self.places or not name[:1].isupper()):
            return None
        word = name.casefold()
        if len(words) == 1 and (word in self.table.lex.org_heads
                                or word in self.table.lex.description_heads):
            return self.table.described(word, self.at)  # "Kementerian", "Polisi"
        return self.table.fullest(name, self.at)

    def titled(self, name: str) -> bool:
        """A person the article names with a title ("Mayor Lena Ortiz"): no body."""
        if self.table is None:
            return False
        lex = self.table.lex
        return any(e.name == name and e.kind == PERSON
                   and e.nouns & (lex.titles - lex.spokespeople) for e in self.table.entities)

    def by_description(self, noun: str) -> str | None:
        """The speaker the article names that a common noun describes, before or after."""
        name = self.table.described(noun, self.at) if self.table is not None else None
        return None if name and described_before_named(self, noun, name) else name

    def mentions(self, text: str):
        return self.index.mentions(text)

    def suggest(self, query: str, limit: int = 8):
        return self.index.suggest(query, limit=limit)

    def full_name(self, word: str) -> str | None:
        """The latest name of the document with ``word`` as one of its words, or whose
        initials an acronym spells ("NPA" after "Nigerian Ports Authority"; "HMRC" after
        "HM Revenue and Customs", a word in capitals giving all its letters)."""
        acronym = 2 <= len(word) <= 6 and word.isalpha() and word.isupper()
        if acronym:
            for name in reversed(self.names):
                if initials(name) == word:
                    return name
        if word.casefold() in self.places:
            return None
        for name in reversed(self.names):
            if word in re.split(r" (?:and|dan|serta) ", name):
                continue  # "SkyLink" after "Coral Airways and SkyLink": named on its own
            if self.table is not None and owned_places(word, name, self.table.lex,
                                                       self.table.texts):
                continue  # "Greenleaf" before "Greenleaf's Leeds and York": it owns the
                # stores named after it, no shorter name of them (round 37, t37f2)
            if word in name.split() and name != word and not (
                    self.table is not None and self.table.named_apart(word, name)):
                return name  # not "FlexPoint" for "FlexPoint Refund Action", which names it
        if acronym:
            for name in reversed(self.names):
                if spelled_initials(name) == word:
                    return name
        return None

    def described_as(self, noun: str) -> str | None:
        """The latest name the document introduced with ``noun`` ("the Canadian company
        Meridian Metals", "Jaksa KPK Rudi Hartono"): whom "the company" or "jaksa" means."""
        singular = noun[:-1] if noun.endswith("s") else noun
        for said, name in reversed(self.described):
            if said in (noun, singular):
                return name
        return None


def initials(name: str) -> str:
    """"Football Association" -> "FA", "Komisi Pemberantasan Korupsi" -> "KPK"."""
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def spelled_initials(name: str) -> str:
    """The short form a name's capitals give, a word written in capitals whole: "HM Revenue
    and Customs" -> "HMRC" (where initials() gives "HRC")."""
    return "".join(w if w.isupper() and w.isalpha() else w[0]
                   for w in name.split() if w[:1].isupper())


def known_whole(index, name: str) -> str | None:
    """The registry's source when the whole name is one of its names or aliases ("Avon and
    Somerset Police"), else None; a document's Known registry is asked through its index."""
    index = getattr(index, "index", index)
    if index is None or not hasattr(index, "mentions"):
        return None
    count = len(TOKEN.findall(name))
    for entry, start, end in index.mentions(name):
        if start == 0 and end == count:
            return entry.name
    return None


def known_or_new(index, name: str, why: str) -> SpeakerReading:
    """A name found by its shape: the registry's source if it is one of its names or
    aliases (or the only source with this one word), else a longer name the document used
    before, else a new source."""
    for entry, start, end in index.mentions(name):
        if start == 0 and end == len(TOKEN.findall(name)):
            return SpeakerReading(entry.name, why)
    raw, name = name, " ".join(name.split())
    fuller = index.fullest(name) if isinstance(index, Known) else None
    if fuller:
        found = known_or_new(index.index, fuller, why)
        return SpeakerReading(found.name, f"{why} ({name} = {fuller}, as the article names "
                              f"it)", new=found.new)
    known = _short_name(index, name)
    if known:
        return SpeakerReading(known, f"{why} ({name} = {known})")
    full = _titled_surname(index, name)
    if full:  # "Dean Lyle" after "Acting Dean Mark Lyle": the title and his surname
        found = known_or_new(index.index, full, why)
        return SpeakerReading(found.name, f"{why} ({name} = {full}, named before)",
                              new=found.new)
    full = index.full_name(name) if " " not in name and isinstance(index, Known) else None
    if full:
        full = _possessive_restored(index, full)
        found = known_or_new(index.index, full, why)
        return SpeakerReading(found.name, f"{why} ({name} = {full}, named before)",
                              new=found.new)
    written = as_written(index, raw)
    if written != name:
        why = why.replace(raw, written)  # the reason shows the name as the screen proposes it
        known = known_whole(index, written)
        if known:
            return SpeakerReading(known, why)
        name = written
    return SpeakerReading(name, f"new source: {why}", new=True)


def _titled_surname(index, name: str) -> str | None:
    """A name read as a given name and a surname whose given name is also a title ("Dean
    Lyle", name_words.given_name_at) when the article named a person with that surname
    before ("Acting Dean Mark Lyle"): that person, the title and his surname; else None."""
    words = name.split()
    if len(words) != 2 or not isinstance(index, Known) or index.table is None \
            or words[0].casefold() not in given_name_titles(index.table.lex.language):
        return None
    full = index.full_name(words[1])
    return full if full and full != name and full.split()[-1] == words[1] else None


# a possessive the reading blanked in a name ("Information Commissioner   Office": three
# spaces where "'s " stood, reading.normalise)
_BLANKED = re.compile(r"(?<=\w)   (?=\w)")


def _possessive_restored(index: Known, name: str) -> str:
    """A name read from normalised text with its possessive back ("ICO" for "Information
    Commissioner's Office", round 34): the registry's source so spelled, else as the
    article writes it, else with "'s"."""
    if not _BLANKED.search(name):
        return name
    for mark in ("'", "’"):
        known = known_whole(index, _BLANKED.sub(f"{mark}s ", name))
        if known:
            return known
    pattern = re.compile(r"['’]s\s+".join(
        r"\s+".join(re.escape(w) for w in part.split()) for part in name.split("   ")))
    for text in getattr(index.table, "texts", ()):
        found = pattern.search(text)
        if found:
            return found.group()
    return _BLANKED.sub("'s ", name)


# a name written whole: no word's letter, apostrophe or hyphen joined to either end of it
# (as_written's test, made by literal.written_at rather than a pattern for each name)
_UNJOINED_BEFORE = re.compile(r"(?<![\w'’-])")
_UNJOINED_AFTER = re.compile(r"(?![\w'’-])")


def as_written(index, name: str) -> str:
    """A new source's name as the article writes it, so that a reviewer never registers
    blanked characters ("Tajikistan   State Committee for National Security", three spaces
    where "'s " stood) nor a name without the possessive it is written with ("Japarov
    office" for "Japarov's office", read from normalised text, round 39): the name with
    its "'s" back where a sentence writes it so and nowhere without it; else as read, its
    spaces single."""
    name = _possessive_restored(index, name) if isinstance(index, Known) else name
    name = " ".join(name.split())
    words = name.split()
    texts = getattr(getattr(index, "table", None), "texts", ()) or ()
    if len(words) < 2 or not texts or not name[:1].isupper():
        return name
    if any(next(written_at(name, text, _UNJOINED_BEFORE, _UNJOINED_AFTER), None)
           for text in texts):
        return name  # written so: "the Japarov office said"
    texts = [text for text in texts if all(w in text for w in words)]
    if not texts:  # (the pattern needs every word written: no pattern made in vain)
        return name
    pattern = re.compile(r"(?<![\w'’-])" + r"\s+".join(
        rf"{re.escape(w)}(?:['’]s)?" for w in words[:-1]) + rf"\s+{re.escape(words[-1])}"
        r"(?![\w'’-])")
    for text in texts:
        found = pattern.search(text)
        if found:
            return " ".join(found.group().split())
    return name


def _short_name(index: SourceIndex, name: str) -> str | None:
    """A one-word name that is a word of exactly one registry source ("Kim" when only Kim
    Jong Un has it), else None."""
    if " " in name or len(name) < 3:
        return None
    registry = index.index if isinstance(index, Known) else index  # Known asks it alone
    if not isinstance(registry, SourceIndex):
        return _short_name_ranked(registry, name)
    # remembered by the registry and its size (it only grows: every name or alias added
    # changes it), so that a sentence read again (the next keys read it back) is not ranked
    # again; the registry is kept beside the entry, so that its id is never a freed one's.
    # A ranking reads the whole registry: the reading asking it is read again after any
    # name is taken in (SourceIndex.unchanged), remembered here or not
    registry.asked(_RANKED)
    key = (id(registry), len(registry), name)
    found = _SHORT_NAMES.get(key)
    if found is None or found[0] is not registry:
        if len(_SHORT_NAMES) >= SHORT_NAMES_KEPT:
            _SHORT_NAMES.clear()
        found = _SHORT_NAMES[key] = (registry, _short_name_ranked(registry, name))
    return found[1]


_SHORT_NAMES: dict[tuple[int, int, str], tuple[SourceIndex, str | None]] = {}
_RANKED = frozenset({ANY_NAME})
SHORT_NAMES_KEPT = 1024


def _short_name_ranked(index, name: str) -> str | None:
    word = name.casefold()
    owners = {s.name for s in index.suggest(name, limit=8)
              if word in s.matched.casefold().replace("-", " ").split()}
    return owners.pop() if len(owners) == 1 else None


def named_after(index, text, tokens, words, mentions, at: int, lex: Lexicon,
                 why: str) -> SpeakerReading | None:
    if at + 1 < len(words) and words[at] in lex.source_nouns and tokens[at].group().islower() \
            and name_word(tokens, words, at + 1, lex):
        at += 1  # "menurut catatan Walhi": Walhi's records speak for Walhi
    noun = at + (at < len(words) and tokens[at].group() in ("the", "this", "that"))
    after = noun + 1 + (noun + 1 < len(words) and words[noun + 1] in lex.determiners_after)
    if noun < len(words) and tokens[noun].group().islower() and (
            words[noun] in lex.titles or words[noun] in lex.org_heads) and clause_ends(
            text, tokens, words, after, lex):
        found = antecedent(index, words[noun], why)  # "according to the company."
        if found:
            return found
        last = getattr(index, "last_named", None)
        if words[noun] in lex.titles and words[noun] not in lex.org_heads and last and (
                after > noun + 1 or words[at] == "the"):
            # "Menurut politikus tersebut": the person just named, whatever their title
            person = person_meant(index, last, "he", lex)
            if kind_of(person, lex) == PERSON:
                return SpeakerReading(person, f"{why} ('{words[noun]}': the last person "
                                              f"named)", carried=True)
    closed = described_then_this(text, tokens, words, noun, lex)
    last = getattr(index, "last_named", None)
    if closed and last and _a_person(index, last, lex):
        # "kata politikus asal Sumatera Utara itu": the speaker just named, when a person
        # (never a person named after a body that spoke: the one charged, say)
        return SpeakerReading(last, f"{why} ('{' '.join(words[noun:closed])}': the last "
                                    f"person named)", carried=True)
    titled = at  # where the role's title opens: "kata manajer proyek Eko Wibisono"
    while at < len(words) and words[at] in lex.titles and not tokens[at].group()[0].isupper():
        at += 1  # "kata juru bicara Kementerian ... Dedy Permadi"
    skip = at  # "said union official Niek Stam": a role in lower case, then the name
    while skip + 1 < len(words) and skip - at < 3 and tokens[skip].group().islower() \
            and words[skip] not in lex.prepositions and words[skip] not in lex.negations \
            and words[skip] not in lex.pronouns and words[skip] not in CAPITALISED_STOP \
            and not any(ch in BREAKS for ch in gap_before(text, tokens, skip + 1)):
        skip += 1
    if skip > at and skip < len(words) and name_word(tokens, words, skip, lex) and (any(
            words[k] in lex.titles for k in range(titled, skip))
            or _person_closing(text, tokens, words, skip, lex)):
        at = skip
    at = _person_after_body(text, tokens, words, at, lex)
    for m in mentions:
        if m[2] == at:
            # a known name at the head of a longer run: the person at the run's end
            run = run_forward(tokens, words, at, lex)
            if run and run[1] > m[3] and any(
                    w in lex.titles for w in words[max(0, at - 3):run[1]]):
                return known_or_new(index, person_in(text, tokens, words, run, lex), why)
            return SpeakerReading(m[0], why)
    if at + 1 < len(words) and words[at] in ("the",) and tokens[at].group().islower():
        at += 1  # "according to the Commission on Elections"
    if at < len(words) and words[at] in lex.honorifics and at + 1 < len(words):
        at += 1  # "said Dr. Jennifer Shuford"
    if at < len(words) and pronoun_at(tokens, words, at, lex):
        return None
    run = run_forward(tokens, words, at, lex)
    if run:
        named = apposition_after(text, tokens, words, run, lex)
        return known_or_new(index, person_in(text, tokens, words, named or run, lex), why)
    return None


def _a_person(index, name: str, lex: Lexicon) -> bool:
    """``name`` is a person: as the article's entities hold it where it has them (they
    read "Kementerian Pertanian (Kementan)" as the body it is), else by its words."""
    table = getattr(index, "table", None)
    if table is None:
        return kind_of(name, lex) == PERSON
    return any(e.name == name and e.kind == PERSON for e in table.entities)


DESCRIBED_WORDS = 5  # capitalised words of a place or a party in a described person


def described_then_this(text, tokens, words, noun: int, lex: Lexicon) -> int | None:
    """'kata politikus asal Sumatera Utara itu', 'ujar politikus Partai Karya tersebut':
    a title in lower case, the person's home or party in capitals, then "itu"/"tersebut"
    closing the clause: a person already named, described again (Indonesian news names a
    speaker once, then so). Where the clause closes, else None; never with a name of a
    person after the title ("kata politikus Partai Karya Budi Santoso")."""
    k = noun
    while k < len(words) and words[k] in lex.titles and words[k] not in lex.org_heads \
            and tokens[k].group().islower():
        k += 1
    if k == noun or k >= len(words):
        return None
    home = words[k] in ("asal", "dari") and tokens[k].group().islower()
    k += home
    run = run_forward(tokens, words, k, lex, limit=DESCRIBED_WORDS) if k < len(words) else None
    if not run or run[0] != k or run[1] >= len(words) or any(
            ch in BREAKS for ch in gap_before(text, tokens, run[1])):
        return None
    if words[run[1]] not in lex.determiners_after or not clause_ends(
            text, tokens, words, run[1] + 1, lex):
        return None
    if not home and run[1] - run[0] > 1 and kind_of(text_of(
            text, tokens, run[0], run[1]), lex) == PERSON:
        return None  # "kata politikus Budi Santoso itu": a person named here
    return run[1] + 1


ROLE_WORDS = 3  # lower-case words of a role between a body and its person
# what closes a person's name written after a role ('said member Priya Shah, 31.', 'said
# resident Tom Ng, who ...', 'said mother-of-two Jane Doe.', 'kata pedagang Siti Aminah (41).')
_PERSON_CLOSED = re.compile(
    r"\s*(?:\(\d{1,3}\)|,\s*(?:\d{1,3}\b|who\b|an?\s)|[.!?]?[\"”’']?\s*$)")


def _person_closing(text, tokens, words, at: int, lex: Lexicon) -> bool:
    """A person's name of two or three words at ``at`` that closes the sentence or is
    followed by an age, a relative clause or an apposition ("a mother of two"): a role in
    lower case before it that the title list does not hold ("said member Priya Shah, 31",
    "said resident Tom Ng") is a role all the same, never the speaker."""
    run = run_forward(tokens, words, at, lex, limit=4)
    if not run or not 2 <= run[1] - run[0] <= 3:
        return False
    name = text[tokens[run[0]].start():tokens[run[1] - 1].end()]
    if kind_of(name, lex) != PERSON or any(words[k] in lex.titles for k in range(*run)) \
            and given_name_at(tokens, words, run, lex) != run[0]:  # not "striker Dean Ellis"
        return False
    return _PERSON_CLOSED.match(text, tokens[run[1] - 1].end()) is not None


def _person_after_body(text, tokens, words, at: int, lex: Lexicon) -> int:
    """'said Greenpeace campaigner Ana Ruiz', 'kata Walhi Riau juru kampanye Boy
    Sembiring': a body, its person's role in lower case, then the person; where the
    person's name begins, else ``at``."""
    body = run_forward(tokens, words, at, lex) if at < len(words) else None
    if not body:
        return at
    k = body[1]
    while k < len(words) and k - body[1] < ROLE_WORDS and tokens[k].group().isalpha() \
            and tokens[k].group().islower() and words[k] not in lex.prepositions \
            and words[k] not in CAPITALISED_STOP and not any(
                ch in BREAKS for ch in gap_before(text, tokens, k)):
        k += 1
    if k == body[1] or k >= len(words) or any(ch in BREAKS for ch in gap_before(
            text, tokens, k)) or not name_word(tokens, words, k, lex):
        return at
    person = run_forward(tokens, words, k, lex)
    if not person or not 2 <= person[1] - person[0] <= 4 or kind_of(
            text_of(text, tokens, person[0], person[1]), lex) != PERSON:
        return at
    return k


def apposition_after(text, tokens, words, run: tuple[int, int], lex: Lexicon
                      ) -> tuple[int, int] | None:
    """"menurut Ketua Umum asosiasi, Budi Hidayat, ...": a title, then the name between
    commas."""
    if words[run[0]] not in lex.titles:
        return None
    k = run[1]
    while k < len(tokens) and k - run[1] < 3 and tokens[k].group().islower() \
            and "," not in gap_before(text, tokens, k):
        k += 1
    if k >= len(tokens) or "," not in gap_before(text, tokens, k):
        return None
    name = run_forward(tokens, words, k, lex)
    if name and (name[1] == len(tokens) or "," in gap_before(text, tokens, name[1])):
        return name
    return None


# a person, never a body: "she said" after "Avon and Somerset Police said". Not "ia" or
# "dia", which Indonesian news also uses of a body quoted last ("Menurut dia," for a Dinas)
PERSONAL = frozenset({"he", "she"})


def person_meant(index, last_named: str | None, pronoun: str, lex: Lexicon) -> str | None:
    """Whom "she said" or "ia membantah" means: the last named speaker when a person; when
    that speaker is a body ("Avon and Somerset Police"), the person the article named
    last before this sentence (the entity table), as a reader takes "she" for a person."""
    if pronoun not in PERSONAL or not last_named:
        return last_named
    table = getattr(index, "table", None)
    if kind_of(last_named, lex) == PERSON:
        return _of_the_sex(table, index, last_named, pronoun) or last_named
    if table is None:
        return last_named
    if spoke_as_sex(table, index.at, pronoun):  # "A council spokeswoman said ... She said"
        return last_named
    people = [e for e in table.entities if e.kind == PERSON and any(
        p <= index.at for p in e.mentions)]
    return table.nearest(people, index.at) or last_named


def _of_the_sex(table, index, last_named: str, pronoun: str) -> str | None:
    """"He said" when the article made the last named speaker a woman (sexes.py): the man
    named nearest before, else one whose sex it does not say; None where it changes
    nothing."""
    sex = PRONOUN_SEX.get(pronoun)
    if table is None or sex is None:
        return None
    known = {e.name.casefold(): e.sex for e in table.entities if e.kind == PERSON}
    said = known.get(last_named.casefold())
    if said is None and any(e.name.casefold().startswith(f"{last_named.casefold()} of ")
                            for e in table.entities):  # "Ms Ana Ruiz of Greenpeace said":
        said = next((s for s in (sex_in(t, last_named) for t in table.texts[:index.at])
                     if s), None)  # the table holds her with where she is from
    if said in (None, sex):
        return None
    people = [e for e in table.entities if e.kind == PERSON and " " in e.name and any(
        p <= index.at for p in e.mentions)]
    return table.nearest([e for e in people if e.sex == sex], index.at) or table.nearest(
        [e for e in people if e.sex is None], index.at)


def clause_ends(text, tokens, words, i: int, lex: Lexicon) -> bool:
    """Nothing of the clause follows token i-1 ("kata dia.", "katanya kepada wartawan")."""
    return (i >= len(tokens) or any(ch in BREAKS for ch in gap_before(text, tokens, i))
            or words[i] in lex.prepositions)


def officer_reading(index, noun: str, name: str | None, why: str) -> SpeakerReading | None:
    """"the company" = ``name`` that speaks through the officer the article names (the
    guidelines: a company the sentence only describes takes its spokesperson's name)."""
    table = getattr(index, "table", None)
    if not name or table is None or noun != table.lex.company_noun:
        return None
    person = table.officer(name, noun)
    return known_or_new(index, person, f"{why} ('{noun}' = {name}, which speaks through "
                                       f"{person})") if person else None


def described_before_named(index, noun: str, name: str) -> bool:
    """``name`` is named only after sentence ``index.at`` while an earlier sentence
    describes a body by ``noun`` with an indefinite article ("a consumer group"): that
    description, not the later name, is what "the <noun>" takes up (thirty-fifth round)."""
    table = getattr(index, "table", None)
    if table is None:
        return False
    mentions = [p for e in table.entities if e.name == name for p in e.mentions]
    if not mentions or min(mentions) <= index.at:
        return False
    described = re.compile(rf"\b(?:a|an)\s+(?:[\w'’-]+\s+){{0,3}}{re.escape(noun)}\b(?!['’])",
                           re.IGNORECASE)
    return any(described.search(t) for t in table.texts[:index.at])


def _body_over_officer(index, noun: str, name: str | None) -> str | None:
    """"The union said" after "The union, ABVV-Havens, said ..." and "union secretary Koen
    Verhulst told reporters": the union the article names, not the officer last introduced
    with its noun (round 38, lt38a1; the guidelines: a described body takes the name the
    article gives it). A spokesperson still speaks for the body ("company spokesperson Ben
    Albright"), and with no body of that kind named the officer stays. English only."""
    table = getattr(index, "table", None)
    if name is None or table is None or table.lex.head_first \
            or noun not in table.lex.org_heads or noun in table.lex.titles:
        return name
    officer = next((e for e in table.entities if e.name == name and e.kind == PERSON), None)
    if officer is None or officer.titles & table.lex.spokespeople:
        return name
    body = table.described(noun, index.at, kinds=(ORGANISATION, GOVERNMENT, COMPANY))
    return body or name


def antecedent(index, noun: str, why: str) -> SpeakerReading | None:
    """"the company", "jaksa": the name the document introduced with that noun."""
    if not isinstance(index, Known):
        return None
    name = body_named_next(index, noun)
    if name:  # "The energy regulator has fined ..." / "Ofgem said": the one it means
        return known_or_new(index, name, f"{why} ('{noun}' = {name}, named after the "
                                          f"sentence that describes it)")
    name = _body_over_officer(index, noun, index.described_as(noun))
    if name is None:  # "Menurut kementerian" after "Kementerian Sosial"
        lex = getattr(getattr(index, "table", None), "lex", None)  # "the airline" is not
        name = next((n for n in reversed(index.names)  # the "Airline Pilots' Association"
                     if (headed(n.casefold().split(), {noun}, lex) if lex is not None
                         else noun in n.casefold().split())), None)
    through = officer_reading(index, noun, name, why)
    if through:
        return through
    if name:
        return known_or_new(index, name, f"{why} ('{noun}' = {name}, named before)")
    name = index.by_description(noun)  # named after the sentence, or by a short form
    through = officer_reading(index, noun, name, why)
    if through:
        return through
    if name:
        return known_or_new(index, name, f"{why} ('{noun}' = {name}, as the article names "
                                          f"it)")
    return None


# a pronoun that means a body: "it"; one that means a person: "he", "she" (thirty-sixth
# round, bug fix on branch t36a2: "Retired nurse Margaret Dunn, 71, was fined ... . '...,'
# she said." with nobody named speaking before: the person named last before, not one of
# the other sex; "ia" says no sex, "they" and "mereka" may mean people nobody names)
_BODY_PRONOUNS = frozenset({"it"})
_PERSON_PRONOUNS = frozenset({"he", "she"})


def narrated_antecedent(index, pronoun: str, lex: Lexicon) -> str | None:
    """Whom "It has denied" means when nobody has spoken before: the body the article
    named last before this sentence, its subject or object (the guidelines: a speaker the
    sentence only describes takes the name the article gives it before); None when the
    article named none before."""
    table = getattr(index, "table", None)
    if table is None or pronoun not in _BODY_PRONOUNS | _PERSON_PRONOUNS:
        return None
    wanted = (lambda e: e.kind != PERSON) if pronoun in _BODY_PRONOUNS else (
        lambda e: e.kind == PERSON)
    sex = PRONOUN_SEX.get(pronoun)
    before = [e for e in table.entities if wanted(e) and any(p < index.at for p in e.mentions)
              and not (sex and e.sex and e.sex != sex)]
    return table.nearest(before, index.at) if before else None
