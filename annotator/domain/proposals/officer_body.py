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

from annotator.domain.proposals.article_side import same_name
from annotator.domain.proposals.held import (
    _officers,
    a_place,
    apposition,
    capitalised_runs,
    part_of,
)
from annotator.domain.proposals.lexicon import Lexicon, find
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
    if not body or a_place(body, text, lex):
        return None
    key = body.casefold()
    if any(same_name(key, k) or part_of(body, name) or part_of(name, body)
           for k, name in accusers.items()):
        return None
    return body
