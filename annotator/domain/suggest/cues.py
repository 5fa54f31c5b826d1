"""Accusation and denial cue words: how strongly a sentence's own words say it accuses or
denies, before any reviewer has labeled it (so suggestions work on a cold corpus)."""

from __future__ import annotations

from annotator.domain.suggest.words import match_at, phrase_index

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
