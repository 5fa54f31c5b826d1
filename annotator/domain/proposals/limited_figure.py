"""A limiting word that limits a figure is no rebuttal (issue 11, twentieth round).

dispute.py reads reported speech that limits or negates ("hanya", "only", "bukan", "no")
after an accusation as an answer to it, from a speaker no rule placed: "Kuasa hukum NFA
menyebut kliennya hanya menerima kontrak endorsement", "calls were only recategorised on
clinical grounds". There the word limits what the party did. When it limits a figure
("PLN UID Bali mencatat hanya sembilan permohonan", "the survey showed only 61% of the
graduates were in skilled work", "harga gula di tingkat petani kini hanya Rp 12.500",
"warga membayar Rp 40.000 per tabung, padahal harga resminya hanya Rp 19.000") it tells
how few or how little: a count, a price, evidence for either side, and by itself no answer
to anything. A figure set against the other side's (the guidelines' "640 accounts, far
below the union's figure": a comparing word, then a noun for another's figure or claim) is
a contrary figure and still answers: the limiting word stays a rebuttal there. Tuned-on and
training sets: no sentence a limited figure made a denial was a gold denial.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from annotator.domain.proposals.lexicon import cue_file, find
from annotator.domain.proposals.wrongs import families

REACH = 2  # words after the limiting word where the figure stands ("hanya Rp 12.500")
AGAINST_REACH = 6  # words after a comparing word where another's figure is named


@dataclass(frozen=True)
class Words:
    """data/cues/<language>.json, key ``label20_limited_figure``."""

    limiting: frozenset[str]  # "only", "hanya", "cuma"
    before: frozenset[str]  # may stand between it and the figure: "about", "rp", "sekitar"
    numbers: frozenset[str]  # a figure written out: "two", "sembilan", "dozen"
    theirs: frozenset[str]  # another's figure or claim: "figure", "claim", "angka", "klaim"


@lru_cache(maxsize=8)
def words_for(language: str) -> Words:
    raw = cue_file(language).get("label20_limited_figure", {})
    return Words(*(frozenset(raw.get(k, ())) for k in ("limiting", "before", "numbers",
                                                         "theirs")))


def limits_a_figure(words: list[str], start: int, end: int, language: str) -> bool:
    """The rebuttal word at words[start:end] is a limiting word ("only", "hanya") and a
    figure follows it within reach, past the words that open a figure ("only about 40",
    "hanya Rp 12.500", "hanya sembilan"), and the sentence does not set it against
    another's figure ("far below the union's figure")."""
    listed = words_for(language)
    if " ".join(words[start:end]) not in listed.limiting:
        return False
    k = end
    while k < len(words) and k - end < REACH and words[k] in listed.before:
        k += 1
    if not (k < len(words) and k - end <= REACH and _figure(words[k], listed)):
        return False
    return not _against_theirs(words, k + 1, listed, language)


def _against_theirs(words: list[str], start: int, listed: Words, language: str) -> bool:
    """A comparing word after ``start`` ("far below", "jauh di bawah"), not a limiting one,
    with a noun for another's figure or claim within reach ("the union's figure")."""
    for s, e in find(families(language).comparing, words[start:]):
        if " ".join(words[start + s:start + e]) in listed.limiting:
            continue
        if any(w in listed.theirs for w in words[start + e:start + e + AGAINST_REACH]):
            return True
    return False


def _figure(word: str, listed: Words) -> bool:
    """A number ("61", "12.500", "1.2m", "rp3") or a number written out."""
    bare = word.removeprefix("rp")
    return bare[:1].isdigit() or word in listed.numbers
