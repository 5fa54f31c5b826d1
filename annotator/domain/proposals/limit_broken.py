"""A limit said broken by the accusing side is its accusation (thirty-ninth round, issue 11,
branch w13sides3).

The class, seen on the tuned-on sets: the accusing side's reported speech setting a figure
against the limit it breaks ("said meters at Redgum Orchards' pump station recorded 1,930
megalitres drawn in the 2025-26 season against a licensed allocation of 870", "said
pluckers ... received 198 rupees for a full day, against the 250 rupees set by the state
government", "said monitoring found the station broadcasting automated music playlists for
more than 20 hours a day, against a commitment to at least eight hours of live local
output") was proposed a claim by its speech verb. The guidelines: stating the wrongful act
itself is enough for an accusation; a breach of the limit told by the side that alleges it
is one.

Read here, as data (data/cues/en.json, ``accuse39_limit``; Indonesian has none): a figure
(a word with a digit, or one of ``numbers``) in the sentence, then one of ``against``, then
within ``reach`` words a word of ``limits`` ("limit", "allocation", "commitment",
"minimum", "cap") or of ``set`` ("set by", "required by"); or one of ``broken`` ("exceeded",
"breached") with a word of ``limits`` within ``reach`` words after it, not negated ("had
never exceeded" is the reply). Not what documents or records show (one of ``shown``
before it: "its own records ... show 4,860 movements ..., against a limit" is the accusing
side's evidence, a claim by the guidelines), and only for a speaker the dispute already
places on the accusing side (dispute._limit_broken): from the accused side the same figure is
its reply (wrongs.contrary_figure). On the readable sets the shape is 5 gold accusations
and nothing else.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from annotator.domain.proposals.lexicon import Lexicon, cue_file

KEY = "accuse39_limit"


@dataclass(frozen=True)
class _Data:
    against: frozenset[str]
    limits: frozenset[str]
    set: frozenset[str]
    broken: frozenset[str]
    numbers: frozenset[str]
    shown: frozenset[str]
    reach: int


@lru_cache(maxsize=8)
def _data(language: str) -> _Data:
    raw = cue_file(language).get(KEY, {})
    return _Data(*(frozenset(raw.get(k, ())) for k in (
        "against", "limits", "set", "broken", "numbers", "shown")), int(raw.get("reach", 0)))


def _figure(data: _Data, word: str) -> bool:
    return any(c.isdigit() for c in word) or word in data.numbers


def _limit_within(data: _Data, words: list[str], start: int) -> int | None:
    """Where a word of the limit stands within ``reach`` words from ``start``."""
    for k in range(start, min(len(words), start + data.reach)):
        if words[k] in data.limits or words[k] in data.set:
            return k
    return None


def limit_broken(lex: Lexicon, words: list[str]) -> str | None:
    """The words that set a figure against the limit it breaks, or say the limit was
    exceeded (module doc), else None."""
    data = _data(lex.language)
    if not data.against:
        return None
    for k, word in enumerate(words):
        if any(w in data.shown for w in words[:k]):
            return None  # what records show: the evidence
        if word in data.against and any(_figure(data, w) for w in words[:k]):
            end = _limit_within(data, words, k + 1)
            if end is not None:
                return " ".join(words[k:end + 1])
        if word in data.broken and not any(w in lex.negations or w.endswith("n't")
                                            for w in words[max(0, k - 2):k]):
            end = _limit_within(data, words, k + 1)
            if end is not None and words[end] in data.limits:
                return " ".join(words[k:end + 1])
    return None
