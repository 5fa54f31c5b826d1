"""A body confirming it received the article's complaint, then saying what it will do:
"Anggota Ombudsman RI, X, membenarkan lembaganya telah menerima aduan tersebut dan akan
memanggil panitia pekan depan", "Komisioner Komnas HAM, X, mengonfirmasi lembaganya
menerima aduan tersebut dan akan meminta keterangan dari Pemkab Maros", "Juru bicara KY, X,
membenarkan laporan tersebut dan mengatakan KY akan lebih dulu memverifikasi kelengkapan
berkas". The guidelines: "a body saying it received complaints or reports makes a claim:
the body is the speaker" (data/guidelines.md, "claim"); the step it will take next is said
beside that claim, not instead of it. The rules read the step (procedure, a plan) and
proposed context.

Measured on the readable sets (thirtieth round): receipt confirmed and then "dan ... akan"
is a gold claim in all eight sentences of eight articles (three of heldout5-8/classes9);
receipt then a step under way ("dan sedang melakukan verifikasi", "sudah diterima dan sedang
dipelajari") is gold context three times, and a step with no receipt ("masih mempelajari
laporan tersebut dan akan ...", "laporan itu akan dikaji") is context: both left alone.

Read as structure: a verb of receiving ("menerima") with a complaint noun within
``reach`` words after it, or a verb of confirming right before the complaint noun
("membenarkan laporan tersebut"); then a joining word ("dan") after the noun and a word of
the future within ``future_reach`` words after that. Not when a word of a step under way
("sedang", "masih") stands between the joining word and the future, nor when the receipt is
negated. Words are data, ``claim30_received_then`` in ``data/cues/<language>.json``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from annotator.domain.proposals.lexicon import cue_file


@dataclass(frozen=True)
class ReceivedThen:
    receiving: frozenset[str]
    confirming: frozenset[str]
    nouns: frozenset[str]
    joining: frozenset[str]
    future: frozenset[str]
    underway: frozenset[str]
    negations: frozenset[str]
    reach: int
    future_reach: int


@lru_cache(maxsize=8)
def families(language: str) -> ReceivedThen:
    raw = cue_file(language).get("claim30_received_then", {})

    def words(key: str) -> frozenset[str]:
        return frozenset(raw.get(key, ()))
    return ReceivedThen(words("receiving"), words("confirming"), words("complaint_nouns"),
                        words("joining"), words("future"), words("underway"),
                        words("negations"), int(raw.get("reach", 4)),
                        int(raw.get("future_reach", 4)))


def _receipt(fam: ReceivedThen, words: list[str]) -> int | None:
    """Where the complaint noun of a receipt stands, else None."""
    for k, word in enumerate(words):
        if any(w in fam.negations for w in words[max(0, k - 2):k]):
            continue
        if word in fam.confirming and k + 1 < len(words) and words[k + 1] in fam.nouns:
            return k + 1  # "membenarkan laporan tersebut"
        if word in fam.receiving:
            for j in range(k + 1, min(len(words), k + 1 + fam.reach)):
                if words[j] in fam.nouns:
                    return j
    return None


def received_then(language: str, words: list[str]) -> str | None:
    """The words of a receipt confirmed and the future step said after it ("menerima ...
    akan"), else None."""
    fam = families(language)
    if not fam.future:
        return None
    at = _receipt(fam, words)
    if at is None:
        return None
    for j in range(at + 1, len(words)):
        if words[j] not in fam.joining:
            continue
        for t in range(j + 1, min(len(words), j + 1 + fam.future_reach)):
            if words[t] in fam.underway:
                return None
            if words[t] in fam.future:
                return f"{words[at]} ... {words[t]}"
        return None
    return None
