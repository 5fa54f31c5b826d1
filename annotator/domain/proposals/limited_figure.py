"""A limiting word that limits a figure is no rebuttal (issue 11, twentieth round).

dispute.py reads reported speech that limits or negates ("hanya", "only", "bukan", "no")
after an accusation as an answer to it, from a speaker no rule placed: "Kuasa hukum NFA
menyebut kliennya hanya menerima kontrak endorsement", "calls were only recategorised on
clinical grounds". There the word limits what the party did. When it limits a figure
("PLN UID Bali mencatat hanya sembilan permohonan", "the survey showed only 61% of the
graduates were in skilled work", "harga gula di tingkat petani kini hanya Rp 12.500",
"warga membayar Rp 40.000 per tabung, padahal harga resminya hanya Rp 19.000") it tells
how few or how little: a count, a price, evidence for either side, and by itself no answer
to anything. The accused side's own figure set against the accuser's is read before this, by
``contrary_figure`` (a denial); this only keeps the limiting word from making one out of
anybody's count. Tuned-on and training sets: no sentence a limited figure made a denial
was a gold denial.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from annotator.domain.proposals.lexicon import cue_file

REACH = 2  # words after the limiting word where the figure stands ("hanya Rp 12.500")


@dataclass(frozen=True)
class Words:
    """data/cues/<language>.json, key ``label20_limited_figure``."""

    limiting: frozenset[str]  # "only", "hanya", "cuma"
    before: frozenset[str]  # may stand between it and the figure: "about", "rp", "sekitar"
    numbers: frozenset[str]  # a figure written out: "two", "sembilan", "dozen"


@lru_cache(maxsize=8)
def words_for(language: str) -> Words:
    raw = cue_file(language).get("label20_limited_figure", {})
    return Words(*(frozenset(raw.get(k, ())) for k in ("limiting", "before", "numbers")))


def limits_a_figure(words: list[str], start: int, end: int, language: str) -> bool:
    """The rebuttal word at words[start:end] is a limiting word ("only", "hanya") and a
    figure follows it within reach, past the words that open a figure ("only about 40",
    "hanya Rp 12.500", "hanya sembilan")."""
    listed = words_for(language)
    if " ".join(words[start:end]) not in listed.limiting:
        return False
    k = end
    while k < len(words) and k - end < REACH and words[k] in listed.before:
        k += 1
    return k < len(words) and k - end <= REACH and _figure(words[k], listed)


def _figure(word: str, listed: Words) -> bool:
    """A number ("61", "12.500", "1.2m", "rp3") or a number written out."""
    bare = word.removeprefix("rp")
    return bare[:1].isdigit() or word in listed.numbers
