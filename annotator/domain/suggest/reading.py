"""A sentence as suggestions read it: its informative terms (stems, names, entities), the
pairs of them said close together, its cue strengths, and the stance those give it.

Why pairs: two sentences about "North Korea sending weapons to Russia" and "North Korea
sending weapons to the United States" share every name and word; what differs is which words
stand together, in which order ("senjata ke Rusia"). Terms at most PAIR_SPAN apart in the
sentence (stopwords left out) make an ordered pair, as term-proximity rankers do.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from annotator.domain.scheme import Scheme
from annotator.domain.suggest.cues import CUE_STEMS, accusation_cue, denial_cue
from annotator.domain.suggest.entities import Entities
from annotator.domain.suggest.words import STOPWORDS, match_at, stem

PAIR_SPAN = 2  # informative terms this far apart or closer make a pair


@dataclass
class Reading:
    """One sentence as suggestion scoring sees it."""

    terms: dict[str, str]  # stem or entity key -> its surface form (for queries and reasons)
    accuse: float  # accusation cue strength 0..1
    deny: float  # denial cue strength 0..1
    flat: str  # informative stems, space-joined (rapidfuzz input, processed once)
    names: frozenset[str] = field(default=frozenset())  # entities and names as written
    order: tuple[str, ...] = field(default=(), repr=False)  # the terms as said, repeats too

    # Pairs are worked out when first asked for: most sentences read are only context, and
    # their pairs were a fifth of a reading's cost.
    @cached_property
    def pairs(self) -> frozenset[tuple[str, str]]:
        """(earlier, later) terms at most PAIR_SPAN apart."""
        order = self.order
        return frozenset((a, b) for k in range(1, PAIR_SPAN + 1)
                         for a, b in zip(order, order[k:], strict=False) if a != b)

    @cached_property
    def by_names(self) -> dict[str, tuple[tuple[str, str], ...]]:
        """A word -> its pairs with a name, either way round ("senjata" -> ("senjata",
        "@rusia"))."""
        names = self.names
        out: dict[str, tuple[tuple[str, str], ...]] = {}
        for a, b in self.pairs:
            if (a in names) != (b in names):
                word = b if a in names else a
                out[word] = (*out.get(word, ()), (a, b))
        return out


_OPENERS = set('.!?:"\'“”‘’«([')
_WORD_AFTER = re.compile(r"([^\w\s]?)\s*(\w+)")
_WORD = re.compile(r"\w+")  # the same words, without what precedes them


_WORDS: dict[str, tuple[bool, str]] = {}  # a casefolded word -> what ``_word`` says of it


def _word(tok: str) -> tuple[bool, str]:
    """Whether a word can be a term at all (not short, a stopword or a number), and its
    stem when that is a term ("" when not); remembered, as most words recur: a sentence is
    read with one lookup per word."""
    if len(tok) < 3 or tok in STOPWORDS or tok.isdigit():
        found = (False, "")
    else:
        s = stem(tok)
        found = (True, "" if s in STOPWORDS or len(s) < 3 else s)
    if len(_WORDS) >= 200_000:
        _WORDS.clear()
    _WORDS[tok] = found
    return found


def read(text: str, ents: Entities) -> Reading:
    """The terms of a sentence (an entity's phrase as one term, a name kept as written,
    other words stemmed; stopwords left out) and its accusation and denial cues."""
    found = _WORD_AFTER.findall(text)  # (punctuation just before, word)
    toks = [w.casefold() for _, w in found]
    terms: dict[str, str] = {}
    order: list[str] = []  # the terms in the order said, repeats included
    names: set[str] = set()
    i = 0
    while i < len(toks):
        tok = toks[i]
        if tok in ents.index:
            n = match_at(ents.index, toks, i)
            if n and ents.exact and " ".join(toks[i:i + n]) in ents.exact and not all(
                    w.isupper() for _, w in found[i:i + n]):
                n = 0  # "as", "us": words, not the United States ("AS", "US")
            if n:
                phrase = " ".join(toks[i:i + n])
                written = " ".join(w for _, w in found[i:i + n])  # shown in reasons as written
                terms.setdefault(ents.phrases[phrase], written)
                order.append(ents.phrases[phrase])
                names.add(ents.phrases[phrase])
                i += n
                continue
        before, raw = found[i]
        i += 1
        informative, s = _WORDS.get(tok) or _word(tok)
        if not informative:
            continue
        # A capitalised word inside a sentence is a name and keeps its letters (Peskov).
        name = raw[0].isupper() and i > 1 and before not in _OPENERS
        if name:
            s = tok
        elif not s:
            continue
        terms.setdefault(s, raw if name else tok)
        order.append(s)
        if name:
            names.add(s)
    return Reading(terms, accusation_cue(toks), denial_cue(toks), " ".join(sorted(terms)),
                   frozenset(names), tuple(order))


def own_words(reading: Reading) -> set[str]:
    """A sentence's words that say what it is about: its terms less names, entities and
    cue words ("Korea Utara membantah tuduhan bahwa pihaknya mencampuri pemilu di Rusia"
    -> pihak, campur, pemilu)."""
    return {t for t in reading.terms if t not in reading.names and not t.startswith("@")
            and t not in CUE_STEMS}


def says_own(own: set[str], terms) -> bool:
    """Whether a sentence's terms say what another says of its own (``own_words``): two of
    those words, or all but one of a few ("pihaknya melanggar sanksi": "sanksi", as
    "melanggar" is a cue word); never for fewer than two."""
    return len(own) >= 2 and len(own.intersection(terms)) >= min(2, len(own) - 1)


READ_CACHE = 100_000  # sentences whose reading is kept between suggestion runs


def read_cached(text: str, ents: Entities) -> Reading:
    """``read``, remembered with the registry's names it was read with: suggestions for the
    next sentence mostly read the same candidates again."""
    cache = ents.readings
    found = cache.get(text)
    if found is None:
        if len(cache) >= READ_CACHE:
            cache.clear()
        found = cache[text] = read(text, ents)
    return found


def cues_cached(text: str, ents: Entities) -> tuple[float, float]:
    """A sentence's (accusation, denial) cue strengths, from its reading when it was read,
    else from its words alone (a fraction of a reading's cost): whether a sentence read
    only as context takes a side decides whether it is read in full."""
    found = ents.readings.get(text)
    if found is not None:
        return found.accuse, found.deny
    cues = ents.cues.get(text)
    if cues is None:
        if len(ents.cues) >= READ_CACHE:
            ents.cues.clear()
        toks = [w.casefold() for w in _WORD.findall(text)]  # the words read() finds
        cues = ents.cues[text] = (accusation_cue(toks), denial_cue(toks))
    return cues


def stance_of(label: str | None, reading: Reading, scheme: Scheme) -> str | None:
    """alleges / denies / supports / context from a label's role in the scheme, else from cue
    words, else None."""
    role = scheme.role_for(label)
    if role:
        return role
    if reading.deny >= 0.8 or (reading.deny >= 0.4 and reading.accuse >= 0.5):
        return "denies"
    if reading.accuse >= 0.6:
        return "alleges"
    return None
