"""A wrong whose subject is "none of ..." is a wrong negated, not a wrong reported (issue
11, thirty-third round, bug fix from a try on articles of the lead's own).

'"None of the accounts in question were found to have been used for money laundering," a
Tallis Pay spokesperson said': the reading took "money laundering" as a reported wrong and
proposed an accusation for the accused firm's reply. The subject "none of the accounts"
negates the whole clause, as "not" would beside the verb; the negation only stands too far
from the wrong for the word-distance test of a negated cue. So a wrongdoing cue is not read
as a wrong stated when a subject that counts nothing stands before it in its clause
(``openers``: "none of", "not one of", "not a single", "no" with its noun at the start of
the sentence, of a quotation or after "that"; Indonesian "tidak ada satu pun", "tak seorang
pun"), within ``reach`` words and with no clause break between (a comma, semicolon, colon or
dash, or one of ``breaks``: "but", "and", "because", ...), and only when the wrong is what
the clause says of that subject: between the subject and the cue stand only the
predicate's words, a verb of the clause among them ("were found to have been used for",
"had ever taken", "yang pernah melakukan"); a wrong inside the subject ("none of the
customers flagged for fraud were checked") or an object's ("no checks were carried out on
accounts used for money laundering": the regulator's failing) is read as before. What is
left is the sentence's
own speech: the accused side's contrary fact, which its dispute reads as a denial, and
anyone else's, a claim (data/guidelines.md: contrary evidence is a denial from the accused
side and a claim from anyone else).

Words: data ``deny33_none_of`` in data/cues/{en,id}.json (``openers``, ``noun_openers``:
openers that count only at a clause's start, ``starts``: the words after which such a clause
starts, ``breaks``, ``reach``, ``predicate``, ``anchors``).
"""

from __future__ import annotations

from functools import lru_cache

from annotator.domain.proposals.deeds import clause_breaks
from annotator.domain.proposals.lexicon import Lexicon, _phrases, cue_file, find


@lru_cache(maxsize=8)
def _data(language: str) -> tuple[dict, dict, frozenset[str], frozenset[str], int]:
    raw = cue_file(language).get("deny33_none_of", {})
    return (_phrases(raw.get("openers", [])), _phrases(raw.get("noun_openers", [])),
            frozenset(raw.get("starts", ())), frozenset(raw.get("breaks", ())),
            int(raw.get("reach", 0)))


@lru_cache(maxsize=8)
def _predicate(language: str) -> tuple[frozenset[str], frozenset[str]]:
    raw = cue_file(language).get("deny33_none_of", {})
    return frozenset(raw.get("predicate", ())), frozenset(raw.get("anchors", ()))


def _predicated(language: str, words: list[str], start: int, at: int) -> bool:
    """The cue at ``at`` is what the clause says of its subject: right before it, back to
    the subject, stand only the predicate's words (``predicate``), one of them a verb of the
    clause (``anchors``: "were", "had", "yang"). Not a wrong inside the subject ("none of the
    customers flagged for fraud were checked") nor the object's ("no checks were carried out
    on accounts used for money laundering")."""
    predicate, anchors = _predicate(language)
    k = at - 1
    anchored = False
    while k >= start and words[k] in predicate:
        anchored = anchored or words[k] in anchors
        k -= 1
    return anchored and k >= start


def _opens_clause(tokens, words: list[str], k: int, starts: frozenset[str]) -> bool:
    """Token ``k`` opens the sentence, a quotation, or a clause after one of ``starts``."""
    if k == 0 or words[k - 1] in starts:
        return True
    gap = tokens[0].string[tokens[k - 1].end():tokens[k].start()]
    return any(ch in gap for ch in "\"\u201c\u201d")


def none_subject(lex: Lexicon, tokens, words: list[str], at: int) -> str | None:
    """The words of a subject that counts nothing ("none of", "tidak ada satu pun") standing
    before the cue at ``at`` (or the longer wrong holding it: "money laundering") in its
    clause, within reach; None where there is none."""
    openers, noun_openers, starts, breaks, reach = _data(lex.language)
    if not reach or not tokens:
        return None
    broken = clause_breaks(tokens)
    at = min([a for a, b in find(lex.wrongdoing, words) if a < at < b], default=at)
    found = [(s, e) for s, e in find(openers, words)] + [
        (s, e) for s, e in find(noun_openers, words) if _opens_clause(tokens, words, s, starts)]
    for s, e in sorted(found, reverse=True):
        if not e <= at <= s + reach:
            continue
        if any(broken[k] for k in range(e, at + 1)) or any(
                w in breaks for w in words[e:at]) or not _predicated(
                lex.language, words, e, at):
            continue
        return " ".join(words[s:e])
    return None
