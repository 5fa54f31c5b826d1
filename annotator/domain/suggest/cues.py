"""Accusation and denial cue words: how strongly a sentence's own words say it accuses or
denies, before any reviewer has labeled it (so suggestions work on a cold corpus)."""

from __future__ import annotations

import json

from annotator.base.resources import data_file
from annotator.domain.suggest.words import match_at, phrase_index, stem, words

# Cue words and phrases (casefolded, space-separated tokens) with how strongly they signal.
DENIAL_CUES = {
    "menolak": 1.0, "tolak": 1.0, "membantah": 1.0, "bantah": 1.0, "bantahan": 1.0,
    "dibantah": 1.0, "menyangkal": 1.0, "sangkal": 1.0, "tidak berdasar": 1.0,
    "tak berdasar": 1.0, "tanpa bukti": 1.0, "tidak disertai bukti": 1.0,
    "tidak ada bukti": 1.0, "tidak benar": 0.8, "omong kosong": 0.8, "fitnah": 0.8,
    "hoaks": 0.7, "tidak masuk akal": 0.8, "mengada ada": 0.8, "palsu": 0.5, "bukti": 0.4,
    "laporan seperti itu": 0.5, "tidak ada rinciannya": 0.6, "menepis": 1.0,
    "deny": 1.0, "denies": 1.0, "denied": 1.0, "denial": 1.0, "reject": 1.0, "rejects": 1.0,
    "rejected": 1.0, "baseless": 1.0, "unfounded": 1.0, "no evidence": 1.0,
    "without evidence": 1.0, "false": 0.5, "groundless": 1.0, "nonsense": 0.8,
}
ACCUSATION_CUES = {
    "menuduh": 1.0, "dituduh": 1.0, "menuding": 1.0, "dituding": 1.0, "tuduhan": 0.5,
    "tudingan": 0.5, "diduga": 0.6, "dugaan": 0.5, "mengutuk": 0.8, "mengecam": 0.8,
    "menyalahkan": 0.7, "melanggar": 0.5, "accuse": 1.0, "accuses": 1.0, "accused": 1.0,
    "alleged": 0.8, "allegedly": 0.8, "alleges": 1.0, "allegation": 0.6, "allegations": 0.6,
    "condemn": 0.8, "condemned": 0.8, "blamed": 0.7,
}



def _lexicon(key: str) -> dict[str, float]:
    """A cue lexicon of ``data/cues/<language>.json`` (the words label proposals read a
    denial or an accusation by: "dismissed", "menampik", "tidak pernah"), both languages,
    as casefolded space-separated tokens, the strongest weight kept."""
    found: dict[str, float] = {}
    for language in ("id", "en"):
        data = json.loads(data_file(f"cues/{language}.json").read_text(encoding="utf-8"))
        for phrase, weight in data.get(key, {}).items():
            toks = " ".join(words(phrase))
            if toks:
                found[toks] = max(weight, found.get(toks, 0.0))
    return found


def _with(base: dict[str, float], more: dict[str, float]) -> dict[str, float]:
    """The lexicon's words added to ``base``; a word in both keeps ``base``'s weight (the
    weights suggestions were tuned with)."""
    return {**more, **base}


# the words of the cues above: what a sentence shares only them in says nothing of what
# it is about (the lexicons' phrases hold words of an act too: "mengajukan laporan")
CUE_WORDS = frozenset(w for cue in (*ACCUSATION_CUES, *DENIAL_CUES) for w in cue.split())
CUE_STEMS = frozenset(stem(w) for w in CUE_WORDS)  # as a reading's terms
DENIAL_CUES = _with(DENIAL_CUES, _lexicon("denial"))
ACCUSATION_CUES = _with(ACCUSATION_CUES, _lexicon("accusation"))
_DENY_INDEX = phrase_index(DENIAL_CUES)
_ACCUSE_INDEX = phrase_index(ACCUSATION_CUES)


def _cue(index: dict[str, list[tuple[str, ...]]], weights: dict[str, float],
         toks: list[str]) -> float:
    if index.keys().isdisjoint(toks):
        return 0.0  # most sentences: no cue's first word, found without a loop in Python
    best = 0.0
    for i, tok in enumerate(toks):
        if tok in index:
            n = match_at(index, toks, i)
            if n:
                best = max(best, weights[" ".join(toks[i:i + n])])
    return best


def accusation_cue(toks: list[str]) -> float:
    """The strongest accusation cue among casefolded tokens, 0..1."""
    return _cue(_ACCUSE_INDEX, ACCUSATION_CUES, toks)


def denial_cue(toks: list[str]) -> float:
    """The strongest denial cue among casefolded tokens, 0..1."""
    return _cue(_DENY_INDEX, DENIAL_CUES, toks)
