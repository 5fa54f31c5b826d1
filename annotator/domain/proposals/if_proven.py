"""A penalty put under a condition of proof: "Jika terbukti, sanksinya bisa sampai
pencopotan jabatan", "Kalau terbukti menambang di luar titik koordinat, izinnya bisa kami
bekukan", "Officials have the power to suspend the permit if the tests confirm a breach".
The guidelines: wrongdoing "put as a condition ('if it is true') is not yet an accusation",
and what happens next is context (data/guidelines.md, "accusation" and "context"). The
sets' gold reads every such sentence context, from a named speaker too (twenty-ninth
round); the rules read those with a speech verb as the speaker's claim, or as the accused
side's reply, where the penalty's words were not on the list of penalties that could follow
(narration.possible_penalty).

Read as structure, not as a list of penalties: a conditional word ("jika", "kalau",
"apabila", "if") with a word of proof right after it ("terbukti", "proven", "found guilty",
"the tests confirm"), and a word of possibility ("bisa", "dapat", "terancam", "could",
"faces", "the power to") in the sentence outside the conditional clause. Not when the
proof word is negated ("jika tidak terbukti"), and not without the word of possibility
("Kalau terbukti, itu pelanggaran berat": the speaker's judgement, left to the other
rules). The families are data, ``context29_if_proven`` in ``data/cues/<language>.json``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from annotator.domain.proposals.lexicon import _phrases, cue_file, find


@dataclass(frozen=True)
class IfProven:
    conditionals: frozenset[str]
    proofs: dict[tuple[str, ...], float]
    possible: dict[tuple[str, ...], float]
    negations: frozenset[str]
    within: int


@lru_cache(maxsize=8)
def families(language: str) -> IfProven:
    raw = cue_file(language).get("context29_if_proven", {})
    return IfProven(frozenset(raw.get("conditionals", ())), _phrases(raw.get("proofs", [])),
                    _phrases(raw.get("possible", [])), frozenset(raw.get("negations", ())),
                    int(raw.get("within", 3)))


def penalty_if_proven(language: str, words: list[str]) -> str | None:
    """The condition of proof ("jika terbukti", "if the tests confirm") when the sentence
    puts a possible consequence beside it, else None."""
    fam = families(language)
    if not fam.conditionals:
        return None
    for k, word in enumerate(words):
        if word not in fam.conditionals:
            continue
        window = words[k + 1:k + 1 + fam.within]
        proofs = find(fam.proofs, window)
        if not proofs:
            continue
        s, e = proofs[0]
        if any(w in fam.negations for w in window[:s]):
            continue  # "jika tidak terbukti", "if it is not proven"
        clause = range(k, k + 1 + e)
        if any(not any(k2 in clause for k2 in range(a, b))
               for a, b in find(fam.possible, words)):
            return " ".join(words[k:k + 1 + e])
    return None
