"""Who an unnamed speaker speaks for (the guidelines, Sources): a body's spokesperson the
sentence does not name ("A council spokeswoman said", "a ministry spokesman", "Juru bicara
perusahaan", "Humas dinas tersebut") takes the name the article gives the body; so does a
role in a company the article names ("Direktur Utama PT Bumi Hijau Lestari membantah").
The spokesperson's words are data (data/cues/<language>.json, "speaker11_spokespeople"):
single words and phrases, with English's possessive ("the ministry's spokeswoman"). A place
before the body's noun ("A Harwick council spokesperson") or an adjective for it ("A diocesan
spokesperson") names the body too (fortieth round, "speaker40_spokesperson_of").
"""

from __future__ import annotations

import re
from functools import lru_cache

from annotator.domain.proposals.kinds import COMPANY, GOVERNMENT, ORGANISATION
from annotator.domain.proposals.lexicon import Lexicon, cue_file
from annotator.domain.proposals.name_words import BREAKS, gap_before
from annotator.domain.proposals.naming import Known, known_or_new

_OPENERS = {"but", "and", "however", "meanwhile", "namun", "tetapi", "sementara", "sedangkan"}
_ARTICLES = {"a", "an", "the", "seorang", "sang"}
BODIES = (ORGANISATION, GOVERNMENT, COMPANY)
BODY_WORDS = 2  # words that say which body ("health ministry spokesman"), at most


@lru_cache(maxsize=8)
def spokespeople(language: str) -> tuple[tuple[str, ...], ...]:
    """The words for one who speaks for a body, longest first ("kepala humas" before
    "humas")."""
    raw = cue_file(language).get("speaker11_spokespeople", {}).get("words", ())
    return tuple(sorted((tuple(w.split()) for w in raw), key=len, reverse=True))


@lru_cache(maxsize=8)
def _spoken_words(language: str) -> frozenset[str]:
    return frozenset(w for phrase in spokespeople(language) for w in phrase)


def _subject_span(text, tokens, words, end: int, lex: Lexicon) -> int:
    """Where the clause holding the subject that ends at ``end`` opens."""
    start = max([k for k in range(1, end) if any(ch in BREAKS for ch in gap_before(
        text, tokens, k))], default=0)
    while start < end and words[start] in _OPENERS:
        start += 1
    return start


def spokesperson_body(index, text, tokens, words, end: int, lex: Lexicon, why: str):
    """The body an unnamed spokesperson as the subject (ending at ``end``) speaks for, as
    the article names it before or after; None where the subject is no such phrase or
    the article names no body of that kind (the description then stays as it is read)."""
    if not isinstance(index, Known) or end < 2 or not _spoken_words(lex.language) & set(
            words[max(0, end - 6):end]):
        return None  # no spokesperson's word in the subject: the common case, cheaply
    start = _subject_span(text, tokens, words, end, lex)
    place = _place_before_noun(tokens, words, start, end, lex)
    if end - start > 6 or place is None and any(not tokens[k].group()[:1].islower() for k in
                                                range(start + 1, end)):
        return None  # a name follows or stands in the subject: it speaks (other rules)
    span = words[start:end]
    while span and span[-1] in lex.determiners_after:
        span = span[:-1]  # "Juru bicara perusahaan itu"
    if span and span[0] in _ARTICLES:
        span = span[1:]
    if place:
        span = span[len(place.split()):]  # "Harwick council spokesperson": the noun's part
    noun = _body_noun(span, lex) or _adjective_noun(span, lex)
    if noun is None:
        return None
    if place:  # "A Harwick council spokesperson", "A Chinese foreign ministry spokesperson"
        return _placed_body(index, text, tokens, start, end, place, noun, lex, why)
    role = "official" if "official" in span else "spokesperson"  # "A company official"
    why = f"{why} (its {role} speaks for the {noun})"
    last = index.last_named
    if last and noun in last.casefold().replace("'s", "").split():
        return known_or_new(index, last, f"{why} ('{noun}' = {last}, quoted last)")
    table = index.table
    name = _body_named(table, noun, index.at, lex, _modifier(span, noun, lex)) \
        if table is not None else None
    if name and table is not None and not any(
            p < index.at for e in table.entities if e.name == name for p in e.mentions):
        quoted = _one_word_body_quoted(index, table, noun, lex)
        if quoted:  # "Linkwave rejected ... a company spokesperson said" (t37e1)
            return known_or_new(index, quoted, f"{why} ('{noun}' = {quoted}, quoted before; "
                                               f"{name} is only named after)")
    if name is None and noun in _POLICE and span[:1] == [noun] and table is not None:
        # "A force spokesperson": the police body the article names ("an air force" never)
        name = table.nearest([e for e in table.entities if e.kind in BODIES and any(
            p != index.at for p in e.mentions) and not _POLICE.isdisjoint(e.words())],
            index.at)
    if name:  # a body, never a person the article titled with the noun ("Council leader")
        return known_or_new(index, name, f"{why} ('{noun}' = {name})")
    just_quoted = _quoted_just_before(table, last, noun, index.at, lex)
    if just_quoted:  # "Northgate Homes denied ... A spokesperson for the housing association"
        return known_or_new(index, just_quoted, f"{why} ('{noun}' = {just_quoted}, the body "
                                                f"that spoke in the sentence before)")
    return None


@lru_cache(maxsize=4)
def _adjectives(language: str) -> dict[str, str]:
    """The adjectives of bodies' nouns ("diocesan" -> "diocese"): data/cues/<language>.json,
    "speaker40_spokesperson_of"."""
    return dict(cue_file(language).get("speaker40_spokesperson_of", {}).get("adjectives", {}))


def _adjective_noun(span: list[str], lex: Lexicon) -> str | None:
    """"diocesan spokesperson": the body's noun its adjective stands for ("diocese"), the
    spokesperson's word right after it; else None."""
    if len(span) < 2 or lex.head_first:
        return None
    noun = _adjectives(lex.language).get(span[0])
    return noun if noun and tuple(span[1:]) in spokespeople(lex.language) else None


def _place_before_noun(tokens, words, start: int, end: int, lex: Lexicon) -> str | None:
    """"Harwick" in "A Harwick council spokesperson", "Chinese" in "A Chinese foreign
    ministry spokesperson": the capitalised words right after the article, before a body's
    noun in lower case and the spokesperson's word that ends the subject; None where
    another capital stands in the subject (a name: "spokesman Lin Jian", "A Kent County
    Council spokesperson") or none does. English only."""
    if lex.head_first or start >= end or words[start] not in _ARTICLES:
        return None
    k = start + 1
    while k < end and tokens[k].group()[:1].isupper():
        k += 1
    if k == start + 1 or k >= end or k - start - 1 > 2:
        return None
    if any(not tokens[j].group()[:1].islower() for j in range(k, end)):
        return None
    return " ".join(tokens[j].group() for j in range(start + 1, k))


def _placed_body(index, text, tokens, start: int, end: int, place: str, noun: str,
                 lex: Lexicon, why: str):
    """The body a spokesperson with a place before the body's noun speaks for: the body
    the article names with that place and that noun ("Harwick council"), else the place
    and the noun as written ("Chinese foreign ministry"): never another body of the kind
    the article names without the place."""
    table = getattr(index, "table", None)
    key = place.casefold().split()
    if table is not None:
        named = [e for e in table.entities if e.kind in BODIES and any(
            p != index.at for p in e.mentions) and noun in e.words() and all(
            w in e.words() for w in key)]
        name = table.nearest(named, index.at)
        if name:
            return known_or_new(index, name, f"{why} (its spokesperson speaks for the "
                                             f"{noun}: '{place} {noun}' = {name})")
    last = next((k for k in range(end - 1, start, -1) if tokens[k].group().casefold() == noun),
                None)
    if last is None:
        return None
    written = " ".join(text[tokens[start + 1].start():tokens[last].end()].split())
    return known_or_new(index, written, f"{why} (its spokesperson speaks for the {noun} "
                                        f"named by its place, as written)")


def _one_word_body_quoted(index, table, noun: str, lex: Lexicon) -> str | None:
    """The last named speaker, where it is a business's one word the article names before
    ("Linkwave rejected the charity's findings") and a company's spokesperson speaks with
    no company named before but another named only after ("The regulator fined another
    provider, Halcyon Telecom"): the table keeps no one-word name, so the company named
    later would be taken for the one the spokesperson speaks for (round 37, t37e1). Only
    for the company's own noun ("company", "firm"); None where the last speaker is a
    person (the table knows the word as part of a name), a place or the table's own."""
    if noun not in (lex.company_noun, "firm", "perusahaan"):
        return None
    last = index.last_named
    if not last or " " in last or not last[:1].isupper():
        return None
    word = last.casefold()
    if word in getattr(index, "places", ()) or word in lex.titles or any(
            e.name.casefold() == word or word in e.words() for e in table.entities):
        return None
    return last


def _quoted_just_before(table, last: str | None, noun: str, at: int, lex: Lexicon
                        ) -> str | None:
    """The body that spoke in the sentence right before (``last``, named there), when the
    article names no body with the spokesperson's noun ("Northgate Homes denied that it had
    ignored residents. A spokesperson for the housing association said"): of the noun's
    kind, a government body for a government's noun ("the authority", "the ministry") and
    another body for another ("the association", "the operator"); else None."""
    if table is None or not last or at < 1:
        return None
    entity = next((e for e in table.entities if e.name == last), None)
    if entity is None or entity.kind not in BODIES or at - 1 not in entity.mentions:
        return None
    if (noun in lex.government_heads) != (entity.kind == GOVERNMENT):
        return None
    if noun in _POLICE and _POLICE.isdisjoint(entity.name.casefold().split()):
        return None  # "Northgate Council said ... A police spokesperson said": a force
    return entity.name


# a police force's own nouns: its spokesperson never speaks for a council or a ministry
# that spoke before ("Kent Constabulary" and "the Metropolitan Police Service" are forces)
_POLICE = frozenset({"police", "constabulary", "force"})


def _body_noun(span: list[str], lex: Lexicon) -> str | None:
    """"council spokeswoman", "ministry's spokesman", "spokesman for the company",
    "juru bicara perusahaan", "humas pihak dinas": the body's head noun, or None."""
    for phrase in spokespeople(lex.language):
        n = len(phrase)
        if lex.head_first:  # Indonesian: the spokesperson, then the body
            if tuple(span[:n]) != phrase:
                continue
            body = [w for w in span[n:] if w != "pihak"]
        elif tuple(span[-n:]) == phrase and len(span) > n:  # "council spokeswoman"
            body = span[:-n]
            if body[-1] == "s":
                body = body[:-1]  # "the ministry's spokesman" as tokenised
        elif tuple(span[:n]) == phrase and span[n:n + 1] == ["for"]:
            body = [w for w in span[n + 1:] if w not in ("the", "its")]
        else:
            continue
        if 1 <= len(body) <= BODY_WORDS and (body[-1] if not lex.head_first else body[0]) \
                in lex.org_heads:
            return body[-1] if not lex.head_first else body[0]
        return None
    return None


def company_role(index, text, tokens, words, run: tuple[int, int], lex: Lexicon,
                 why: str):
    """"Direktur Utama PT Bumi Hijau Lestari membantah", "The managing director of Harlow
    Coach Lines": a role in a company, with no person named, when what follows the role
    is the company's whole name as the article writes it; the company speaks, as named
    (the guidelines: officials of one body speak as that body). Where the run holds more
    than the company's name ("Direktur PT Maju Jaya Budi Santoso"), the person speaks."""
    start, end = run
    k = start
    while k < end and words[k] in lex.titles:
        k += 1
    titled = k > start or any(w in lex.titles for w in words[max(0, start - 2):start])
    if not titled or k >= end - 1 or words[k] not in lex.company_markers:
        return None  # "Manajer operasional PT X": the title may stand before the run
    name = " ".join(text[tokens[k].start():tokens[end - 1].end()].split())
    known = {n.casefold() for n in getattr(index, "names", ())}
    table = getattr(index, "table", None)
    if table is not None:  # named elsewhere in the article, not only in this run
        known |= {e.name.casefold() for e in table.entities
                  if any(p != index.at for p in e.mentions)}
    if name.casefold() not in known:
        return None
    return known_or_new(index, name, f"{why} (a role in {name}: the company speaks)")


def _body_named(table, noun: str, at: int, lex: Lexicon, modifier: str | None = None
                ) -> str | None:
    """The body the article names elsewhere with ``noun`` in its name or its description
    ("council": Eastholm Borough Council; "perusahaan": PT Sinar Laut Abadi), nearest
    before, else first after; never the spokesperson's own phrase in this sentence, nor a
    group of people of another kind ("the housing association" is no "Hollins Court
    Tenants' Association": of_other_people)."""
    company = noun in (lex.company_noun, "firm", "perusahaan")
    matches = [e for e in table.entities if e.kind in BODIES
               and any(p != at for p in e.mentions)
               and (noun in e.nouns or noun in e.words() or company and e.kind == COMPANY)
               and not of_other_people(e.words(), noun, modifier)]
    return table.nearest(matches, at)


def _modifier(span: list[str], noun: str, lex: Lexicon) -> str | None:
    """"housing" in "a spokesperson for the housing association": the word that says which
    kind of body the noun is, right before it (English), else None."""
    if lex.head_first or noun not in span:
        return None
    k = span.index(noun)
    word = span[k - 1] if k > 0 else ""
    return word if word.isalpha() and word not in _ARTICLES and word not in (
        "its", "their", "for", "s") else None


def of_other_people(words: list[str], noun: str, modifier: str | None) -> bool:
    """Whether a body's name holds the noun after a possessive plural that is not the
    description's own word ("Tenants' Association", "Supporters' Trust" for "the housing
    association", "the health trust"): a group of those people, another body."""
    if modifier is None or noun not in words:
        return False
    k = words.index(noun)
    owner = words[k - 1] if k > 0 else ""
    return owner.endswith(("'", "\u2019")) and owner.rstrip("'\u2019") != modifier


_INDEFINITE = re.compile(r"(?:^|[.,;:]\s+|\b(?:but|and|however|namun|tetapi)\s+)(an?|seorang)\s+",
                         re.IGNORECASE)
DESCRIBED_WORDS = 5  # words of a description as written ("a senior midwife"), at most


def written_before(index, head: str, lex: Lexicon) -> str | None:
    """"A senior midwife at X has said ... The midwife later said": the description an
    earlier sentence opened with and named nobody by, as written (its article kept, the
    body it works at left out: the guidelines' "a senior official"); the nearest before,
    and only when the article names no person with that title (checked by the caller's
    rules first). None where no earlier sentence describes a speaker so."""
    table = getattr(index, "table", None)
    texts = getattr(table, "texts", ())
    at = getattr(index, "at", 0)
    for text in reversed(texts[:at]):
        for m in _INDEFINITE.finditer(text):
            after = re.findall(r"[\w'-]+", text[m.end():])[:DESCRIBED_WORDS - 1]
            for j, word in enumerate(after):
                if not word[:1].islower():
                    break  # a name: the speaker is named, not described
                if word.casefold() == head:
                    return " ".join([m.group(1).lower(), *after[:j + 1]])
    return None
