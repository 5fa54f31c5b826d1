"""Claim or context, twenty-eighth round: where the words a sentence is read by are not its
act (``context28_evidence_or_frame`` in ``data/cues/<language>.json``; the classes were
counted on the tuned sets before building, benchmarks/proposals/CONTEXT28.md).

- a document that cites: a filing's or a document's noun opening the sentence's subject,
  then, before any auxiliary, clause link or speech verb, a verb of citing or attaching
  ("The complaint cites a slide deck that carries the campaign's logo", "The list also
  cites a map that places ...", "Gugatan itu merujuk pada hasil audit ...", "Laporan itu
  melampirkan ..."): the article's narration names the evidence a document offers, a claim
  by the guidelines ("Evidence offered for an accusation that does not itself say a party
  did wrong (images, counts, documents, timelines) is a claim"); measured.evidence asks it
  after its own classes. Not inside a clause ("a report that cites"), not after a
  condition ("If the complaint cites ...").
- a word of procedure that only describes: right after a relative word, with at most two
  auxiliaries between ("salah satu alat yang disita cocok dengan ...", "the devices that
  were seized matched ..."), or right after a word of time ('"...," ujarnya saat sidak'):
  the seizure or the spot check is what a thing is or when it was said, not what the
  sentence reports; acts.procedure skips it and the sentence is read by its other words.
- complaints received that a body declines to comment on ("said it did not comment on
  complaints it received"): no complaint received is told, the body declines to say
  (reading asks it before reading complaints received);
- a name or a title in quotation marks inside narration ('mengganti papan nama kedainya
  menjadi "Senja Braga"', 'diraih perahu "Putri Kembang Dadar"'): nobody is quoted, so
  the sentence is no quotation (reading, before a quotation decides a claim)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from annotator.domain.proposals.lexicon import Lexicon, cue_file

CITE_REACH = 6  # words after the document's noun where its verb of citing stands


@dataclass(frozen=True)
class Family:
    opens: int  # words before the document's noun at most (determiners, modifiers)
    nouns: frozenset[str]
    verbs: frozenset[str]
    not_before: frozenset[str]  # "if", "when": the noun is not the sentence's subject
    stops: frozenset[str]  # "said", "was", "which": the subject's clause has ended
    relative: frozenset[str]  # "yang", "that": a procedure word after it describes
    between: frozenset[str]  # "were", "sudah": what may stand between
    frames: frozenset[str]  # "saat", "during": a procedure word after it sets a time


@lru_cache(maxsize=8)
def family(language: str) -> Family:
    raw = cue_file(language).get("context28_evidence_or_frame", {})
    cites = raw.get("cites", {})
    aside = raw.get("aside", {})
    return Family(int(cites.get("opens", 0)), frozenset(cites.get("nouns", ())),
                  frozenset(cites.get("verbs", ())), frozenset(cites.get("not_before", ())),
                  frozenset(cites.get("stops", ())), frozenset(aside.get("relative", ())),
                  frozenset(aside.get("between", ())), frozenset(aside.get("frames", ())))


def document_cites(lex: Lexicon, words: list[str]) -> str | None:
    """A document as the subject and its verb of citing ("complaint ... cites"), else
    None."""
    fam = family(lex.language)
    noun = next((k for k, w in enumerate(words[:fam.opens + 1]) if w in fam.nouns), None)
    if noun is None or any(w in fam.not_before for w in words[:noun]):
        return None
    for k in range(noun + 1, min(len(words), noun + 1 + CITE_REACH)):
        if words[k] in fam.stops or words[k] in fam.relative:
            return None
        if words[k] in fam.verbs:
            return f"{words[noun]} ... {words[k]}"
    return None


def aside(lex: Lexicon, words: list[str], at: int) -> bool:
    """The procedure word at ``at`` stands in a relative clause or after a word of time."""
    fam = family(lex.language)
    k = at - 1
    while k >= 0 and at - k <= 2 and words[k] in fam.between:
        k -= 1
    return k >= 0 and (words[k] in fam.relative or (k == at - 1 and words[k] in fam.frames))


def declined_about(words: list[str], silent: set[int], received: str) -> bool:
    """The complaints received (``received``, as acts.received gives them) stand after the
    words of declining to comment: the body says nothing of them."""
    if not silent:
        return False
    first = received.split()[0]
    return any(w == first and k > min(silent) for k, w in enumerate(words))


NAME_WORDS = 5  # words a name or a title in quotation marks holds at most


def names_only(text: str, spans: list[tuple[int, int]]) -> bool:
    """Every span in quotation marks (``spans``, reading._quoted's) is a name or a title
    inside the sentence: a few words, the first and the last written with a capital or a
    figure, no clause's punctuation, and narration before it ('menjadi "Senja Braga".',
    'diraih perahu "Putri Kembang Dadar" dari ...', 'the film "Blue Lights Over
    Mathare"'): the marks name a boat, a shop or a work, nobody is quoted."""
    if not spans:
        return False
    for a, b in spans:
        inside = text[a:b].strip()
        words = inside.split()
        if not words or len(words) > NAME_WORDS or not text[:a].strip(' "“”'):
            return False
        if any(ch in inside for ch in ".,;:!?"):
            return False
        if not all(w[:1].isupper() or w[:1].isdigit() for w in (words[0], words[-1])):
            return False
    return True
