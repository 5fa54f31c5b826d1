"""A statement read in its dispute: wire copy states a stance once with a cue ("denied",
"menuduh") and then goes on without one ("The company said its monitoring showed levels
were stable", "Petugas hanya menggunakan gas air mata, ujarnya"). An analyst reads those
as the same party's denial or accusation continued, and a reply that negates or limits
("not", "only", "bukan", "hanya") after an accusation by someone else as a denial.

Only reported speech with no stance cue of its own is read again; a cue in the sentence
always wins. The stance proposed this way is weaker than a cue (lower confidence) and its
reason names whom it continues or answers.
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

CONTINUED = 0.6  # a stance carried without a cue: medium confidence at most


def _key(name: str | None) -> str:
    return (name or "").casefold()


@dataclass
class Dispute:
    """Who has accused and who has denied so far in a document, read in order."""

    accused: bool = False  # an accusation was made before this sentence
    accusers: dict[str, str] = field(default_factory=dict)  # key -> name as proposed
    deniers: dict[str, str] = field(default_factory=dict)

    def take(self, role: str | None, speaker: str | None) -> None:
        """A sentence read (its label's role, its speaker), before the next one."""
        if role == ACCUSATION:
            self.accused = True
            if speaker:
                self.accusers[_key(speaker)] = speaker
                self.deniers.pop(_key(speaker), None)
        elif role == DENIAL and speaker:
            self.deniers[_key(speaker)] = speaker
            self.accusers.pop(_key(speaker), None)

    def frozen(self) -> tuple:
        return (self.accused, tuple(sorted(self.accusers)), tuple(sorted(self.deniers)))


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
    if _key(speaker) in dispute.accusers:
        return reading
    marker = _rebuttal(text, lex) if dispute.accused else None
    if marker:
        return LabelReading(DENIAL, marker, f"answers the accusation before: '{marker}' "
                            f"({reading.reason})", CONTINUED, reading.hedges)
    return reading
