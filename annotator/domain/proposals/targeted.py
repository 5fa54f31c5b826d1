"""Who an allegation is against when no cue verb names them (twelfth round, issue 11).

News states an allegation in frames as often as with "accuse": the party is the subject of
a frame that puts it in the dock ("St. Brendan's Hospital is under fire after", "RS X
diduga menolak", "the firm is being sued", "PT X tengah disorot"), and later the party
the reporter asked to answer is the accused one ("X did not respond to a request for
comment", "X belum memberikan tanggapan"). Both read the sentence's STRUCTURE, the name
standing as the subject right before the frame, not the words of the wrong, so they carry
to allegations worded any way. The frames are data: ``party12_frames`` in
data/cues/{en,id}.json ("dock": an allegation's frame; "asked": a party asked to reply).
"""

from __future__ import annotations

import re
from functools import lru_cache

from annotator.domain.proposals.filings import filing_at
from annotator.domain.proposals.held import _FUNCTION, aside_words, described_after
from annotator.domain.proposals.held import against as held_against
from annotator.domain.proposals.lexicon import Lexicon, _phrases, cue_file, find
from annotator.domain.proposals.literal import absent
from annotator.domain.proposals.wrongs import words_of

SUBJECT_GAP = 3  # words between the party's name and its frame ("Oakmere Properties has")
# a clause set off by commas after the subject ("X, which runs the plant, did not respond")
_ASIDE = re.compile(r",\s[^,]{1,90}?,")
_OWNED = frozenset({"menurut", "according"})  # "Menurut X, ...": X speaks, no subject


@lru_cache(maxsize=8)
def _frames(language: str) -> tuple[dict, dict]:
    raw = cue_file(language).get("party12_frames", {})
    return _phrases(raw.get("dock", [])), _phrases(raw.get("asked", []))


def _subject_before(words: list[str], at: int, names: tuple[str, ...],
                    speaker: str | None, lex: Lexicon) -> str | None:
    """The name ending at most SUBJECT_GAP words before ``at`` with no speech verb or
    preposition between (the frame's subject); never the speaker."""
    best = None
    for name in names:
        own = words_of(name)
        if not own or (speaker and name.casefold() == speaker.casefold()):
            continue
        n = len(own)  # only where the name ends at most SUBJECT_GAP words before ``at``
        for k in range(max(0, at - SUBJECT_GAP - n), min(len(words) - n, at - n) + 1):
            end = k + n
            if words[k:end] != own:
                continue
            between = words[end:at]
            if find(lex.speech, between) or any(w in lex.prepositions for w in between):
                continue
            if k > 0 and (words[k - 1] in lex.prepositions or words[k - 1] in _OWNED):
                continue  # "sent to Harlow Council", "Menurut Budi": not the subject
            if best is None or end > best[0]:
                best = (end, name)
    return best[1] if best else None


_MEMO: dict[tuple, object] = {}  # each key reads the sentences before it again


_UNREAD = object()  # no reading remembered (a reading may be None)


def _remembered(kind: str, compute, *args, lex: Lexicon):
    """``compute()``, remembered by ``kind``, ``args`` and the lexicon. The key (a tuple
    holding the sentence and a tuple of names) is hashed anew on each look-up: looked up
    once."""
    key = (kind, *args, id(lex), lex.language)
    found = _MEMO.get(key, _UNREAD)
    if found is _UNREAD:
        if len(_MEMO) >= 8192:
            _MEMO.clear()
        found = _MEMO[key] = compute()
    return found


def in_the_frame(text: str, names: tuple[str, ...], speaker: str | None, lex: Lexicon
                 ) -> str | None:
    """_in_the_frame, remembered."""
    return _remembered("frame", lambda: _in_the_frame(text, names, speaker, lex),
                       text, tuple(names), speaker, lex=lex)


def _in_the_frame(text: str, names: tuple[str, ...], speaker: str | None, lex: Lexicon
                  ) -> str | None:
    """The party an allegation's frame puts in the dock: the name right before "is under
    fire", "diduga", "dituding", "is being sued" ...; None without one."""
    dock, _ = _frames(lex.language)
    return _subject_of(dock, text, names, speaker, lex)


def _subject_of(frames: dict, text: str, names: tuple[str, ...], speaker: str | None,
                lex: Lexicon) -> str | None:
    """The subject name of the first of ``frames`` in the sentence, read as written and
    again with its comma-set clauses left out."""
    for version in dict.fromkeys((text, _ASIDE.sub(" ", text))):
        words = words_of(version)
        for s, _e in sorted(find(frames, words)):
            party = _subject_before(words, s, names, speaker, lex)
            if party:
                return party
    return None


def asked_to_reply(text: str, names: tuple[str, ...], speaker: str | None, lex: Lexicon
                   ) -> str | None:
    """The party the reporter asked to answer the allegation ("X did not respond to a
    request for comment", "X belum memberikan tanggapan", "X declined to comment"); the
    caller may pass no speaker, as the party that did not answer is often read as the
    sentence's speaker. Remembered, as in_the_frame: each key reads the window again."""
    return _remembered("asked", lambda: _subject_of(_frames(lex.language)[1], text, names,
                                                    speaker, lex),
                       text, tuple(names), speaker, lex=lex)


def described_party(names: tuple[str, ...], text: str, described: set[str] | frozenset[str],
                    lex: Lexicon) -> str | None:
    """_described_party, remembered."""
    if not described:
        return None
    return _remembered("party", lambda: _described_party(names, text, described, lex),
                       tuple(names), text, frozenset(described), lex=lex)


@lru_cache(maxsize=512)  # names (~3 KB a pattern)
def _agent(name: str) -> re.Pattern:
    """A name as the agent ("by X", "oleh X"), compiled once per name (re's own cache,
    shared by every pattern made from a name, is refilled long before a name is asked
    again)."""
    return re.compile(rf"\b(?:by|oleh)\s+(?:the\s+)?{re.escape(name)}", re.I)


# an elected member of a council is not the council (thirty-eighth round, w11left385):
# "Councillor Rehana Akhtar, who represents the ward, said ..." is her own word, not the
# city council's the residents accuse (read here and in dispute._fits)
COUNCILLORS = frozenset({"councillor", "councillors", "councilor", "councilors", "cllr"})


def _described_party(names: tuple[str, ...], text: str, described: set[str] | frozenset[str],
                     lex: Lexicon) -> str | None:
    """The name the sentence describes by the words the allegation used for the party it
    did not name ("the company that runs the water plant" ... "ClearFlow Utilities, which
    runs the plant, said", "The firm, X,", "Perusahaan itu, PT X,", "Landlord X said"): its
    description and its name are one party. ``described``:
    the lower-case words the allegation called its party by."""
    if not described:
        return None
    agent = not (absent("by", text, ignore_case=True) and absent("oleh", text, ignore_case=True))
    for name in names:
        if agent and not absent(name, text, ignore_case=True) and _agent(name).search(text):
            continue  # the agent of what the sentence tells ("filed by X"): who acts
        # (and the common noun that opens the sentence: "Perusahaan itu, PT X, menyatakan")
        lower = {t for t in re.findall(r"[\w-]+", text) if t[:1].islower()} | _opening(text)
        words = [w for w in aside_words(name, text, lex.language) if w in lower]
        head = text[:max(0, text.find(name))].strip()
        if head.isalpha() and head[:1].isupper():
            words.append(head.casefold())  # its common noun as a title: "Landlord X said"
        words = [w for w in words if w not in COUNCILLORS]  # a councillor is not the
        # council (round 38, w11left385)
        if any(w in described or (len(w) > 5 and any(
                d.startswith(w) or w.startswith(d) for d in described if len(d) > 5))
               for w in words if w not in lex.prepositions):
            return name
    return None


_FUNCTION_ENDS = frozenset({"over", "about", "seeks", "covers", "ke", "karena"})
DESCRIBED_REACH = 10  # words of the accused's description after an active cue
_ENDS = frozenset({"of", "for", "over", "after", "atas", "karena", "soal", "terkait"})


def against_at(text: str, names: tuple[str, ...], lex: Lexicon, speaker: str | None = None
               ) -> tuple[str | None, list[str]]:
    """held.against, remembered: the party a proceeding is aimed at, or its description."""
    return _remembered("against", lambda: held_against(
        text, names, speaker, lex, {w.casefold() for w in re.findall(
            r"\b[a-z][\w-]{4,}", text)}, _ENDS | _FUNCTION_ENDS, DESCRIBED_REACH),
        text, tuple(names), speaker, lex=lex)


_OPENING = re.compile(r"\s*([A-Z][a-z][\w-]{3,})\s+([a-z][\w-]*)")


def _opening(text: str) -> set[str]:
    """The sentence's first word when a lower-case word follows it: a common noun written
    with a capital only because it opens the sentence ("Proyek jalan di Desa Sukamaju
    dikecam"), not a name's first word."""
    found = _OPENING.match(text)
    return {found.group(1).casefold()} if found else set()


def described_words(text: str, lex: Lexicon) -> frozenset[str]:
    """_described_words, remembered."""
    return _remembered("described", lambda: frozenset(_described_words(text, lex)), text,
                       lex=lex)


def _described_words(text: str, lex: Lexicon) -> set[str]:
    """The lower-case words an allegation that names no party describes it by: after an
    active cue up to what it is accused of ("accused the company that runs the water plant
    of", "menuding pengelola tambak udang membuang"), else the subject before a passive
    cue or a frame ("Sebuah pabrik tahu di Cileungsi dituding", "A catering firm is under
    fire"); not the wronged, who stand after the act."""
    dock, _ = _frames(lex.language)
    words = words_of(text)
    lower = {w.casefold() for w in re.findall(r"\b[a-z][\w-]{4,}", text)} | _opening(text)
    spans = sorted(find(lex.accusation, words)) or sorted(find(dock, words)) or [
        (s, e) for s, e, _ in filing_at(lex, words)]  # "melaporkan kontraktor proyek ..."
    if not spans:
        # "the suit filed against the company that runs the plant" (held.py)
        return set(against_at(text, (), lex)[1])
    s, e = spans[0]
    filed = [(a, b) for a, b, p in filing_at(lex, words) if (a, b) == (s, e)]
    passive = words[s].startswith(("di", "ter")) if lex.head_first else (
        any(w in lex.passive_auxiliaries for w in words[max(0, s - 2):s])
        or ((s, e) not in find(lex.accusation, words) and not filed))
    if passive:
        part = words[max(0, s - DESCRIBED_REACH):s]
    else:
        part = described_after(words, e, DESCRIBED_REACH, _ENDS, lex)
    return {w for w in part if w in lower and w not in _FUNCTION
            and w not in lex.prepositions}
