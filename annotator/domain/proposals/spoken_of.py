"""The party the article talked about before it spoke (issue 11, nineteenth round).

An analyst reads an article's dispute as a whole: the body the complaint is about is named
in the sentences that tell the complaint ("three of the five Kitchenmate KM-5 units it
bought reached 118C", "accepted the vehicles from manufacturer Halberd Land Systems",
"mengeluhkan air dari Perumda Air Minum Tirta Batik", "dibangun oleh pengembang PT Arta
Graha Lestari"), often without an accusation cue that would hold it responsible, and then
it speaks ("Halberd said every vehicle delivered met the specification", "Direktur Teknik
Tirta Batik, Ir. Slamet Riyadi, mengatakan ..."). Its statement is the accused side's reply.

``talked_of`` says why a speaker is that party: a word of its own name, or of the body named
beside a person's name ("Direktur PT Arta Graha Lestari, Bonifasius Tambunan"), was written
in an earlier sentence of the article inside that sentence, not as its subject (the subject
of an earlier sentence speaks or acts there: "The CAA said it had received the
submission"), nor as the body a complaint or request was addressed to ("asked the Office
for Product Safety and Standards to order a recall", "melapor ke Ombudsman"). The accusers'
own names, places and the common words of bodies' names (company markers, an office's head
noun) are no tie.

dispute.py asks this last, where nothing else placed the speaker, and only after an
allegation is known.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from annotator.domain.proposals.families import THAT
from annotator.domain.proposals.held import body_nouns
from annotator.domain.proposals.kinds import COMPANY, PERSON, kind_of
from annotator.domain.proposals.lexicon import Lexicon, cue_file, find
from annotator.domain.proposals.literal import every_place, starts_ignoring_case
from annotator.domain.proposals.wrongs import words_of

OPENING = 10  # words before a speaker's name where its body or role is written
SUBJECT_REACH = 3  # words opening an earlier sentence where its own subject stands
MIN_LETTERS = 4  # a name's word must have this many letters to tie (not "Ltd", "SMK")
_CAPITALISED = re.compile(r"[A-Z][\w'’&.-]*")
_RUN = re.compile(r"[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*)*")
_TIED_KINDS = (COMPANY, PERSON)  # a business, or a name no word of which says what it is
_LINKS = frozenset({"the", "a", "an", "of", "for", "and", "dan", "di", "dari"})


@dataclass(frozen=True)
class Words:
    """data/cues/<language>.json, key ``label19_talked_of``."""

    addressed: frozenset[str]  # before a body a complaint or request went to: "to", "ke"
    opponent: frozenset[str]  # before the other side of a match: "melawan", "versus"
    offices: frozenset[str]  # a local government's or a university's name: "kabupaten"
    affiliation: frozenset[str]  # "a member of", "a volunteer with": a person's body
    harmed: frozenset[str] = frozenset()  # what befell one: "fell", "died", "suffered"
    harmed_passive: frozenset[str] = frozenset()  # after "was" etc.: "injured", "killed"
    passive_aux: frozenset[str] = frozenset()  # "was", "had", "been", "seriously"


@lru_cache(maxsize=8)
def words_for(language: str) -> Words:
    raw = cue_file(language).get("label19_talked_of", {})
    return Words(*(frozenset(raw.get(k, ())) for k in (
        "addressed", "opponent", "offices", "affiliation", "harmed", "harmed_passive",
        "passive_aux")))


@lru_cache(maxsize=4096)
def _capitals(sentence: str) -> frozenset[str]:
    """The words of a sentence written with a capital, as words_of spells them."""
    return frozenset(w for m in _CAPITALISED.finditer(sentence) for w in words_of(m.group()))


def own_words(speaker: str, text: str, lex: Lexicon) -> set[str]:
    """The words that can tie the speaker to a party named before: the first distinct word
    of the speaker's name, and the first two of each capitalised name written just before
    it in the sentence (its body: "A spokesman for Brahmaputra Plantations,", "Direktur
    Teknik Tirta Batik,"), casefolded; not the last words, which are often a place ("BPBD
    Flores Timur"). A name that says it is a group or an office ("Supporters' Trust",
    "Satpol PP", "Dinas Sosial") ties nothing: accusers and the offices that receive,
    inspect and answer complaints are named all through an article."""
    listed = words_for(lex.language)
    common = common_of(lex) | lex.places | lex.titles | lex.not_names | lex.honorifics \
        | lex.unnamed
    runs = []
    at = text.find(speaker)
    if 0 < at and len(text[:at].split()) <= OPENING:
        # the speaker named at the sentence's opening, after its body or role ("Direktur
        # PT Arta Graha Lestari, Bonifasius Tambunan,"): the body ties, not the person's
        # own name; not a name at the end of a statement ("..., the Commission said")
        tail = " ".join(text[:at].split()[-8:])
        runs = [(m.group(), 2) for m in _RUN.finditer(tail)]
    if not runs:
        runs = [(speaker, 1)]
    found: set[str] = set()
    for run, many in runs:
        head = run.split()
        while len(head) > 1 and head[0].casefold() in lex.titles:
            head = head[1:]  # "Direktur Teknik Tirta Batik": the body after the title
        run = " ".join(head)
        if not run[:1].isupper() or kind_of(run, lex) not in _TIED_KINDS or any(
                w in listed.offices for w in words_of(run)):
            continue
        distinct = [w for w in words_of(run) if len(w) >= MIN_LETTERS and w not in common
                    and w[:1].isalpha()]
        found |= set(distinct[:many])
    return found


def _spoke_there(words: list[str], start: int, end: int, lex: Lexicon,
                 sentence: str = "") -> bool:
    """The name at words[start:end] is the earlier sentence's speaker: a verb of saying
    right after it ("Home Test said") or right before it ("said Sunita Rao", "menurut
    Walhi"); not a verb before it that has its own subject (``sentence``: the earlier
    sentence as written; ``_reported_subject``)."""
    said = {start_ for start_, _ in find(lex.speech, words)}
    said |= {k for k, w in enumerate(words) if w in lex.speech_suffixed}
    return any(k in said for k in range(end, min(len(words), end + 3))) or (any(
        k in said for k in range(max(0, start - 2), start))
        and not _reported_subject(sentence, words[start], lex))


def _reported_subject(sentence: str, first: str, lex: Lexicon) -> bool:
    """The verb of saying written just before the name has a subject of its own, with no
    comma or quotation mark between them ("Coimisiun na Mean said ClipNest acted on fewer
    than a third of the reports"): the name opens the clause reported there, the party
    talked of, not a speaker written after its verb (""We will appeal," said Sunita Rao",
    "..., according to Walhi"). ``first``: the name's first word as words_of spells it;
    its first place written with a capital is read."""
    if not sentence:
        return False
    at = next((k for k in starts_ignoring_case(first, sentence, whole=True)
               if sentence[k].isupper()), None)
    if at is None:
        return False
    before = sentence[:at].split()
    while before and before[-1].casefold() in THAT.get(lex.language, frozenset()):
        before.pop()
    verb = next((e - s for s, e in find(lex.speech, words_of(" ".join(before)))
                 if e == len(words_of(" ".join(before)))), 0)
    if not verb or len(before) <= verb:
        return False  # the verb opens the sentence: "Said Rao, ..."
    subject = before[-verb - 1]
    return subject[-1:].isalnum() and subject[:1] not in "\"“‘'"


_APPOSED = 100  # characters at most of a clause between commas after a speaker's name
_ASIDE_MAX = 16  # words of an aside between a speaker's name and its verb of saying
_NOT_A_TITLE = frozenset({"and", "or", "that", "who", "which", "whose", "when", "after",
                          "as", "but", "while"})
_BOUNDARY = re.compile(r"\b")
# after the name's last word: its clause between commas, and where the words after it start
_CLAUSE = re.compile(rf"['’]?\s*,([^,;.\"“”]{{1,{_APPOSED}}}),\s*")
_ASIDE = re.compile(r"\b,\s+([^,\"“”]+),\s+(.+)$")


def _name_end(words: list[str], at: int, capital: frozenset[str]) -> int:
    """The last word of the run of capitalised words from ``at`` ("ruth" to "okafor")."""
    while at + 1 < len(words) and words[at + 1] in capital:
        at += 1
    return at


def _name_run(words: list[str], start: int, end: int, capital: frozenset[str]) -> list[str]:
    """The words of the name at words[start:end] and the capitalised words right after it
    ("lewis" and "adeyemi")."""
    while end < len(words) and words[end] in capital:
        end += 1
    return words[start:end]


def _written_from(folded: str, name: list[str], end: int) -> int:
    """Where the name whose last word ends at ``end`` in ``folded`` starts, its words joined
    by spaces or hyphens and a word's edge before it, else -1."""
    at = end - len(name[-1])
    for word in reversed(name[:-1]):
        joined = at
        while joined > 0 and (folded[joined - 1].isspace() or folded[joined - 1] == "-"):
            joined -= 1
        if joined == at or not folded.endswith(word, 0, joined):
            return -1
        at = joined - len(word)
    return at if _BOUNDARY.match(folded, at) else -1


def _spoke_past_aside(sentence: str, name: list[str], last: str, lex: Lexicon) -> bool:
    """The name is the earlier sentence's speaker with a clause or an aside set off by
    commas between it and its verb of saying ("Labour councillor Dev Sharma, who represents
    the ward, said", "Anne Lowe, 71, told the Post", "Former Welsh super-middleweight
    champion Lewis Adeyemi, who topped the bill at the Ice Arena, said he had received only
    £8,000"): it spoke there, after a role or a title that leaves its name past
    ``SUBJECT_REACH``, and was not a party the sentence talked of. ``name`` is the name's
    run of words, ``last`` the last capitalised word from the word that tied it. Only a
    name among the sentence's first ``OPENING`` words with no preposition before it
    ("Tenants of Harrow Lettings, the landlord, say" is the tenants' statement), in one of
    two shapes (thirty-sixth round: branches t36a1 and t36d1, folded in the thirty-seventh):
    - a clause of at most ``_APPOSED`` characters after ``last`` (a possessive mark and
      spaces allowed before its comma; no full stop, semicolon or quotation in it), a verb
      of saying opening the words after it; every such place counts;
    - an aside of at most ``_ASIDE_MAX`` words after the whole name, ", " on each side, with
      no quotation and no verb of saying in it, a verb of saying (or a suffixed one) opening
      the words after it, the title before the name holding no conjunction and no verb of
      saying; only the first place the name is written in that shape counts."""
    clauses_from = 0  # where the next clause may start (re.finditer's matches do not overlap)
    for at in starts_ignoring_case(last, sentence):
        clause = _CLAUSE.match(sentence, at + len(last)) if at >= clauses_from else None
        if clause:
            clauses_from = clause.end()
            opening = words_of(sentence[:at])
            if len(opening) <= OPENING and not any(w in lex.prepositions for w in opening) \
                    and any(s == 0 for s, _ in find(lex.speech, words_of(
                        sentence[clause.end():]))):
                return True
    folded = sentence.casefold()  # the whole name, as words_of spells it
    for at in every_place(name[-1], folded) if name else ():
        begins = _written_from(folded, name, at + len(name[-1]))
        aside = _ASIDE.match(folded, at + len(name[-1])) if begins >= 0 else None
        if aside:  # the first place the name is written in that shape
            return _aside_then_said(sentence[:begins], aside.group(1), aside.group(2), lex)
    return False


def _aside_then_said(opening_text: str, aside_text: str, rest_text: str, lex: Lexicon) -> bool:
    """The second shape of ``_spoke_past_aside``: the title before the name, the aside, the
    words after it."""
    opening = words_of(opening_text)
    if len(opening) > OPENING or any(w in lex.prepositions or w in _NOT_A_TITLE
                                     for w in opening) or find(lex.speech, opening):
        return False  # "Tenants of the block owned by Castlegate Homes, which ..., say":
        # the name stands in another subject's words, not as the subject after its title
    aside, rest = words_of(aside_text), words_of(rest_text)
    if not aside or len(aside) > _ASIDE_MAX or find(lex.speech, aside):
        return False
    said = {s_ for s_, _ in find(lex.speech, rest)} | {
        k for k, w in enumerate(rest) if w in lex.speech_suffixed}
    return 0 in said


def talked_of(speaker: str | None, text: str, seen: list[str], accusers: dict[str, str],
              lex: Lexicon) -> str | None:
    """Why the speaker is the party an earlier sentence talked about (see the module), or
    None."""
    if not speaker:
        return None
    own = own_words(speaker, text, lex)
    listed = words_for(lex.language)
    for name in accusers.values():
        own -= set(words_of(name))
    if not own:
        return None
    for before in seen:
        if before == text:
            break  # the whole article's reading holds the sentences after it too
        words = words_of(before)
        capital = _capitals(before)
        hits = [k for k, w in enumerate(words) if w in own and w in capital
                and not _a_place(words, k, capital, listed.offices)]
        if not hits:
            continue
        k = hits[0]
        end = k + 1
        while end < len(words) and (words[end] in own or words[end] in common_of(lex)):
            end += 1
        start = k
        while start > 0 and words[start - 1] in capital:
            start -= 1
        if _another_name(words, start, k, text, speaker, capital, lex):
            continue  # another party with a word of the speaker's name ("Ruth Ann Hollis")
        if k < SUBJECT_REACH or _opens(before, words[k]) \
                or _spoke_there(words, k, end, lex, before) \
                or _spoke_past_aside(before, _name_run(words, start, end, capital),
                                     words[_name_end(words, k, capital)], lex):
            return None  # it was that sentence's subject: it spoke or acted there
        if any(w in listed.addressed for w in words[max(0, start - 4):k]):
            return None  # the body a complaint or request went to ("ke Badan ... (BSSN)")
        if any(w in listed.opponent for w in words[max(0, k - 2):k]):
            return None  # the other side of a match ("laga melawan Persija Jakarta")
        if any(w in lex.titles for w in words[max(0, k - 3):k]):
            return None  # a person introduced by their office ("Ketua Bawaslu Riau, X")
        if _affiliation(words, start, listed.affiliation):
            return None  # a person's own body ("said Marcus Bell, a member of the X group")
        if _harmed(before, words[k], listed):
            return None  # the one harm befell ("Kieran Matthews, 24, fell five metres")
        return f"{speaker}: the article talked of '{words[k]}' before it spoke"
    return None


def _another_name(words: list[str], start: int, at: int, text: str, speaker: str,
                  capital: frozenset[str], lex: Lexicon) -> bool:
    """The word at ``at`` stands in a name (from ``start``) that differs from the
    speaker's before that word: the earlier name has a name's word before it that neither
    the speaker's name nor the sentence that speaks has ("the shooting death of clerk Ruth
    Ann Hollis" before "Hollis' daughter, Carla Hollis, said"), or the speaker's name has
    one before it that the earlier sentence has not ("fees from Harbour Light Media"
    before "Bristol Harbour chief executive Mark Dunleavy said"): a different party that
    shares a word with the speaker's, a relative or a namesake, not the speaker. Words
    after it do not count ("Redgum Orchards' pump station" before "Redgum's general
    manager")."""
    common = common_of(lex) | lex.places | lex.titles | lex.not_names | lex.honorifics \
        | lex.unnamed | _LINKS

    def named(w: str) -> bool:
        return len(w) >= MIN_LETTERS and w[:1].isalpha() and w not in common

    here = words_of(text)
    if any(named(w) and w not in here and w not in words_of(speaker)
           for w in words[start:at]):
        return True
    if words[at] not in here:
        return False
    k = here.index(words[at])
    mine = _capitals(text)
    first = k
    while first > 0 and here[first - 1] in mine:
        first -= 1
    return any(named(w) and w not in words for w in here[first:k])


_NAME_REST = re.compile(r"(?:\s+[A-Z][\w'’-]*)*")
APPOSED = 8  # words of an apposition between commas after a name ("Kieran Matthews, 24,")
HARM_REACH = 4  # words after the name (and its apposition) where what befell them stands


def _harmed(sentence: str, word: str, listed: Words) -> bool:
    """The earlier sentence tells what befell the one named by ``word`` (its first
    capitalised use), not what they did: right after the name, past an apposition between
    commas, a verb of harm ("Kieran Matthews, 24, fell more than five metres", "Paul
    Denton was seriously injured", "Amir Khan, a cyclist, died"); one that may be done to
    others only after "was", "had been" ("was hit", not "hit a pedestrian"). The harmed
    is no party that answers for the wrong (thirty-sixth round)."""
    if not listed.harmed and not listed.harmed_passive:
        return False
    found = next((at + len(word) for at in starts_ignoring_case(word, sentence, whole=True)
                  if sentence[at].isupper()), None)
    if found is None:
        return False
    rest = sentence[found:]
    name = _NAME_REST.match(rest)  # the rest of the name
    rest = rest[name.end():] if name else rest
    if rest.startswith(","):
        close = rest.find(",", 1)
        if close < 0 or len(rest[1:close].split()) > APPOSED:
            return False
        rest = rest[close + 1:]
    after = words_of(rest)[:HARM_REACH]
    passive = False
    for w in after:
        if w in listed.harmed or (passive and w in listed.harmed_passive):
            return True
        if w not in listed.passive_aux:
            return False
        passive = True
    return False


def _affiliation(words: list[str], start: int, nouns: frozenset[str]) -> bool:
    """The name opening at ``start`` is written as one person's body: "a member of the",
    "a volunteer with", "an organiser at" right before it. The body spoke there through its
    member (the quoted protester's group), on that person's side; "accused members of the
    X" has no article before the noun and is not this."""
    for j in range(max(1, start - 4), start):
        if words[j] in nouns and words[j - 1] in ("a", "an") and j + 1 < start and all(
                w in ("of", "for", "with", "at", "the") for w in words[j + 1:start]):
            return True
    return False


def _a_place(words: list[str], at: int, capital: frozenset[str],
             offices: frozenset[str]) -> bool:
    """The word at ``at`` is in a name that a local government's word opens ("Kabupaten
    Flores Timur"): a place."""
    k = at
    while k > 0 and words[k - 1] in capital and words[k - 1] not in offices:
        k -= 1
    return k > 0 and words[k - 1] in offices


def _opens(sentence: str, word: str) -> bool:
    """The word stands in the sentence's opening run of names and titles ("Ketua Bawaslu
    Kampar, Nurhayati Lubis, menemukan ..."): the sentence's subject, not a party it
    talks of."""
    for token in sentence.split():
        bare = token.strip("\"“”'‘’,.()").casefold()
        if bare == word or bare.startswith(word + "'") or bare.startswith(word + "’"):
            return True
        if not token.strip("\"“”'‘’(")[:1].isupper() and bare not in _LINKS:
            return False
    return False


def common_of(lex: Lexicon) -> frozenset[str]:
    """The common words of bodies' names (a company marker, an office's head noun)."""
    return lex.company_markers | lex.org_heads | lex.government_heads


def named_as_described(speaker: str | None, text: str, described: set[str],
                       lex: Lexicon) -> str | None:
    """Why the speaker is the party an allegation only described ("accused the county's
    transport company of ..."): a word of the speaker's own name, a body's (not a group's
    or an office's), is one of the description's own words ("Clwyd Valley Transport said
    ..."); not a common noun a body is called by ("company", "firm") nor a place. None
    otherwise. dispute.py asks this only while the allegation's party has no name."""
    if not speaker or not described or kind_of(speaker, lex) not in _TIED_KINDS:
        return None
    common = common_of(lex) | lex.places | body_nouns(lex.language) | {lex.company_noun} \
        | words_for(lex.language).offices
    own = {_singular(w) for w in words_of(speaker) if len(w) >= MIN_LETTERS}
    shared = sorted(own & {_singular(w) for w in described} - common)
    if not shared or speaker.casefold() not in text.casefold():
        return None
    return f"{speaker}: named by the allegation's description of its party ('{shared[0]}')"


def _singular(word: str) -> str:
    """An English plural's singular, roughly ("ferries", "buses", "mills"); other words as
    they are."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("ses") and len(word) > 4:
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss") and len(word) > 4:
        return word[:-1]
    return word
