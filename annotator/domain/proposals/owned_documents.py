"""Documents that speak for the one the article named last (twenty-eighth round, issue 11
item 3: speakers missed).

A document is often the subject of the speech verb with its issuer named only in an earlier
sentence: "Her complaint, lodged with the regulator on Thursday, says ..." (hers: the
person named last), "Gugatannya menyebut ..." (the one the suffix points to), "The report
also found ..." after "The Care Inspectorate said ..." (the body that spoke). These
readings give the speaker where nobody is named in the sentence; a document whose issuer
the article names (entities.EntityTable.issuer) is read before them, in reading.py."""

from __future__ import annotations

from annotator.domain.proposals.kinds import PERSON, kind_of
from annotator.domain.proposals.lexicon import Lexicon

# what a body that inspects, audits or rules issues ("The report also found", "The citation
# says"): the body last named as speaking, when nobody is named as its issuer
FINDINGS = frozenset({"report", "audit", "inspection", "findings", "review", "citation",
                      "notice", "ruling", "decision", "judgment", "laporan", "temuan",
                      "hasil", "putusan", "keputusan", "kajian"})


def findings_of_body(noun: str, last_named: str | None, lex: Lexicon) -> bool:
    """Whether a document of findings nobody is named as issuing ("The report also found")
    speaks for the last named speaker: only when that speaker is a body, not a person."""
    return noun in FINDINGS and bool(last_named) and kind_of(last_named, lex) != PERSON
