"""The document's named speakers, read once per document: who the article names, what kind
of speaker each is, the short form it defines for it ("Komisi Pemilihan Umum (KPU) Deli
Serdang") and the common nouns that describe it ("the ministry", "Kementerian", "the
company", "polisi", "the family").

The guidelines' Sources section: a speaker the sentence only describes takes the name the
article gives that speaker, before or after the sentence; an organisation is one speaker
under its name and the short form it defines. A reader keeps such a table in mind while
reading; the sentence-by-sentence reading (reading.py) asks it whom a description means.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from annotator.domain.proposals.acts_between import acted_between
from annotator.domain.proposals.article_kinds import (
    apposed_before,
    bodies_told,
    head_words,
    qualifies_another,
)
from annotator.domain.proposals.issued import (
    described_issuers,
    issued_by_acts,
    possessed_documents,
)
from annotator.domain.proposals.kinds import (
    COMPANY,
    ORGANISATION,
    PERSON,
    defined_acronyms,
    group_nouns,
    kind_of,
)
from annotator.domain.proposals.lexicon import Lexicon, cue_file, find, lexicon
from annotator.domain.proposals.literal import absent, written_whole
from annotator.domain.proposals.name_words import (
    firm_before,
    headed,
    name_runs,
    person_in,
    text_of,
    tokens_and_words,
)
from annotator.domain.proposals.named_next import (
    bare_body,
    named_next,
    not_business,
    state_body,
)
from annotator.domain.proposals.names import possessive_kept
from annotator.domain.proposals.owned_places import owned_places
from annotator.domain.proposals.prosecuting import prosecuting
from annotator.domain.proposals.reading import (
    _name_runs,
    described_in,
    names_in,
    normalise,
)
from annotator.domain.proposals.reading import _words as reading_words
from annotator.domain.proposals.roles import COUNSEL, acting_for
from annotator.domain.proposals.sexes import sex_in, surnames_sexes
from annotator.domain.proposals.short_titles import short_titles
from annotator.domain.proposals.speaker_acts import documents, issuers
from annotator.domain.proposals.titles import titled
from annotator.domain.proposals.written_as_place import written_as_place


@lru_cache(maxsize=8)
def _document_nouns(language: str) -> frozenset[str]:
    """Nouns of a document, of data or of a statement ("Data", "Catatan", "Tudingan"):
    capitalised at a sentence's start before a name ("Data Dinas Kesehatan X menunjukkan",
    "Tudingan Walhi terhadap ...") they are the name's, never a fuller name of it."""
    cues = cue_file(language)
    return frozenset(w.casefold() for w in (
        *cues.get("speaker_documents", {}).get("nouns", ()),
        *cues.get("speaker11_attribution", {}).get("nouns", ()),
        *cues.get("speaker12_passives", {}).get("nouns", ())))


@dataclass
class Entity:
    """One speaker the article names."""

    name: str  # the fullest form the article gives
    kind: str
    acronym: str | None = None
    nouns: set[str] = field(default_factory=set)  # descriptions that refer to it
    mentions: list[int] = field(default_factory=list)  # sentence positions naming it
    acts_for: set[str] = field(default_factory=set)  # ", for Reid,": the party's words
    issued: set[str] = field(default_factory=set)  # "published a report": its documents
    made: set[str] = field(default_factory=set)  # "sued": the lawsuit; "in a statement"
    short_forms: set[str] = field(default_factory=set)  # "KPU Deli Serdang": defined here
    titles: set[str] = field(default_factory=set)  # "chief executive": written before it
    # "Cyclo's regional manager, Marcus Delaney", "Dr Helen Marsh, the company's chief
    # medical officer": the body the person speaks for as its officer (a name's words, or
    # the company noun for "the company's")
    officer_of: set[str] = field(default_factory=set)
    sex: str | None = None  # "Ms Ruiz", "spokeswoman Ana Ruiz": whom "she" may mean
    # "estates in Northgate, Millfield and Parkside": written only as a place, never the
    # body "the council" means (written_as_place.py)
    placed: bool = False

    def words(self) -> list[str]:
        return re.sub(r"'s\b", "", self.name.casefold()).replace("-", " ").split()


def _qualifier_of(words: list[str], full: list[str], lex: Lexicon) -> bool:
    """"Kingsmere College" before "Kingsmere College Staff Association": a body's name
    ending in its head noun opens a fuller one where it only qualifies the noun of a body
    of members after it (the staff association of the college), another body, never a
    fuller name of it (round 34; article_kinds.qualifies_another)."""
    n = len(words)
    return n > 1 and full[:n] == words and words[-1] in head_words(lex) and \
        qualifies_another(full, n - 1, lex)


def _possessor_of(words: list[str], full: list[str]) -> bool:
    """"Hallam Athletic" before "Hallam Athletic Supporters' Trust": a name opening a
    fuller one whose further words hold a possessive plural ("Supporters'", "Tenants'") is
    that group's possessor, another body, never a shorter name of it."""
    return full[:len(words)] == words and any(
        w.endswith(("'", "\u2019")) for w in full[len(words):])


@lru_cache(maxsize=4)
def _people_words(language: str) -> tuple[frozenset[str], frozenset[str]]:
    raw = cue_file(language).get("speaker36_people_of", {})
    return frozenset(raw.get("people", ())), frozenset(raw.get("links", ()))


def _people_of(words: list[str], full: list[str], language: str) -> bool:
    """"Customers of Brightwell Energy" before "Brightwell Energy said": a run that opens
    with a plural of unnamed people and a word tying them to the name after it is those
    people, never a fuller name of that body (round 36, t36e1; data "speaker36_people_of")."""
    people, links = _people_words(language)
    n = len(words)
    return len(full) == n + 2 and full[-n:] == words and full[-n - 1] in links \
        and full[0] in people


class EntityTable:
    """The named speakers of one document, with the sentences where each is named."""

    def __init__(self, entities: list[Entity], lex: Lexicon, texts: tuple[str, ...] = ()):
        self.entities, self.lex = entities, lex
        self.texts = texts  # the document's sentences: where a quotation opens and closes
        # "The energy regulator has fined ..." / "Ofgem said": the body a noun means, named
        # right after the sentence that describes it (named_next.py)
        self.named_next: dict[str, str] = {}

    def fullest(self, name: str, at: int) -> str | None:
        """The fuller name the article gives a speaker proposed by a part of it ("Evergreen
        Living" for "Evergreen Living Ltd", "KPU" for its defined name), or None. Never a
        longer run that ends in a name opening with a company marker ("PT X" is the
        company's whole name; two or more words before it are a role: "Vice President
        Komunikasi Korporat PT X", round 34)."""
        words = name.casefold().split()
        if not words:
            return None
        matches = []
        for e in self.entities:
            if e.name.casefold() == name.casefold():
                continue  # the name itself; a fuller one may follow ("... Ltd")
            full = e.words()
            if e.acronym and words[0] == e.acronym.casefold() and (
                    words[1:] == [] or " ".join(words[1:]) in " ".join(full)):
                matches.append(e)
            elif len(words) < len(full) and e.kind != PERSON and _contiguous(words, full) \
                    and (len(words) > 1 or (words[0] == full[0]
                                            and words[0] not in self.lex.org_heads)) \
                    and not (full[-len(words):] == words and any(
                        w in self.lex.org_heads or w in self.lex.titles
                        or w in group_nouns(self.lex.language)
                        for w in full[:-len(words)])) \
                    and not (full[-len(words):] == words and len(words) > 1 and full[
                        0] in self.lex.company_markers and len(full) - len(words) >= 2) \
                    and not (full[-len(words):] == words and len(words) > 1
                             and words[0] in self.lex.company_markers
                             and len(full) - len(words) >= 2) \
                    and not (full[-len(words):] == words and any(
                        w in _units(self.lex.language) for w in full[:-len(words)])) \
                    and not (full[-len(words):] == words and all(
                        w in _document_nouns(self.lex.language)
                        for w in full[:-len(words)])) \
                    and not any(_contiguous(words, part.split()) for part in re.split(
                        r" (?:and|dan|serta|&) ", " ".join(full))[1:]) \
                    and " ".join(words) not in re.split(r" (?:and|dan|serta|&) ",
                                                        " ".join(full)) \
                    and not self._person_after_firm(words, e) \
                    and not _possessor_of(words, full) \
                    and not owned_places(name, e.name, self.lex, self.texts) \
                    and not _qualifier_of(words, full, self.lex) \
                    and not _people_of(words, full, self.lex.language) \
                    and not self.named_apart(name, e.name):
                matches.append(e)
        return self._nearest(matches, at)

    def named_apart(self, short: str, full: str) -> bool:
        """Two parties: a sentence of the article names ``full`` and writes ``short`` apart
        from it ("FlexPoint Refund Action said FlexPoint had kept the deposits"): a group
        whose name holds another party's name is never that party's fuller name."""
        if not short or short == full or short not in full:
            return False
        # the texts that name both apart: only there is a pattern made from ``short``
        held = [t.replace(full, " ") for t in self.texts if full in t]
        held = [t for t in held if not absent(short, t)]
        if not held:
            return False
        alone = re.compile(rf"(?<![\w'’-]){re.escape(short)}(?![\w'’-])")
        return any(alone.search(t) for t in held)

    def _person_after_firm(self, words: list[str], e: Entity) -> bool:
        """A company's name run together with its officer's ("Direktur PT Gayo Mandiri
        Niaga Rahmat Hidayat mengatakan"): the company's own name ("PT Gayo Mandiri Niaga")
        opens the run and the words after it are a person's the article names again alone
        ("kata Rahmat"); the run is no fuller name of the company."""
        full = e.words()
        rest = e.name.split()[len(words):]
        if full[:len(words)] != words or words[0] not in self.lex.company_markers or not (
                2 <= len(rest) <= 3) or kind_of(" ".join(rest), self.lex) != PERSON:
            return False
        alone = re.compile(rf"\b{re.escape(rest[0])}\b|\b{re.escape(rest[-1])}\b")
        return any(alone.search(t) and e.name not in t for t in self.texts)

    def described(self, noun: str, at: int, kinds: tuple[str, ...] = ()) -> str | None:
        """The named speaker a common noun describes ("ministry", "kementerian", "company",
        "polisi", "diocese"): the body the story described by it and named right after
        (named_next.py), else the one named last before sentence ``at``, else the first
        named after it."""
        noun = noun.casefold()
        bound = self.named_next.get(noun)
        if bound and (not kinds or any(e.name == bound and e.kind in kinds
                                       for e in self.entities)):
            return bound
        heads = {noun, noun[:-1] if noun.endswith("s") else noun}
        heads |= set(self.lex.description_heads.get(noun, ()))
        people = heads - self.lex.org_heads  # "union president X" is no union
        company = noun in (self.lex.company_noun, "firm", "perusahaan")
        matches = [e for e in self.entities
                   if (e.nouns & (heads if e.kind != PERSON else people)
                       or (e.kind != PERSON and headed(e.name.casefold().replace("-", " ").split(),
                                                   heads, self.lex))
                       or company and e.kind == COMPANY)  # "the company": "Brightway Retail"
                   and (not kinds or e.kind in kinds)]
        return self._nearest(matches, at)

    def short_forms(self, name: str) -> tuple[str, ...]:
        """The short forms the article defines for a speaker ("KPU Deli Serdang" for
        "Komisi Pemilihan Umum Deli Serdang"): registered with it when it is accepted."""
        key = name.casefold()
        return tuple(sorted(f for e in self.entities if e.name.casefold() == key
                            for f in e.short_forms))

    def issuer(self, document: str, at: int) -> str | None:
        """Who the article says issued a document ("the report", "dakwaan"), nearest
        before sentence ``at``, else the first after."""
        return self._nearest([e for e in self.entities if document in e.issued], at) or \
            self._nearest([e for e in self.entities if document in e.made], at)

    def speaking_for(self, party: frozenset[str], at: int) -> str | None:
        """The person the article names as speaking for a party ("Henry Blackwood KC, for
        Reid,"), whom "Lawyers for Callum Reid" or "Kuasa hukum terdakwa" means."""
        matches = [e for e in self.entities if e.kind == PERSON and e.acts_for & party]
        return self._nearest(matches, at)

    def officer(self, body: str, noun: str) -> str | None:
        """The one person the article names as ``body``'s officer or spokesperson
        ("Cyclo's regional manager, Marcus Delaney" for Cyclo Urban Mobility; "Dr Helen
        Marsh, the company's chief medical officer" for the company), through whom "the
        company" speaks (the guidelines); None where it names none, or several."""
        words = body.casefold().split()
        people = [e for e in self.entities if e.kind == PERSON and e.name != body
                  and not self._only_silent(e)]
        found = {e.name for e in people if any(
            o != noun and _contiguous(o.split(), words) for o in e.officer_of)} or {
            e.name for e in people if noun in e.officer_of}
        return found.pop() if len(found) == 1 else None

    def _only_silent(self, person: Entity) -> bool:
        """Every sentence that names ``person`` says the person did not comment
        ("Northgate Live's director, Craig Fennimore, did not respond to calls"): the
        company does not speak through an officer who never spoke (round 35)."""
        if not person.mentions or not self.texts:
            return False
        for p in person.mentions:
            if p >= len(self.texts) or not find(
                    self.lex.no_comment, reading_words(normalise(self.texts[p]))[1]):
                return False
        return True

    def nearest(self, matches: list[Entity], at: int) -> str | None:
        """The one of ``matches`` named last before sentence ``at``, else first after."""
        return self._nearest(matches, at)

    def _nearest(self, matches: list[Entity], at: int) -> str | None:
        before = [(max(p for p in e.mentions if p <= at), e) for e in matches
                  if any(p <= at for p in e.mentions)]
        if before:
            return max(before, key=lambda pe: pe[0])[1].name
        after = [(min(e.mentions), e) for e in matches if e.mentions]
        return min(after, key=lambda pe: pe[0])[1].name if after else None


def _spelled(before: str, short: str) -> str | None:
    """The words just before "(BMKG)" whose capitals spell it ("Badan Meteorologi,
    Klimatologi, dan Geofisika"), as written, else None."""
    words = before.split()
    for k in range(len(words) - 1, max(-1, len(words) - 10), -1):
        capitals = "".join(w.strip(",")[0] for w in words[k:] if w.strip(",")[:1].isupper())
        if capitals.casefold() == short.casefold() and words[k][:1].isupper():
            return " ".join(words[k:]).rstrip(",")
    return None


def _just_before(before: str, lex: Lexicon) -> str | None:
    """The name that ends right before "(Kemenpora)": "Kementerian Pemuda dan Olahraga"."""
    found = names_in(before, lex)
    if found and " ".join(before.split()).endswith(" ".join(found[-1].split())):
        return found[-1]
    return None


@lru_cache(maxsize=4)
def _units(language: str | None) -> frozenset[str]:
    """A body's units written before its name ("Propam Polda Jambi", "Satreskrim Polresta
    Kendari"): the unit is not the body's fuller name, so "Polda Jambi" written alone stays
    the body (cue ``speaker29_units``)."""
    return frozenset(cue_file(language).get("speaker29_units", {}).get("units", ()))


def _contiguous(part: list[str], whole: list[str]) -> bool:
    n = len(part)
    return any(whole[i:i + n] == part for i in range(len(whole) - n + 1))


def _titled_person(name: str, by_name: dict, lex: Lexicon) -> bool:
    """A name a naming sentence opens with that is a title, then a person's name of two or
    three words the article knows as a person ("Governor Kwame Asante-Boateng told",
    "Mayor Lydia Ferrant said"): a person, who names no body a lede describes (round 38,
    bug fix t38b1; a hyphenated surname made it four words, read as a body's name)."""
    words = name.split()
    if len(words) < 3 or words[0].casefold() not in lex.titles or \
            words[0].casefold() in lex.title_modifiers:
        return False  # not "National Consumer Voice": a modifier opens bodies' names too
    rest = " ".join(words[1:])
    known = by_name.get(rest.casefold())
    if known is not None and known.kind == PERSON:
        return True
    # a hyphenated given name or surname is one word of a person's name ("Mary-Ann",
    # "Asante-Boateng"), which kind_of would count as two
    return len(words) <= 4 and all(w[:1].isupper() for w in words[1:]) and kind_of(
        " ".join(w.replace("-", "") for w in words[1:]), lex) == PERSON


@lru_cache(maxsize=256)
def entity_table(texts: tuple[str, ...], language: str | None) -> EntityTable:
    """The table of a document given its sentences in order (remembered: every proposal
    of the document asks for the same one)."""
    lex = titled(lexicon(language))  # office holders' short titles too (titles.py)
    by_name: dict[str, Entity] = {}

    def entity(name: str, at: int) -> Entity:
        name = possessive_kept(" ".join(name.split()), texts[at])
        key = name.casefold()
        found = by_name.get(key)
        if found is None:
            found = by_name[key] = Entity(name, kind_of(name, lex))
        if at not in found.mentions:
            found.mentions.append(at)
        return found

    surnames = surnames_sexes(texts)  # "Ms Ruiz": whom "she" may mean (sexes.py)
    # documents a description issued ("the authority said in a statement"), resolved once
    # the table is whole; the names the sentence gave them to, where none resolves
    pending: list[tuple[int, str, str]] = []
    unresolved: list[tuple[int, str, str]] = []
    for at, text in enumerate(texts):
        for start, end, short in defined_acronyms(text):
            name, qualifier = None, ""
            if text[end:].lstrip()[:1].isupper():  # "(KPU) Deli Serdang": the name goes on
                blanked = text[:start] + " " * (end - start) + text[end:]
                for found in names_in(blanked, lex):
                    i = blanked.find(found)
                    if i != -1 and i < start and (start < i + len(found)
                                                  or not blanked[i + len(found):start].strip()):
                        after = blanked[end:i + len(found)].split()
                        name = blanked[i:start] if after and after[0].casefold() in (
                            "dan", "and", "serta", "&") else found  # "A (ACR) dan B"
                        if name == found:
                            qualifier = " ".join(after)  # "Deli Serdang"
                        break
            name = name or _spelled(text[:start], short) or _just_before(text[:start], lex)
            if name:
                named = entity(" ".join(name.split()), at)
                named.acronym = short
                named.short_forms.add(f"{short} {qualifier}".strip())
        names = _names(text, lex)  # read once: every finder below asks for them
        for name in names:
            named = entity(name, at)
            named.titles.update(titles_before(text, name, lex))
            if named.kind == PERSON and named.sex is None:
                named.sex = sex_in(text, name) or surnames.get(name.split()[-1].casefold())
        for noun, name in described_in(text, lex):
            if name.split()[:1] and name.split()[0].casefold() in _INDEFINITE:
                continue  # "Sebuah perusahaan pesaing": a description, no name
            if name.strip() and not _verb_between(text, noun, name, lex):
                entity(name, at).nouns.add(noun)
        for noun, name in _speaking_for(text, lex, names):
            entity(name, at).nouns.add(noun)
        for noun, name in prosecuting(text, names, lex):  # "Helen Ashworth, prosecuting,"
            entity(name, at).nouns.add(noun)
        for noun, name in apposed_before(text, lex):  # "The charity, Northern Shelter Trust,"
            entity(name, at).nouns.add(noun)
        for noun, name in introduced(text, lex):  # "the running app TrailPulse"
            named = entity(name, at)
            named.nouns.update((noun, lex.company_noun))
            if named.kind == PERSON:
                named.kind = COMPANY
        for name in camel_cased(text):  # "PaceTrack": a brand's one word
            named = entity(name, at)
            if named.kind == PERSON:  # in English a business ("the firm", "the company"),
                named.kind = COMPANY if lex.language == "en" and not any(  # not a word
                    name in n.split()[1:] or n.startswith(f"{name} ") for n in names) \
                    else ORGANISATION  # of a longer name ("SafeNet Kids")
        for name, body in _officers(text, names, lex):
            entity(name, at).officer_of.add(body)
        for name, party in acting_for(text, names, lex):
            entity(name, at).acts_for.update(party)
        for document, name in issuers(text, names, lex):
            entity(name, at).issued.add(document)
        described = described_issuers(text, lex, documents(lex))
        through = {d for d, _, spoke in described if spoke}
        for document, name in issued_by_acts(text, names, lex, documents(lex)):
            if document in through:  # "Traffic at Port Reitz rose, the authority said in
                unresolved.append((at, document, name))  # a statement": the authority's
                continue  # unless the article names no body "the authority" means
            entity(name, at).made.add(document)  # "X sued", "melalui keterangan tertulis"
        for document, name in possessed_documents(text, names, documents(lex)):
            entity(name, at).made.add(document)  # "The Kenya Ports Authority's statement"
        pending += [(at, document, noun) for document, noun, _ in described]
    bodies_told(by_name.values(), texts, lex)  # "Hallam Athletic, the club": a body
    for e in by_name.values():  # "estates in Millfield and Parkside": a place, no body
        e.placed = written_as_place(e, texts, lex)
    bound: dict[str, str] = {}
    for noun, name, at, later, told in named_next(texts, lex):  # "The energy regulator
        # has fined ..." / "Ofgem said ...": the noun means the body named next, where it
        # describes no other name of the article but one its describing sentence names
        # ("A campaign finance watchdog filed a complaint with the Federal Election
        # Commission"); a body's by its shape, or told one there ("Which Line?, the
        # consumer campaign group, said")
        if state_body(noun, name, lex) or not_business(noun, name, lex):
            continue  # "An environmental group ..." / "The Hellenic Coast Guard said";
            # "A bus company ..." / "The Transport and Allied Workers' Federation said"
        if _titled_person(name, by_name, lex):
            continue  # "Ghana's central bank kept ..." / "Governor Kwame Asante-Boateng
            # told": a person with a title, never the bank's name (round 38, t38b1)
        known = by_name.get(" ".join(name.split()).casefold())
        other = EntityTable([e for e in by_name.values() if at not in e.mentions], lex,
                            texts).described(noun, at)
        bare = not told and (known.kind if known else kind_of(name, lex)) == PERSON
        if bare and not (_untold_person(known) and bare_body(texts, noun, at, later,
                                                             name, lex)) or (
                other is not None and other.casefold() != (known.name if known
                                                           else name).casefold()):
            continue  # a person's name, unless the lede's "An environmental group" is it
        if bare:  # "Forest Watch Asia said": the group described (named_next.bare_body)
            entity(name, later).kind = ORGANISATION
        entity(name, later).nouns.add(noun)
        bound.setdefault(noun, entity(name, later).name)
    # a later sentence naming a speaker by its short form or a part of its name
    for e in list(by_name.values()):
        for at, text in enumerate(texts):
            if at in e.mentions:
                continue
            if e.acronym and written_whole(e.acronym, text) or (
                    " " not in e.name and e.kind != PERSON and written_whole(e.name, text)):
                e.mentions.append(at)  # "KPU", or a one-word body named again
        e.mentions.sort()
    table = EntityTable(list(by_name.values()), lex, texts)
    table.named_next = bound
    _described_documents(table, by_name, pending, unresolved)
    return table


def _described_documents(table: EntityTable, by_name: dict[str, Entity],
                         pending: list[tuple[int, str, str]],
                         unresolved: list[tuple[int, str, str]]) -> None:
    """The documents a description issued or spoke through ("Container traffic rose, the
    authority said in a statement", "In a statement, the company said", "a letter from
    the council"): made by the body the article names that the description means (the
    guidelines: a document speaks for whoever issued it), so that a later "according to
    the statement" speaks for it, not for the person quoted last (round 35). Where the
    description means no named body, the sentence's first name keeps it, as before."""
    resolved = set()
    for at, document, noun in pending:
        name = table.described(noun, at)
        found = by_name.get(name.casefold()) if name else None
        if found is not None:
            found.made.add(document)
            resolved.add((at, document))
    for at, document, name in unresolved:
        if (at, document) not in resolved:
            found = by_name.get(" ".join(name.split()).casefold())
            if found is not None:
                found.made.add(document)


_INDEFINITE = {"a", "an", "sebuah", "seorang", "suatu"}  # a name never opens with one


def _untold_person(known: Entity | None) -> bool:
    """A name the article gives no title, sex, office or party it acts for."""
    return known is None or not (known.titles or known.sex or known.officer_of
                                 or known.acts_for)


def _names(text: str, lex: Lexicon) -> list[str]:
    """The names a sentence gives, a body's whole name kept after a person's title
    ("Direktur PT Samudra Baja Lestari, ...": the company, not its last two words), a
    company's short form and the person after it apart ("Juru bicara PT KAI Joni
    Martinus")."""
    written = text.replace("’", "'")  # the same length: "Prosecutor's Office" as written
    for start, end, _short in defined_acronyms(written):
        written = written[:start] + " " * (end - start) + written[end:]
    if lex is titled(lexicon(lex.language)):  # the entity table's: the runs described_in
        text, tokens, words, runs = _name_runs(text, lex.language)  # reads too, read once
    else:
        text = normalise(text)
        tokens, words = tokens_and_words(text)
        runs = name_runs(text, tokens, words, lex)
    found = []
    for run, _name in runs:
        name = person_in(written, tokens, words, run, lex)
        start = run[0]
        while start < run[1] - 1 and words[start] in lex.titles | lex.honorifics:
            start += 1
        whole = " ".join(text_of(written, tokens, start, run[1]).split())
        name = " ".join(name.split())
        firm = firm_before(whole, name, lex)
        if firm:
            found += [firm, name]  # "PT KAI Joni Martinus": the firm, then its person
        elif whole != name and " " in whole and whole.casefold().split()[0] in \
                lex.company_markers:
            found.append(whole)
        elif " " in name:
            found.append(" ".join(name.split()))
    return found


def _speaking_for(text: str, lex: Lexicon, names: list[str] | None = None
                  ) -> list[tuple[str, str]]:
    """("family", name) for a person who speaks for a group the article describes: "The
    family's lawyer, Ana Ruiz,", "Kuasa hukum keluarga korban, Dimas Saragih,": whom
    "the family" or "Keluarga" later means."""
    found = []
    nouns = set(lex.speaks_through)
    for name in _names(text, lex) if names is None else names:
        at = text.find(name)
        if at <= 0:
            continue
        before = text[max(0, at - 60):at].casefold()
        if not before.rstrip().endswith(","):
            continue
        clause = re.split(r"[.;:\"“”]", before)[-1]
        said = [w for w in re.findall(r"\w+", clause.replace("'s", " "))]
        if any(w in nouns for w in said) and any(w in lex.titles or w in lex.spokespeople
                                                 for w in said):
            found += [(w, name) for w in said if w in nouns]
        elif said and said[-1] in lex.family_members or said[-2:] and " ".join(
                said[-2:]) in lex.family_members or any(
                w in lex.family_members for w in said[:2]) and len(said) <= 3:
            # "her son, David Pritchard,", "Ibu korban, Sari Dewi,": speaks for the family
            found += [(noun, name) for noun in nouns]
    return found


_OFFICER_ROLE = 5  # words of an officer's role ("chief medical officer")
_OWNED_ROLE = re.compile(r"(?:^|\s)((?:[A-Z][\w-]*\s+){0,4}[A-Z][\w-]*|the\s+company)['’]s"
                         rf"((?:\s+[a-z-]+){{1,{_OFFICER_ROLE}}})\s*,\s*$")
_ROLE_AFTER = re.compile(r"\s*,\s*(?:the\s+)?((?:[A-Z][\w-]*\s+){0,4}[A-Z][\w-]*|company)"
                         rf"['’]s((?:\s+[a-z-]+){{1,{_OFFICER_ROLE}}})\s*[,.]")


def _officers(text: str, names: list[str], lex: Lexicon) -> list[tuple[str, str]]:
    """(person, body) for a person the sentence sets beside a role in a company, in
    English ("Cyclo's regional manager, Marcus Delaney," -> cyclo; "Dr Helen Marsh, the
    company's chief medical officer" -> the company noun)."""
    if not lex.company_noun or lex.head_first:
        return []
    roles = lex.titles | lex.spokespeople
    found = []
    for name in names:
        at = text.find(name)
        if at <= 0 or " " not in name:
            continue
        before = re.split(r"[.;:\"“”(]", text[:at])[-1]
        owned = _OWNED_ROLE.search(before)
        after = _ROLE_AFTER.match(text[at + len(name):])
        for m in (owned, after):
            if m and m.group(2).split()[-1] in roles:
                body = m.group(1).casefold()
                found.append((name, lex.company_noun if body.endswith("company") else body))
    return found


@lru_cache(maxsize=8)
def business_nouns(language: str) -> frozenset[str]:
    """The common nouns that introduce a business or a body by its name ("the app X",
    "maskapai X"): data/cues/<language>.json, key "speaker_business_nouns"."""
    return frozenset(cue_file(language).get(
        "speaker_business_nouns", ()))


_NAME = r"[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|dan|and|&)){0,4}"
_NOT_BETWEEN = ("me", "di", "ber", "ter", "itu", "ini", "tersebut", "yang", "dan", "untuk")
_OF_PLACE = {"asal", "milik", "dari", "di", "ke", "pada", "negeri", "nasional"}


def introduced(text: str, lex: Lexicon) -> list[tuple[str, str]]:
    """(noun, name) for a business or body a sentence introduces by a common noun right
    before its name ("The running app TrailPulse", "ferry operator Seaford"; in Indonesian
    a few describing words may stand between: "Aplikasi ojek daring Gocar")."""
    nouns = business_nouns(lex.language)
    if not nouns:
        return []
    alternatives, pattern = _introducing(nouns, lex.language)
    found = []
    for m in pattern.finditer(text):
        noun, words, name = m.group(1), m.group(2).split(), m.group(3)
        if noun[:1].isupper() and (not words or m.start() > 0 and text[
                :m.start()].rstrip()[-1:] not in ".\"“("):
            continue  # a capitalised noun right before a name is its word ("Bank Mandiri")
        if any(w.startswith(_NOT_BETWEEN) or w in lex.prepositions or w in _OF_PLACE
               for w in words) or not name[:1].isupper():
            continue  # "perusahaan asal Jepang": where it is from, not its name
        if all(w in lex.places for w in name.casefold().split()):
            continue
        name = re.sub(r"\s+(?:of|dan|and|&)$", "", name).rstrip(".")
        found.append((noun.casefold(), name))
    return found + _apposed(text, alternatives) if ", " in text else found


@lru_cache(maxsize=8)
def _introducing(nouns: frozenset[str], language: str | None) -> tuple[str, re.Pattern]:
    """introduced's nouns as one alternation and its pattern, built once per language (each
    sentence of every document's table reads them)."""
    between = r"(?:\s+[a-z][\w-]*){0,3}?" if language == "id" else ""
    alternatives = "|".join(re.escape(n) for n in sorted(nouns, key=len, reverse=True))
    return alternatives, re.compile(
        rf"(?<![\w-])((?i:{alternatives}))({between})\s+({_NAME})")


@lru_cache(maxsize=8)
def _apposition(alternatives: str) -> re.Pattern:
    """'The operator, X,' (English) or 'Perusahaan itu, X,' (Indonesian), compiled once."""
    return re.compile(rf"(?:^|(?<=[\s\"“]))(?i:the|this)\s+((?i:{alternatives})),\s+({_NAME}),"
                      rf"|(?:^|(?<=[\s\"“]))((?i:{alternatives}))\s+(?:itu|tersebut),\s+"
                      rf"({_NAME}),")


def _apposed(text: str, alternatives: str) -> list[tuple[str, str]]:
    """(noun, name) for a name in apposition right after a definite noun: "The operator,
    Northline Travel, said", "Perusahaan itu, PT Garuda Trans, menyebut": the noun an
    earlier sentence used alone ("A rival operator has accused") names it."""
    found = []
    for m in _apposition(alternatives).finditer(text):
        noun, name = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        found.append((noun.casefold(), re.sub(r"\s+(?:of|dan|and|&)$", "", name)))
    return found


_CAMEL = re.compile(r"\b(?!Mac[A-Z])[A-Z][a-z]{2,}[A-Z][a-z]+\w*\b")


def camel_cased(text: str) -> list[str]:
    """One-word names written with an inner capital ("PaceTrack", "YouTube"): a brand or a
    body, never a common word, and not a person's "MacArthur"."""
    return [m.group() for m in _CAMEL.finditer(text)]


TITLE_REACH = 4  # words before a name that may be its title
LONG_TITLE_REACH = 9  # words of a long title and its place ("Kepala Kepolisian Resor Kota Besar")


def titles_before(text: str, name: str, lex: Lexicon) -> set[str]:
    """The title words written right before a name ("Harlow Water chief executive Ruth
    Hale" -> chief, executive; "Menteri Kelautan Sakti ..." -> menteri): whom "the chief
    executive" or "sang menteri" later means), or opening the role a name is set beside
    ("Direktur Utama PT X, Budi Santoso," -> direktur, utama)."""
    at = text.find(name)
    if at <= 0:
        return set()
    parts = re.split(r"[,.;:()\"“”]", text[:at])
    before = parts[-1].casefold().split()
    if not before and len(parts) >= 2 and text[at + len(name):].lstrip()[:1] in (",", ""):
        # "Direktur Utama PT X, Budi Santoso,": the role the name stands in apposition to
        role = parts[-2].casefold().split()
        if role[:1] and role[0] in ("the", "sang"):
            role = role[1:]
        counsel = next((c.split() for c in COUNSEL.get(lex.language, ())
                        if " ".join(role).startswith(c)), None)
        role = counsel or role  # "kuasa hukum pemohon, X": counsel, not the petitioner
        if role[:1] and role[0] in lex.titles:
            return {w for w in role[:TITLE_REACH] if w in lex.titles} | short_titles(
                " ".join(role), lex.language)
        trailing = []
        for w in reversed(role[-TITLE_REACH:]):  # "The company's chief executive, X,"
            if w not in lex.titles:
                break
            trailing.append(w)
        if trailing and len(role) > len(trailing) and role[-len(trailing) - 1].endswith(
                "'s"):
            return set(trailing)
    # "Kepala Kejaksaan Negeri Depok X": the long form is the short title too ("Kajari")
    return {w for w in before[-TITLE_REACH:] if w in lex.titles} | short_titles(
        " ".join(before[-LONG_TITLE_REACH:]), lex.language)


def _verb_between(text: str, noun: str, name: str, lex: Lexicon) -> bool:
    """"The city council accused Brennan Civil Works": the council is not Brennan's noun,
    a verb stands between them."""
    at = text.find(name)
    if at <= 0:
        return False
    before = text[:at].casefold().split()[-4:]
    if noun not in before:
        return False
    between = before[len(before) - before[::-1].index(noun):]
    return any((w.strip(",.'’"),) in lex.verbs for w in between) or acted_between(
        between, lex)  # "The energy regulator has fined Brightwell Energy
