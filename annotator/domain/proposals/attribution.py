"""An attribution-only sentence: its subject is the statement the story just reported ("The
allegations were made at a public meeting", "The condemnation was issued in a joint
statement released in London", "Tudingan itu disampaikan dalam diskusi yang digelar LBH
Jakarta", "Pernyataan bersama itu dibacakan dalam jumpa pers"). It names where or when the
statement was made, not a new speaker: the source is the speaker of the statement it is
about (the guidelines, seventh round), whatever place, venue or host it names.

The statement nouns and the verbs of delivering one are data (data/cues/<language>.json,
"speaker11_attribution").
"""

from __future__ import annotations

from functools import lru_cache

from annotator.domain.proposals.lexicon import Lexicon, cue_file

_OPENERS = {"but", "and", "however", "meanwhile", "namun", "sementara", "adapun"}
_DETERMINERS = {"the", "this", "that", "these", "those", "its", "their", "his", "her",
                "itu", "ini", "tersebut"}
MODIFIERS = 2  # words between the determiner and the noun ("the joint statement")
REACH = 10  # words from the noun to the verb, past an apposition ("..., carried by X,")


@lru_cache(maxsize=8)
def _cues(language: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    raw = cue_file(language).get("speaker11_attribution", {})
    return (frozenset(raw.get("nouns", ())), frozenset(raw.get("delivered", ())),
            frozenset(raw.get("agents", ())))


def about_a_statement(words: list[str], lex: Lexicon) -> str | None:
    """The delivering verb when the sentence's subject is a statement the story reported
    before ("The allegations were made", "Pernyataan itu dibacakan"), with no agent of
    its own after the verb ("by X", "oleh X": that agent speaks, other rules); else None."""
    nouns, delivered, agents = _cues(lex.language)
    k = 0
    while k < len(words) and words[k] in _OPENERS:
        k += 1
    head_first = lex.head_first
    if not head_first:
        if k >= len(words) or words[k] not in _DETERMINERS:
            return None
        k += 1
    noun = next((j for j in range(k, min(len(words), k + MODIFIERS + 1))
                 if words[j] in nouns), None)
    if noun is None:
        return None
    if head_first and noun != k:
        return None  # "Tudingan itu", "Pernyataan bersama itu": the noun opens
    if head_first and not any(w in _DETERMINERS for w in words[noun + 1:noun + 3]):
        return None  # a statement the story reported before: "itu", "tersebut"
    for j in range(noun + 1, min(len(words), noun + REACH)):
        if words[j] in delivered:
            if j + 1 < len(words) and words[j + 1] in agents:
                return None  # "disampaikan oleh X", "was issued by X"
            return words[j]
    return None


_CAME = {"came", "comes", "come", "coming", "datang", "muncul", "berasal"}
_FROM = {"from", "dari"}
_ARTICLE = {"a", "an", "the", "one", "another", "sebuah", "satu"}


def came_from(words: list[str], lex: Lexicon) -> int | None:
    """Where the speaker begins in "A denial came from X", "Criticism came from X", "Kritik
    datang dari X": a statement as the subject, the one it came from its source; else
    None."""
    if not _CAME.intersection(words):
        return None
    nouns = _cues(lex.language)[0] | _MORE_NOUNS
    k = 0
    while k < len(words) and (words[k] in _OPENERS or words[k] in _ARTICLE):
        k += 1
    noun = next((j for j in range(k, min(len(words), k + MODIFIERS + 1))
                 if words[j] in nouns), None)
    if noun is None:
        return None
    for j in range(noun + 1, min(len(words) - 1, noun + 4)):
        if words[j] in _CAME and words[j + 1] in _FROM:
            return j + 2 if j + 2 < len(words) else None
    return None


# statement nouns a story opens with before "came from" ("Support came from", "Kecaman")
_MORE_NOUNS = frozenset({"support", "praise", "backing", "objections", "objection",
                         "complaints", "complaint", "opposition", "dukungan", "kecaman",
                         "kritik", "bantahan", "tudingan", "tuduhan", "protes", "keberatan",
                         "penolakan", "sanggahan", "pujian", "desakan"})
