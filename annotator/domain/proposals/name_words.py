"""Which words of a sentence make a name, and whom a run of them names: a capitalised
word that is no pronoun or sentence opener, a run of them joined by "of"/"dan", never
across punctuation, and the person in a titled run ("Kepala Dinas ... Abdul Muhari" is
Abdul Muhari) or the office a run names whole. The speaker readings (reading.py, apart.py,
sides.py, described.py, naming.py) all read names through these.
"""

from __future__ import annotations

import re
from functools import lru_cache

from annotator.domain.proposals.kinds import PERSON, group_nouns, kind_of
from annotator.domain.proposals.lexicon import Lexicon, cue_file
from annotator.domain.proposals.names import BALINESE_OPENERS, OPENERS, opens_name
from annotator.domain.proposals.regions import office_of_place, regional_name
from annotator.domain.proposals.titled_names import person_start as long_name_start
from annotator.domain.proposals.titles import (
    PORTFOLIO,
    minister_start,
    numbered_units,
    person_start,
    rank_suffixes,
    ranks,
    region_units,
)

TOKEN = re.compile(r"\w+(?:[.\-']\w+)*")


CAPITALISED_STOP = frozenset("""
namun tetapi sementara sebelumnya selain pada dalam di ketika seperti menurut mengutip melansir
sedangkan kemudian lalu itu ini hal dia ia mereka kami kita saya the but however meanwhile adapun
in on at after before when while as he she they it we i a an this that these those according
also earlier later yet so and or if his her their its our my your
nobody no-one everyone everybody someone somebody anyone anybody nothing none
""".split())  # (the last line: English indefinite pronouns, never a name: "Nobody has said")


def tokens_and_words(text: str) -> tuple[list[re.Match], list[str]]:
    """The sentence's tokens and their words casefolded, remembered: a speaker reading
    tokenises the sentence, and a key reads the same sentences again in another place
    (the window read back, the whole article). Copies: a caller may change its lists."""
    found = _TOKENISED.get(text)
    if found is None:
        if len(_TOKENISED) >= TOKENISED_KEPT:
            _TOKENISED.clear()
        tokens = tuple(TOKEN.finditer(text))
        found = _TOKENISED[text] = (tokens, tuple(m.group().casefold() for m in tokens))
    return list(found[0]), list(found[1])


_TOKENISED: dict[str, tuple[tuple[re.Match, ...], tuple[str, ...]]] = {}
TOKENISED_KEPT = 512  # sentences (a key reads about 8, the whole article one more; ~4 KB each)


BREAKS = ",.;:()\"“”-–—"  # a dash between words ("KOMPAS.com - Pemerintah") ends a name too
_BREAK_MARKS = frozenset(BREAKS)  # a gap holds one of them: asked of the set in one call


def gap_before(text: str, tokens: list[re.Match], i: int) -> str:
    """The characters between token i-1 and token i; the full stop of an abbreviation
    ("U.S. Chess Federation", "U.N. human rights office") is part of the word."""
    if i <= 0:
        return text[:tokens[i].start()]
    start = tokens[i - 1].end()
    if text[start:start + 1] == "." and (_ABBREVIATION.fullmatch(tokens[i - 1].group()) or (
            _INITIAL.fullmatch(tokens[i - 1].group()) and tokens[i].group()[:1].isupper())):
        start += 1  # "R. Kathiresan", "John F. Kennedy": an initial opens the name
    return text[start:tokens[i].start()]


_ABBREVIATION = re.compile(r"[A-Z](?:\.[A-Z])+|St|Mt|Ft")  # "U.S.", "St. Brigid"
_INITIAL = re.compile(r"[A-Z]")  # a given name's initial, before the name goes on


def text_of(text: str, tokens, start: int, end: int) -> str:
    """The words of tokens start..end-1 as written, an abbreviation's full stop kept."""
    stop = tokens[end - 1].end()
    if _ABBREVIATION.fullmatch(tokens[end - 1].group()) and text[stop:stop + 1] == ".":
        stop += 1
    return text[tokens[start].start():stop]


def compound_adjective(written: str) -> bool:
    """"Amsterdam-based", "Dutch-owned", "state-run": a word joined to a participle
    describes and names nobody ("The Amsterdam-based company said")."""
    first, _, last = written.rpartition("-")
    return bool(first) and last.islower() and last.isalpha() and (
        last.endswith("ed") and len(last) > 3 or last in ("run", "born", "made", "built"))


def plain_name_word(tokens, words, i: int, lex: Lexicon) -> bool:
    word = tokens[i].group()
    if "-" in word and compound_adjective(word):
        return False
    if i == 0 and words[0] in fronted_prepositions(lex.language) and "," in tokens[0].string:
        return False  # "Under the Online Safety Code, the regulator said": no name "Under"
    if i == 0 and fronted_participle(tokens, words, lex):
        return False  # "Prosecuting for Wealden District Council, Andrew Pike told"
    if words[i] in CAPITALISED_STOP and opens_name(  # "Lalu Muhamad Iqbal": a name
            tokens, words, i, lambda k: words[k] not in lex.titles and plain_name_word(
                tokens, words, k, lex)):
        return True
    # "our" asked before the call (_campaign_our's own first test): most words are not
    if words[i] == "our" and _campaign_our(tokens, words, i, lex):
        return True  # "Save Our Chalk Streams", "Protect Our Parks": one campaign's name
    if words[i] in lex.not_names and _given_month(tokens, words, i, lex):
        return True  # "June Whitlock, 71, said": a given name, not the month
    return (word[0].isupper() and not word.isdigit() and words[i] not in CAPITALISED_STOP
            and words[i] not in lex.not_names and words[i] not in lex.pronouns
            and words[i] not in lex.conditionals)  # "Bila didakwa": no name


def _campaign_our(tokens, words, i: int, lex: Lexicon) -> bool:
    """A capitalised "Our" inside a campaign's name ("Save Our Chalk Streams", "Save Our
    Mandir", "Protect Our Parks"): a name word between two others, written with its
    capital in mid-sentence after one and with one right after it; "Our" opening a
    sentence ("Our members said") stays the pronoun (w20wrong2). The rules before cut the
    name at it and proposed what followed ("Chalk Streams")."""
    return (words[i] == "our" and 0 < i < len(tokens) - 1 and tokens[i].group() == "Our"
            and tokens[i - 1].group()[:1].isupper() and words[i - 1] not in CAPITALISED_STOP
            and gap_before(tokens[0].string, tokens, i) == " "
            and gap_before(tokens[0].string, tokens, i + 1) == " "
            and plain_name_word(tokens, words, i + 1, lex))


@lru_cache(maxsize=8)
def fronted_prepositions(language: str) -> frozenset[str]:
    """Prepositions that open a sentence with a phrase set before its subject by a comma
    ("Under the Online Safety Code, ...", "Following the inquiry, ...", "Despite the
    Ofsted report, ..."): capitalised only for opening it, never the first word of a name
    (data/cues/<language>.json, key "speaker27_fronted_prepositions")."""
    return frozenset(cue_file(language).get("speaker27_fronted_prepositions", ()))


@lru_cache(maxsize=8)
def fronted_participles(language: str) -> frozenset[str]:
    """Participles that open a sentence with the role its speaker speaks in, set off by a
    comma (data/cues/<language>.json, key "speaker39_fronted_participles")."""
    return frozenset(cue_file(language).get("speaker39_fronted_participles", {}).get(
        "words", ()))


def fronted_participle(tokens, words, lex: Lexicon) -> bool:
    """The sentence opens with a participle of the speaker's role before a comma
    ("Prosecuting for Wealden District Council, Andrew Pike told the court", "Representing
    the council, ..."): capitalised only for opening it, the participle is no name's first
    word, and the body after it no name that opens with it (thirty-ninth round, t39b6). A
    title among them stays a name's word before a capitalised word ("Acting Chief
    Constable Jo Smith, ..."): the title of the person named."""
    if not words or words[0] not in fronted_participles(lex.language) or \
            "," not in tokens[0].string:
        return False
    return words[0] not in lex.titles or len(tokens) < 2 or tokens[1].group().islower()


_DATED = frozenset({"in", "on", "since", "until", "till", "by", "from", "to", "through",
                    "during", "last", "next", "early", "late", "mid", "of", "this", "that",
                    "before", "after", "between", "and", "or", "every"})


def _given_month(tokens, words, i: int, lex: Lexicon) -> bool:
    """A month's name that is a given name ("June Whitlock", "April Jones": data
    speaker16_given_months): a surname follows it after one space, and no word that dates
    stands before it ("in June Smith said" is the month)."""
    if words[i] not in given_months(lex.language) or i + 1 >= len(tokens):
        return False
    text = tokens[0].string
    if text[tokens[i].end():tokens[i + 1].start()] != " " or i and words[i - 1] in _DATED:
        return False
    after = tokens[i + 1].group()
    return after[:1].isupper() and not after.isdigit() and words[i + 1] not in \
        lex.not_names and words[i + 1] not in CAPITALISED_STOP and words[
        i + 1] not in lex.titles


@lru_cache(maxsize=8)
def given_months(language: str) -> frozenset[str]:
    """Months' names that are given names too: data/cues/<language>.json,
    "speaker16_given_months"."""
    return frozenset(cue_file(language).get("speaker16_given_months", {}).get("names", ()))


def name_word(tokens, words, i: int, lex: Lexicon) -> bool:
    """A capitalised word of a name. A capitalised pronoun followed by a name word, with
    nothing between, is a name too ("He Yadong"); "He said" is not."""
    if words[i] in lex.pronouns:
        return _pronoun_name(tokens, words, i, lex)
    return plain_name_word(tokens, words, i, lex)


def _pronoun_name(tokens, words, i: int, lex: Lexicon) -> bool:
    return (tokens[i].group()[:1].isupper() and i + 1 < len(tokens)
            and gap_before(tokens[0].string, tokens, i + 1) == " "
            and plain_name_word(tokens, words, i + 1, lex))


def pronoun_at(tokens, words, i: int, lex: Lexicon) -> bool:
    """Token i is a pronoun: "he", "Ia", but not the family name in "He Yadong"."""
    return words[i] in lex.pronouns and not _pronoun_name(tokens, words, i, lex)


_JOINERS = {"dan", "and", "of", "for", "untuk", "on", "bin", "van", "de", "al", "do", "da", "dos",
            "das", "del", "la", "von", "der"}
# the lower-case particles inside a name, also two in a row ("Ursula von der Leyen",
# "Coimisiún na Meán", "Siti binti Ahmad"): data/cues/<language>.json, "speaker21_particles"


@lru_cache(maxsize=8)
def particles(language: str) -> frozenset[str]:
    return frozenset(cue_file(language).get("speaker21_particles", {}).get("words", ()))


LISTING = {"dan", "and", "serta"}  # "Britain, Japan and Australia": several speakers


def lists_at(tokens, words, i: int, lex: Lexicon) -> bool:
    """Token i joins the names of a list ("and", "dan", "serta"). In English text a
    capitalised "Dan" is a first name ("..., Dan Whitfield told councillors"), never the
    Indonesian "dan" ("and"); in Indonesian it stays the conjunction."""
    if words[i] not in LISTING:
        return False
    return not (words[i] == "dan" and not lex.head_first and tokens[i].group() == "Dan")


def verb_in_name(tokens, words, i: int, lex: Lexicon) -> bool:
    """Token i, a verb's word, is a name's inside a sentence: capitalised right after a
    name's word with nothing between ("Fatma Said, said", "Ahmad Kata mengatakan"), in a
    sentence written in lower case (not a headline's "Minister Says ...")."""
    word = tokens[i].group()
    if i == 0 or not word[:1].isupper() or not word[1:].islower() or gap_before(
            tokens[0].string, tokens, i) != " " or not plain_name_word(tokens, words, i - 1,
                                                                       lex):
        return False
    if words[i - 1] in lex.titles or words[i - 1] in lex.org_heads:
        return False  # "Police Said", "Menteri Kata": a title or a body before it
    lower = sum(t.group()[:1].islower() for t in tokens if t.group()[:1].isalpha())
    return lower * 2 > len(tokens)


def run_forward(tokens, words, at: int, lex: Lexicon, limit: int = 10) -> tuple[int, int] | None:
    """Capitalised words from ``at`` on (joined by "dan"/"of" between two of them), never
    across punctuation: a name the registry may not know."""
    end = at
    while end < len(tokens) and end - at < limit:
        if end > at and not _BREAK_MARKS.isdisjoint(gap_before(tokens[0].string, tokens, end)):
            break
        if name_word(tokens, words, end, lex):
            end += 1
        elif end > at and (_joins(tokens, words, end, lex) or _unit_number(tokens, words, end,
                                                                            lex)):
            end += 1
        else:
            break
    return (at, end) if end > at else None


def _unit_number(tokens, words, i: int, lex: Lexicon) -> bool:
    """Token i is a neighbourhood unit's number inside a title, with a name word after it:
    "Ketua RW 05 Ujang Sopandi" is one run, not "Ketua RW" (titles.numbered_units)."""
    return (tokens[i].group().isdigit() and words[i - 1] in numbered_units(lex.language)
            and i + 1 < len(tokens) and name_word(tokens, words, i + 1, lex)
            and _BREAK_MARKS.isdisjoint(gap_before(tokens[0].string, tokens, i + 1)))


def _joins(tokens, words, i: int, lex: Lexicon) -> bool:
    """Token i joins two words of one name: "of", "dan", a lower-case "the" ("Save the
    Children"), or "of the" ("University of the Philippines")."""
    if i + 1 >= len(tokens) or not _BREAK_MARKS.isdisjoint(gap_before(tokens[0].string,
                                                                       tokens, i + 1)):
        return False
    article = words[i] == "the" and tokens[i].group() == "the" or _body_article(tokens, i)
    particle = words[i] in particles(lex.language) and tokens[i].group().islower()
    if not (words[i] in _JOINERS or article or particle or _before_article(tokens, i)):
        return False
    if name_word(tokens, words, i + 1, lex) and not _before_article(tokens, i):
        return True
    if particle and words[i + 1] in particles(lex.language) and tokens[
            i + 1].group().islower():
        return _joins(tokens, words, i + 1, lex)  # "von der Leyen"
    return (not article and tokens[i + 1].group() in ("the", "a", "an")
            and _joins(tokens, words, i + 1, lex))


_ARTICLE_AFTER = ("for", "against")  # "Citizens for a Better Kafue", "Parents against the Dam"


def _before_article(tokens, i: int) -> bool:
    """A lower-case "against" that joins a body's name only before "the", "a" or "an" and a
    capitalised word ("Campaign against the Kafue Dam"), never alone (thirty-fifth round)."""
    return tokens[i].group() == "against"


def _body_article(tokens, i: int) -> bool:
    """A lower-case "a"/"an" inside a body's name, right after "for" or "against" ("Citizens
    for a Better Kafue", "Alliance for an Open Lusaka"): read as "the" is in "Friends of
    the Earth" (thirty-fifth round)."""
    return tokens[i].group() in ("a", "an") and i > 0 and tokens[i - 1].group() in \
        _ARTICLE_AFTER


def run_back(tokens, words, end: int, lex: Lexicon, limit: int = 10) -> tuple[int, int] | None:
    """Capitalised words ending just before ``end``, going back (joiners allowed)."""
    start = end
    while start > 0 and end - start < limit:
        i = start - 1
        if start < end and not _BREAK_MARKS.isdisjoint(gap_before(tokens[0].string, tokens,
                                                                   start)):
            break
        if name_word(tokens, words, i, lex):
            start = i
        elif (start < end and i > 0 and _joins(tokens, words, i, lex)
              and name_word(tokens, words, i + 1, lex)
              and name_word(tokens, words, i - 1, lex)
              and _BREAK_MARKS.isdisjoint(gap_before(tokens[0].string, tokens, i))):
            start = i  # not across a break: "in Congo, the Kenya Ports Authority said"
        elif start < end and i > 1 and words[i] in particles(lex.language) and words[
                i - 1] in particles(lex.language) and _joins(tokens, words, i - 1, lex) \
                and name_word(tokens, words, i - 2, lex):
            start = i - 1  # "von der Leyen": two particles between name words
        elif start < end and i > 1 and (_body_article(tokens, i) or tokens[
                i].group() == "the" and _before_article(tokens, i - 1)) and _joins(
                tokens, words, i - 1, lex) and name_word(tokens, words, i - 2, lex) \
                and _BREAK_MARKS.isdisjoint(gap_before(tokens[0].string, tokens, i)
                                            + gap_before(tokens[0].string, tokens, i - 1)):
            start = i - 1  # "Citizens for a Better Kafue", "Campaign against the Kafue
            # Dam": the body's name whole (thirty-fifth round); not "of the"/"for the",
            # which a person's name and the body after it share ("Pablo García of the
            # University of Chile", "Bellamy Ross for the University of Westmarch")
        else:
            break
    while start < end - 1 and words[start] in _JOINERS and not name_word(tokens, words,
                                                                          start, lex):
        start += 1  # ", for Reid, told": a role phrase's preposition opens no name
    return (start, end) if start < end else None


def first_listed(text, tokens, words, span: tuple[int, int], lex: Lexicon
                  ) -> tuple[int, int]:
    """The first name of a list standing as one subject ("Britain, Japan and Australia said",
    "Kementerian Perdagangan dan Badan Pangan Nasional menyatakan"): the guidelines name the
    one named first."""
    start, end = span
    listed = False
    if start >= 3 and tokens[start - 1].group() == "the" and words[start - 2] in LISTING \
            and _BREAK_MARKS.isdisjoint(gap_before(text, tokens, start - 1)
                        + gap_before(text, tokens, start - 2)):
        before = run_back(tokens, words, start - 2, lex)  # "The X Trust and the Y said"
        if before:
            return first_listed(text, tokens, words, before, lex)
    if lists_at(tokens, words, start, lex):  # ", and Australia": the list goes on
        start, listed = start + 1, True
    after_comma = start > 0 and "," in gap_before(text, tokens, start) and name_word(
        tokens, words, start - 1, lex)
    # "dan" inside one name stays ("Kementerian Komunikasi dan Informatika"); it lists
    # several when a new office or a place follows it, or the list began with a comma
    joins = [i for i in range(start + 1, end - 1) if lists_at(tokens, words, i, lex) and (
        after_comma or words[i + 1] in lex.org_heads or words[i + 1] in lex.places)]
    if joins:
        end, listed = joins[0], True
    while listed and start > 0 and "," in gap_before(text, tokens, start):
        first = start - 1  # the member before the comma ends here
        if not name_word(tokens, words, first, lex):
            break
        while first > 0 and name_word(tokens, words, first - 1, lex) \
                and _BREAK_MARKS.isdisjoint(gap_before(text, tokens, first)):
            first -= 1
        start, end = first, start
    return start, end


def _head_of_title(words, k: int, end: int, lex: Lexicon) -> bool:
    """A title modifier that is the last title word before a name of two words or more
    ("Chief Executive Mark Dunn": "executive" heads the title), not one that modifies the
    next ("Executive Director")."""
    return k >= 1 and words[k - 1] in lex.titles and end - k >= 3 and \
        words[k + 1] not in lex.titles


def person_in(text, tokens, words, span: tuple[int, int], lex: Lexicon) -> str:
    """The name in a run of capitalised words: after a title ("Kepala ... Abdul Muhari",
    "Chancellor Olaf Scholz") the last two words; otherwise the run as it is."""
    start, end = span
    of = _person_of(tokens, words, span, lex)
    if of is not None:  # "Paul Orme of Kestrel Mining": the person, not the firm
        return text_of(text, tokens, start, of)
    if office_name(words, span, lex):
        return text_of(text, tokens, start, end)
    given = given_name_at(tokens, words, span, lex)
    if given is not None:  # "Wyvern manager Dean Holloway": "Dean" is his given name
        return text_of(text, tokens, given, end)
    titled = any(w in lex.titles and (w not in lex.title_modifiers or _head_of_title(
        words, k, end, lex)) for k, w in enumerate(words[:end - 1]) if k >= max(0, start - 3))
    regional = regional_name(words, span, lex, tokens) if titled else None
    if regional is not None:  # "Bupati Bogor Ade Yasin", "East Java Governor Khofifah ..."
        start, end = _bare(tokens, words, (regional, end), lex)
        return text_of(text, tokens, start, end)
    if titled and office_of_place(words, span, lex) and not (
            end < len(tokens) and gap_before(text, tokens, end).strip() == ","
            and name_word(tokens, words, end, lex)):
        # "Gubernur Sumut": the office; not "Kapolres Kupang, AKBP Dimas Prasetya,", whose
        # holder is named between the commas
        return text_of(text, tokens, start, end)
    if titled:
        inner = [i for i in range(start, end) if words[i] not in lex.titles]
        if not inner:  # "Wali Kota", "Wakil Bupati": a title of several words and no name
            return text_of(text, tokens, start, end)
        if _office_of(tokens, words, inner, end, lex) or _portfolio_office(
                tokens, words, start, end, lex):  # "The Mayor of London said": the office
            start, end = _bare(tokens, words, (start, end), lex)
            return text_of(text, tokens, start, end)
        if len(inner) >= 2 and words[inner[0]] in lex.org_heads and end < len(tokens) \
                and gap_before(text, tokens, end).strip() == "," and name_word(tokens, words, end,
                                                                            lex):
            # "Ketua Forum Warga Peduli Sungai Cilamaya, Ujang Sobari,": the title's body
            # whole; the person is the name between the commas
            return text_of(text, tokens, inner[0], end)
        if len(inner) >= 3 and words[inner[0]] in lex.places or len(inner) == 3 and (
                tokens[inner[0]].group().isupper() and len(words[inner[0]]) > 1
                or lex.head_first and PORTFOLIO.fullmatch(words[inner[0]])
                and words[inner[0]] not in lex.org_heads and words[inner[1]] not in lex.places
                and not any(words[inner[0]] in h for h in lex.description_heads.values())):
            # "Menteri Perdagangan Budi Santosa": a ke-/pe-...-an word names the office
            inner = inner[1:]  # "penjaga pantai Filipina Jay Tarriela", "Jaksa KPK Rudi"
        named = _name_after_office(tokens, words, span, lex)
        if named is not None:  # "Komisaris Besar Polisi Ade Ary Syam Indradi"
            start, end = _bare(tokens, words, (named, end), lex)
            return text_of(text, tokens, start, end)
        whole = long_name_start(text, tokens, words, (start, end), inner, lex,
                                plain_name_word)  # "Vietnam Nguyen Thanh Hai"
        if inner and (end - inner[0] <= 3 or end - inner[0] <= 5 and words[
                inner[0]] in OPENERS | BALINESE_OPENERS and plain_name_word(
                tokens, words, inner[0], lex)):
            start = inner[0]  # "Ni Luh Putu Ayu": a name its opener begins, whole
        elif whole is not None:
            start = whole
        elif end - start >= 3:
            start = end - 2
            if words[start - 1] in OPENERS | BALINESE_OPENERS and plain_name_word(
                    tokens, words, start - 1, lex):
                start -= 1  # "Gubernur Bali I Wayan Koster": the name's opener too
        start = person_start(words, minister_start(words, span[0], start, end, lex), end,
                             lex)  # titles.py
    start, end = _bare(tokens, words, (start, end), lex)
    return text_of(text, tokens, start, end)




@lru_cache(maxsize=8)
def given_name_titles(language: str) -> frozenset[str]:
    """Title words that are also given names ("Dean"; cue ``speaker35_given_name_titles``)."""
    return frozenset(cue_file(language).get("speaker35_given_name_titles", {}).get(
        "titles", ()))


def given_name_at(tokens, words, span: tuple[int, int], lex: Lexicon) -> int | None:
    """Where a person's name begins when its first word is a title that is also a given
    name, written capitalised before one name word that ends the run (a surname), after
    a role noun or with no title before it: "said Wyvern manager Dean Holloway", "Dean
    Holloway said" name Dean Holloway (thirty-fifth round, cue
    ``speaker35_given_name_titles``); else None. "Dean Sarah Cole" (two name words),
    "Acting Dean Cole" (a title's modifier), "Harvard Dean Cole" (a capitalised word
    that is no role noun) and "said Dean Cole of the law school" (a body after "of", no
    role noun before) keep the title."""
    start, end = span
    k = end - 2
    if k < start or words[k] not in given_name_titles(lex.language):
        return None
    written = tokens[k].group()
    if not (written[:1].isupper() and written[1:].islower()) or not _person_word(
            tokens, words, end - 1, lex) or words[end - 1] in given_name_titles(lex.language):
        return None
    before = words[k - 1] if k > 0 else ""
    if before in lex.title_modifiers:
        return None  # "Acting Dean Cole", "former Dean Cole"
    if before in lex.titles or before in lex.honorifics:
        return k  # "manager Dean Holloway", "Manager Dean Holloway", "Mr Dean Holloway"
    if end < len(tokens) and tokens[end].group() == "of":
        return None  # "Dean Cole of the law school": a dean and the body after "of"
    if k == start and (k == 0 or not tokens[k - 1].group()[:1].isupper()):
        return k  # "Dean Holloway said", "said Dean Holloway", "striker Dean Holloway"
    return None


OF_WORDS = 3  # words of a place or a portfolio after an English title's "of"


def _office_of(tokens, words, inner: list[int], end: int, lex: Lexicon) -> bool:
    """An English title, "of" and a place or a portfolio, and no name after them ("The
    Mayor of London", "Minister of Health", "Bishop of Durham"): the office as written is
    the source, never the words after "of" alone. Not when a holder's name follows the
    place ("Mayor of Bristol Helen Carter": _holder_after_of)."""
    return not lex.head_first and words[inner[0]] == "of" and inner == list(
        range(inner[0], end)) and 1 <= end - inner[0] - 1 <= OF_WORDS and not \
        _holder_after_of(tokens, words, inner[0], end, lex)


PORTFOLIO_WORDS = 9  # words after the title's "of"/"for" in an office of several parts


def _portfolio_office(tokens, words, start: int, end: int, lex: Lexicon) -> bool:
    """An English office whose portfolio has parts joined by "of", "for", "and" or "the"
    ("Minister of Trade and Industry", "Secretary of State for Transport", "Minister for
    Education", "Secretary of State for Health and Social Care"), no holder named after
    it: the office as written. A title word may stand inside only as a part of its own
    that a title modifies ("State", "Trade") or in one a portfolio's noun ends ("Foreign
    Affairs"); "Secretary of State Antony Blinken" and
    "Minister for Health Ana Lopes" (_holder_after_of) name the holder."""
    if lex.head_first:
        return False
    j = start
    while j < end and words[j] in lex.titles and words[j] not in _JOINERS:
        j += 1
    if j == start or j >= end - 1 or words[j] not in ("of", "for") \
            or end - j - 1 > PORTFOLIO_WORDS:
        return False
    parts: list[list[int]] = []
    joined = j  # the joiner before the part being read
    k = j + 1
    while k < end:
        if words[k] in ("of", "for", "and", "the") and tokens[k].group().islower():
            if words[k] == "the" and words[k - 1] not in ("of", "for"):
                return False  # "Minister of Health and the Mayor": two people
            if words[k] != "the" and k == joined + 1:
                return False
            if words[k] != "the":
                joined = k
            k += 1
            continue
        if not tokens[k].group()[:1].isupper():
            return False
        if not parts or k - 1 >= 0 and (words[k - 1] in ("of", "for", "and", "the")
                                        and tokens[k - 1].group().islower()):
            parts.append([k])
        else:
            parts[-1].append(k)
        k += 1
    if not parts or parts[-1][-1] != end - 1 or any(len(part) > OF_WORDS for part in parts):
        return False
    ends = _title_of_holder(lex.language)[1]
    if any(len(part) > 1 and words[part[-1]] not in ends for part in parts[1:]):
        return False  # "Minister of Health and Ana Lopes", "Director of Communications for
        # Brightwater Ferries": a person or a body after the office; not "and Social Care"
    for part in parts:
        titled = [k for k in part if words[k] in lex.titles]
        if titled and (any(words[k] not in lex.title_modifiers for k in titled) or len(
                part) > 1 and words[part[-1]] not in ends):
            return False  # "of State Antony Blinken", "and the Mayor of London"; not
            # "for Foreign Affairs"
    return not _holder_after_of(tokens, words, parts[-1][0] - 1, end, lex)


def holder_apposed(text, tokens, words, start: int, lex: Lexicon) -> bool:
    """English: the name at ``start``, between commas, is the holder of the office its
    clause opens with after "the" ("The Mayor of London, Sadiq Khan, said", "The Minister
    of State for Trade, Ana Lopes,"): a title (not a modifier alone) after "the" opening the
    clause, and two or three capitalised words shaped as a person's name, not a place
    ("The Mayor of Leeds, West Yorkshire,": data speaker32_title_of_holder)."""
    if lex.head_first or lex.language != "en" or start < 3:
        return False
    k = start - 1
    while k > 0 and _BREAK_MARKS.isdisjoint(gap_before(text, tokens, k)):
        k -= 1
    title = k + 1
    while title < start - 1 and words[title] in lex.titles:
        title += 1  # "The Chief Executive of Network Rail, Mark Dunn,": two title words
    if tokens[k].group() not in ("The", "the") or title == k + 1 or title - k == 2 and \
            words[k + 1] in lex.title_modifiers:
        return False
    if not all(plain_name_word(tokens, words, i, lex) or words[i] in ("of", "for", "and", "the")
               and tokens[i].group().islower() for i in range(title, start)):
        return False  # "The Mayor met the leader of Leeds, Jane Roe, who": not an office
    end = start
    while end < len(tokens) and end - start < 3 and plain_name_word(tokens, words, end, lex) \
            and (end == start or _BREAK_MARKS.isdisjoint(gap_before(text, tokens, end))):
        end += 1
    if end - start < 2 or end >= len(tokens) or gap_before(text, tokens, end).strip() != ",":
        return False
    openers, ends = _title_of_holder(lex.language)
    return words[start] not in openers and words[end - 1] not in ends and not any(
        words[i] in lex.places or words[i] in lex.titles or words[i] in lex.org_heads
        for i in range(start, end))


@lru_cache(maxsize=8)
def _title_of_holder(language: str) -> tuple[frozenset[str], frozenset[str]]:
    raw = cue_file(language).get("speaker32_title_of_holder", {})
    return frozenset(raw.get("openers", ())), frozenset(raw.get("ends", ()))


def _holder_after_of(tokens, words, of: int, end: int, lex: Lexicon) -> bool:
    """After an English title's "of", one word of a place or a portfolio and then two
    capitalised words: the holder's name ("Mayor of Bristol Helen Carter", "Bishop of
    Durham Mark Hale", "Minister of Health Ana Lopes"; data speaker32_title_of_holder),
    not a place of three words ("Governor of New South Wales") nor a body's name."""
    if end - of != 4:
        return False
    place, given, family = of + 1, of + 2, of + 3
    openers, ends = _title_of_holder(lex.language)
    if not all(tokens[k].group()[:1].isupper() and tokens[k].group()[1:2].islower()
               for k in (place, given, family)):
        return False  # "Minister of Health and Welfare", "Secretary of State UK"
    if words[place] in openers or words[given] in openers | ends or words[family] in ends:
        return False  # "New South Wales", "Salt Lake City", "Home Affairs"
    return not any(words[k] in lex.titles or words[k] in lex.org_heads or words[k] in
                   lex.places or words[k] in _JOINERS for k in (given, family))


def _bare(tokens, words, span: tuple[int, int], lex: Lexicon) -> tuple[int, int]:
    """The name without what only goes with it: an honorific before ("Mr", "Dr", "Prof"),
    letters after ("KC", "MP") and a "-based" description ("Boulder-based Crestline"): the
    source is the person or body, named as elsewhere in the article."""
    start, end = span
    while end - start > 1 and (words[start] in lex.honorifics
                               or words[start].endswith(_BASED)
                               or end - start > 2 and words[start] in _short_ranks(
                                   lex.language)):  # "PC Laura Ferris", not "PC World"
        start += 1
    while end - start > 1 and tokens[end - 1].group() in lex.post_nominals:
        end -= 1
    return start, end


_BASED = ("-based",)


@lru_cache(maxsize=8)
def _short_ranks(language: str) -> frozenset[str]:
    """Police ranks written short that are also other names' letters ("PC", "DC", "DS"):
    a rank only before two name words or more (data "speaker37_police_ranks", t37c3)."""
    return frozenset(cue_file(language).get("speaker37_police_ranks", {}).get("ranks", ()))


def office_name(words, span: tuple[int, int], lex: Lexicon) -> bool:
    """A run that names an office, not a titled person: it ends with its head noun ("The
    National Disaster Management Authority"), or opens with it or a group's noun and no
    title stands before it ("Kepolisian Daerah Sulawesi Selatan membantah", "Ikatan Ahli
    Konstruksi Indonesia")."""
    start, end = span
    if end - start < 2:
        return False
    if words[end - 1] in lex.org_heads:
        return True
    heads = words[start] in lex.org_heads or lex.head_first and words[start] in group_nouns(
        lex.language)  # "Ikatan Ahli Konstruksi Indonesia": the group, not "Ahli ..."
    return heads and not any(w in lex.titles for w in words[max(0, start - 3):start])


def name_runs(text: str, tokens: list, words: list[str], lex: Lexicon):
    """Each run of name words in a sentence, left to right, with the name it gives."""
    i = 0
    while i < len(tokens):
        run = run_forward(tokens, words, i, lex) if name_word(tokens, words, i, lex) else None
        if run is None:
            i += 1
            continue
        joined = _titled_and(tokens, words, run, lex)
        if joined is not None:  # "Sheriff Dale Prewitt and TriStar Correctional Dining"
            yield (run[0], joined), person_in(text, tokens, words, (run[0], joined), lex)
            run = (joined + 1, run[1])
        yield run, person_in(text, tokens, words, run, lex)
        i = run[1]


TITLED_NAME = (2, 3)  # words of a titled person's name before "and" and another name


def _titled_and(tokens, words, run: tuple[int, int], lex: Lexicon) -> int | None:
    """Where "and" stands in an English run that opens with a person's title and two or
    three words of a name, and goes on with another name ("Sheriff Dale Prewitt and
    TriStar Correctional Dining", "Mayor Ann Lowe and Harlow Catering Ltd"): two parties,
    the titled person and the other, not one name whose last words are a person's
    (twenty-fifth round); else None."""
    start, end = run
    if lex.head_first or words[start] not in lex.titles:
        return None
    first = start
    while first < end and words[first] in lex.titles:
        first += 1
    at = first
    while at < end and _person_word(tokens, words, at, lex):
        at += 1
    if not (TITLED_NAME[0] <= at - first <= TITLED_NAME[1] and at + 1 < end
            and words[at] == "and" and tokens[at + 1].group()[:1].isupper()):
        return None
    return at


NAME_AFTER_RANK = 5  # words of a name after a rank ("Ade Ary Syam Indradi")
NAME_AFTER_PLACE = 2  # words of a name after a region's place, at most ("Kota Medan X Y")


def _name_after_office(tokens, words, span: tuple[int, int], lex: Lexicon) -> int | None:
    """Where a titled person's name begins when the words right before it say so: a rank
    ("Komisaris Besar Polisi Ade Ary Syam Indradi", "AKBP Rudi Hartono": the whole name,
    up to five words) or a region's unit and its place ("Sekretaris Daerah Kabupaten Bogor
    Burhanudin": the one or two words after the place); else None, and the run is read
    as before. (A body's short form says nothing: "DLH Karawang Wawan Hermawan" has a
    place after it, "PT KAI Joni Martinus" none.)"""
    start, end = span
    first = end
    while first > start and _person_word(tokens, words, first - 1, lex):
        first -= 1
    if first in (start, end):
        return None
    before = words[first - 1]
    if tokens[first - 1].group().isdigit() and first - 2 >= start and words[
            first - 2] in numbered_units(lex.language):
        return first if end - first <= NAME_AFTER_RANK else None  # "Ketua RT 03 Budi"
    rank = ranks(lex.language)
    if before in rank or before in rank_suffixes(lex.language) and first - 2 >= start and \
            words[first - 2] in rank:
        return first if end - first <= NAME_AFTER_RANK else None
    units, going_on = region_units(lex.language)
    if before in units and not (first - 2 >= start and words[first - 2] in lex.titles):
        # not "Wali Kota X", "Kepala Desa Asep Saepudin": a title, the place left unsaid
        named = first + 1
        while named < end and words[named] in going_on:
            named += 1  # "Provinsi Jawa Barat": the place goes on
        return named if 1 <= end - named <= NAME_AFTER_PLACE else None
    return None


def _person_word(tokens, words, i: int, lex: Lexicon) -> bool:
    """A word that may be part of a person's name: capitalised, not a title, a rank, an
    office, a body's marker, a region's unit, a country, or a short form in capitals."""
    word, written = words[i], tokens[i].group()
    units, _ = region_units(lex.language)
    return plain_name_word(tokens, words, i, lex) and not (
        word in lex.titles or word in ranks(lex.language) or word in rank_suffixes(
            lex.language) or word in lex.org_heads or word in lex.company_markers
        or word in units or word in lex.places or written.isupper() and len(written) > 1
        or lex.head_first and PORTFOLIO.fullmatch(word))


def firm_before(whole: str, name: str, lex: Lexicon) -> str | None:
    """The company a run names before a person when its short form in capitals ends it
    ("PT KAI" in "PT KAI Joni Martinus"), else None."""
    body = whole[:-len(name)].split() if " " in name and whole.endswith(" " + name) else []
    if len(body) >= 2 and body[0].casefold() in lex.company_markers and body[-1].isupper() \
            and len(body[-1]) > 1:  # not "PT" alone: "Direktur Utama PT Sawit Raya,"
        return " ".join(body)
    return None


PERSON_OF = (2, 3)  # words of a person's name before "of" and the body they are from


def _person_of(tokens, words, span: tuple[int, int], lex: Lexicon) -> int | None:
    """Where a person's name ends in a run that goes on with "of" and the body the person
    is from, a body by its words ("Paul Orme of Kestrel Mining"), else None; a body's own
    name with "of" ("Bank of England", "Friends of the Earth", "Catholic Diocese of
    Eastbrook") opens with one word or an office's head, or names a place after it."""
    start, end = span
    while start < end - 1 and (words[start] in lex.titles or words[start] in ranks(
            lex.language)):
        start += 1  # "Detective Inspector Mark Hale of Kent Police": the title first
    k = next((i for i in range(start + 1, end - 1) if words[i] == "of"
              and tokens[i].group() == "of"), None)
    if k is None or k - start not in PERSON_OF or not all(
            _person_word(tokens, words, i, lex) for i in range(start, k)):
        return None
    before, after = " ".join(words[start:k]), " ".join(words[k + 1:end])
    return k if kind_of(before, lex) == PERSON and kind_of(after, lex) != PERSON else None


def headed(words: list[str], heads: set[str], lex) -> bool:
    """A word of a body's name (``words``, casefolded) is one of ``heads`` and no other body
    noun governs it: "the airline" is not the "British Airline Pilots' Association" (an
    association of pilots), nor "bank" the "Asosiasi Pengusaha Bank Daerah"; a
    possessor is its body's ("the attorney" and "County Attorney's Office")."""
    for k, written in enumerate(words):
        word = written[:-2] if written.endswith("'s") else written
        if word not in heads:
            continue
        governing = words[:k] if lex.head_first else words[k + 1:]
        if word != written or not any(w in lex.org_heads and w not in heads
                                      for w in governing):
            return True
    return False
