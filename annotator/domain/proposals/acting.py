"""The party that acts is the source: a sentence with no speech verb whose subject is a
named or described party performing an act the guidelines give a speaker to.

The guidelines ("context"): promises, plans, appeals and procedure keep their speaker
("The Riverland Irrigators' Association has written to the state's water minister asking
...", "The Met Office has extended its amber wind warning", "Ketua Umum PP PBVSI, Bambang
Sutrisno, menjanjikan bonus", "Karena itu, tim mengusulkan agar ..."); a party's own
account of itself is a claim with that party as its source ("Irwan mengakui sopir ...",
"Hartleigh Dale Parish Council has counted cracks in 47 homes"); a joint act names every
party. Narration with no speaker keeps no source: the subject must be a party ("Four
people died", "Prices rose 3%" have no act of this family; "Residents have written to the
council", "Warga memasang spanduk" are plurals of unnamed people, read as the speech verbs'
subjects are), never a passive ("The bridge was closed"), a negated act, or the act of a
relative clause.

The acts are data (data/cues/<language>.json, "speaker16_acts": phrases whose subject is
the source). The subject is read as a speech verb's is (reading._subject), and a pronoun
("It has sent its log", "Ia mengakui") takes the party named before.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from annotator.domain.proposals.lexicon import Lexicon, cue_file, find
from annotator.domain.proposals.speaker_acts import documents as speaker_documents

KEY = "speaker16_acts"
_RELATIVE = frozenset({"yang", "who", "which", "that", "whose"})
_IT = frozenset({"it", "its"})  # a body: the body named last, not the last speaker


@dataclass(frozen=True)
class _Family:
    phrases: dict[tuple[str, ...], float]
    conveying: frozenset[str]  # counts only with a document or evidence after it
    conveyed: frozenset[str]
    subordinators: frozenset[str]
    not_before: dict[str, frozenset[str]]


@lru_cache(maxsize=8)
def _family(language: str) -> _Family:
    raw = cue_file(language).get(KEY, {})
    return _Family({tuple(p.split()): 0.8 for p in raw.get("phrases", ())},
                   frozenset(raw.get("conveying", ())), frozenset(raw.get("conveyed", ())),
                   frozenset(raw.get("subordinators", ())),
                   {k: frozenset(v) for k, v in raw.get("not_before", {}).items()})


CONVEYED_REACH = 4  # words from "sent" to what it sends ("sent a 14-page list")


def acts_at(lex: Lexicon, words: list[str]) -> list[tuple[int, int]]:
    """Where an act of the family stands in the casefolded ``words``, neither negated,
    passive, in a relative clause ("the complaint, which the council sent") nor after a
    subordinator ("sejak mengirim pasukan"); an act of conveying only with a document or
    evidence after it ("sent its log", not "sent a team")."""
    family = _family(lex.language)
    documents = speaker_documents(lex)
    found = []
    for s, e in find(family.phrases, words):
        before = words[max(0, s - 3):s]
        if any(w in lex.negations for w in before[-2:]):
            continue  # "has not sent", "tidak mengakui"
        if s > 0 and (words[s - 1] in lex.passive_auxiliaries
                      or words[s - 1] in family.subordinators):
            continue  # "was sent", "were appointed", "since sending"
        if _RELATIVE.intersection(before[-2:]):
            continue  # "the group that sent", "pihak yang mengakui"
        if e < len(words) and words[e] in family.not_before.get(words[s], ()):
            continue  # "mengakui kemerdekaan": recognising a state, not admitting
        if e < len(words) and words[e] in ("by", "oleh"):
            continue  # "records published by the department": a participle
        if words[s] in family.conveying and not any(
                w in family.conveyed or w in documents
                for w in words[e:e + CONVEYED_REACH]):
            continue
        found.append((s, e))
    return found


def described_only(name: str) -> bool:
    """A name that is only a description with a capital for opening the sentence
    ("Pemerintah provinsi", "Kedua pihak", "Surveyors"): no party named."""
    words = name.split()
    return bool(words) and words[0][1:].islower() and all(w.islower() for w in words[1:])


def party_acting(text, tokens, words, lex: Lexicon, last_named: str | None, subject,
                 carried, antecedent_of):
    """The reading of the party that performs the sentence's first act of the family:
    ``subject(s, why)`` reads the subject before the act at ``s`` as a speech verb's
    (reading._subject), ``carried(cue)`` a pronoun as the last named speaker,
    ``antecedent_of(pronoun, why)`` "it" as the body named last. None when no such act stands,
    or its subject names nobody."""
    from annotator.domain.proposals.name_words import pronoun_at

    for s, e in acts_at(lex, words):
        act = " ".join(words[s:e])
        why = f"the party acting: subject of '{act}'"
        p = s - 1
        while p >= 0 and words[p] in lex.between:
            p -= 1  # "It has also sent", "Ia juga mengakui"
        if p >= 0 and pronoun_at(tokens, words, p, lex) and (
                p == 0 or words[p - 1] in _OPENERS or "," in text[
                tokens[p - 1].end():tokens[p].start()]):
            if words[p] in _IT:
                return antecedent_of(words[p], f"'{words[p]} {act}': the body named last")
            if last_named:
                return carried(f"{words[p]} {act}")
            return None
        found = subject(s, why)
        if found is not None and found.name and not found.written and not (
                found.new and described_only(found.name)):
            return found
    return None


_OPENERS = frozenset({"and", "but", "dan", "namun", "tetapi", "lalu", "kemudian", "then",
                      "also", "juga", "meanwhile", "sementara", "itu"})
