"""The party an allegation is against, and who speaks for it, read from the sentence's
structure (thirteenth round, issue 11). On text nobody tuned on the dispute most often read
an allegation and held no party, or held one and tied none of its officers to it: the
allegation's object is a description ("the firm that manages the tower", "pengelola pasar
induk Sukamaju") whose place name was taken for the party, a complaint "against" a party
no cue verb named, an officer tied to the party by the common noun the article uses for it
("The academy's head teacher", "Kepala sekolah"), a possessive after the accused party's own
sentence ("Its chief executive"), and the speaker of the first allegation left on no side.

Each rule reads where a word stands (after a preposition of place, after "against", in
apposition after "selaku"/"sebagai", beside a speaker's name up to the speech verb), not
which words a wrong is told in; the few words are data (``target13_*`` in data/cues).
"""

from __future__ import annotations

import re
from functools import lru_cache

from annotator.domain.proposals.lexicon import Lexicon, _phrases, cue_file, find
from annotator.domain.proposals.literal import absent, every_place, words_written
from annotator.domain.proposals.wrongs import words_of

_POINTING_ID = frozenset({"itu", "tersebut", "ini"})
_POINTING_EN = frozenset({"the", "this", "that"})
_POSSESSIVE = frozenset({"its", "their"})
# where a noun phrase ends: its determiner (English) or demonstrative (Indonesian)
_EDGES = frozenset({"the", "a", "an", "its", "their", "this", "that", "itu", "tersebut",
                    "ini"})
_NYA = "nya"


@lru_cache(maxsize=8)
def _cues(language: str) -> tuple[frozenset[str], dict, tuple[str, ...]]:
    raw = cue_file(language)
    return (frozenset(raw.get("target13_place_prepositions", ())),
            _phrases(raw.get("target13_against", {}).get("phrases", [])),
            tuple(raw.get("target13_in_the_role_of", ())))


def a_place(name: str, text: str, lex: Lexicon) -> bool:
    """_a_place, remembered (each key reads the sentences before it again)."""
    return _a_place(name, text, lex.language)


@lru_cache(maxsize=4096)
def _a_place(name: str, text: str, language: str) -> bool:
    """The name stands as a place in the sentence, not as a party: right after a
    preposition of place ("di Ketapang", "in Leeds") or in the list of places that follows
    one ("di Cileungsi, Kabupaten Bogor,")."""
    head = _place_head(language)
    if head is None or name not in text:
        return False
    if not name[:1] or name[0].isspace():  # (never a proposed name) the whole pattern
        return bool(re.search(head.pattern[:-2] + re.escape(name) + r"\b", text))
    # each place the name is written, a word's edge after it, and the preposition and
    # places before it ending right there (the head searched up to where the name starts)
    return any(_EDGE.match(text, at + len(name)) and head.search(text, 0, at)
               for at in every_place(name, text))


_EDGE = re.compile(r"\b")


@lru_cache(maxsize=8)
def _place_head(language: str) -> re.Pattern | None:
    """What comes before a name standing as a place: a preposition of place and up to two
    places of a list, then the spaces before the name (``\\Z``: searched up to it)."""
    before = _cues(language)[0]
    if not before:
        return None
    opener = "|".join(re.escape(p) for p in sorted(before))
    place = r"[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}"
    return re.compile(rf"\b(?i:{opener})\s+(?:{place},\s+){{0,2}}\Z")


def part_of(name: str, other: str | None) -> bool:
    """The name is a part of another party's name ("Sungai Lilin" of "Forum Warga Sungai
    Lilin"): the accuser's own place is not the party it accuses."""
    own, whole = words_of(name), words_of(other or "")
    return bool(own) and len(own) < len(whole) and any(
        whole[k:k + len(own)] == own for k in range(len(whole) - len(own) + 1))


PROCEEDING_REACH = 6  # words between a proceeding's noun and its "against"


def described_after(words: list[str], at: int, reach: int, ends: frozenset[str],
                    lex: Lexicon) -> list[str]:
    """The words from ``at`` (after a cue) that can describe a party: up to ``reach`` of
    them, ending before an end word ("over", "atas") or, in Indonesian, a verb ("membuang",
    "diduga")."""
    part = []
    for w in words[at:at + reach]:
        if w in ends or (lex.head_first and w.startswith(("me", "di", "ber", "ter"))
                         and len(w) > 5):
            break
        part.append(w)
    return part


def against(text: str, names: tuple[str, ...], speaker: str | None, lex: Lexicon,
            lower: set[str], ends: frozenset[str], reach: int) -> tuple[str | None, list[str]]:
    """The party a complaint, a suit, a report or a probe is aimed at ("a complaint against
    Parkside Estates", "the suit filed against the company that runs the plant", "laporan
    terhadap kontraktor proyek jembatan"): a proceeding's noun (``target13_proceedings``)
    a few words before "against"/"into"/"terhadap", then the name right after it (never the
    speaker), else the lower-case words that describe the party, up to what it is about.
    (None, []) when there is none."""
    words = words_of(text)
    nouns = _proceedings(lex.language)
    for s, e in sorted(find(_cues(lex.language)[1], words)):
        if not any(w in nouns for w in words[max(0, s - PROCEEDING_REACH):s]):
            continue
        for name in names:
            own = words_of(name)
            if not own or (speaker and name.casefold() == speaker.casefold()):
                continue
            for k in (e, e + 1):
                if words[k:k + len(own)] == own and all(w in _POINTING_EN for w in words[e:k]):
                    return name, []
        part = described_after(words, e, reach, ends, lex)
        found = [w for w in part if w in lower]
        if found and part[0] in lower | {"the", "a", "an"}:
            return None, found
    return None, []


@lru_cache(maxsize=8)
def _proceedings(language: str) -> frozenset[str]:
    return frozenset(cue_file(language).get("target13_proceedings", {}).get("words", ()))


def in_the_role(name: str, text: str, language: str) -> list[str]:
    """The words after "selaku"/"sebagai" that set a role beside a name ("PT Karya Mandiri
    selaku kontraktor", "CV Sumber Rezeki sebagai pengelola pasar"), up to a comma."""
    roles = _cues(language)[2]
    if not roles or not any(f" {r} " in text for r in roles):
        return []
    if absent(name, text):
        return []
    opener = "|".join(re.escape(r) for r in roles)
    found = re.search(rf"{re.escape(name)}\s+(?:{opener})\s+([^,.;]{{3,60}})", text)
    return words_of(found.group(1)) if found else []


# the clause a reporter sets beside a name to say what it is ("X, which runs the plant,",
# "X, pengelola tambang itu,", "the plant's operator, X,")
_FUNCTION = frozenset({"which", "that", "who", "whose", "yang", "the", "its", "their", "itu",
                       "tersebut", "this", "these", "those", "ini", "sebagai", "also", "juga"})


_CLAUSE_AFTER = re.compile(r",\s([^,.;]{3,90}),")


def aside_words(name: str, text: str, language: str = "") -> list[str]:
    """The content words of the clause set off by commas right after the name, or of the
    phrase before it when the name itself is set off ("the plant's operator, X,"), or of
    its role after "selaku"/"sebagai"; read where the name stands (no pattern over the
    whole sentence: each key reads the sentences before it again)."""
    found: list[str] = []
    at = text.find(name)
    while at >= 0 and not found:
        rest = text[at + len(name):]
        after = _CLAUSE_AFTER.match(rest)
        if after:
            found += words_of(after.group(1))
        head = text[:at].rstrip()
        if rest.startswith(",") and head.endswith(","):
            head = head[:-1]
            clause = head[max(head.rfind(c) for c in ",.;") + 1:]
            if 3 <= len(clause) <= 90:
                found += words_of(clause)[-4:]
        at = text.find(name, at + 1)
    if language:
        found += in_the_role(name, text, language)  # "PT X selaku kontraktor"
    return [w for w in found if len(w) > 3 and w not in _FUNCTION]


_RUN = re.compile(r"(?:(?:[A-Z][\w.&'-]*|[A-Z]{2,})\s+){0,5}(?:[A-Z][\w.&'-]*)")


@lru_cache(maxsize=4096)
def capitalised_runs(text: str) -> tuple[str, ...]:
    """The runs of capitalised words of the sentence (candidate names of bodies), the
    sentence's first word left off when it opens it alone."""
    return tuple(m.group().strip() for m in _RUN.finditer(text)
                 if len(m.group().split()) >= 2 or m.start() > 0)


def reference_nouns(text: str, party: str, lex: Lexicon) -> set[str]:
    """_reference_nouns, remembered."""
    key = (text, party, id(lex), lex.language)
    if key not in _REFERENCES:
        if len(_REFERENCES) >= 2048:
            _REFERENCES.clear()
        _REFERENCES[key] = frozenset(_reference_nouns(text, party, lex))
    return set(_REFERENCES[key])


_REFERENCES: dict[tuple, frozenset[str]] = {}


def _reference_nouns(text: str, party: str, lex: Lexicon) -> set[str]:
    """The common nouns an allegation uses for the party it holds responsible besides its
    name: the head noun of its name ("academy" of Brookfield Academy), and a lower-case
    noun pointed back to ("sekolah itu", "the academy") where the sentence names the party."""
    own = [w for w in words_of(party) if w not in lex.company_markers]
    found = set()
    if len(own) >= 2:
        head = own[0] if lex.head_first else own[-1]
        if head.islower() and len(head) > 3 and head not in lex.places:
            found.add(head)
    tokens = re.findall(r"[\w-]+", text)
    for k, t in enumerate(tokens):
        if not t.islower() or len(t) < 4:
            continue
        if lex.head_first and k + 1 < len(tokens) and tokens[k + 1] in _POINTING_ID:
            found.add(t)
        elif not lex.head_first and k > 0 and tokens[k - 1] in _POINTING_EN and t in own:
            found.add(t)
    return {w for w in found if w not in lex.prepositions and w not in lex.pronouns}


APPOSITION = 6  # words before a speaker's name where its title and body stand


def apposition(speaker: str | None, text: str, lex: Lexicon) -> tuple[list[str], int]:
    """The words that say who the speaker is: the clause right before the name, back to a
    comma, a quotation mark or the sentence's start and after any speech verb ("The
    academy's head teacher, Laura Finch", "..., spokeswoman Lena Cho said", "Kuasa hukum
    perusahaan, Yohanes"), and the clause set off by commas right after it ("Tom Reddick,
    the company's chief executive,"); with where the name starts in the text (-1 when the
    sentence does not name them)."""
    key = (speaker, text, id(lex), lex.language)
    if key not in _APPOSITION:
        if len(_APPOSITION) >= 2048:
            _APPOSITION.clear()
        _APPOSITION[key] = _apposition(speaker, text, lex)
    return _APPOSITION[key]


_APPOSITION: dict[tuple, tuple[list[str], int]] = {}


def _apposition(speaker: str | None, text: str, lex: Lexicon) -> tuple[list[str], int]:
    name = words_of(speaker or "")
    if not name or any(absent(w, text, ignore_case=True) for w in name):
        return [], -1  # each word must be there for the pattern below to match
    found = words_written(name, text)  # the name's words found, no pattern compiled
    if not found:
        return [], -1
    start, end = found
    before = text[:start].rstrip()
    if before.endswith(","):
        before = before[:-1]
    clause = words_of(_CLAUSE_BREAK.split(before)[-1])[-APPOSITION:]
    said = [e for _s, e in find(lex.speech, clause)] + [
        k + 1 for k, w in enumerate(clause) if w in lex.speech_suffixed]
    words = clause[max(said):] if said else clause
    aside = _ASIDE_AFTER.match(text, end)
    if aside:
        words = words + words_of(aside.group(1))
    return words, start


_CLAUSE_BREAK = re.compile(r"[,;:\"“”()]|\s[-–—]\s")
_ASIDE_AFTER = re.compile(r",\s([^,.;]{3,80}),")


@lru_cache(maxsize=8)
def body_nouns(language: str) -> frozenset[str]:
    """The common nouns a body is called by in place of its name ("the company", "the
    club", "perusahaan", "sekolah"): ``target13_body_nouns``."""
    return frozenset(cue_file(language).get("target13_body_nouns", {}).get("words", ()))


def tied_by_noun(speaker: str | None, text: str, nouns: set[str] | frozenset[str],
                 own: set[str], lex: Lexicon, definite: bool = False) -> str | None:
    """The word of the speaker's apposition that ties them to the party by the common noun
    the article uses for it ("The academy's head teacher, Laura Finch", "Kepala sekolah,
    Suryadi", "a lawyer for the company"), written in lower case; not when a name stands
    beside the noun that is not the party's (``own``: its words): "Juru bicara penjaga
    pantai Filipina" is another coast guard than China's."""
    if not nouns:
        return None
    words, _ = apposition(speaker, text, lex)
    tokens = re.findall(r"[\w-]+", text)  # ("academy's": academy, s)
    lower = {t.casefold() for t in tokens if t[:1].islower()}
    mine = set(words_of(speaker or ""))
    for w in words:
        if w not in nouns or w not in lower:
            continue
        spots = [k for k, t in enumerate(tokens) if t == w]
        if any(_named_beside(tokens, k, forward, mine | own) for k in spots
               for forward in ((True,) if lex.head_first else (False, True))):
            continue  # ("the charity Shelter": a name after the noun in English too)
        if definite and not lex.head_first and not any(
                k > 0 and tokens[k - 1].casefold() in ("the", "its", "their") for k in spots):
            continue  # "a company", "water company": not the one spoken of
        return w
    return None


def _named_beside(tokens: list[str], k: int, forward: bool, allowed: set[str]) -> bool:
    """Past the lower-case words of the noun's phrase (after it in Indonesian, before it in
    English), a capitalised name that is not ``allowed``: the noun is that body's."""
    step = 1 if forward else -1
    j = k + step
    if forward and j < len(tokens) and tokens[j] == "s":
        return False  # "the group's spokeswoman": the possessive, then the title
    while 0 <= j < len(tokens) and tokens[j][:1].islower():
        if tokens[j] in _EDGES:
            return False  # the phrase ends: "the group", "perusahaan itu"
        j += step
    if not 0 <= j < len(tokens):
        return False
    t = tokens[j]
    return t[:1].isupper() and t.casefold() not in allowed and t not in ("The", "A", "An")


def described_as_another(noun: str, before: list[str], held: set[str]) -> bool:
    """The sentences just before set the noun beside another body's name ("the Friends of
    St. Brigid's, a group formed to fight the sale"): "the group" is that body, not the
    party held responsible."""
    for sentence in before[-3:]:
        for name in capitalised_runs(sentence):
            if noun in aside_words(name, sentence) and not set(words_of(name)) & held:
                return True
    return False


def possessive(speaker: str | None, text: str, lex: Lexicon, endings: tuple[str, ...]
               ) -> bool:
    """A possessive in the speaker's apposition stands for the body just spoken of ("Its
    chief executive, Tom Reddick", "Kuasa hukumnya, Rudi"); ``endings``: the Indonesian
    titles with -nya."""
    words, _ = apposition(speaker, text, lex)
    return any(w in _POSSESSIVE or w.endswith(endings) for w in words)


@lru_cache(maxsize=8)
def _officers(language: str) -> dict:
    return _phrases(cue_file(language).get("target13_officer_titles", {}).get("phrases", []))


def unattached_officer(speaker: str | None, text: str, lex: Lexicon,
                       allowed: set[str] | frozenset[str] = frozenset()) -> str | None:
    """The title of a body's officer in the speaker's apposition with no body named beside
    it ("Chief executive Dr Martin Hale", "The head teacher, Mary Jones", "Direktur
    utamanya, Budi"): no other capitalised word than the title's and the name's, no body's
    noun, and no body named elsewhere in the sentence (``allowed``: the words of the party
    the sentence before was). Whose officer, the sentence before says; None when a body is
    named."""
    words, at = apposition(speaker, text, lex)
    found = find(_officers(lex.language), words)
    if not found:
        return None
    title = {k for s, e in found for k in range(s, e)}
    mine = set(words_of(speaker or ""))
    capitalised = {t.casefold() for t in re.findall(r"[\w-]+", text) if t[:1].isupper()}
    opening = _first_word(text)
    bodies = lex.org_heads | lex.government_heads | body_nouns(lex.language)
    for k, w in enumerate(words):
        if k in title or w in mine or w in _PLAIN:
            continue
        if w in bodies or (w in capitalised and w != opening) or w in lex.places \
                or len(w) > 3:
            return None  # a body, a place or any other word that says whose: "Opposition"
    for run in capitalised_runs(text):  # "The state Department of ... opened ...,
        rest = set(words_of(run)) - mine - allowed - {opening} - _PLAIN  # spokeswoman X"
        if rest - {w for k in title for w in words[k:k + 1]}:
            return None
    s, e = found[0]
    return " ".join(words[s:e])


# words an officer's apposition may hold besides the title: determiners, honorifics
_PLAIN = frozenset({"the", "a", "an", "its", "their", "dr", "prof", "mr", "mrs", "ms", "sir",
                    "ir", "h", "hj", "pak", "bu", "ibu", "bapak"})


def _first_word(text: str) -> str:
    found = re.match(r"\W*([\w-]+)", text)
    return found.group(1).casefold() if found else ""
