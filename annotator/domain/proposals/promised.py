"""Reported speech that promises a remedy, and a figure set against only a generic source:
context, not a claim nor the accused side's denial (twenty-seventh round, second pass;
stances.stance asks this after its own classes, so narration.scene reads it).

Read as structure, each family data (``context27b_promised`` in
``data/cues/<language>.json``):

- a remedy promised: a future word, then within four words (none of them a negation) a
  verb of putting right, refunding or paying back ("every affected passenger will be
  refunded", "would be offered a refund", "the arrears will be paid by March", "penerbit
  akan mengirim lembar ralat", "akan mengembalikan uang pelanggan"): the guidelines make a
  promise context even from a named speaker, and from the accused side it answers no
  allegation (the remedy done, "has refunded", is dispute._remedy's, a claim). Not in a
  relative clause ("a loan that would be repaid": what the loan is, the future word right
  after "that", "which", "yang"), nor where the sentence states another fact beside it
  (frames._contrasted);
- a figure set against only a generic source: "according to", "menurut" and after it, up
  to the clause's end, nothing but a source's noun ("figures", "estimates", "data",
  "website") and generic words ("the latest official", "government", "its"): background
  the article gives, no party saying it ("Waiting lists stood at 7.4 million, according to
  the latest official figures", "..., according to its website"). A source that names a
  body ("according to EU data", "menurut data Kementerian Luar Negeri", "according to a
  census published by NatureScot") is a party's figure, a claim, and stays so.

A remedy promised after an allegation by one not on the accusing side keeps its speaker on
the accused side for the sentences that follow, as the denial it was read as before did
(dispute.Dispute.take, ``PROMISED``): what the party that promised to pay back says next
still answers for it ('He said deductions were made only for extra rations')."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from annotator.domain.proposals import frames
from annotator.domain.proposals.lexicon import Lexicon, _phrases, cue_file, find

PROMISED = "a promise: a remedy promised"  # the reason's words (dispute.Dispute.take)
REMEDY_REACH = 4  # words after the future word where the verb of putting right stands


@dataclass(frozen=True)
class Promised:
    future: dict[tuple[str, ...], float]
    remedies: dict[tuple[str, ...], float]
    relative: frozenset[str]
    according: dict[tuple[str, ...], float]
    generic: frozenset[str]
    sources: frozenset[str]


@lru_cache(maxsize=8)
def families(language: str) -> Promised:
    raw = cue_file(language).get("context27b_promised", {})
    remedy = raw.get("remedy", {})
    background = raw.get("background", {})
    return Promised(_phrases(remedy.get("future", [])), _phrases(remedy.get("verbs", [])),
                    frozenset(remedy.get("relative", ())),
                    _phrases(background.get("according", [])),
                    frozenset(background.get("generic", ())),
                    frozenset(background.get("sources", ())))


def remedy(lex: Lexicon, words: list[str]) -> str | None:
    """A remedy promised: the future word and the verb of putting right, else None."""
    fam = families(lex.language)
    for s, e in find(fam.future, words):
        if s > 0 and words[s - 1] in fam.relative:
            continue  # "a short-term loan that would be repaid": what the loan is
        reach = words[e:e + REMEDY_REACH]
        for m, n in find(fam.remedies, reach):
            if any(w in lex.negations for w in words[max(0, s - 1):e + m]):
                break  # "will not be refunded": a refusal, not a promise
            if frames._contrasted(words, s, e + n):
                return None
            return f"{' '.join(words[s:e])} ... {' '.join(reach[m:n])}"
    return None


def background(lex: Lexicon, tokens, words: list[str]) -> str | None:
    """A figure set against only a generic source: "according to" and, up to the next
    comma or the sentence's end, only generic words and at least one source's noun. The
    words, else None."""
    fam = families(lex.language)
    if not tokens or not fam.sources:
        return None
    text = tokens[0].string
    for s, e in find(fam.according, words):
        rest = []
        for k in range(e, len(words)):
            rest.append(words[k])
            after = text[tokens[k].end():tokens[k + 1].start()] if k + 1 < len(tokens) else ""
            if "," in after or ";" in after:
                break
        if rest and all(w in fam.generic or w in fam.sources for w in rest) and any(
                w in fam.sources for w in rest):
            return " ".join(words[s:e + len(rest)])
    return None
