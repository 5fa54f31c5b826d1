"""One spokesperson for a family nobody names ("A spokesperson for his family said", "...,
a spokeswoman for the family said") is the source as written: a spokesperson nobody names
was left to the body quoted last, and a family is no body, so no source was proposed
(forty-third round, issue 11, bug fix on branch w20miss3; reading._family_spokesperson).

Counted on the readable sets before building: one gold line of the shape with no source
proposed, none right of it at risk; a spokesperson of a body and a lawyer for a family keep
their readings. Every sentence below is invented for this test."""

from __future__ import annotations

import pytest
from support.proposals import accepted

OPENING = "The driver, named locally as Colin Marsh, 58, died in hospital on Sunday."


@pytest.mark.parametrize("sentence, written", [
    ("A spokesperson for his family said they would wait for the inquest before commenting.",
     "a spokesperson for his family"),
    ("The junction had been reported to the council twice, a spokeswoman for the "
     "family said.", "a spokeswoman for the family"),
])
def test_family_spokesperson_is_the_source_as_written(db, scheme, sentence, written):
    got = accepted(db, scheme, [OPENING, sentence], "en")[-1]
    assert got.name == written, got.reason


# --- near misses: a lawyer for the family, and a body's spokesperson, read as before ---

def test_family_lawyer_unchanged(db, scheme):
    got = accepted(db, scheme, [OPENING, "A lawyer for his family said they would wait for "
                                         "the inquest."], "en")[-1]
    assert got.name == "a lawyer for his family", got.reason


def test_body_spokesperson_unchanged(db, scheme):
    got = accepted(db, scheme, [OPENING, "Ashby Council said it would review the junction.",
                                "A spokesperson for the council said a survey was planned."],
                   "en")[-1]
    assert got.name == "Ashby Council", got.reason
