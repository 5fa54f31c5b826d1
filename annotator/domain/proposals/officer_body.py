"""The body whose officer speaks, after an allegation that held no named party (twenty-sixth
round, issue 11): "Direktur PT Arta Graha Lestari, Bonifasius Tambunan, berpendapat",
"Pemilik PO Ranah Sakato Wisata, Hendri Marzuki, mengatakan", "A spokesman for Brahmaputra
Plantations, which owns the estate, said". A reader who has been told of a wrong without
being told whose it is takes the named body that sends its officer to speak as the party
answering it, unless that body is one of the accusers. ``Dispute.side`` asks here last,
only where nothing else placed the speaker; kept apart from dispute.py (which imports it).

A title inside a body's name, thirty-sixth round (issue 11, bug fix): "A Health and Safety
Executive inspector, Paul Greaves, told the court": "Executive" written capitalised and
followed by a lowercase noun it qualifies ("inspector") ends the name of the body the speaker
works for (an inspecting body), no officer's title of a party answering the allegation.
"Halden Logistics Chief Executive Derek Ashby", "the chief executive of Halden" stay titles."""

from __future__ import annotations

import re
from functools import lru_cache

from annotator.domain.proposals.article_side import same_name
from annotator.domain.proposals.held import (
    _officers,
    a_place,
    apposition,
    capitalised_runs,
    part_of,
)
from annotator.domain.proposals.lexicon import Lexicon, _phrases, cue_file, find
from annotator.domain.proposals.wrongs import words_of

# words that join an officer's title to its body: "a spokesman for X", "director of X"
_JOIN = frozenset({"for", "of", "at", "the", "a", "an"})


def _in_a_name(text: str, words: list[str], start: int, end: int) -> bool:
    """The title written capitalised with a lowercase noun right after it ("Health and Safety
    Executive inspector"): the last word of a body's name, not a title."""
    if end >= len(words) or not words[end][:1].isalpha():
        return False
    title = r"\s+".join(re.escape(w[:1].upper() + w[1:]) for w in words[start:end])
    return bool(re.search(rf"\b{title}\s+{re.escape(words[end])}\b", text))


def officer_body(speaker: str | None, text: str, accusers: dict[str, str],
                 lex: Lexicon, window: list[str] | None = None) -> str | None:
    """The named body the speaker is an officer of, by the words in their apposition: an
    officer's title ("Direktur", "Pemilik", "spokesman", "director") and a capitalised
    name beside it ("PT Arta Graha Lestari", "Cymru Charity Draws'"), or the speaker
    itself when it is the body ("A spokesman for Brahmaputra Plantations"). None when no
    title, no body, a place, or a body on the accusing side (by name or a part of one)."""
    if not speaker or speaker.casefold() in accusers:
        return None  # an accuser's officer speaks for the accusers
    body = _titled_body(speaker, text, lex, window) or _opening_body(speaker, text, lex)
    return body if body and _answering(body, text, accusers, lex) else None


def _answering(body: str, text: str, accusers: dict[str, str], lex: Lexicon) -> bool:
    """The body may be the party answering: not a place, not one of the accusers (by name or
    a part of one)."""
    if a_place(body, text, lex):
        return False
    key = body.casefold()
    return not any(same_name(key, k) or part_of(body, name) or part_of(name, body)
                   for k, name in accusers.items())


# the sentence's opening clause, up to its first comma: "Direktur Utama PT X, Y, ..."
_OPENING = re.compile(r"^\s*(?:Namun|Sementara itu|Adapun)?,?\s*([^,\"“”]+),\s*([^,]+),")


def _opening_body(speaker: str, text: str, lex: Lexicon) -> str | None:
    """The body an officer's title opens the sentence with, the officer named in the clause
    set off right after it ("Direktur Utama PT Transportasi Sulsel Maju, Ir. Syamsuddin
    Latief, menjelaskan", "Pemilik waralaba Ayam Kremes Mbok Sum, Hj Sumarni, mengaku",
    "Wakil Rektor Bidang Keuangan Unsira, Prof. Hasnawati Said, mengatakan"), the speaker
    proposed being either the officer or the body itself (forty-third round, w19iden1: the
    apposition read from the name alone stops at "Ir." or "Hj", and a body proposed as the
    speaker is no body beside itself). None unless the clause opens with the title."""
    found = _OPENING.match(text)
    if not found:
        return None
    head, named = found.group(1).split(), found.group(2)
    mine = set(words_of(speaker))
    words = [w.casefold() for w in head]
    titles = [(s, e) for s, e in find(_titles(lex.language), words) if s == 0]
    if not titles:
        return None
    rest = head[max(e for _, e in titles):]
    while rest and not rest[0][:1].isupper():
        rest = rest[1:]  # "Pemilik waralaba Ayam Kremes": the body's common noun
    if not rest or any(not (w[:1].isupper() or w in _NAME_JOINS) for w in rest):
        return None
    body = " ".join(rest)
    # the speaker proposed is the officer named after it, or the body (by a word of its name)
    return body if mine and (mine <= set(words_of(named)) or mine & set(words_of(body))) \
        else None


# the lower-case words a body's name may hold ("Dinas Perindustrian dan Perdagangan")
_NAME_JOINS = frozenset({"dan", "&", "of", "and"})


@lru_cache(maxsize=4)
def _titles(language: str) -> dict:
    """The officers' titles (``target13_officer_titles``) and the heads of a board or a
    university that open a sentence before their body's name (``officer_body_heads``)."""
    raw = cue_file(language)
    return _phrases(raw.get("target13_officer_titles", {}).get("phrases", [])
                    + raw.get("officer_body_heads", {}).get("phrases", []))


def _titled_body(speaker: str, text: str, lex: Lexicon,
                 window: list[str] | None) -> str | None:
    """The body named beside the officer's title in the speaker's apposition or the words
    beside the name (``window``; the twenty-sixth round's reading)."""
    words, _ = apposition(speaker, text, lex)
    found = [f for f in find(_officers(lex.language), words) if not _in_a_name(text, words, *f)]
    if not found and window:  # "Kepala Dinas Perindustrian dan Perdagangan X, Drs. Y": the
        words = window        # apposition stops at "Drs.", the words beside the name do not
        found = [f for f in find(_officers(lex.language), words)
                 if not _in_a_name(text, words, *f)]
    if not found:
        return None
    title = {w for s, e in found for w in words[s:e]}
    mine = set(words_of(speaker))
    body = None
    for run in capitalised_runs(text):
        own = [w for w in words_of(run) if w not in title and w not in _JOIN]
        if own and not set(own) & mine and all(w in words for w in own):
            body = re.sub(r"['’]s?$", "", " ".join(run.split()[len(run.split()) - len(own):]))
            break
    if body is None and re.search(rf"\b(?:for|of)\s+{re.escape(speaker)}\b", text):
        body = speaker  # "A spokesman for Brahmaputra Plantations said": the body speaks
    return body
