"""The accusing side's own negation is no denial (issue 11, twenty-ninth round, branch
i11deny29; dispute.py asks it where a denial cue is read in its dispute).

A denial cue that is only a negation ("never", "tidak pernah", "tidak ada", "there was no")
denies when the accused side says it of itself ("We have never hidden a single
cancellation"). Said by the side that complains of what another did or failed to do
("The county took the money out of paychecks and never sent it on", "kontrak itu tidak
pernah diperpanjang dengannya", "tidak ada sepeser pun yang masuk"), it tells the wrong done
to it, or its evidence: the guidelines' denial is the accused side (or anyone calling a
statement false) rejecting the allegation, and nothing of the allegation is rejected. So a
negation-only cue is read as the wrong stated (a claim, which the rules that read the
accusing side's words may still make its accusation) when

- the dispute places its speaker on the accusing side (``Dispute.side``, not the loose
  reading), and the speaker neither denied before nor is the party an accusation held
  responsible;
- no first person stands just before the negation: "kami tidak pernah menjual", "I have
  never met these people" deny the speaker's own act, whoever speaks (an accuser in a
  dispute of two allegations is the other's accused);
- it negates no ground, evidence or truth ("tidak ada alasan untuk ...", "there is no
  evidence") and no occurrence ("itu tidak pernah terjadi", "that never happened"): those
  reject a statement.

A speaker the sentence itself describes, outside the quotation and beside the name, by the
lay role of one harmed ("kata Rosmawati, warga yang rumahnya ikut dibongkar", "Salah seorang
nasabah, Wulan Dewi", "said Margaret Elwood, who has lived on Quarry Lane"; second wave,
branch i11deny29b) tells what befell them with the same negations, a first person too ("Kami
tidak pernah menjual sejengkal pun", "We never had a crack until last year"): a claim, unless
the dispute placed that speaker on the accused side or a ground or an occurrence is negated.
Read on the rules' errors on text they were not tuned on (heldout5-8, classes9: 4 lines of 4
articles, and 1 of the older tuned sets; no right denial so read).

Words: data ``deny29_own_negation`` in data/cues/{en,id}.json (``fillers``: words that may
stand beside the negations in such a cue; ``first_person``; ``grounds``; ``occurred``;
``lay_roles``).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Protocol

from annotator.domain.proposals.lexicon import Lexicon, cue_file
from annotator.domain.proposals.reading import CLAIM, DENIAL, LabelReading
from annotator.domain.proposals.wrongs import words_of


class Placing(Protocol):
    """What is asked of dispute.Dispute (not imported: dispute.py asks this module)."""

    def accused_party(self, speaker: str | None) -> str | None: ...

    def side(self, speaker: str | None, text: str, lex: Lexicon, loose: bool = True
             ) -> tuple[str, str]: ...

STATED = "the wrong stated, not denied"  # the reason's opening, as dispute._by_default reads
HARMED = "is told by one harmed"  # the lay role's reading, read on as the accusing side's
BEFORE = 3  # words before the negation where its first-person subject stands
AFTER = 3  # words after it where the ground or the occurrence it negates stands
NEAR = 4  # words either side of the speaker's name where a lay role describes the speaker
_QUOTED = re.compile(r'["\u201c\u201d][^"\u201c\u201d]*["\u201c\u201d]')


@lru_cache(maxsize=8)
def _words(language: str) -> dict[str, frozenset[str]]:
    raw = cue_file(language).get("deny29_own_negation", {})
    return {key: frozenset(raw.get(key, ())) for key in (
        "fillers", "first_person", "grounds", "occurred", "lay_roles")}


def negation_only(reading: LabelReading, lex: Lexicon) -> bool:
    """The denial was read from a cue made of negations alone ("never", "tidak ada yang"),
    not from a verb or a noun of rejecting."""
    if reading.role != DENIAL or not reading.cue or not reading.reason.startswith("cue "):
        return False
    words = reading.cue.split()
    fillers = _words(lex.language)["fillers"]
    return any(w in lex.negations for w in words) and all(
        w in lex.negations or w in fillers for w in words)


def rejects_a_statement(cue: str, text: str, lex: Lexicon, first_person: bool = True
                        ) -> bool:
    """Where the cue stands in the sentence, it denies the speaker's own act (a first
    person just before it; not asked with ``first_person`` False) or rejects a statement (a
    ground or an occurrence negated just after it); True too where the cue is not found as
    read."""
    found = _words(lex.language)
    words, phrase = words_of(text), cue.split()
    starts = [k for k in range(len(words) - len(phrase) + 1)
              if words[k:k + len(phrase)] == phrase]
    if not starts:
        return True
    for k in starts:
        before = words[max(0, k - BEFORE):k]
        after = words[k + len(phrase):k + len(phrase) + AFTER]
        if (first_person and any(w in found["first_person"] for w in before)) or any(
                w in found["grounds"] or w in found["occurred"] for w in after):
            return True
    return False


def lay_role(speaker: str, text: str, lex: Lexicon) -> str | None:
    """The lay role of one harmed that describes the speaker in the sentence itself, outside
    any quotation and within NEAR words of the speaker's name ("kata Lusiana (41), donatur
    asal Sidoarjo"); None where there is none."""
    roles = _words(lex.language)["lay_roles"]
    names = set(words_of(speaker))
    words = words_of(_QUOTED.sub(" | ", text))
    for k, w in enumerate(words):
        if w in names:
            near = words[max(0, k - NEAR):k + NEAR + 1]
            role = next((r for r in near if r in roles), None)
            if role:
                return role
    return None


def harmed(reading: LabelReading) -> str | None:
    """Who, harmed, told the negation (the lay role's reading), for the rules that read on
    the accusing side's words; None for any other reading."""
    if reading.role == CLAIM and reading.reason.startswith(STATED) and HARMED in reading.reason:
        return reading.reason.split(HARMED, 1)[1].strip(" ()")
    return None


def accusers_negation(reading: LabelReading, speaker: str | None, denied: bool,
                      dispute: Placing, text: str, lex: Lexicon) -> LabelReading | None:
    """The claim a negation-only denial cue is when the accusing side says it of what
    another did or failed to do (``denied``: the speaker denied before in the article);
    None where the denial stands."""
    if not speaker or denied or not negation_only(reading, lex):
        return None
    role = lay_role(speaker, text, lex)
    if role and not rejects_a_statement(reading.cue or "", text, lex, first_person=False) \
            and not dispute.accused_party(speaker):
        side, why = dispute.side(speaker, text, lex, loose=False)
        if side != "accused":
            return LabelReading(CLAIM, reading.cue, f"{STATED}: '{reading.cue}' {HARMED} "
                                f"({speaker}, '{role}')", 0.7, reading.hedges)
    if rejects_a_statement(reading.cue or "", text, lex) or dispute.accused_party(speaker):
        return None
    side, why = dispute.side(speaker, text, lex, loose=False)
    if side != "accusing":
        return None
    return LabelReading(CLAIM, reading.cue, f"{STATED}: '{reading.cue}' is the accusing "
                        f"side's own negation ({why})", 0.7, reading.hedges)
