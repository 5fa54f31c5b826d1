"""The accused side explaining the act away, as the guidelines read its reply: "explains it
away or blames another cause" is a denial, and so is blame that answers the allegation.
Two families, kept as data (``data/cues/<language>.json``, keys ``label10_*``):

- ``label10_causes``: a cause given, in any form of the connective ("because", "owing to",
  "stemmed from", "was down to", "karena", "dikarenakan", "imbas dari", "dipicu",
  "bersumber dari");
- ``label10_other_parties``: another party blamed, a word for "another" beside a party's
  noun ("another operator", "other companies", "pabrik lain", "pihak lain", "orang lain")
  or a phrase of its own ("someone else", "pihak ketiga").

Neither says who speaks: dispute.py reads them only for a speaker on the accused side (one
that denied, the party an accusation or enforcement held responsible, whoever speaks for
it), after an accusation. From anyone else a cause is evidence or the accusation itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from annotator.domain.proposals.lexicon import Lexicon, _phrases, cue_file, find
from annotator.domain.proposals.wrongs import words_of


@dataclass(frozen=True)
class Explaining:
    causes: dict[tuple[str, ...], float]
    others: frozenset[str]
    nouns: frozenset[str]
    alone: dict[tuple[str, ...], float]


@lru_cache(maxsize=8)
def explaining(language: str) -> Explaining:
    raw = cue_file(language)
    causes = raw.get("label10_causes", {})
    parties = raw.get("label10_other_parties", {})
    return Explaining(_phrases(causes.get("phrases", [])),
                      frozenset(parties.get("others", ())),
                      frozenset(parties.get("nouns", ())),
                      _phrases(parties.get("alone", [])))


def explained_away(text: str, lex: Lexicon) -> str | None:
    """The cause or the other party the sentence gives ("the pipes cracked because the
    ground froze", "pipa itu milik pabrik lain"), as written; None when it gives neither."""
    words = words_of(text)
    fam = explaining(lex.language)
    for s, e in find(fam.causes, words) + find(fam.alone, words):
        return " ".join(words[s:e])
    for k, word in enumerate(words):
        if word not in fam.nouns:
            continue
        before = words[k - 1] if k > 0 else ""
        after = words[k + 1] if k + 1 < len(words) else ""
        if (before in fam.others and not lex.head_first) or (after in fam.others
                                                             and lex.head_first):
            return f"{before} {word}" if not lex.head_first else f"{word} {after}"
    return None
