"""A sanction a named party received ("Harwick received a £4m fine", "PT X sudah dua kali
mendapat teguran tertulis", "klub itu terkena sanksi"): enforcement that names a party as
responsible, an accusation by the guidelines, told from the party's side of the verb. The
family is data (``data/cues/<language>.json``, ``label10_sanctions_received``): the verbs
of receiving and the sanctions, read within a few words of each other.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from annotator.domain.proposals.lexicon import Lexicon, _phrases, cue_file, find

SANCTION_REACH = 3  # words after the verb of receiving where the sanction stands


@dataclass(frozen=True)
class Receiving:
    verbs: frozenset[str]
    nouns: dict[tuple[str, ...], float]


@lru_cache(maxsize=8)
def receiving(language: str) -> Receiving:
    raw = cue_file(language).get("label10_sanctions_received", {})
    return Receiving(frozenset(raw.get("verbs", ())), _phrases(raw.get("nouns", [])))


def sanctions_received(lex: Lexicon, words: list[str]) -> list[tuple[int, int]]:
    """Where a verb of receiving stands with a sanction just after it: (verb, end of the
    sanction) spans, in order."""
    fam = receiving(lex.language)
    found = []
    for k, w in enumerate(words):
        if w not in fam.verbs:
            continue
        after = words[k + 1:k + 1 + SANCTION_REACH + 2]
        for s, e in find(fam.nouns, after):
            if s <= SANCTION_REACH:
                found.append((k, k + 1 + e))
                break
    return found
