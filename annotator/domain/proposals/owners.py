"""A document or a piece of evidence written with its owner speaks for the owner (the
guidelines: a document speaks for whoever issued it): "Audit BPK menemukan", "Hasil uji
laboratorium DLH menunjukkan", "Laporan tahunan Ombudsman menyebut", "menurut dakwaan
jaksa", "The council's own report found", "Ofwat's review showed". The owner is read as
any speaker is: a name (the registry's, the article's fuller one, or new) or a noun the
article gave a name ("jaksa" -> the prosecutor it named).

Evidence speaks with verbs a person rarely uses to report ("menunjukkan", "showed"); those
count here only when the subject is a document with its owner. The nouns and the verbs are
data (data/cues/<language>.json, key "speaker_documents").
"""

from __future__ import annotations

from functools import lru_cache

from annotator.domain.proposals.kinds import group_nouns
from annotator.domain.proposals.lexicon import Lexicon, cue_file
from annotator.domain.proposals.name_words import (
    BREAKS,
    gap_before,
    name_word,
    person_in,
    run_forward,
)
from annotator.domain.proposals.naming import SpeakerReading, antecedent, known_or_new

MODIFIERS = 4  # lower-case words between a document's noun and its owner ("uji laboratorium")
_ARTICLES = {"the", "a", "an", "this", "its", "sebuah", "para"}
_BLANKED_POSSESSIVE = "   "  # reading.normalise blanks "'s"


@lru_cache(maxsize=8)
def _documents(language: str) -> tuple[frozenset[str], frozenset[str]]:
    raw = cue_file(language).get("speaker_documents", {})
    issued = cue_file(language).get("speaker10_documents", {})  # "keterangan", "siaran"
    return frozenset(raw.get("nouns", ())) | frozenset(issued.get("nouns", ())), frozenset(
        raw.get("verbs", ()))


def evidence_verbs(words: list[str], lex: Lexicon) -> list[int]:
    """Where a verb with which evidence speaks stands ("menunjukkan", "showed")."""
    _, verbs = _documents(lex.language)
    return [k for k, w in enumerate(words) if w in verbs]


def owner_after(index, text, tokens, words, mentions, at: int, end: int, lex: Lexicon,
                why: str) -> SpeakerReading | None:
    """The owner written after a document's noun at ``at`` (head first: "audit BPK",
    "hasil uji laboratorium DLH", "dakwaan jaksa"), up to ``end``, else None."""
    nouns, _ = _documents(lex.language)
    if at >= end or words[at] not in nouns:
        return None
    k = at + 1
    while k < end and k - at <= MODIFIERS and tokens[k].group().islower() and (
            words[k] in nouns or words[k] not in lex.prepositions) and not any(
            ch in BREAKS for ch in gap_before(text, tokens, k)) and not _owner_noun(
            words[k], lex):
        k += 1
    if k >= end or any(ch in BREAKS for ch in gap_before(text, tokens, k)):
        return None
    return _owner(index, text, tokens, words, mentions, k, end, lex,
                  f"{why} (the {' '.join(words[at:k])} of its owner)")


def owner_before(index, text, tokens, words, mentions, start: int, end: int, lex: Lexicon,
                 why: str) -> SpeakerReading | None:
    """The owner written before the document's noun that ends the subject ("The council's
    own report", "Ofwat's annual review"), else None."""
    nouns, _ = _documents(lex.language)
    if lex.head_first or end - start < 2 or words[end - 1] not in nouns:
        return None
    while start < end and words[start] in _ARTICLES:
        start += 1
    for j in range(start + 1, end):
        if gap_before(text, tokens, j) == _BLANKED_POSSESSIVE:
            if any(not tokens[k].group().islower() for k in range(j, end)):
                return None  # "Harlow's Tenants Union report": a name, read as one
            return _owner(index, text, tokens, words, mentions, start, j, lex,
                          f"{why} (the {words[end - 1]} of its owner)")
    return None


def owner_subject(index, text, tokens, words, mentions, start: int, end: int, lex: Lexicon,
                  why: str) -> SpeakerReading | None:
    """A subject from ``start`` to ``end`` that is a document with its owner: the owner."""
    while start < end and words[start] in _ARTICLES:
        start += 1
    if start >= end:
        return None
    if lex.head_first:
        return owner_after(index, text, tokens, words, mentions, start, end, lex, why)
    return owner_before(index, text, tokens, words, mentions, start, end, lex, why) or \
        owner_by(index, text, tokens, words, mentions, start, end, lex, why)


_OWNED_BY = {"from", "by", "of"}


def owner_by(index, text, tokens, words, mentions, start: int, end: int, lex: Lexicon,
             why: str) -> SpeakerReading | None:
    """The owner named after the document's noun and "from", "by" or "of" ("Figures from
    the Office for National Statistics", "A survey by the Nurses Guild", "new data from
    X"), up to ``end``, else None."""
    nouns, _ = _documents(lex.language)
    k = start
    while k < end and k - start < MODIFIERS and words[k] not in nouns \
            and tokens[k].group().islower():
        k += 1  # "new", "latest", "annual"
    if k + 2 > end or words[k] not in nouns or words[k + 1] not in _OWNED_BY:
        return None
    noun, k = words[k], k + 2
    while k < end and words[k] in _ARTICLES:
        k += 1
    if k >= end or any(ch in BREAKS for j in range(start + 1, end)
                       for ch in gap_before(text, tokens, j)):
        return None
    return _owner(index, text, tokens, words, mentions, k, end, lex,
                  f"{why} (the {noun} of its owner)")


def _owner_noun(word: str, lex: Lexicon) -> bool:
    """A noun that names an owner the article gave a name ("jaksa", "serikat")."""
    return word in lex.titles or word in lex.org_heads or word in lex.description_heads \
        or word in group_nouns(lex.language)


def _owner(index, text, tokens, words, mentions, start: int, end: int, lex: Lexicon,
           why: str) -> SpeakerReading | None:
    """The speaker the words from ``start`` to ``end`` name: a name, or one noun the
    article gave a name ("jaksa", "the council")."""
    for m in mentions:
        if m[2] == start and m[3] <= end:
            return SpeakerReading(m[0], why)
    if name_word(tokens, words, start, lex):
        run = run_forward(tokens, words, start, lex)
        if run and run[1] >= end:
            return known_or_new(index, person_in(text, tokens, words, (start, end), lex), why)
        return None
    if end - start == 1 and (_owner_noun(words[start], lex) or _heads_a_name(
            index, words[start], lex)):
        return antecedent(index, words[start], why)
    return None


_HEAD_BEFORE = ("of", "for")  # "Kenya National Bureau of Statistics": "bureau" heads it


def _heads_a_name(index, noun: str, lex: Lexicon) -> bool:
    """``noun`` is the head of a body's name the article gave before (thirty-seventh round,
    bug fix on branch t37b3): "the bureau's monthly data showed" after "the Kenya National
    Bureau of Statistics said" (the word before "of" or "for", else the last); English only.
    Not a word inside the name ("the river's" after "Llaucano River Defence Front")."""
    if lex.head_first or not noun.isalpha():
        return False
    for name in getattr(index, "names", ()):
        parts = name.casefold().split()
        cut = next((k for k, w in enumerate(parts) if w in _HEAD_BEFORE), len(parts))
        if len(parts) >= 2 and cut >= 2 and parts[cut - 1] == noun:
            return True
    return False
