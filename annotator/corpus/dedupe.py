"""Repeats inside one document, and near-identical sentences across documents.

Near-duplicates (the same wire copy in two outlets) are found without comparing all
pairs: each sentence is filed under a few word windows (its first, middle and last five
words) and only sentences that share a window with it are scored with rapidfuzz.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

DUPLICATE = "duplicate"
MIN_SCORE = 90.0  # fuzz.ratio on normalised text: near-identical, not merely similar
WINDOW = 5
MIN_TOKENS = 4  # shorter sentences are too generic to group by resemblance
MAX_BUCKET = 64  # a window shared by more sentences than this is boilerplate, not evidence
MAX_CHARS = 2000  # longer texts are grouped only when identical
_WORD = re.compile(r"\w+")


def normalise(text: str) -> str:
    """Case, spacing and punctuation do not make two sentences different."""
    return " ".join(_WORD.findall(text.casefold()))


def repeats(texts: Sequence[str | None]) -> list[int | None]:
    """For each text, the index of its first earlier occurrence (None when first or None)."""
    seen: dict[str, int] = {}
    out: list[int | None] = []
    for i, text in enumerate(texts):
        if text is None:
            out.append(None)
            continue
        key = " ".join(text.split()).casefold()
        first = seen.setdefault(key, i)
        out.append(None if first == i else first)
    return out


@dataclass
class _Entry:
    sentence_id: str
    doc_id: str
    text: str
    group_id: str | None


class NearDuplicateIndex:
    """Sentences seen so far, filed by word windows, to group new ones with."""

    def __init__(self, min_score: float = MIN_SCORE):
        self.min_score = min_score
        self.entries: list[_Entry] = []
        self.exact: dict[str, int] = {}
        self.buckets: dict[int, list[int]] = {}
        self.new_roots: set[str] = set()  # earlier sentences that just became a group's first

    @staticmethod
    def _keys(tokens: list[str]) -> set[int]:
        n = len(tokens)
        if n <= WINDOW:
            return {hash(tuple(tokens))}
        mid = (n - WINDOW) // 2
        return {
            hash(tuple(tokens[:WINDOW])),
            hash(tuple(tokens[mid : mid + WINDOW])),
            hash(tuple(tokens[-WINDOW:])),
        }

    def add(
        self, sentence_id: str, doc_id: str, text: str, group_id: str | None = None,
        *, search: bool = True,
    ) -> str | None:
        """File a sentence; returns the group it joins (None when it stands alone).

        search=False files an already stored sentence with its stored group.
        """
        tokens = _WORD.findall(text.casefold())
        if len(tokens) < MIN_TOKENS:
            return group_id
        norm = " ".join(tokens)
        match = self._find(doc_id, norm, tokens) if search else None
        if match is not None and group_id is None:
            other = self.entries[match]
            if other.group_id is None:
                other.group_id = other.sentence_id
                self.new_roots.add(other.sentence_id)
            group_id = other.group_id
        index = len(self.entries)
        self.entries.append(_Entry(sentence_id, doc_id, norm, group_id))
        self.exact.setdefault(norm, index)
        if len(norm) <= MAX_CHARS:
            for key in self._keys(tokens):
                bucket = self.buckets.setdefault(key, [])
                if len(bucket) < MAX_BUCKET:
                    bucket.append(index)
        return group_id

    def _find(self, doc_id: str, norm: str, tokens: list[str]) -> int | None:
        same = self.exact.get(norm)
        if same is not None and self.entries[same].doc_id != doc_id:
            return same
        if len(norm) > MAX_CHARS:
            return None
        candidates: set[int] = set()
        for key in self._keys(tokens):
            candidates.update(self.buckets.get(key, ()))
        best, best_score = None, self.min_score
        for index in sorted(candidates):
            entry = self.entries[index]
            if entry.doc_id == doc_id:
                continue
            score = fuzz.ratio(norm, entry.text, score_cutoff=best_score)
            if score > best_score or (best is None and score >= best_score):
                best, best_score = index, score
        return best
