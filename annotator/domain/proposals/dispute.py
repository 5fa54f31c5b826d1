"""A statement read in its dispute: after an accusation, a reply often denies without a
denial word ("Petugas hanya menggunakan gas air mata, ujarnya", "the company said its
laboratory found no trace"). An analyst reads reported speech that limits or negates
("only", "no", "hanya", "bukan", "tidak": the lexicon's ``rebuttal`` list) by someone other
than the accuser as a denial; and a party that denied, then naming the other side's
wrongdoing, as denying still.

The guidelines settle a party's next statement: right after its own denial, the accused
side going on ("Fadli menjelaskan harga itu sudah termasuk ...") still denies, and right after
its own accusation the accuser going on still accuses. Only the sentence right after counts:
carrying a denier's stance on to all their later statements gained nothing more and cost a
sentence (bench_proposals.py), and reading everyone who speaks after an accusation and before
a denial as the accusing side lost more than it won (heldout2: -14 sentences; bystanders'
evidence is a claim). Only sentences without a cue of their own are read again; a cue always wins.
The stance proposed this way has a weak cue's strength (lower confidence) and its reason names
the word it answers with.

The accused side (a party that denied before, or one an accusation named) explaining the
matter away or blaming another cause ("caused by farm runoff", "berasal dari erosi": the
lexicon's ``explains`` list) denies, as the guidelines settled (9800635); a bystander's
explanation stays a claim.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from annotator.domain.proposals.lexicon import Lexicon, find
from annotator.domain.proposals.reading import (
    ACCUSATION,
    CLAIM,
    DENIAL,
    LabelReading,
    words_of,
)

CONTINUED = 0.6  # a stance read without a cue: a weak cue's strength (low confidence)


def _key(name: str | None) -> str:
    return (name or "").casefold()


@dataclass
class Dispute:
    """Who has accused and who has denied so far in a document, read in order."""

    accused: bool = False  # an accusation was made before this sentence
    accusers: dict[str, str] = field(default_factory=dict)  # key -> name as proposed
    deniers: dict[str, str] = field(default_factory=dict)
    last_denier: str = ""  # key of the speaker whose denial the sentence before was
    last_accuser: str = ""
    accused_names: set[str] = field(default_factory=set)  # named in an accusation, not by

    def named(self, role: str | None, speaker: str | None, names: tuple[str, ...]) -> None:
        """The names an accusation mentions other than its speaker: the accused side."""
        if role == ACCUSATION:
            self.accused_names |= {_key(n) for n in names if _key(n) != _key(speaker)}

    def accused_side(self, speaker: str | None) -> bool:
        """The speaker denied before, or an accusation named them."""
        key = _key(speaker)
        return bool(key) and (key in self.deniers or any(
            key == n or (len(key) > 3 and (key in n or n in key)) for n in self.accused_names))


    def take(self, role: str | None, speaker: str | None) -> None:
        """A sentence read (its label's role, its speaker), before the next one."""
        self.last_denier = _key(speaker) if role == DENIAL else ""
        self.last_accuser = _key(speaker) if role == ACCUSATION else ""
        if role == ACCUSATION:
            self.accused = True
            if speaker:
                self.accusers[_key(speaker)] = speaker
                self.deniers.pop(_key(speaker), None)
        elif role == DENIAL and speaker:
            self.deniers[_key(speaker)] = speaker
            self.accusers.pop(_key(speaker), None)

    def frozen(self) -> tuple:
        return (self.accused, tuple(sorted(self.accusers)), tuple(sorted(self.deniers)),
                self.last_denier, self.last_accuser, tuple(sorted(self.accused_names)))


def _rebuttal(text: str, lex: Lexicon) -> str | None:
    """The first word or phrase that negates or limits what is said ("not", "hanya")."""
    words = words_of(text)
    if find(lex.no_comment, words):
        return None  # declining to comment denies nothing
    intensifying = {i for s, e in find(lex.not_rebuttal, words) for i in range(s, e)}
    found = [(s, e) for s, e in find(lex.rebuttal, words) if s not in intensifying]
    return " ".join(words[found[0][0]:found[0][1]]) if found else None


def in_dispute(reading: LabelReading, speaker: str | None, dispute: Dispute | None,
               text: str, lex: Lexicon) -> LabelReading:
    """The reading, or a denial or accusation continued or answered."""
    if dispute is None or reading.negated or not speaker:
        return reading
    if reading.role == ACCUSATION and reading.reported and _key(speaker) in dispute.deniers:
        # "It said Indian forces opened fire first": the party that denied turns the blame
        return LabelReading(DENIAL, reading.cue, f"{speaker} denied before and answers "
                            f"({reading.reason})", CONTINUED, reading.hedges)
    if reading.role != CLAIM:
        return reading
    if find(lex.appeals, words_of(text)):
        return reading  # "Beliau meminta masyarakat ...": an appeal goes on with no stance
    if _key(speaker) == dispute.last_accuser:
        # the accuser goes on: "'That was not Marcus at the board,' Hale said."
        return LabelReading(ACCUSATION, reading.cue, f"{speaker} accused before and goes on "
                            f"({reading.reason})", CONTINUED, reading.hedges)
    if _key(speaker) in dispute.accusers:
        return reading
    if _key(speaker) == dispute.last_denier:
        # the accused side goes on answering: "Fadli menjelaskan harga itu sudah termasuk ..."
        return LabelReading(DENIAL, reading.cue, f"{speaker} denied before and goes on "
                            f"({reading.reason})", CONTINUED, reading.hedges)
    explained = [" ".join(words_of(text)[a:b]) for a, b in find(lex.explains, words_of(text))]
    if explained and dispute.accused_side(speaker) and _key(speaker) not in dispute.accusers:
        # "the river's colour comes from farm erosion": the accused side explains it away
        return LabelReading(DENIAL, explained[0], f"the accused side explains it away: "
                            f"'{explained[0]}' ({reading.reason})", CONTINUED, reading.hedges)
    marker = _rebuttal(text, lex) if dispute.accused else None
    if marker:
        return LabelReading(DENIAL, marker, f"answers the accusation before: '{marker}' "
                            f"({reading.reason})", CONTINUED, reading.hedges)
    return reading
